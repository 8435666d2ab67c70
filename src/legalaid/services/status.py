"""Stored verdicts of the rules engine per client (the status snapshots behind the client list).

``refresh`` loads facts in batches with Core, evaluates each client with the rules engine and
replaces the snapshots; the client services refresh a client whenever its documents, trips or
events change, inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from legalaid.db.repositories import client_deadlines as deadlines_db
from legalaid.db.repositories import status as status_db
from legalaid.domain.records import StatusSnapshot
from legalaid.errors import NotFoundError

if TYPE_CHECKING:
    from legalaid.rules import Assessment
    from legalaid.rules.model import Deadline
    from legalaid.rules.rulebook import RuleBook

BATCH_SIZE = 500  # clients per facts query (SQLite allows 32,766 bound variables)


class StatusService:
    """Evaluates clients with the rules engine and keeps their snapshots."""

    def __init__(self, engine: Engine, rules_path: Path | None = None, at_risk_days: int = 14):
        self._engine = engine
        self._rules_path = rules_path
        self._at_risk_days = at_risk_days
        self._rulebook: RuleBook | None = None

    @property
    def at_risk_days(self) -> int:
        return self._at_risk_days

    def rulebook(self) -> RuleBook:
        """The rules, loaded once (a malformed file raises ``RuleDataError``)."""
        if self._rulebook is None:
            from legalaid.rules import load_rulebook

            self._rulebook = load_rulebook(self._rules_path)
        return self._rulebook

    def assessment_of(self, facts: status_db.ClientFacts, as_of: dt.date) -> Assessment:
        """The rules engine's full verdict on these facts."""
        from legalaid.rules import Facts, evaluate

        return evaluate(
            Facts.from_records(
                facts.citizenship, facts.category, facts.documents, facts.trips, facts.events
            ),
            as_of,
            self.rulebook(),
            at_risk_days=self._at_risk_days,
        )

    def assess(self, client_id: int, as_of: dt.date) -> Assessment:
        """A stored client's verdict on ``as_of``, computed now (not the snapshot)."""
        with self._engine.connect() as connection:
            batch = status_db.load_facts(connection, [client_id])
        if not batch:
            raise NotFoundError(f"client {client_id} does not exist")
        return self.assessment_of(batch[0], as_of)

    def snapshot_of(self, facts: status_db.ClientFacts, as_of: dt.date) -> StatusSnapshot:
        return self._evaluated(facts, as_of)[0]

    def _evaluated(self, facts: status_db.ClientFacts,
                   as_of: dt.date) -> tuple[StatusSnapshot, Sequence[Deadline]]:
        """The snapshot and every deadline (stored beside it for the Today page)."""
        assessment = self.assessment_of(facts, as_of)
        upcoming = sorted((d for d in assessment.deadlines if d.due >= as_of), key=lambda d: d.due)
        return StatusSnapshot(
            client_id=facts.client_id,
            status=assessment.status,
            as_of=as_of,
            regime=assessment.regime,
            last_lawful_day=assessment.last_lawful_day,
            days_remaining=assessment.days_remaining,
            overstay_days=assessment.overstay_days,
            next_deadline=upcoming[0].due if upcoming else None,
            next_deadline_title=upcoming[0].title if upcoming else None,
        ), assessment.deadlines

    def refresh_in(self, connection: Connection, ids: Sequence[int], as_of: dt.date) -> int:
        """Re-evaluate these clients inside the caller's transaction; returns how many."""
        done = 0
        for start in range(0, len(ids), BATCH_SIZE):
            batch = status_db.load_facts(connection, ids[start : start + BATCH_SIZE])
            evaluated = [self._evaluated(f, as_of) for f in batch]
            status_db.store_snapshots(connection, [snap for snap, _ in evaluated])
            deadlines_db.replace_deadlines(connection, [(s.client_id, d) for s, d in evaluated])
            done += len(batch)
        return done

    def refresh(self, client_ids: Iterable[int] | None = None, as_of: dt.date | None = None) -> int:
        """Re-evaluate the given clients (all when None) on ``as_of`` (today when None)."""
        day = as_of or dt.date.today()
        with self._engine.begin() as connection:
            ids = status_db.live_client_ids(connection) if client_ids is None else list(client_ids)
            return self.refresh_in(connection, ids, day)

    def get(self, client_id: int) -> StatusSnapshot | None:
        """The stored snapshot, or None if the client was never evaluated."""
        with self._engine.connect() as connection:
            return status_db.read_snapshot(connection, client_id)
