"""ClientService over a migrated database: adding, reading, editing, the bin, history, status."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from legalaid.domain.enums import (
    CaseStatus,
    Category,
    DocumentType,
    EventType,
    Script,
    Sex,
    Status,
)
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    EventRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import ConflictError, NotFoundError, ValidationError
from legalaid.services import Services

D = dt.date


def shukhrat(**changes: object) -> ClientRecord:
    record = ClientRecord(
        names=(
            NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC, patronymic="Бахтиярович"),
            NameSpelling("Abdullaev", "Shukhrat", Script.LATIN, source="passport"),
        ),
        sex=Sex.MALE, date_of_birth=D(1991, 4, 17), citizenship="UZ",
        category=Category.LABOUR_IMMIGRANT, languages=("uz", "ru"), phone="+7 701 000 00 00",
        safe_to_contact=True, address="Almaty", iin="910417300000", lawyer="Ainur",
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA0000000", None, D(2020, 1, 1),
                                  D(2030, 1, 1)),),
        trips=(TripRecord(D(2023, 1, 10), D(2023, 2, 1)),),
        events=(EventRecord(EventType.CONTRACT_TERMINATED, D(2023, 1, 20)),),
        notes=(NoteRecord("first visit", author="Ainur"),),
        cases=(CaseRecord("labour dispute", D(2024, 1, 5), CaseStatus.OPEN, lawyer="Ainur",
                          tasks=(TaskRecord("file claim", D(2024, 2, 1)),)),),
    )  # fmt: skip
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def russian() -> ClientRecord:
    """Worked example A of SCENARIOS.md: a Russian citizen on a 90-in-180 stay."""
    return ClientRecord(
        names=(NameSpelling("Petrova", "Anna", Script.LATIN),), citizenship="RU",
        trips=(TripRecord(D(2024, 3, 1)),),
    )  # fmt: skip


def test_added_client_reads_back_with_everything(services: Services) -> None:
    client_id = services.clients.add(shukhrat())
    got = services.clients.get(client_id)
    assert got.id == client_id
    assert [n.full for n in got.names] == ["Абдуллаев Шухрат Бахтиярович", "Abdullaev Shukhrat"]
    assert got.names[1].source == "passport"
    assert (got.citizenship, got.category, got.languages) == ("UZ", Category.LABOUR_IMMIGRANT,
                                                              ("uz", "ru"))
    assert got.documents[0].number == "FA0000000"
    assert got.documents[0].valid_until == D(2030, 1, 1)
    assert got.trips[0].exit == D(2023, 2, 1)
    assert got.events[0].type is EventType.CONTRACT_TERMINATED
    assert got.notes[0].text == "first visit"
    assert got.cases[0].tasks[0].title == "file claim"
    assert got.lawyer == "Ainur"


def test_batch_with_one_bad_record_writes_nothing(services: Services) -> None:
    bad = shukhrat(iin="12345")
    with pytest.raises(ValidationError) as error:
        services.clients.add_many([shukhrat(), bad])
    assert str(error.value) == '[1].iin: "12345" is not an IIN (expected 12 digits)'
    assert services.clients.count(ClientQuery()) == 0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"citizenship": "XX"}, 'citizenship: "XX" is not an ISO 3166 country code'),
        ({"phone": "call me"}, 'phone: "call me" is not a phone number (digits, spaces, +, -)'),
        ({"trips": (TripRecord(D(2024, 1, 10), D(2024, 1, 5)),)}, "trips[0].exit: is before entry"),
        ({"documents": (DocumentRecord(DocumentType.VISA, valid_from=D(2024, 2, 1),
                                       valid_until=D(2024, 1, 1)),)},
         "documents[0].valid_until: is before valid_from"),
    ],
)  # fmt: skip
def test_invalid_client_is_refused_naming_the_field(
    services: Services, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError) as error:
        services.clients.add(shukhrat(**change))
    assert str(error.value) == message


def test_missing_client_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.clients.get(999)


def test_profile_update_changes_names_and_records_history(services: Services) -> None:
    client_id = services.clients.add(shukhrat())
    version = services.clients.version(client_id)
    new_names = (NameSpelling("Abdullayev", "Shuhrat", Script.LATIN),)
    got = services.clients.update_profile(
        client_id, shukhrat(names=new_names, phone="+7 777 111 22 33"), version
    )
    assert [n.full for n in got.names] == ["Abdullayev Shuhrat"]
    assert got.phone == "+7 777 111 22 33"
    latest = services.clients.history(client_id)[0]
    assert (latest.action, latest.item, latest.by) == ("update", "client", "lawyer1")
    assert latest.fields == ("names", "phone")
    assert "+7 777" not in repr(services.clients.history(client_id))  # no values logged


def test_saving_over_someone_elses_change_is_a_conflict(services: Services) -> None:
    client_id = services.clients.add(shukhrat())
    version = services.clients.version(client_id)
    services.clients.update_profile(client_id, shukhrat(phone="+7 700 000 00 01"), version)
    with pytest.raises(ConflictError):
        services.clients.update_profile(client_id, shukhrat(phone="+7 700 000 00 02"), version)
    assert services.clients.get(client_id).phone == "+7 700 000 00 01"


def test_deleted_client_leaves_the_list_and_comes_back(services: Services) -> None:
    keep, gone = services.clients.add_many([shukhrat(), russian()])
    services.clients.delete(gone)
    assert [row.id for row in services.clients.list_rows(ClientQuery())] == [keep]
    with pytest.raises(NotFoundError):
        services.clients.get(gone)
    services.clients.restore(gone)
    assert services.clients.count(ClientQuery()) == 2


def test_items_are_edited_deleted_and_restored_from_the_bin(services: Services) -> None:
    client_id = services.clients.add(shukhrat())
    visa = services.clients.add_document(
        client_id, DocumentRecord(DocumentType.VISA, "V1", valid_from=D(2024, 1, 1),
                                  valid_until=D(2024, 6, 30))
    )  # fmt: skip
    services.clients.update_document(
        DocumentRecord(DocumentType.VISA, "V2", valid_from=D(2024, 1, 1),
                       valid_until=D(2024, 6, 30), id=visa)
    )  # fmt: skip
    note = services.clients.add_note(client_id, NoteRecord("called back"))
    services.clients.delete_item("document", visa)
    services.clients.delete_item("note", note)
    got = services.clients.get(client_id)
    assert [d.type for d in got.documents] == [DocumentType.PASSPORT]
    assert [n.text for n in got.notes] == ["first visit"]
    assert sorted((i.kind, i.item_id) for i in services.clients.deleted_items(client_id)) == [
        ("document", visa), ("note", note)]
    services.clients.restore_item("document", visa)
    assert [d.number for d in services.clients.get(client_id).documents] == ["V2", "FA0000000"]
    actions = [(h.action, h.item) for h in services.clients.history(client_id)]
    assert ("update", "document") in actions
    assert ("restore", "document") in actions


def test_overlapping_trip_is_refused(services: Services) -> None:
    client_id = services.clients.add(shukhrat())  # in Kazakhstan 2023-01-10 .. 2023-02-01
    with pytest.raises(ValidationError) as error:
        services.clients.add_trip(client_id, TripRecord(D(2023, 1, 20), D(2023, 3, 1)))
    assert error.value.field == "trip"
    services.clients.add_trip(client_id, TripRecord(D(2023, 2, 1), D(2023, 3, 1)))  # same day ok


def test_family_link_shows_the_relative(services: Services) -> None:
    first, second = services.clients.add_many([shukhrat(), russian()])
    services.clients.add_family_link(first, second, "spouse")
    links = services.clients.family_links(first)
    assert [(link.other_client_id, link.other_name, link.relationship) for link in links] == [
        (second, "Petrova Anna", "spouse")]
    with pytest.raises(ValidationError):
        services.clients.add_family_link(first, first, "self")


def test_status_snapshot_follows_the_trips(services: Services) -> None:
    # Entered 2024-03-01, today 2024-03-15: may stay until 2024-05-29 (90 days), 75 days left.
    client_id = services.clients.add(russian())
    snapshot = services.status.get(client_id)
    assert snapshot is not None
    assert (snapshot.status, snapshot.last_lawful_day, snapshot.days_remaining) == (
        Status.LAWFUL, D(2024, 5, 29), 75)
    # An earlier stay of 60 days (2023-12-01 .. 2024-01-29) in the 180-day window leaves 30 days
    # for the current stay: 2024-03-01 + 29 = 2024-03-30, 15 days left on 2024-03-15.
    services.clients.add_trip(client_id, TripRecord(D(2023, 12, 1), D(2024, 1, 29)))
    snapshot = services.status.get(client_id)
    assert snapshot is not None
    assert (snapshot.last_lawful_day, snapshot.days_remaining) == (D(2024, 3, 30), 15)


def test_a_trip_that_has_not_happened_yet_is_refused(services: Services) -> None:
    next_week = dt.date.today() + dt.timedelta(days=7)
    with pytest.raises(ValidationError) as in_a_record:
        services.clients.add(shukhrat(trips=(TripRecord(dt.date(2024, 3, 1), next_week),)))
    assert in_a_record.value.field == "trips[0].exit"
    assert "belongs in the planner" in in_a_record.value.problem
    client_id = services.clients.add(shukhrat(trips=()))
    with pytest.raises(ValidationError) as added:
        services.clients.add_trip(client_id, TripRecord(next_week))
    assert added.value.field == "trip.entry"
    assert services.clients.get(client_id).trips == ()
    services.clients.add_trip(client_id, TripRecord(dt.date(2024, 3, 1), dt.date(2024, 3, 15)))
