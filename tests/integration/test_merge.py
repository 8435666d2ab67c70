"""Merging two files of one person: every kind of item of OTHER ends up in KEEP, conflicting
profile fields are settled as chosen, the merged file waits in the Bin, search finds one client
under every spelling, and an undo in the same session puts everything back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, insert, select, text

from legalaid.db.models import Letter, Referral, table
from legalaid.domain.enums import DocumentType, EventType, Script
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
NOW = dt.datetime(2024, 3, 15, 10, 0)


def keep_record() -> ClientRecord:
    return ClientRecord(names=(NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC),),
                        date_of_birth=D(1991, 4, 17), citizenship="UZ", phone="+7 701 000 00 01",
                        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                                                  valid_until=D(2030, 1, 1)),))


def other_record() -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling("Abdullayev", "Shuxrat", Script.LATIN),
               NameSpelling("Абдуллоев", "Шухрат", Script.CYRILLIC)),
        date_of_birth=D(1991, 4, 17), citizenship="UZ", phone="+7 777 111 22 33",
        address="Almaty, Abay 1",
        documents=(DocumentRecord(DocumentType.MIGRATION_CARD, "MC-42"),),
        trips=(TripRecord(D(2024, 1, 10)),),
        events=(EventRecord(EventType.CONTRACT_TERMINATED, D(2024, 1, 12)),),
        notes=(NoteRecord("came back about the wages"),),
        cases=(CaseRecord("unpaid_wages", D(2024, 2, 1),
                          tasks=(TaskRecord("file the claim", D(2024, 4, 1)),)),),
    )


@pytest.fixture
def pair(services: Services) -> tuple[int, int]:
    keep = services.clients.add(keep_record())
    other = services.clients.add(other_record())
    return keep, other


def _owners(engine: Engine, tbl: str, column: str, ids: list[int]) -> set[int]:
    with engine.connect() as connection:
        rows = connection.execute(text(f"SELECT {column} FROM {tbl} WHERE id IN "
                                       f"({','.join(map(str, ids))})")).scalars()
        return set(rows)


def _ids_of(engine: Engine, tbl: str, column: str, client_id: int) -> list[int]:
    with engine.connect() as connection:
        return list(connection.execute(text(f"SELECT id FROM {tbl} WHERE {column} = :c"),
                                       {"c": client_id}).scalars())


def _add_consent(services: Services, other: int) -> None:
    services.consent.record_consent(other, "legal_aid", on=D(2024, 1, 10))


def _add_referral(services: Services, other: int) -> None:
    with services.engine.begin() as connection:
        connection.execute(insert(table(Referral)).values(
            client_id=other, partner="Shelter", date=D(2024, 2, 2), status="sent"))


def _add_letter(services: Services, other: int) -> None:
    with services.engine.begin() as connection:
        connection.execute(insert(table(Letter)).values(
            client_id=other, template="employer_request", language="ru",
            outgoing_number="7/2024", date=D(2024, 2, 3), year=2024, sequence=7,
            title="Request", created_at=NOW))


def _add_family_link(services: Services, other: int) -> None:
    sister = services.clients.add(ClientRecord(names=(NameSpelling("Karimova", "Dilnoza",
                                                                   Script.LATIN),)))
    services.clients.add_family_link(other, sister, "sibling")


def _add_party(services: Services, other: int) -> None:
    case_id = _ids_of(services.engine, "legal_case", "client_id", other)[0]
    services.parties.add_party(case_id, "TOO Stroy", "employer", "123456789012")


def _nothing(services: Services, other: int) -> None:
    pass


# (table, column) of each kind of item, and how a test gives OTHER one beyond its record
KINDS: dict[str, tuple[str, str, Callable[[Services, int], None]]] = {
    "name spelling": ("client_name", "client_id", _nothing),
    "document": ("document", "client_id", _nothing),
    "trip": ("trip", "client_id", _nothing),
    "event": ("event", "client_id", _nothing),
    "case": ("legal_case", "client_id", _nothing),
    "task": ("task", "client_id", _nothing),
    "note": ("note", "client_id", _nothing),
    "consent": ("consent", "client_id", _add_consent),
    "referral": ("referral", "client_id", _add_referral),
    "letter": ("letter", "client_id", _add_letter),
    "family link": ("family_link", "client_id", _add_family_link),
    "case party": ("case_party", "client_id", _add_party),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_merge_moves_every_item_of_a_kind(services: Services, pair: tuple[int, int],
                                          kind: str) -> None:
    keep, other = pair
    tbl, column, give = KINDS[kind]
    give(services, other)
    moving = _ids_of(services.engine, tbl, column, other)
    assert moving, f"OTHER has no {kind} to move"
    services.merge.merge(keep, other)
    assert _owners(services.engine, tbl, column, moving) == {keep}
    assert _ids_of(services.engine, tbl, column, other) == []


def test_a_family_link_pointing_at_the_merged_file_points_at_the_kept_one(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    mother = services.clients.add(ClientRecord(names=(NameSpelling("Karimova", "Zulfiya",
                                                                   Script.LATIN),)))
    link = services.clients.add_family_link(mother, other, "parent")
    services.merge.merge(keep, other)
    assert [row.other_client_id for row in services.clients.family_links(mother)
            if row.id == link] == [keep]


def test_a_link_between_the_two_files_goes_to_the_bin_not_into_a_loop(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    services.clients.add_family_link(keep, other, "sibling")
    services.merge.merge(keep, other)
    assert [row for row in services.clients.family_links(keep)
            if row.other_client_id == keep] == []


def test_the_merged_file_reads_whole_and_the_other_waits_in_the_bin(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    result = services.merge.merge(keep, other, prefer="other")
    assert [conflict.field for conflict in result.plan.conflicts] == ["phone"]
    record = services.clients.get(keep)
    assert [name.family for name in record.names] == ["Абдуллаев", "Abdullayev", "Абдуллоев"]
    assert {doc.number for doc in record.documents} == {"FA1234567", "MC-42"}
    assert record.phone == "+7 777 111 22 33"  # the other's, as chosen
    assert record.address == "Almaty, Abay 1"  # only the other had one: taken
    assert [case.tasks[0].title for case in record.cases] == ["file the claim"]
    with pytest.raises(NotFoundError):
        services.clients.get(other)
    history = services.clients.history(keep)
    assert (history[0].action, history[0].item_id) == ("merge", other)


def test_keep_wins_by_default_and_a_choice_per_field_is_honoured(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    plan = services.merge.plan(keep, other, prefer={"phone": "other"})
    assert plan.profile["phone"] == "+7 777 111 22 33"
    assert services.merge.plan(keep, other).profile["phone"] == "+7 701 000 00 01"
    with pytest.raises(ValidationError) as refused:
        services.merge.plan(keep, other, prefer={"colour": "other"})
    assert refused.value.field == "prefer.colour"


def test_search_finds_one_client_under_every_spelling_of_both(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    services.merge.merge(keep, other)
    for spelling in ("Абдуллаев Шухрат", "Abdullayev Shuxrat", "Абдуллоев", "Abdullaev Shukhrat"):
        assert [hit.client_id for hit in services.search.search(spelling)] == [keep], spelling


def test_the_status_is_recomputed_from_the_merged_facts(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    services.merge.merge(keep, other)
    with services.engine.connect() as connection:
        snapshots = dict(connection.execute(text(
            "SELECT client_id, as_of FROM status_snapshot")).all())
    assert keep in snapshots and other not in snapshots


def test_undo_in_the_session_puts_both_files_back(services: Services,
                                                  pair: tuple[int, int]) -> None:
    keep, other = pair
    before_keep, before_other = services.clients.get(keep), services.clients.get(other)
    services.merge.merge(keep, other, prefer="other")
    assert services.merge.can_undo(keep) == other
    assert services.merge.undo(keep) == other
    assert services.clients.get(keep) == before_keep
    assert services.clients.get(other) == before_other
    assert services.merge.can_undo(keep) is None


def test_a_merged_file_is_not_restored_from_the_bin_as_an_empty_shell(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    services.merge.merge(keep, other)
    with pytest.raises(ValidationError) as refused:
        services.clients.restore(other)
    assert f"merged into client {keep}" in refused.value.problem


def test_merging_a_client_into_itself_or_a_missing_one_is_refused(
        services: Services, pair: tuple[int, int]) -> None:
    keep, _other = pair
    with pytest.raises(ValidationError):
        services.merge.merge(keep, keep)
    with pytest.raises(NotFoundError):
        services.merge.merge(keep, 999)


def test_a_file_merged_already_is_refused_naming_where_it_went(
        services: Services, pair: tuple[int, int]) -> None:
    keep, other = pair
    services.merge.merge(keep, other)  # by another desktop, with this one's dialog still open
    for again in ((keep, other), (other, keep)):
        with pytest.raises(ConflictError) as refused:
            services.merge.merge(*again)
        assert str(refused.value) == (f"client {other} was already merged into client {keep}; "
                                      "nothing was changed")
    assert {doc.number for doc in services.clients.get(keep).documents} == {"FA1234567",
                                                                            "MC-42"}


def test_a_merge_of_two_large_files_takes_under_a_second(services: Services) -> None:
    trips = tuple(TripRecord(D(2000, 1, 1) + dt.timedelta(days=3 * n),
                             D(2000, 1, 2) + dt.timedelta(days=3 * n)) for n in range(500))
    big = ClientRecord(names=(NameSpelling("Big", "File", Script.LATIN),), trips=trips,
                       documents=tuple(DocumentRecord(DocumentType.LABOUR_PERMIT, f"N{n}")
                                       for n in range(500)))
    keep = services.clients.add(big)
    other = services.clients.add(big, allow_duplicate="a test of size")
    started = time.perf_counter()
    services.merge.merge(keep, other)
    assert time.perf_counter() - started < 1.0
    with services.engine.connect() as connection:
        assert connection.execute(select(text("count(*)")).select_from(text("trip"))
                                  .where(text(f"client_id = {keep}"))).scalar() == 1000


def test_a_merge_of_files_changed_since_it_was_shown_is_refused(
        services: Services, pair: tuple[int, int]) -> None:
    """The user chose between the values the plan showed; someone else changed the other file
    (a new phone, a new paper) before Merge was pressed: nothing moves, and they are told."""
    keep, other = pair
    shown = services.merge.plan(keep, other)
    services.clients.add_document(other, DocumentRecord(DocumentType.PASSPORT, "FA7654321"))
    with pytest.raises(ConflictError, match=f"client {keep} or {other} was changed by someone "
                                            "else since the merge was shown"):
        services.merge.merge(keep, other, shown=shown)
    assert len(services.clients.get(other).documents) == 2  # both files as they were
    assert len(services.clients.get(keep).documents) == 1
    again = services.merge.plan(keep, other)
    changed = services.clients.get(other)
    services.clients.update_profile(other, dataclasses.replace(changed, phone="+7 700 999 99 99"))
    with pytest.raises(ConflictError):
        services.merge.merge(keep, other, shown=again)
    result = services.merge.merge(keep, other, shown=services.merge.plan(keep, other))
    assert result.plan.moves["document"] == 2
