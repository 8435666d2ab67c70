"""Status snapshots refreshed in bulk and in the background: every client's stored verdict follows
the date, stale ones are found, progress is reported and a cancelled refresh stops cleanly."""

from __future__ import annotations

import datetime as dt

import pytest

import legalaid.services.status as status_module
from legalaid.domain.enums import Category, DocumentType, Script, Status
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services

TODAY = dt.date(2024, 3, 15)


def visitor(family: str, entry: dt.date) -> ClientRecord:
    """A US visitor (30 days per stay) still in Kazakhstan, arrival notified."""
    return ClientRecord(names=(NameSpelling(family, "Jane", Script.LATIN),), citizenship="US",
                        category=Category.VISITOR,
                        trips=(TripRecord(entry, host_notified=entry),))


def worker(family: str, entry: dt.date, passport_end: dt.date) -> ClientRecord:
    return ClientRecord(names=(NameSpelling(family, "Ali", Script.LATIN),), citizenship="UZ",
                        category=Category.VISITOR,
                        documents=(DocumentRecord(DocumentType.PASSPORT, "X1",
                                                  valid_until=passport_end),),
                        trips=(TripRecord(entry, dt.date(2024, 3, 1)),))


def test_the_bulk_refresh_follows_the_date(services: Services) -> None:
    # Entered 2024-03-01: the 30-day cap ends on 03-30 (03-01 + 29).
    first = services.clients.add(visitor("First", dt.date(2024, 3, 1)))
    # Stayed 02-01 to 03-01 and left; passport ends 2024-04-10.
    second = services.clients.add(worker("Second", dt.date(2024, 2, 1), dt.date(2024, 4, 10)))
    assert services.status.refresh(None, TODAY) == 2
    snap = services.status.get(first)
    assert snap is not None
    assert (snap.status, snap.as_of, snap.last_lawful_day, snap.days_remaining) == (
        Status.LAWFUL, TODAY, dt.date(2024, 3, 30), 15)
    gone = services.status.get(second)
    assert gone is not None
    assert (gone.status, gone.next_deadline) == (Status.NOT_PRESENT, dt.date(2024, 4, 10))
    # Ten days later (03-25) the visitor has 5 days left (at risk); nothing else about the other
    # client changes except the date of its snapshot.
    later = TODAY + dt.timedelta(days=10)
    services.status.refresh(None, later)
    snap = services.status.get(first)
    assert snap is not None
    assert (snap.status, snap.as_of, snap.days_remaining) == (Status.AT_RISK, later, 5)
    gone = services.status.get(second)
    assert gone is not None
    assert (gone.status, gone.as_of) == (Status.NOT_PRESENT, later)


def test_stale_snapshots_are_refreshed_in_chunks_with_progress(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:

    ids = [services.clients.add(visitor(f"Client{n}", dt.date(2024, 3, 1))) for n in range(7)]
    services.status.refresh(ids[:5], TODAY)  # two clients have no snapshot at all
    later = TODAY + dt.timedelta(days=1)
    services.status.refresh(ids[:1], later)  # one is already up to date
    monkeypatch.setattr(status_module, "CHUNK_SIZE", 2)
    seen: list[tuple[int, int]] = []
    done = services.status.refresh_stale(later, lambda d, t: seen.append((d, t)))
    assert done == 6
    assert seen == [(2, 6), (4, 6), (6, 6)]
    for client_id in ids:
        snap = services.status.get(client_id)
        assert snap is not None
        # Entered 03-01 with a 30-day cap: on 03-16, 14 days remain (at risk).
        assert (snap.as_of, snap.days_remaining, snap.status) == (later, 14, Status.AT_RISK)
    assert services.status.refresh_stale(later) == 0


def test_a_cancelled_refresh_stops_after_the_current_chunk(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:

    ids = [services.clients.add(visitor(f"Client{n}", dt.date(2024, 3, 1))) for n in range(4)]
    services.status.refresh(ids, TODAY)
    later = TODAY + dt.timedelta(days=3)
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # let the first chunk through, then stop

    monkeypatch.setattr(status_module, "CHUNK_SIZE", 2)
    done = services.status.refresh_stale(later, cancelled=cancelled)
    assert done == 2
    dates = sorted(snap.as_of for snap in map(services.status.get, ids) if snap is not None)
    assert dates == [TODAY, TODAY, later, later]


def test_the_bulk_refresh_rewrites_deadlines_that_changed(services: Services) -> None:
    from legalaid.db.repositories import status as status_db

    # A US visitor arriving on 2024-04-03 (a Wednesday): absent on 03-15, so no arrival
    # notification is due; on 04-04 the host must notify within 3 working days: 04-04, 04-05,
    # then 04-08 (Monday; the 6th and 7th are a weekend, no public holiday in between).
    arriving = services.clients.add(ClientRecord(
        names=(NameSpelling("Later", "Jane", Script.LATIN),), citizenship="US",
        category=Category.VISITOR, trips=(TripRecord(dt.date(2024, 4, 3)),)))
    services.status.refresh(None, TODAY)

    def stored() -> str:
        with services.engine.connect() as connection:
            signatures = status_db.deadline_signatures_between(connection, arriving, arriving)
        assert signatures is not None
        return signatures.get(arriving, "")

    assert stored() == ""
    services.status.refresh(None, dt.date(2024, 4, 4))
    # ... and the 30-day stay ends on 05-02 (04-03 + 29): the must-leave date.
    assert stored() == ("REG-01\x1f\x1f2024-04-08\x1fHost notifies the police of arrival\x1e"
                        "STAY-01\x1f\x1f2024-05-02\x1fMust leave or regularise by")
