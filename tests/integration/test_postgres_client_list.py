"""The client list in the same order on both engines, whichever way its pages are read: SQLite
puts missing values first in ascending order, PostgreSQL by default last; the list must not."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import Script
from legalaid.domain.read_models import ClientQuery, SortColumn
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.services import Services

BORN = (dt.date(1990, 1, 5), None, dt.date(1985, 6, 1), None, dt.date(2001, 2, 3))


@pytest.mark.parametrize("descending", [False, True])
def test_pages_by_offset_follow_the_order_of_the_first_page(
        services: Services, descending: bool) -> None:
    ids = [services.clients.add(ClientRecord(
        names=(NameSpelling(f"Listova{n}", "Aida", Script.LATIN),), date_of_birth=born))
        for n, born in enumerate(BORN)]
    query = ClientQuery(sort=SortColumn.DATE_OF_BIRTH, descending=descending)
    whole = [row.id for row in services.clients.list_rows(query, 0, 10)]
    # unknown birth dates first when ascending (by id), last when descending
    unknown, known = [ids[1], ids[3]], [ids[2], ids[0], ids[4]]
    assert whole == ([*reversed(known), *reversed(unknown)] if descending
                     else [*unknown, *known])
    by_offset = [row.id for offset in range(1, 5)
                 for row in services.clients.list_rows(query, offset, 1)]
    assert by_offset == whole[1:]
