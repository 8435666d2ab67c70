"""The client list filtered by typed text: every match once, in the chosen order, and the number
of matches given with the first page (the count under the table needs no second search)."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import Category, Script
from legalaid.domain.read_models import ClientPage, ClientQuery, ClientRow, SortColumn
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.services import Services

# Five Karimovs, recorded in either script, among four other clients.
KARIMOVS = (
    ("Karimov", "Aziz", Script.LATIN, "UZ", dt.date(1990, 1, 5), "Sadykova"),
    ("Каримов", "Бахтияр", Script.CYRILLIC, "TJ", dt.date(1985, 6, 1), None),
    ("Karimova", "Dilnoza", Script.LATIN, "UZ", dt.date(2001, 2, 3), "Abenov"),
    ("Каримов", "Ержан", Script.CYRILLIC, "KG", None, "Sadykova"),
    ("Karimov", "Farrukh", Script.LATIN, "TJ", dt.date(1979, 11, 30), None),
)
OTHERS = (("Ivanova", "Natalia"), ("Abdullaev", "Shukhrat"), ("Zhumabek", "Aidos"),
          ("Petrova", "Anna"))
SORTS = (SortColumn.NAME, SortColumn.DATE_OF_BIRTH, SortColumn.CITIZENSHIP, SortColumn.LAWYER,
         SortColumn.STATUS, SortColumn.DAYS_REMAINING)


@pytest.fixture
def karimov_ids(services: Services) -> list[int]:
    trip = (TripRecord(dt.date(2024, 3, 1)),)
    ids = [services.clients.add(ClientRecord(
        names=(NameSpelling(family, given, script),), citizenship=country, date_of_birth=born,
        category=Category.LABOUR_IMMIGRANT, lawyer=lawyer, trips=trip))
        for family, given, script, country, born, lawyer in KARIMOVS]
    for family, given in OTHERS:
        services.clients.add(ClientRecord(names=(NameSpelling(family, given, Script.LATIN),),
                                          citizenship="UZ", trips=trip))
    return ids


def _scroll(services: Services, query: ClientQuery, page: int) -> list[ClientRow]:
    rows = list(services.clients.list_rows(query, 0, page))
    while more := services.clients.list_rows(query, len(rows), page, after=rows[-1]):
        rows += more
    return rows


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_a_search_pages_through_every_match_once_in_the_chosen_order(
        services: Services, karimov_ids: list[int], sort: str, descending: bool) -> None:
    query = ClientQuery(text="karimov", sort=sort, descending=descending)
    rows = _scroll(services, query, page=2)
    assert sorted(row.id for row in rows) == sorted(karimov_ids)
    # The same order as the whole answer read at once from the top.
    assert [row.id for row in rows] == [
        row.id for row in services.clients.list_rows(query, 0, 100)]


def test_search_by_name_lists_matches_alphabetically(
        services: Services, karimov_ids: list[int]) -> None:
    rows = _scroll(services, ClientQuery(text="karimov"), page=2)
    # By the cross-script key: both scripts' Karimovs together, then by given name (Aziz,
    # Bakhtiyar, Erzhan, Farrukh); "Karimova" after every "Karimov".
    assert [row.name for row in rows] == ["Karimov Aziz", "Каримов Бахтияр", "Каримов Ержан",
                                          "Karimov Farrukh", "Karimova Dilnoza"]


def test_the_first_page_of_a_search_says_how_many_clients_match(
        services: Services, karimov_ids: list[int]) -> None:
    page = services.clients.list_rows(ClientQuery(text="Каримов"), 0, 2)
    assert isinstance(page, ClientPage)
    assert len(page) == 2
    assert page.total == 5
    # With another filter too: the Karimovs from Uzbekistan (Aziz and Dilnoza).
    uzbek = ClientQuery(text="karimov", citizenship="UZ")
    first = services.clients.list_rows(uzbek, 0, 1)
    assert first.total == 2
    assert services.clients.count(uzbek) == 2
    # Later pages and the unfiltered list leave the count to ``count``.
    assert services.clients.list_rows(uzbek, 1, 1, after=first[0]).total is None
    assert services.clients.list_rows(ClientQuery(), 0, 3).total is None
    assert services.clients.count(ClientQuery()) == len(KARIMOVS) + len(OTHERS)


def test_a_deleted_client_is_neither_listed_nor_counted(
        services: Services, karimov_ids: list[int]) -> None:
    services.clients.delete(karimov_ids[0])
    page = services.clients.list_rows(ClientQuery(text="karimov"), 0, 10)
    assert page.total == 4
    assert karimov_ids[0] not in [row.id for row in page]
