"""The calendar's use cases: how many deadlines fall on each day of a month, the agenda of a
period with every row naming its rule, one client's deadlines, and their export to ``.ics``.

The month grid and the agenda read indexed columns only: every rule deadline stored with the
status snapshots (document ends counted apart as expiries) and the open tasks. One client's
deadlines are evaluated afresh with the rules engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from legalaid.db.repositories import deadlines as deadlines_db
from legalaid.db.repositories import referrals as referrals_db
from legalaid.db.repositories import status as status_db
from legalaid.db.repositories import today as today_db
from legalaid.services.deadlines import DeadlineRow
from legalaid.services.declarations import guarded
from legalaid.services.status import BATCH_SIZE
from legalaid.services.unit_of_work import reading

if TYPE_CHECKING:
    from legalaid.services.status import StatusService

AGENDA_LIMIT = 500
DEFAULT_ALARM_DAYS = (7, 1)


@dataclass(frozen=True)
class DayCounts:
    """What falls on one day: document expiries, other rule deadlines and open tasks."""

    expiry: int = 0
    rule: int = 0
    task: int = 0
    referral: int = 0  # partners' answers due about referrals still unanswered

    @property
    def total(self) -> int:
        return self.expiry + self.rule + self.task + self.referral


def ics_label(row: DeadlineRow) -> str:
    """The event title on the lawyer's phone: client number and one initial, never the name.

    Phone calendars are synchronised to servers the NGO does not control; the number finds the
    file in LegalAid and the initial lets the lawyer tell two numbers apart at a glance."""
    initial = row.client_name.strip()[:1].upper()
    who = f"#{row.client_id} {initial}." if initial else f"#{row.client_id}"
    return f"{who} — {row.title}"


class CalendarService:
    """The month grid, the agenda, one client's deadlines and their ``.ics`` export."""

    def __init__(self, engine: Engine, status: StatusService) -> None:
        self._engine = engine
        self._status = status

    @guarded("calendar.month_counts")
    def month_counts(self, first: dt.date, last: dt.date,
                     lawyer: str | None = None) -> dict[dt.date, DayCounts]:
        """Per-day counts in [first, last] (a month grid asks for its six weeks)."""
        expiry_rules = {str(rule.id) for rule in self._status.rulebook().expiry_rules.values()}
        with reading(self._engine) as connection:
            stored = today_db.deadline_day_counts(connection, lawyer, first, last)
            tasks = today_db.task_day_counts(connection, lawyer, first, last)
            referrals = referrals_db.feedback_due_between(connection, lawyer, first, last)
        days: dict[dt.date, dict[str, int]] = {}
        for (day, rule), count in stored.items():
            kinds = days.setdefault(day, {})
            kind = "expiry" if rule in expiry_rules else "rule"
            kinds[kind] = kinds.get(kind, 0) + count
        for day, count in tasks.items():
            days.setdefault(day, {})["task"] = count
        for _id, _client, _partner, due in referrals:
            kinds = days.setdefault(due, {})
            kinds["referral"] = kinds.get("referral", 0) + 1
        return {day: DayCounts(**kinds) for day, kinds in days.items()}

    @guarded("calendar.agenda")
    def agenda(self, first: dt.date, last: dt.date, today: dt.date, lawyer: str | None = None,
               limit: int = AGENDA_LIMIT, tasks: bool = True) -> list[DeadlineRow]:
        """Deadlines in [first, last], soonest first: every stored rule deadline (as of the
        last status refresh) and the open tasks. ``today`` is kept for callers; the stored
        deadlines are those of the snapshot's day."""
        del today
        with reading(self._engine) as connection:
            rows = [DeadlineRow(d.client_id, "", d.due, d.title, d.rule, d.document, "rule")
                    for d in today_db.deadline_rows(connection, lawyer, first, last, limit)]
            if tasks:
                rows += [DeadlineRow(t.client_id, "", t.due, t.title, None, None, "task",
                                     t.item_id)
                         for t in today_db.task_rows(connection, lawyer, first, last, limit)]
            rows += [DeadlineRow(client_id, "", due, partner, "referral", None, "referral",
                                 referral_id)
                     for referral_id, client_id, partner, due
                     in referrals_db.feedback_due_between(connection, lawyer, first, last)]
            return self._with_names(connection, rows)[:limit]

    @guarded("calendar.client_deadlines", client="client_id")
    def client_deadlines(self, client_id: int, first: dt.date, last: dt.date,
                         today: dt.date) -> list[DeadlineRow]:
        """Every deadline of one client in [first, last]: the rules' and the open tasks."""
        with reading(self._engine) as connection:
            rows = list(self._rule_rows(connection, [client_id], first, last, today))
            rows += [DeadlineRow(t.client_id, "", t.due, t.title, None, None, "task", t.item_id)
                     for t in today_db.task_rows(connection, None, first, last, None,
                                                 client_id=client_id)]
            return self._with_names(connection, rows)

    def _rule_rows(self, connection: Connection, ids: Sequence[int], first: dt.date,
                   last: dt.date, today: dt.date) -> Iterable[DeadlineRow]:
        for start in range(0, len(ids), BATCH_SIZE):
            for facts in status_db.load_facts(connection, ids[start:start + BATCH_SIZE]):
                for deadline in self._status.assessment_of(facts, today).deadlines:
                    if first <= deadline.due <= last:
                        document = None if deadline.document is None else str(deadline.document)
                        yield DeadlineRow(facts.client_id, "", deadline.due, deadline.title,
                                          deadline.rule, document, "rule")

    @staticmethod
    def _with_names(connection: Connection, rows: list[DeadlineRow]) -> list[DeadlineRow]:
        names = deadlines_db.primary_names(connection, [row.client_id for row in rows])
        named = [DeadlineRow(row.client_id, names.get(row.client_id, ""), row.due, row.title,
                             row.rule, row.document, row.kind, row.task_id) for row in rows]
        return sorted(named, key=lambda row: (row.due, row.client_id, row.kind, row.title))

    @guarded("calendar.to_ics")
    def to_ics(self, rows: Sequence[DeadlineRow], alarm_days: Sequence[int] = DEFAULT_ALARM_DAYS,
               ) -> bytes:
        """An iCalendar file of these deadlines with reminders ``alarm_days`` before each."""
        return deadlines_to_ics(rows, alarm_days)


def deadlines_to_ics(rows: Sequence[DeadlineRow],
                     alarm_days: Sequence[int] = DEFAULT_ALARM_DAYS) -> bytes:
    from legalaid.exchange.ics import CalendarEntry, to_ics

    entries = [CalendarEntry(
        uid=f"{row.kind}-{row.client_id}-{row.task_id or row.rule or ''}-"
            f"{row.document or ''}-{row.due.isoformat()}@legalaid",
        day=row.due, summary=ics_label(row),
        description=f"{row.title}" + (f" [{row.rule}]" if row.rule else ""),
    ) for row in rows]
    return to_ics(entries, alarm_days)
