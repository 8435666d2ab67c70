"""Stored verdicts of the rules engine per client (the status snapshots behind the client list).

``refresh`` (everyone, one transaction) and ``refresh_stale`` (snapshots of an earlier day, chunk
by chunk, for the background refresh at start-up) read facts in id ranges with Core, evaluate each
client with the rules engine and write only the snapshots that changed. The client services
refresh a client whenever its documents, trips or events change, inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from legalaid.db.repositories import client_deadlines as deadlines_db
from legalaid.db.repositories import status as status_db
from legalaid.domain.records import ClientRecord, StatusSnapshot
from legalaid.errors import NotFoundError
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

if TYPE_CHECKING:
    from legalaid.rules import Assessment
    from legalaid.rules.model import Deadline
    from legalaid.rules.planner import PlannedTrip
    from legalaid.rules.rulebook import RuleBook

BATCH_SIZE = 500  # clients per facts query (SQLite allows 32,766 bound variables)
# Clients per range in a bulk refresh: big enough that query overhead vanishes, small enough for
# steady progress and a quick stop when the background refresh is cancelled.
CHUNK_SIZE = 5000


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for one chunk of a bulk refresh.

    A chunk builds a few hundred thousand small acyclic objects (records, assessments) that
    reference counting frees; meanwhile the collector kept scanning every object of the
    process, a third of the refresh time. Restored afterwards as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class StatusService:
    """Evaluates clients with the rules engine and keeps their snapshots."""

    def __init__(self, engine: Engine, rules_path: Path | None = None, at_risk_days: int = 14):
        self._engine = engine
        self._rules_path = rules_path
        self._at_risk_days = at_risk_days
        self._rulebook: RuleBook | None = None
        self._pack: int | None = None  # the active rules pack's row, when the rules came from one

    @property
    def at_risk_days(self) -> int:
        return self._at_risk_days

    @guarded("status.rulebook")
    def rulebook(self) -> RuleBook:
        """The rules, loaded once: the rules file of the settings when one is named, else the
        database's active rules pack (the shipped one, installed on first use). A malformed
        file raises ``RuleDataError``."""
        if self._rulebook is None:
            from legalaid.rules import load_rulebook

            if self._rules_path is not None:
                self._rulebook = load_rulebook(self._rules_path)
            else:
                from legalaid.services.rule_packs import active_rules

                self._rulebook, self._pack = active_rules(self._engine)
        return self._rulebook

    @guarded("status.use_rules")
    def use_rules(self, book: RuleBook, pack: int | None) -> None:
        """Apply ``book`` (rules pack row ``pack``) from now on: after a pack is activated."""
        self._rulebook, self._pack = book, pack

    @property
    def rules_label(self) -> str | None:
        """The rules pack in use as a letter names it: "kz-2026.3 (version 3)"."""
        pack = self.rulebook().pack
        return None if pack is None else pack.label

    @property
    def pack(self) -> int | None:
        """The row of the rules pack the rules came from (None: a rules file of the settings)."""
        self.rulebook()
        return self._pack

    @guarded("status.verdict")
    def verdict(self, record: ClientRecord | status_db.ClientFacts,
                as_of: dt.date | None = None) -> Assessment:
        """The rules engine's verdict on a client's file on ``as_of`` (default today), with the
        threshold of Settings: the one computation behind the client-file banner and the status
        snapshots of the client list, so the two always agree."""
        from legalaid.rules import Facts, evaluate

        return evaluate(
            Facts.from_records(
                record.citizenship, record.category, record.documents, record.trips,
                record.events,
            ),
            as_of or dt.date.today(),
            self.rulebook(),
            at_risk_days=self._at_risk_days,
        )

    @guarded("status.assessment_of")
    def assessment_of(self, facts: status_db.ClientFacts, as_of: dt.date) -> Assessment:
        """The rules engine's full verdict on these facts (``verdict``)."""
        return self.verdict(facts, as_of)

    @guarded("status.assess", client="client_id")
    def assess(self, client_id: int, as_of: dt.date) -> Assessment:
        """A stored client's verdict on ``as_of``, computed now (not the snapshot)."""
        with reading(self._engine) as connection:
            batch = status_db.load_facts(connection, [client_id])
        if not batch:
            raise NotFoundError(f"client {client_id} does not exist")
        return self.assessment_of(batch[0], as_of)

    @guarded("status.plan", client="client_id")
    def plan(self, client_id: int, trips: Sequence[tuple[dt.date, dt.date]],
             leave: dt.date | None = None, as_of: dt.date | None = None) -> tuple[PlannedTrip, ...]:
        """The what-if planner on a stored client: the current stay ending on ``leave`` (default
        its last lawful day) when present on ``as_of`` (default today), then ``trips`` (entry,
        exit); one answer per trip (``rules.planner.plan_trips``)."""
        from legalaid.rules import Facts
        from legalaid.rules.planner import plan_trips

        day = as_of or dt.date.today()
        with reading(self._engine) as connection:
            batch = status_db.load_facts(connection, [client_id])
        if not batch:
            raise NotFoundError(f"client {client_id} does not exist")
        facts = batch[0]
        return plan_trips(
            Facts.from_records(facts.citizenship, facts.category, facts.documents, facts.trips,
                               facts.events),
            day, self.rulebook(), trips, leave=leave, at_risk_days=self._at_risk_days)

    @guarded("status.snapshot_of")
    def snapshot_of(self, facts: status_db.ClientFacts, as_of: dt.date) -> StatusSnapshot:
        return self._evaluated(facts, as_of)[0]

    def _evaluated(self, facts: status_db.ClientFacts,
                   as_of: dt.date) -> tuple[StatusSnapshot, Sequence[Deadline]]:
        """The snapshot and every deadline (stored beside it for the Today page)."""
        assessment = self.assessment_of(facts, as_of)
        upcoming = assessment.next_deadline  # the overdue must-leave date, or the next one
        return StatusSnapshot(
            facts.client_id, assessment.status, as_of, assessment.regime,
            assessment.last_lawful_day, assessment.days_remaining, assessment.overstay_days,
            None if upcoming is None else upcoming.due,
            None if upcoming is None else upcoming.title), assessment.deadlines

    @guarded("status.refresh_in")
    def refresh_in(self, connection: Connection, ids: Sequence[int], as_of: dt.date) -> int:
        """Re-evaluate these clients inside the caller's transaction; returns how many."""
        done = 0
        for start in range(0, len(ids), BATCH_SIZE):
            batch = status_db.load_facts(connection, ids[start : start + BATCH_SIZE])
            evaluated = [self._evaluated(f, as_of) for f in batch]
            status_db.store_snapshots(connection, [snap for snap, _ in evaluated], self.pack)
            deadlines_db.replace_deadlines(connection, [(s.client_id, d) for s, d in evaluated],
                                           self.pack)
            done += len(batch)
        return done

    @guarded("status.refresh")
    def refresh(self, client_ids: Iterable[int] | None = None, as_of: dt.date | None = None) -> int:
        """Re-evaluate the given clients (all when None) on ``as_of`` (today when None)."""
        day = as_of or dt.date.today()
        with writing(self._engine) as connection:
            if client_ids is not None:
                return self.refresh_in(connection, list(client_ids), day)
            ids = status_db.live_client_ids(connection)
            for start in range(0, len(ids), CHUNK_SIZE):
                chunk = ids[start : start + CHUNK_SIZE]
                self._refresh_range(connection, chunk[0], chunk[-1], day)
            return len(ids)

    @guarded("status.refresh_stale")
    def refresh_stale(
        self,
        as_of: dt.date | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Bring every snapshot dated before ``as_of`` (today when None), and every client without
        one, up to date; chunk by chunk, each in its own transaction, calling ``progress(done,
        total)`` after each and stopping early when ``cancelled()`` says so. Returns how many
        of the stale clients were refreshed."""
        day = as_of or dt.date.today()
        with reading(self._engine) as connection:
            ids = status_db.client_ids_needing_refresh(connection, day)
        done = 0
        for start in range(0, len(ids), CHUNK_SIZE):
            if cancelled is not None and cancelled():
                break
            chunk = ids[start : start + CHUNK_SIZE]
            with writing(self._engine) as connection:
                self._refresh_range(connection, chunk[0], chunk[-1], day)
            done += len(chunk)
            if progress is not None:
                progress(done, len(ids))
        return done

    def _refresh_range(self, connection: Connection, first_id: int, last_id: int,
                       as_of: dt.date) -> None:
        """Every live client with an id in the range: evaluate, write only what changed."""
        with collector_paused():
            self._refresh_range_now(connection, first_id, last_id, as_of)

    def _refresh_range_now(self, connection: Connection, first_id: int, last_id: int,
                           as_of: dt.date) -> None:
        from legalaid.rules import Facts, evaluate

        facts = status_db.facts_between(connection, first_id, last_id)
        stored = status_db.snapshot_keys_between(connection, first_id, last_id)
        # Deadlines hardly ever change from one day to the next, while days remaining do.
        signatures = status_db.deadline_signatures_between(connection, first_id, last_id)
        stored_deadlines = status_db.deadlines_between(connection, first_id, last_id) \
            if signatures is None else {}
        signature = status_db.deadline_signature
        book, at_risk, pack = self.rulebook(), self._at_risk_days, self._pack
        changed, counts, deadlines = [], [], []
        for item in facts:
            # The query returns trips by entry and events by date: no sorting in Facts.
            citizenship = item.citizenship
            assessment = evaluate(
                Facts(citizenship and citizenship.upper(), item.category, item.documents,
                      item.trips, item.events), as_of, book, at_risk_days=at_risk)
            upcoming = assessment.next_deadline  # an overstay's must-leave date stays first
            last, due = assessment.last_lawful_day, upcoming and upcoming.due
            # Compared in stored form (see status_db.snapshot_key), before building anything.
            key = (assessment.status.value, assessment.regime, last and last.isoformat(),
                   assessment.days_remaining, assessment.overstay_days, due and due.isoformat(),
                   upcoming and upcoming.title)
            old = stored.get(item.client_id)
            if old == key:
                pass
            elif old is not None and old[:3] == key[:3] and old[5:] == key[5:]:
                # Only the day counts moved (most present clients, every day): two integers.
                counts.append((item.client_id, key[3], key[4]))
            else:
                changed.append(StatusSnapshot(
                    item.client_id, assessment.status, as_of, assessment.regime, last,
                    assessment.days_remaining, assessment.overstay_days, due,
                    upcoming and upcoming.title))
            if signatures is not None:
                if signatures.get(item.client_id, "") != signature(assessment.deadlines):
                    deadlines.append((item.client_id, assessment.deadlines))
            elif stored_deadlines.get(item.client_id, ()) != assessment.deadlines:
                deadlines.append((item.client_id, assessment.deadlines))
        status_db.write_range(connection, first_id, last_id, as_of, changed, pack)
        status_db.update_counts(connection, counts)
        deadlines_db.replace_deadlines(connection, deadlines, pack)
        deadlines_db.name_pack(connection, first_id, last_id, pack)

    @guarded("status.get", client="client_id")
    def get(self, client_id: int) -> StatusSnapshot | None:
        """The stored snapshot, or None if the client was never evaluated."""
        with reading(self._engine) as connection:
            return status_db.read_snapshot(connection, client_id)

    @guarded("status.window_usage")
    def window_usage(self, record: ClientRecord, first: dt.date, last: dt.date,
                     departure: dt.date | None = None) -> list[tuple[dt.date, int, int | None]]:
        """Days used per day from ``first`` to ``last``; a stay still open ends on ``departure``
        when one is given (the projection), else it runs on to ``last``."""
        import dataclasses

        from legalaid.rules import Facts, window_usage

        trips = record.trips if departure is None else tuple(
            dataclasses.replace(trip, exit=departure) if trip.exit is None else trip
            for trip in record.trips)
        facts = Facts.from_records(record.citizenship, record.category, record.documents,
                                   trips, record.events)
        return window_usage(facts, first, last, self.rulebook())

