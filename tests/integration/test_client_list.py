"""The client list: filters, sorting, paging and counts over Core rows with status snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import Category, DocumentType, Script, Status
from legalaid.domain.read_models import ClientQuery, SortColumn
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services

D = dt.date  # today is 2024-03-15 (conftest)


def person(family: str, given: str, **fields: object) -> ClientRecord:
    name = NameSpelling(family, given, Script.LATIN)
    return ClientRecord(names=(name,), **fields)  # type: ignore[arg-type]


@pytest.fixture
def ids(services: Services) -> dict[str, int]:
    records = {
        # Russian, entered 2024-03-01: lawful, 75 days left.
        "petrova": person("Petrova", "Anna", citizenship="RU", category=Category.EAEU_WORKER,
                          lawyer="Ainur", date_of_birth=D(1990, 1, 1),
                          trips=(TripRecord(D(2024, 3, 1)),)),
        # US citizen, entered 2024-01-01, 30-day cap: overstayed since 2024-01-31.
        "smith": person("Smith", "John", citizenship="US", category=Category.VISITOR,
                        date_of_birth=D(1970, 5, 5), trips=(TripRecord(D(2024, 1, 1)),),
                        documents=(DocumentRecord(DocumentType.PASSPORT,
                                                  valid_until=D(2024, 4, 1)),)),
        # Stateless, recorded in Cyrillic with a Latin spelling too.
        "asel": ClientRecord(
            names=(NameSpelling("Қоңыратова", "Әсел", Script.CYRILLIC),
                   NameSpelling("Konyratova", "Asel", Script.LATIN)),
            citizenship=None, category=Category.STATELESS, lawyer="Ainur",
            date_of_birth=D(1995, 2, 1)),
    }  # fmt: skip
    added = services.clients.add_many(list(records.values()))
    return dict(zip(records, added, strict=True))


def names(services: Services, query: ClientQuery, offset: int = 0, limit: int = 50) -> list[str]:
    return [row.name for row in services.clients.list_rows(query, offset, limit)]


def test_default_list_is_sorted_by_family_name(services: Services, ids: dict[str, int]) -> None:
    # By the name as the cross-script key reads it: Қоңыратова as Konyratova, before Petrova.
    assert names(services, ClientQuery()) == ["Қоңыратова Әсел", "Petrova Anna", "Smith John"]
    assert names(services, ClientQuery(descending=True))[0] == "Smith John"


def test_row_carries_other_script_and_status(services: Services, ids: dict[str, int]) -> None:
    rows = {row.id: row for row in services.clients.list_rows(ClientQuery())}
    asel, petrova, smith = rows[ids["asel"]], rows[ids["petrova"]], rows[ids["smith"]]
    assert asel.other_name == "Konyratova Asel"
    assert asel.citizenship is None
    assert petrova.other_name == ""
    assert (petrova.status, petrova.days_remaining) == (Status.LAWFUL, 75)
    # 2024-01-01 + 29 = 2024-01-30 last lawful day; 2024-01-31 .. 2024-03-15 is 45 days over.
    assert (smith.status, smith.last_lawful_day, smith.overstay_days) == (
        Status.OVERSTAY, D(2024, 1, 30), 45)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ClientQuery(statuses=frozenset({Status.OVERSTAY})), ["Smith John"]),
        (ClientQuery(categories=frozenset({Category.STATELESS, Category.EAEU_WORKER})),
         ["Қоңыратова Әсел", "Petrova Anna"]),
        (ClientQuery(citizenship=""), ["Қоңыратова Әсел"]),
        (ClientQuery(citizenship="US"), ["Smith John"]),
        (ClientQuery(lawyer="Ainur"), ["Қоңыратова Әсел", "Petrova Anna"]),
        (ClientQuery(documents_expiring_within_days=30), ["Smith John"]),
        (ClientQuery(documents_expiring_within_days=10), []),
        (ClientQuery(text="asel"), ["Қоңыратова Әсел"]),
        (ClientQuery(text="коныратова"), ["Қоңыратова Әсел"]),
        (ClientQuery(sort=SortColumn.DATE_OF_BIRTH), ["Smith John", "Petrova Anna",
                                                      "Қоңыратова Әсел"]),
    ],
)  # fmt: skip
def test_filters_and_sorts(
    services: Services, ids: dict[str, int], query: ClientQuery, expected: list[str]
) -> None:
    assert names(services, query) == expected
    assert services.clients.count(query) == len(expected)


def test_pages_follow_each_other(services: Services, ids: dict[str, int]) -> None:
    assert names(services, ClientQuery(), 0, 2) == ["Қоңыратова Әсел", "Petrova Anna"]
    assert names(services, ClientQuery(), 2, 2) == ["Smith John"]


def test_lawyers_for_the_filter(services: Services, ids: dict[str, int]) -> None:
    assert services.clients.lawyers() == ["Ainur"]
