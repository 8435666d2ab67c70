"""The Today page's use cases: who is overstaying or at risk, which documents end soon, what is due
this week, which tasks are overdue, the caseload by status and category, and marking a task done.

Counts come from the status snapshots, the rule deadlines stored with them and indexed columns
only (no rules evaluation), so the page paints at once over 100,000 clients. The calendar and the
case templates are services of their own (``calendar.py``, ``case_templates.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from legalaid.db.repositories import deadlines as deadlines_db
from legalaid.db.repositories import referrals as referrals_db
from legalaid.db.repositories import today as today_db
from legalaid.domain.enums import DocumentType, Status
from legalaid.errors import NotFoundError, ValidationError
from legalaid.services.clients import ClientService
from legalaid.services.declarations import guarded
from legalaid.services.status import StatusService
from legalaid.services.unit_of_work import reading

if TYPE_CHECKING:
    from legalaid.rules.rulebook import Rule

SECTIONS = ("overstay", "at_risk", "expiring", "this_week", "overdue")
WEEK_DAYS = 7  # "this week": today and the six days after it
DEFAULT_LIMIT = 200
# Which tab of the client file answers each kind of row.
TAB_OF_KIND = {"overstay": "travel", "at_risk": "travel", "expiry": "documents", "rule": "travel",
               "task": "cases"}


@dataclass(frozen=True)
class TodayCounts:
    """The numbers at the top of the Today page."""

    overstay: int
    at_risk: int
    expiring: tuple[tuple[int, int], ...]  # (days ahead, documents ending within them)
    this_week: int  # rule deadlines (every one stored) and open tasks due this week
    overdue: int  # open tasks due before today
    by_status: tuple[tuple[str, int], ...]
    by_category: tuple[tuple[str | None, int], ...]


@dataclass(frozen=True)
class TodayRow:
    """One line of a Today list: whose, what, when, under which rule, and where to look."""

    client_id: int
    client_name: str
    due: dt.date
    what: str  # document type, deadline title or task title (see ``kind``)
    kind: str  # "overstay", "at_risk", "expiry", "rule" or "task"
    rule: str | None
    tab: str  # the client file tab that shows it
    item_id: int | None = None  # the task or document id
    days: int | None = None  # days left (at risk) or days overstayed


class TodayService:
    """Counts and lists for the Today page, and marking a task done."""

    def __init__(self, engine: Engine, status: StatusService, clients: ClientService) -> None:
        self._engine = engine
        self._status = status
        self._clients = clients

    @guarded("today.lawyers")
    def lawyers(self, lawyer: str | None = None) -> list[str]:
        """Lawyer names found on clients (the "my clients" filter chooses among them); with
        ``lawyer``, that name only when it is on clients (a lawyer's filter offers no other)."""
        with reading(self._engine) as connection:
            names = today_db.lawyers(connection)
        return names if lawyer is None else [name for name in names if name == lawyer]

    @guarded("today.counts")
    def counts(self, today: dt.date, lawyer: str | None = None, at_risk_days: int | None = None,
               expiry_days: Sequence[int] = (7, 30, 90)) -> TodayCounts:
        threshold = self._status.at_risk_days if at_risk_days is None else at_risk_days
        horizons = sorted({int(days) for days in expiry_days if int(days) >= 0})
        week_end = today + dt.timedelta(days=WEEK_DAYS - 1)
        with reading(self._engine) as connection:
            expiring = today_db.expiring_counts(connection, lawyer, today, horizons)
            by_status = today_db.status_counts(connection, lawyer)
            return TodayCounts(
                overstay=by_status.get(Status.OVERSTAY.value, 0),
                at_risk=today_db.count_at_risk(connection, lawyer, threshold),
                expiring=tuple((days, expiring[days]) for days in horizons),
                this_week=today_db.count_deadlines(connection, lawyer, today, week_end)
                + today_db.count_tasks(connection, lawyer, today, week_end),
                overdue=today_db.count_tasks(connection, lawyer, None,
                                             today - dt.timedelta(days=1)),
                by_status=tuple(sorted(by_status.items())),
                by_category=tuple(sorted(today_db.category_counts(connection, lawyer).items(),
                                         key=lambda item: (item[0] is None, item[0] or ""))),
            )

    @guarded("today.section_rows")
    def section_rows(self, section: str, today: dt.date, lawyer: str | None = None, *,
                     at_risk_days: int | None = None, days: int = 90,
                     limit: int = DEFAULT_LIMIT) -> list[TodayRow]:
        """The rows behind one count, soonest (or most urgent) first, at most ``limit``."""
        if section not in SECTIONS:
            raise ValidationError("section", f"must be one of {', '.join(SECTIONS)}")
        threshold = self._status.at_risk_days if at_risk_days is None else at_risk_days
        week_end = today + dt.timedelta(days=WEEK_DAYS - 1)
        with reading(self._engine) as connection:
            if section == "overstay":
                rows = today_db.overstay_rows(connection, lawyer, limit)
            elif section == "at_risk":
                rows = today_db.at_risk_rows(connection, lawyer, threshold, limit)
            elif section == "expiring":
                rows = today_db.expiring_rows(connection, lawyer, today,
                                              today + dt.timedelta(days=days), limit)
            elif section == "overdue":
                rows = today_db.task_rows(connection, lawyer, None,
                                          today - dt.timedelta(days=1), limit)
            else:
                rows = (today_db.deadline_rows(connection, lawyer, today, week_end, limit)
                        + today_db.task_rows(connection, lawyer, today, week_end, limit))
                rows.sort(key=lambda row: (row.due, row.client_id, row.title))
                rows = rows[:limit]
            return self._named(connection, rows)

    def _named(self, connection: Connection, rows: list[today_db.DatedRow]) -> list[TodayRow]:
        names = deadlines_db.primary_names(connection, [row.client_id for row in rows])
        expiry_rules = self._status.rulebook().expiry_rules
        result = []
        for row in rows:
            rule: str | None = row.title if row.kind in ("overstay", "at_risk") else None
            if row.rule is not None:
                rule = row.rule
            elif row.kind == "expiry":
                rule = _expiry_rule(expiry_rules, row.title)
            result.append(TodayRow(row.client_id, names.get(row.client_id, ""), row.due,
                                   row.title, row.kind, rule or None, TAB_OF_KIND[row.kind],
                                   row.item_id, row.days))
        return result

    @guarded("today.complete_task", client="client_id")
    def complete_task(self, client_id: int, task_id: int, done: dt.date | None) -> None:
        """Mark a task done on ``done`` (or open again with None), through the client service
        so that the change log records it."""
        with reading(self._engine) as connection:
            found = today_db.open_task(connection, task_id)
        if found is None or found[0] != client_id:
            raise NotFoundError(f"task {task_id} of client {client_id} does not exist")
        _, task, version = found
        self._clients.update_task(replace(task, done=done), expected_version=version)

    @guarded("today.news_since")
    def news_since(self, last_seen: dt.date, today: dt.date, lawyer: str | None = None,
                   critical_days: int = 7) -> ReminderNews:
        """What became due or critical after ``last_seen`` up to ``today`` (reminders)."""
        return _news_since(self, last_seen, today, lawyer, critical_days)


def _expiry_rule(expiry_rules: Mapping[DocumentType, Rule], document_type: str) -> str | None:
    try:
        rule = expiry_rules.get(DocumentType(document_type))
    except ValueError:
        return None
    return None if rule is None else str(rule.id)


@dataclass(frozen=True)
class ReminderNews:
    """What became due or critical after the day the user last saw the reminders."""

    tasks_due: int  # open tasks whose due date came
    deadlines_due: int  # rule deadlines whose day came
    documents_critical: int  # documents that came within the last alert period (e.g. 7 days)
    overstays: int  # clients who started to overstay
    referrals_overdue: int = 0  # referrals whose partner's answer became overdue

    @property
    def total(self) -> int:
        return self.tasks_due + self.deadlines_due + self.documents_critical + self.overstays \
            + self.referrals_overdue


def _news_since(service: TodayService, last_seen: dt.date, today: dt.date,
               lawyer: str | None = None, critical_days: int = 7) -> ReminderNews:
    """Counts of what happened in (last_seen, today]: nothing when last seen today."""
    first = last_seen + dt.timedelta(days=1)
    if first > today:
        return ReminderNews(0, 0, 0, 0)
    shift = dt.timedelta(days=critical_days)
    with reading(service._engine) as connection:
        return ReminderNews(
            tasks_due=today_db.count_tasks(connection, lawyer, first, today),
            deadlines_due=today_db.count_deadlines(connection, lawyer, first, today),
            documents_critical=today_db.count_documents_ending(connection, lawyer,
                                                               first + shift, today + shift),
            overstays=today_db.count_overstay_began(connection, lawyer, first, today),
            referrals_overdue=referrals_db.count_became_overdue(connection, lawyer, first, today),
        )
