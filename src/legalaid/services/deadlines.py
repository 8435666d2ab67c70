"""Every client's deadlines in a period: those the rules derive and the manual tasks.

Rule-derived deadlines are recomputed from the facts (they depend on the date asked about), in
batches, so a period over 100,000 clients never holds more than one batch of facts in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine

from legalaid.db.repositories import deadlines as deadlines_db
from legalaid.db.repositories import status as status_db
from legalaid.services.declarations import guarded
from legalaid.services.status import BATCH_SIZE, StatusService
from legalaid.services.unit_of_work import reading


@dataclass(frozen=True)
class DeadlineRow:
    """One dated obligation of one client."""

    client_id: int
    client_name: str
    due: dt.date
    title: str
    rule: str | None  # the rule id, or the rule a manual task cites
    document: str | None
    kind: str  # "rule" or "task"
    task_id: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "client_id": self.client_id, "client": self.client_name, "due": self.due.isoformat(),
            "title": self.title, "rule": self.rule, "document": self.document, "kind": self.kind,
            "task_id": self.task_id,
        }


class DeadlineService:
    """Lists deadlines of every client (or of one lawyer's clients) between two dates."""

    def __init__(self, engine: Engine, status: StatusService) -> None:
        self._engine = engine
        self._status = status

    @guarded("deadlines.between")
    def between(
        self, first: dt.date, last: dt.date, as_of: dt.date | None = None,
        lawyer: str | None = None,
    ) -> list[DeadlineRow]:
        """Deadlines due in [first, last], soonest first, as the rules see them on ``as_of``;
        with ``lawyer``, of that lawyer's clients only (the guard sets it for lawyers)."""
        day = as_of or dt.date.today()
        rows = list(self._rule_deadlines(first, last, day, lawyer))
        with reading(self._engine) as connection:
            tasks = deadlines_db.open_tasks_between(connection, first, last, lawyer)
            names = deadlines_db.primary_names(
                connection, [row.client_id for row in rows] + [task.client_id for task in tasks])
        rows += [
            DeadlineRow(task.client_id, "", task.due, task.title, task.source_rule, None, "task",
                        task.task_id)
            for task in tasks
        ]
        named = [
            DeadlineRow(row.client_id, names.get(row.client_id, ""), row.due, row.title, row.rule,
                        row.document, row.kind, row.task_id)
            for row in rows
        ]
        return sorted(named, key=lambda row: (row.due, row.client_id, row.title))

    def _rule_deadlines(
        self, first: dt.date, last: dt.date, as_of: dt.date, lawyer: str | None
    ) -> Iterator[DeadlineRow]:
        with reading(self._engine) as connection:
            ids = (status_db.live_client_ids(connection) if lawyer is None
                   else deadlines_db.live_client_ids_of(connection, lawyer))
            for start in range(0, len(ids), BATCH_SIZE):
                for facts in status_db.load_facts(connection, ids[start : start + BATCH_SIZE]):
                    assessment = self._status.assessment_of(facts, as_of)
                    for deadline in assessment.deadlines:
                        if first <= deadline.due <= last:
                            yield DeadlineRow(
                                facts.client_id, "", deadline.due, deadline.title, deadline.rule,
                                None if deadline.document is None else str(deadline.document),
                                "rule")
