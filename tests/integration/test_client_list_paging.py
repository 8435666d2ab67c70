"""Paging the client list after the last row held, in every sort order, as a scrolling user does."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legalaid.demo import generate_clients
from legalaid.domain.enums import Category, Script, Status
from legalaid.domain.read_models import ClientQuery, ClientRow, SortColumn
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.services import Services

from .conftest import TODAY

SORTS = (SortColumn.NAME, SortColumn.STATUS, SortColumn.DAYS_REMAINING, SortColumn.NEXT_DEADLINE,
         SortColumn.DATE_OF_BIRTH, SortColumn.CITIZENSHIP, SortColumn.LAWYER)


@pytest.fixture
def demo(services: Services) -> int:
    count = services.clients.bulk_insert(generate_clients(70, 11, TODAY))
    services.status.refresh(None, TODAY)
    return count


def _scroll(services: Services, query: ClientQuery, page: int) -> list[ClientRow]:
    rows = services.clients.list_rows(query, 0, page)
    while True:
        more = services.clients.list_rows(query, len(rows), page, after=rows[-1])
        if not more:
            return rows
        rows += more


def _value(row: ClientRow, sort: str) -> Any:
    values = {SortColumn.STATUS: row.status.value if row.status != Status.UNKNOWN else None,
              SortColumn.DAYS_REMAINING: row.days_remaining,
              SortColumn.NEXT_DEADLINE: row.next_deadline,
              SortColumn.DATE_OF_BIRTH: row.date_of_birth,
              SortColumn.CITIZENSHIP: row.citizenship, SortColumn.LAWYER: row.lawyer}
    return values[sort]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORTS)
def test_scrolling_in_pages_shows_every_client_once_in_order(
        services: Services, demo: int, sort: str, descending: bool) -> None:
    query = ClientQuery(sort=sort, descending=descending)
    rows = _scroll(services, query, page=8)
    assert sorted(row.id for row in rows) == sorted(
        row.id for row in services.clients.list_rows(ClientQuery(), 0, 500))
    assert len(rows) == demo
    # The same order as one page read from the top (what exports and the first screen use).
    assert [row.id for row in rows] == [
        row.id for row in services.clients.list_rows(query, 0, 500)]
    if sort == SortColumn.NAME:
        return
    # Empty values first going up, last going down (as SQLite orders NULLs), ties by id.
    def key(row: ClientRow) -> tuple[bool, Any, int]:
        value = _value(row, sort)
        if sort == SortColumn.STATUS and value is None:
            value = "UNKNOWN"
        return (value is not None, value if value is not None else 0, row.id)

    expected = sorted(rows, key=key, reverse=descending)
    assert [row.id for row in rows] == [row.id for row in expected]


def test_deep_pages_keep_the_filter(services: Services, demo: int) -> None:
    query = ClientQuery(sort=SortColumn.DAYS_REMAINING,
                        statuses=frozenset({Status.LAWFUL, Status.AT_RISK}))
    rows = _scroll(services, query, page=3)
    assert {row.status for row in rows} <= {Status.LAWFUL, Status.AT_RISK}
    assert len(rows) == services.clients.count(query)
    days = [row.days_remaining for row in rows if row.days_remaining is not None]
    assert days == sorted(days)


def test_a_client_without_a_status_yet_is_listed_in_every_order(services: Services) -> None:
    # Added through the bulk path, before any status refresh: no snapshot row.
    services.clients.bulk_insert([ClientRecord(
        names=(NameSpelling("Sadykov", "Timur", Script.LATIN),), citizenship="TJ",
        category=Category.LABOUR_IMMIGRANT, trips=(TripRecord(dt.date(2024, 3, 1)),))])
    services.clients.add(ClientRecord(
        names=(NameSpelling("Petrova", "Anna", Script.LATIN),), citizenship="RU",
        category=Category.EAEU_WORKER, trips=(TripRecord(dt.date(2024, 3, 1)),)))
    for sort in SORTS:
        for descending in (False, True):
            rows = _scroll(services, ClientQuery(sort=sort, descending=descending), page=1)
            assert sorted(row.name for row in rows) == ["Petrova Anna", "Sadykov Timur"]


def test_a_row_read_at_an_offset_cannot_start_a_page(services: Services, demo: int) -> None:
    row = services.clients.list_rows(ClientQuery(), 5, 1)[0]
    with pytest.raises(ValueError, match="after"):
        services.clients.list_rows(ClientQuery(), after=row)
