"""What a new rules pack changes for one person: the two assessments compared, and the changes
of many people grouped by the rule behind them (pure functions over the engine's answers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from legalaid.rules.model import Assessment, Deadline
from legalaid.rules.reach import reach
from legalaid.rules.rulebook import RuleBook

__all__ = ["KINDS", "ClientChange", "FindingScope", "RuleCount", "compare", "finding_scope",
           "grouped", "reach", "totals"]

KINDS = ("status", "last_lawful_day", "deadlines", "findings")


@dataclass(frozen=True)
class ClientChange:
    """One client whose verdict differs under the new pack."""

    client_id: int
    status_from: str
    status_to: str
    last_from: dt.date | None
    last_to: dt.date | None
    added: tuple[Deadline, ...]
    removed: tuple[Deadline, ...]
    findings: tuple[str, ...]  # rule ids of the findings that changed
    rules: tuple[str, ...]  # every rule behind a change, sorted

    @property
    def moved_days(self) -> int | None:
        """Days the last lawful day moved (negative: earlier); None unless both exist."""
        if self.last_from is None or self.last_to is None:
            return None
        return (self.last_to - self.last_from).days

    @property
    def kinds(self) -> tuple[str, ...]:
        """Which of ``KINDS`` changed."""
        found = {"status": self.status_from != self.status_to,
                 "last_lawful_day": self.last_from != self.last_to,
                 "deadlines": bool(self.added or self.removed),
                 "findings": bool(self.findings)}
        return tuple(kind for kind in KINDS if found[kind])

    def to_json(self) -> dict[str, Any]:
        return {
            "client_id": self.client_id,
            "status": {"from": self.status_from, "to": self.status_to},
            "last_lawful_day": {"from": _iso(self.last_from), "to": _iso(self.last_to),
                                "moved_days": self.moved_days},
            "deadlines_added": [d.to_json() for d in self.added],
            "deadlines_removed": [d.to_json() for d in self.removed],
            "findings_changed": list(self.findings),
            "rules": list(self.rules),
        }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _finding_keys(assessment: Assessment) -> set[tuple[str, str, str]]:
    return {(f.rule, str(f.severity), f.message) for f in assessment.findings}


@dataclass(frozen=True)
class FindingScope:
    """Whose explanations can differ between two packs, so that only those are written (a
    sentence costs twenty times a verdict).

    When the packs differ only in day-count regimes (STAY-01...04: their parameters, dates or
    confidence), with the same texts, conventions and citizenship table, a finding can change
    only for a client counted under a changed regime, or one whose numbers changed; otherwise
    every client's findings are compared."""

    everyone: bool
    rules: frozenset[str]

    def covers(self, old: Assessment, new: Assessment, numbers_changed: bool) -> bool:
        return self.everyone or numbers_changed or old.regime in self.rules \
            or new.regime in self.rules


def finding_scope(old: RuleBook, new: RuleBook, changed: Iterable[str]) -> FindingScope:
    rules = frozenset(changed)
    regimes = set(old.regime_by_country.values()) | set(new.regime_by_country.values())
    same_frame = (old.texts == new.texts and old.conventions == new.conventions
                  and old.regime_by_country == new.regime_by_country)
    return FindingScope(not (same_frame and rules <= regimes), rules)


def compare(client_id: int, old: Assessment, new: Assessment, *,
            findings: bool | FindingScope = True) -> ClientChange | None:
    """How ``new`` differs from ``old`` for one client; None when it does not. ``findings``
    compares the explanations too (their sentences are written only for that): always, never,
    or for the clients a ``FindingScope`` covers."""
    same_numbers = (old.status == new.status and old.last_lawful_day == new.last_lawful_day
                    and old.deadlines == new.deadlines)
    changed_findings: tuple[str, ...] = ()
    if isinstance(findings, FindingScope):
        findings = findings.covers(old, new, not same_numbers)
    if findings:
        before, after = _finding_keys(old), _finding_keys(new)
        changed_findings = tuple(sorted({key[0] for key in before ^ after}))
    if same_numbers and not changed_findings:
        return None
    old_set, new_set = set(old.deadlines), set(new.deadlines)
    added = tuple(d for d in new.deadlines if d not in old_set)
    removed = tuple(d for d in old.deadlines if d not in new_set)
    rules = set(changed_findings) | {d.rule for d in (*added, *removed)}
    if old.status != new.status or old.last_lawful_day != new.last_lawful_day:
        rules.update(r for r in (old.regime, new.regime) if r)
    return ClientChange(client_id, str(old.status), str(new.status), old.last_lawful_day,
                        new.last_lawful_day, added, removed, changed_findings,
                        tuple(sorted(rules)))


@dataclass
class RuleCount:
    """How many clients one rule changed, and in what way."""

    rule: str
    clients: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "clients": self.clients, **self.by_kind}


def grouped(changes: Iterable[ClientChange]) -> list[RuleCount]:
    """The changes counted by rule (a client counts once under each rule behind its change),
    most clients first."""
    counts: dict[str, RuleCount] = {}
    for change in changes:
        kinds = change.kinds
        for rule in change.rules:
            count = counts.setdefault(rule, RuleCount(rule))
            count.clients += 1
            for kind in kinds:
                count.by_kind[kind] += 1
    return sorted(counts.values(), key=lambda c: (-c.clients, c.rule))


def totals(changes: Iterable[ClientChange]) -> Mapping[str, int]:
    """Clients changed in each way, and in all."""
    result = dict.fromkeys(("clients", *KINDS), 0)
    for change in changes:
        result["clients"] += 1
        for kind in change.kinds:
            result[kind] += 1
    return result
