"""The must-leave date as a stored deadline: status refresh writes it beside the snapshot, so the
client list's next deadline and Today's week show it; an overstay keeps it as the next (overdue)
deadline until the person leaves."""

from __future__ import annotations

import datetime as dt

from legalaid.domain.enums import Category, DocumentType, Script, Status
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services

TODAY = dt.date(2024, 3, 15)
MUST_LEAVE = "Must leave or regularise by"


def visitor(family: str, entry: dt.date, exit_day: dt.date | None = None) -> ClientRecord:
    """A US visitor (30 days per stay), arrival notified, passport valid until 2030."""
    return ClientRecord(names=(NameSpelling(family, "Jane", Script.LATIN),), citizenship="US",
                        category=Category.VISITOR,
                        documents=(DocumentRecord(DocumentType.PASSPORT, "P1",
                                                  valid_until=dt.date(2030, 1, 1)),),
                        trips=(TripRecord(entry, exit_day, host_notified=entry),))


def test_the_must_leave_date_is_the_next_deadline(services: Services) -> None:
    # Entered 2024-02-18: 30 days are 02-18 to 03-18 (12 days of February 2024, 18 of March).
    client = services.clients.add(visitor("Near", dt.date(2024, 2, 18)))
    services.status.refresh(None, TODAY)
    snap = services.status.get(client)
    assert snap is not None
    assert (snap.next_deadline, snap.next_deadline_title) == (dt.date(2024, 3, 18), MUST_LEAVE)
    week = services.today.section_rows("this_week", TODAY)
    assert [(row.client_id, row.due, row.what, row.rule) for row in week] == [
        (client, dt.date(2024, 3, 18), MUST_LEAVE, "STAY-01")]


def test_an_overstay_stays_overdue_until_the_person_leaves(services: Services) -> None:
    # Entered 2024-01-01: the 30-day stay ended on 01-30; still present on 03-15.
    client = services.clients.add(visitor("Over", dt.date(2024, 1, 1)))
    services.status.refresh(None, TODAY)
    snap = services.status.get(client)
    assert snap is not None
    assert (snap.status, snap.next_deadline, snap.next_deadline_title) == (
        Status.OVERSTAY, dt.date(2024, 1, 30), MUST_LEAVE)
    gone = services.clients.add(visitor("Gone", dt.date(2024, 1, 1), dt.date(2024, 3, 10)))
    services.status.refresh(None, TODAY)
    left = services.status.get(gone)
    assert left is not None
    assert (left.status, left.next_deadline) == (Status.NOT_PRESENT, dt.date(2030, 1, 1))
