"""The engine's answers: assessment, deadlines and findings, as frozen values with the
JSON shape of ``shared/domain/SCENARIOS.md``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from legalaid.domain.enums import DocumentType, Severity, Status
from legalaid.rules.texts import Texts

if TYPE_CHECKING:
    from legalaid.rules.rulebook import Convention, RuleBook


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


class Deadline(NamedTuple):
    """A dated obligation or expiry, with the rule that sets it.

    Immutable like the other values; a named tuple because a bulk status refresh builds a few
    hundred thousand of them and a frozen dataclass costs three times as much to construct."""

    rule: str
    document: DocumentType | None
    due: dt.date
    title: str

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "document": None if self.document is None else
                str(self.document), "due": self.due.isoformat(), "title": self.title}


@dataclass(frozen=True)
class Finding:
    """One line of the explanation: what applies, in words a client understands, and why.

    ``message`` is English (the JSON contract); ``texts`` holds the same sentence in the other
    interface languages, from the rules file."""

    rule: str
    severity: Severity
    message: str
    source: str
    texts: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    def text(self, language: str) -> str:
        """The message in ``language`` ("kk", "ru" or "en"); English when not translated."""
        return self.texts.get(language, self.message)

    def to_json(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": str(self.severity), "message": self.message,
                "source": self.source}


@dataclass(frozen=True, init=False)
class Assessment:
    """Where a person stands on ``as_of`` (the output format of ``legalaid rules evaluate``)."""

    as_of: dt.date
    present: bool
    regime: str | None
    status: Status
    days_used_in_window: int
    last_lawful_day: dt.date | None
    days_remaining: int | None
    overstay_days: int
    next_lawful_entry: dt.date | None
    deadlines: tuple[Deadline, ...]
    # The explanation is written when first read: refreshing 100,000 status snapshots needs the
    # numbers and deadlines, not the sentences.
    explain: Callable[[], tuple[Finding, ...]] = field(repr=False, compare=False)
    # The rules file's texts, for deadline titles in the interface language.
    texts: Texts | None = field(default=None, repr=False, compare=False)
    # The rules file, for the counting conventions behind the numbers.
    book: RuleBook | None = field(default=None, repr=False, compare=False)

    def __init__(self, as_of: dt.date, present: bool, regime: str | None, status: Status,
                 days_used_in_window: int, last_lawful_day: dt.date | None,
                 days_remaining: int | None, overstay_days: int,
                 next_lawful_entry: dt.date | None, deadlines: tuple[Deadline, ...],
                 explain: Callable[[], tuple[Finding, ...]], texts: Texts | None = None,
                 book: RuleBook | None = None) -> None:
        # One write instead of eleven frozen-attribute writes: a bulk status refresh builds
        # 100,000 assessments and the generated __init__ cost as much as the day counting.
        object.__setattr__(self, "__dict__", {
            "as_of": as_of, "present": present, "regime": regime, "status": status,
            "days_used_in_window": days_used_in_window, "last_lawful_day": last_lawful_day,
            "days_remaining": days_remaining, "overstay_days": overstay_days,
            "next_lawful_entry": next_lawful_entry, "deadlines": deadlines, "explain": explain,
            "texts": texts, "book": book})

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        """The explanation, each finding with its rule id, severity and citation."""
        return self.explain()

    def title_of(self, deadline: Deadline, language: str) -> str:
        """A deadline's title in ``language`` ("kk", "ru" or "en")."""
        return deadline.title if self.texts is None else self.texts.title_in(deadline.title,
                                                                             language)

    @cached_property
    def conventions(self) -> tuple[Convention, ...]:
        """The counting conventions behind these numbers (rules file, K1-K9)."""
        from legalaid.rules.conventions import conventions_used

        return () if self.book is None else conventions_used(self, self.book)

    @property
    def stay_deadline(self) -> Deadline | None:
        """The must-leave date of the current stay (due on the last lawful day)."""
        last = self.last_lawful_day
        if last is None or not self.present:
            return None
        for deadline in self.deadlines:
            if deadline.due == last and deadline.document is None \
                    and deadline.rule == self.regime:
                return deadline
        return None

    @property
    def next_deadline(self) -> Deadline | None:
        """The overdue must-leave date while the person overstays, else the first deadline on or
        after ``as_of`` (deadlines are sorted by due date)."""
        if self.overstay_days:
            overdue = self.stay_deadline
            if overdue is not None:
                return overdue
        for deadline in self.deadlines:
            if deadline.due >= self.as_of:
                return deadline
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "present": self.present,
            "regime": self.regime,
            "status": str(self.status),
            "days_used_in_window": self.days_used_in_window,
            "last_lawful_day": _iso(self.last_lawful_day),
            "days_remaining": self.days_remaining,
            "overstay_days": self.overstay_days,
            "next_lawful_entry": _iso(self.next_lawful_entry),
            "deadlines": [deadline.to_json() for deadline in self.deadlines],
            "findings": [finding.to_json() for finding in self.findings],
        }
