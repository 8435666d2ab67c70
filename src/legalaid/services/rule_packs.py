"""Rules packs kept in the database: checking, installing, previewing whom a new pack changes,
activating it (a supervisor's audited step, the status snapshots brought up to date at once),
and rolling back to the pack it replaced.

Every desktop of an office reads the active pack from the database, so all apply the same rules.
The shipped rules file becomes the first pack the first time a database is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from legalaid.db.repositories import rule_packs as packs_db
from legalaid.db.repositories import status as status_db
from legalaid.db.repositories.rule_packs import PackRow
from legalaid.errors import NotFoundError, RuleDataError, ValidationError
from legalaid.exchange.writer import OutCell
from legalaid.rules.impact import (
    ClientChange,
    FindingScope,
    RuleCount,
    compare,
    finding_scope,
    grouped,
    reach,
    totals,
)
from legalaid.rules.packs import RuleChange, refusal, rule_diff
from legalaid.services.declarations import guarded
from legalaid.services.status import collector_paused
from legalaid.services.unit_of_work import reading, together, writing

if TYPE_CHECKING:
    from legalaid.rules.rulebook import RuleBook
    from legalaid.services.status import StatusService

__all__ = ["ClientChange", "Impact", "PackRow", "RuleChange", "RuleCount", "RulePackService",
           "active_rules"]

CHUNK = 5000  # clients per range of the impact preview: progress and cancel between ranges
_BOOKS: dict[tuple[int, int], RuleBook] = {}  # (row id, text hash) -> its rules, parsed once


def _shipped_text() -> str:
    from legalaid.rules.rulebook import default_rules_path

    return default_rules_path().read_text(encoding="utf-8")


def book_of_text(text: str, label: str) -> RuleBook:
    """The rules of a pack's text (the shipped file's own, cached, when they are the same)."""
    from legalaid.rules import load_rulebook
    from legalaid.rules.rulebook import load_rulebook_text

    if text == _shipped_text():
        return load_rulebook()
    return load_rulebook_text(text, label)


def book_of(row: PackRow) -> RuleBook:
    key = (row.id, hash(row.text))
    known = _BOOKS.get(key)
    if known is None:
        known = _BOOKS[key] = book_of_text(row.text, f"{row.pack_id}.toml")
    return known


def _install_shipped(engine: Engine) -> PackRow:
    """The shipped rules as the first, active pack (first use of a database)."""
    text = _shipped_text()
    book = book_of_text(text, "kz.toml")
    assert book.pack is not None  # the shipped file names its pack
    now = dt.datetime.now()
    try:
        with writing(engine) as connection:
            if packs_db.active(connection) is None:
                row_id = packs_db.add(
                    connection, pack_id=book.pack.id, version=book.pack.version,
                    published=book.pack.published, prepared_by=book.pack.prepared_by,
                    text=text, at=now, by=None)
                packs_db.activate(connection, row_id, at=now, by=None, replaced=None)
    except IntegrityError:  # another desktop installed it a moment ago
        pass
    with reading(engine) as connection:
        row = packs_db.active(connection)
    assert row is not None
    return row


def active_rules(engine: Engine) -> tuple[RuleBook, int | None]:
    """The active pack's rules and its row id. The database's migration installs the shipped
    pack; without one (never written here: the caller may be inside a transaction) the shipped
    rules apply, with no pack to name."""
    from legalaid.rules import load_rulebook

    with reading(engine) as connection:
        row = packs_db.active(connection)
    if row is None:
        return load_rulebook(), None
    return book_of(row), row.id


@dataclass(frozen=True)
class PackCheck:
    """A rules file checked against the active pack."""

    book: RuleBook
    refused: str | None  # the one sentence why it may not be installed; None when it may


@dataclass
class Impact:
    """Whom a new pack changes, compared with the active one, on ``as_of``."""

    as_of: dt.date
    active: str
    new: str
    evaluated: int = 0
    read: int = 0  # of those, how many were read and evaluated (the others cannot change)
    changes: list[ClientChange] = field(default_factory=list)
    cancelled: bool = False
    engine_seconds: float = 0.0  # time spent in the rules engine (both packs)
    total_seconds: float = 0.0

    @property
    def by_rule(self) -> list[RuleCount]:
        return grouped(self.changes)

    @property
    def totals(self) -> dict[str, int]:
        return dict(totals(self.changes))

    def to_json(self) -> dict[str, object]:
        return {"as_of": self.as_of.isoformat(), "active_pack": self.active,
                "new_pack": self.new, "clients_evaluated": self.evaluated,
                "cancelled": self.cancelled, "totals": self.totals,
                "by_rule": [count.to_json() for count in self.by_rule],
                "clients": [change.to_json() for change in self.changes]}


@dataclass(frozen=True)
class Activation:
    """What activating (or rolling back to) a pack did."""

    pack: str
    replaced: str | None
    changed_clients: int
    at: dt.datetime | None = None


def _facts(item: status_db.ClientFacts) -> object:
    from legalaid.rules import Facts

    citizenship = item.citizenship
    return Facts(citizenship and citizenship.upper(), item.category, item.documents, item.trips,
                 item.events)


class RulePackService:
    """Installed rules packs and the step from one to the next."""

    def __init__(self, engine: Engine, status: StatusService) -> None:
        self._engine = engine
        self._status = status
        self.user: str | None = None  # set by the access guard to the signed-in user

    # -- reading -------------------------------------------------------------------------------
    @guarded("rule_packs.list")
    def list(self) -> list[PackRow]:
        """Every installed pack, oldest version first."""
        self.active()
        with reading(self._engine) as connection:
            return packs_db.all_packs(connection)

    @guarded("rule_packs.active")
    def active(self) -> PackRow:
        """The active pack (the shipped one installed now if the database has none)."""
        with reading(self._engine) as connection:
            row = packs_db.active(connection)
        return row if row is not None else _install_shipped(self._engine)

    def _active_book(self) -> RuleBook:
        return book_of(self.active())

    @guarded("rule_packs.check")
    def check(self, text: str, label: str) -> PackCheck:
        """Validate a rules file's text and say whether it may replace the active pack."""
        book = book_of_text(text, label)
        return PackCheck(book, refusal(book, self._active_book()))

    @guarded("rule_packs.diff")
    def diff(self, text: str, label: str) -> tuple[RuleChange, ...]:
        """The rules a file adds, removes or changes compared with the active pack."""
        return rule_diff(self._active_book(), book_of_text(text, label))

    @guarded("rule_packs.impact")
    def impact(self, text: str, label: str, as_of: dt.date | None = None, *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None,
               findings: bool = True) -> Impact:
        """Every live client evaluated under the active pack and under ``text``'s, and those
        whose verdict differs; ``progress(done, total)`` after each range of clients, stopping
        early when ``cancelled()`` says so. ``findings``: compare the explanations too, for the
        clients whose explanations can differ (``FindingScope``).

        When the packs differ only in day-count regimes, only the clients of the citizenships
        counted under a changed one are read and evaluated (``rules.reach``): nobody else's
        verdict can differ, so the others count as evaluated and unchanged."""
        import time

        started = time.perf_counter()
        old_row = self.active()
        old, new = book_of(old_row), book_of_text(text, label)
        day = as_of or dt.date.today()
        result = Impact(day, old_row.label, new.pack.label if new.pack else label)
        scope: bool | FindingScope = findings and finding_scope(
            old, new, (change.rule for change in rule_diff(old, new)))
        countries = reach(old, new)
        with reading(self._engine) as connection:
            ids = status_db.live_client_ids(connection)
            only = None if countries is None else [
                stored for stored in status_db.live_citizenships(connection)
                if stored.upper() in countries]  # as ``_facts`` reads it
        for start in range(0, len(ids), CHUNK):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            chunk = ids[start:start + CHUNK]
            with collector_paused():
                result.engine_seconds += self._compare_range(
                    result, old, new, day, scope, chunk[0], chunk[-1], only)
            result.evaluated += len(chunk)
            if progress is not None:
                progress(min(start + CHUNK, len(ids)), len(ids))
        result.total_seconds = time.perf_counter() - started
        return result

    def _compare_range(self, result: Impact, old: RuleBook, new: RuleBook, day: dt.date,
                       scope: bool | FindingScope, first_id: int, last_id: int,
                       only: Sequence[str] | None) -> float:
        """The changed clients of one id range (of those citizenships only, when given) added
        to ``result``; returns the seconds spent in the rules engine."""
        import time

        from legalaid.rules import evaluate

        if only is not None and not only:
            return 0.0
        with reading(self._engine) as connection:
            batch = status_db.facts_between(connection, first_id, last_id, only)
        result.read += len(batch)
        at_risk = self._status.at_risk_days
        clock = time.perf_counter()
        for item in batch:
            facts = _facts(item)
            change = compare(item.client_id,
                             evaluate(facts, day, old, at_risk_days=at_risk),  # type: ignore[arg-type]
                             evaluate(facts, day, new, at_risk_days=at_risk),  # type: ignore[arg-type]
                             findings=scope)
            if change is not None:
                result.changes.append(change)
        return time.perf_counter() - clock

    @guarded("rule_packs.last_activation")
    def last_activation(self) -> Activation | None:
        """The latest step to the active pack, for the Today page (None: never changed)."""
        with reading(self._engine) as connection:
            row = packs_db.active(connection)
            if row is None or row.changed_clients is None or row.replaced is None:
                return None
            before = packs_db.by_id(connection, row.replaced)
        return Activation(row.label, before.label if before else None, row.changed_clients,
                          row.activated_at)

    # -- changing ------------------------------------------------------------------------------
    @guarded("rule_packs.install")
    def install(self, text: str, label: str) -> PackRow:
        """Install a validated pack (not active yet); refused with one sentence when it fails
        validation, is not newer than the active pack or changes a rule without a change-log
        entry."""
        try:
            checked = self.check(text, label)
        except RuleDataError as error:
            raise ValidationError("FILE", str(error)) from None
        if checked.refused is not None:
            raise ValidationError("FILE", checked.refused)
        pack = checked.book.pack
        assert pack is not None
        with writing(self._engine) as connection:
            if packs_db.by_pack_id(connection, pack.id) is not None:
                raise ValidationError("FILE", f"pack {pack.id} is installed already")
            row_id = packs_db.add(connection, pack_id=pack.id, version=pack.version,
                                  published=pack.published, prepared_by=pack.prepared_by,
                                  text=text, at=dt.datetime.now(), by=self.user)
            row = packs_db.by_id(connection, row_id)
        assert row is not None
        return row

    @guarded("rule_packs.activate")
    def activate(self, pack_id: str, as_of: dt.date | None = None) -> Activation:
        """Make an installed pack the active one and bring every status snapshot up to date;
        each client whose status or last lawful day changed gets a line in its history."""
        with reading(self._engine) as connection:
            row = packs_db.by_pack_id(connection, pack_id)
        if row is None:
            raise NotFoundError(f"rules pack {pack_id} is not installed")
        current = self.active()
        if row.id == current.id:
            raise ValidationError("PACK_ID", f"pack {pack_id} is the active pack already")
        return self._switch(row, current, as_of, replaced=current.id)

    @guarded("rule_packs.rollback")
    def rollback(self, as_of: dt.date | None = None) -> Activation:
        """Return to the pack the active one replaced."""
        current = self.active()
        with reading(self._engine) as connection:
            before = None if current.replaced is None else packs_db.by_id(connection,
                                                                          current.replaced)
        if before is None:
            raise ValidationError("rollback", f"pack {current.pack_id} replaced no other pack")
        return self._switch(before, current, as_of, replaced=None)

    def _switch(self, row: PackRow, current: PackRow, as_of: dt.date | None,
                replaced: int | None) -> Activation:
        book = book_of(row)
        now = dt.datetime.now()
        with together(self._engine):
            with reading(self._engine) as connection:
                before = status_db.verdict_keys(connection)
            with writing(self._engine) as connection:
                packs_db.activate(connection, row.id, at=now, by=self.user, replaced=replaced)
            previous = self._status.rulebook(), self._status.pack
            self._status.use_rules(book, row.id)
            try:
                self._status.refresh(as_of=as_of)
                with writing(self._engine) as connection:
                    after = status_db.verdict_keys(connection)
                    changed = sorted(owner for owner, key in after.items()
                                     if before.get(owner) != key)
                    packs_db.record_history(connection, changed, row.pack_id, current.pack_id,
                                            now, self.user)
                    packs_db.set_changed(connection, row.id, len(changed))
            except BaseException:
                self._status.use_rules(*previous)
                raise
        return Activation(row.label, current.label, len(changed), now)


def read_pack_file(path: Path) -> str:
    """A rules file's text, or a ``ValidationError`` naming FILE."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError("FILE", f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ValidationError("FILE", f"{path} is not UTF-8 text") from None


def changes_for(impact: Impact, rule: str | None = None,
                kind: str | None = None) -> Sequence[ClientChange]:
    """The changed clients, only those of one rule and/or one kind of change when given."""
    return [c for c in impact.changes
            if (rule is None or rule in c.rules) and (kind is None or kind in c.kinds)]


IMPACT_HEADER = ("Client", "Status before", "Status after", "Last lawful day before",
                 "Last lawful day after", "Moved (days)", "Deadlines added",
                 "Deadlines removed", "Findings changed", "Rules")


def impact_rows(changes: Sequence[ClientChange]) -> list[tuple[OutCell, ...]]:
    """One row per changed client, in the columns of ``IMPACT_HEADER``."""
    return [(c.client_id, c.status_from, c.status_to, c.last_from, c.last_to, c.moved_days,
             "; ".join(f"{d.rule} {d.due:%d.%m.%Y}" for d in c.added),
             "; ".join(f"{d.rule} {d.due:%d.%m.%Y}" for d in c.removed),
             ", ".join(c.findings), ", ".join(c.rules)) for c in changes]


def write_impact(path: Path, header: Sequence[str], impact: Impact | Sequence[ClientChange],
                 option: str = "-o") -> None:
    """The changed clients as an XLSX sheet (``header`` in the interface language)."""
    from legalaid.exchange.writer import write_table

    changes = impact.changes if isinstance(impact, Impact) else impact
    write_table(path, header, impact_rows(changes), "xlsx", "Impact", option)
