"""The client list: filtered, sorted pages of flat rows and their count, with Core selects.

Each row joins the client with its primary name spelling and its status snapshot; the spelling in
the other script comes from a correlated subquery evaluated only for the rows of the page.

A text search is matched once per call (``TextMatch``): its few hundred client ids then drive the
query by primary key, and the first page of a search also knows how many clients match, so the
list's count costs no second name search.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import aliased

from legalaid.db.dialect import one_of
from legalaid.db.models import Client, ClientName, Document, StatusSnapshotRow, table
from legalaid.db.search import NameSearchRepository
from legalaid.domain.enums import Status
from legalaid.domain.read_models import ClientQuery, ClientRow, SortColumn

TEXT_MATCH_LIMIT = 500  # search-as-you-type shows the best matches, not every weak one

client = table(Client)
primary = aliased(ClientName, name="primary_name")
other = aliased(ClientName, name="other_name")
snapshot = table(StatusSnapshotRow)
document = table(Document)


def _full_name(name: Any) -> ColumnElement[str]:
    return func.trim(
        name.family + literal(" ") + name.given + literal(" ") + func.coalesce(name.patronymic, "")
    )


def _other_name() -> Any:
    """First spelling in a script other than the primary one."""
    return (
        select(_full_name(other))
        .where(other.client_id == client.c.id, other.script != primary.script)
        .order_by(other.position)
        .limit(1)
        .correlate(client, primary)
        .scalar_subquery()
    )


def _base(columns: list[Any], with_status: bool = True, with_name: bool = True,
          status_required: bool = False, by_name: bool = True) -> Select[Any]:
    """``by_name=False``: the order comes from another index, so the name's ``position`` must
    not tempt SQLite into walking the name-sort index and sorting everything afterwards."""
    statement = select(*columns).select_from(client)
    if with_name:  # every client has a primary spelling: counting need not join it
        position = primary.position if by_name else primary.position + 0
        statement = statement.join(
            primary, and_(primary.client_id == client.c.id, position == 0)
        )
    if status_required:  # an inner join lets SQLite walk a snapshot index in order
        statement = statement.join(snapshot, snapshot.c.client_id == client.c.id)
    elif with_status:  # counting without a status filter need not read the snapshots
        statement = statement.outerjoin(snapshot, snapshot.c.client_id == client.c.id)
    return statement.where(client.c.deleted_at.is_(None))


def _status_condition(statuses: frozenset[Status]) -> ColumnElement[bool]:
    values = [status.value for status in statuses]
    condition: ColumnElement[bool] = snapshot.c.status.in_(values)
    if Status.UNKNOWN in statuses:  # no snapshot yet counts as unknown
        condition = or_(condition, snapshot.c.status.is_(None))
    return condition


def _expiring_condition(days: int, today: dt.date) -> ColumnElement[bool]:
    return exists().where(
        document.c.client_id == client.c.id,
        document.c.deleted_at.is_(None),
        document.c.valid_until >= today,
        document.c.valid_until <= today + dt.timedelta(days=days),
    )


TextMatch = list[int] | None  # the client ids a query's text matches; None: no text given


def _text_match(connection: Connection, search: NameSearchRepository, query: ClientQuery
                ) -> TextMatch:  # fmt: skip
    # The single place where the list's text filter meets name search.
    if not query.text.strip():
        return None
    matches = search.matching_client_ids(connection, query.text, TEXT_MATCH_LIMIT)
    return [client_id for client_id, _score in matches]


def _only_text(query: ClientQuery) -> bool:
    """Whether the text is the query's only filter (its matches are then the whole answer)."""
    return not (query.statuses or query.categories or query.citizenship is not None
                or query.lawyer is not None or query.documents_expiring_within_days is not None)


def _filtered(
    connection: Connection, statement: Select[Any], query: ClientQuery, today: dt.date,
    matched: TextMatch,
) -> Select[Any]:  # fmt: skip
    if query.statuses:
        statement = statement.where(_status_condition(query.statuses))
    if query.categories:
        statement = statement.where(client.c.category.in_([c.value for c in query.categories]))
    if query.citizenship == "":
        statement = statement.where(client.c.citizenship.is_(None))
    elif query.citizenship is not None:
        statement = statement.where(client.c.citizenship == query.citizenship)
    if query.lawyer is not None:
        statement = statement.where(client.c.lawyer == query.lawyer)
    if query.documents_expiring_within_days is not None:
        statement = statement.where(
            _expiring_condition(query.documents_expiring_within_days, today)
        )
    if matched is not None:
        statement = statement.where(one_of(connection, client.c.id, matched))
    return statement


def _sort_value(sort: str) -> tuple[list[Any], Any, bool]:
    """The sort's value columns, the column that breaks ties (the same client id, taken from
    the table whose index gives the order) and whether the value comes from the snapshot."""
    if sort in (SortColumn.STATUS, SortColumn.DAYS_REMAINING, SortColumn.NEXT_DEADLINE):
        value = {SortColumn.STATUS: snapshot.c.status,
                 SortColumn.DAYS_REMAINING: snapshot.c.days_remaining,
                 SortColumn.NEXT_DEADLINE: snapshot.c.next_deadline}[sort]
        return [value], snapshot.c.client_id, True
    columns = {
        SortColumn.DATE_OF_BIRTH: client.c.date_of_birth,
        SortColumn.CITIZENSHIP: client.c.citizenship,
        SortColumn.CATEGORY: client.c.category,
        SortColumn.LAWYER: client.c.lawyer,
        SortColumn.UPDATED: client.c.updated_at,
    }
    if sort in columns:
        return [columns[sort]], client.c.id, False
    # By the cross-script key first, so "Абдуллаев" and "Abdullaev" sit together (the key is
    # ASCII: the same order on SQLite and PostgreSQL), then by the spelling.
    return [primary.search_key, primary.family, primary.given], primary.client_id, False


def _sort_keys(sort: str) -> list[Any]:
    values, _tie, _from_snapshot = _sort_value(sort)
    return values


@dataclass(frozen=True)
class _Segment:
    """A stretch of the sorted list that one index walks in order (SQLite puts NULLs first)."""

    condition: ColumnElement[bool]
    order: list[Any]
    needs_snapshot: bool = False


def _segments(sort: str, descending: bool) -> list[_Segment]:
    values, tie, from_snapshot = _sort_value(sort)
    if sort == SortColumn.NAME:  # every client has a primary spelling: no NULLs
        segments = [_Segment(and_(*(v.is_not(None) for v in values)), [*values, tie])]
    else:
        # Clients without a snapshot count as NULL; their order is by id, like the rest.
        null_tie = client.c.id if from_snapshot else tie
        segments = [_Segment(values[0].is_(None), [null_tie]),
                    _Segment(values[0].is_not(None), [*values, tie], from_snapshot)]
    return list(reversed(segments)) if descending else segments


def _row_columns() -> list[Any]:
    return [
        client.c.id, _full_name(primary).label("name"), _other_name().label("other_name"),
        client.c.date_of_birth, client.c.citizenship, client.c.category, snapshot.c.status,
        snapshot.c.days_remaining, snapshot.c.last_lawful_day, snapshot.c.overstay_days,
        client.c.lawyer, snapshot.c.next_deadline,
    ]  # fmt: skip


# One object per distinct value across pages: a scrolled list holds 100,000 rows, and most of
# their codes, lawyers, family names and dates repeat (each read would otherwise be a new object).
_DATES: dict[dt.date, dt.date] = {}
_MAX_DATES = 100_000


def _shared(value: Any) -> Any:
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, dt.date):
        if len(_DATES) >= _MAX_DATES:
            _DATES.clear()
        return _DATES.setdefault(value, value)
    return value


def _client_row(row: Any, sort_key: tuple[object, ...] = ()) -> ClientRow:
    return ClientRow(
        id=row.id,
        name=row.name,
        other_name=row.other_name or "",
        date_of_birth=_shared(row.date_of_birth),
        citizenship=_shared(row.citizenship),
        category=_shared(row.category),
        status=Status(row.status) if row.status else Status.UNKNOWN,
        days_remaining=row.days_remaining,
        last_lawful_day=_shared(row.last_lawful_day),
        overstay_days=row.overstay_days or 0,
        lawyer=_shared(row.lawyer),
        next_deadline=_shared(row.next_deadline),
        sort_key=sort_key,
    )


def list_rows(
    connection: Connection, search: NameSearchRepository, query: ClientQuery,
    offset: int, limit: int, today: dt.date,
) -> list[ClientRow]:  # fmt: skip
    """A page by position (exports, first pages); ``list_rows_after`` is cheaper deep down."""
    values, _tie, _snapshot = _sort_value(query.sort)
    keys = [*values, client.c.id]
    order = [key.desc() for key in keys] if query.descending else keys
    if connection.dialect.name != "sqlite":  # missing values first when ascending, as SQLite
        order = [key.desc().nulls_last() if query.descending else key.asc().nulls_first()
                 for key in keys]
    matched = _text_match(connection, search, query)
    statement = _filtered(connection, _base(_row_columns(), by_name=matched is None), query,
                          today, matched)
    statement = statement.order_by(*order).offset(offset).limit(limit)
    return [_client_row(row) for row in connection.execute(statement)]


def list_rows_after(
    connection: Connection, search: NameSearchRepository, query: ClientQuery,
    after: tuple[object, ...], limit: int, today: dt.date,
) -> tuple[list[ClientRow], int | None]:  # fmt: skip
    """The page that follows the row whose ``sort_key`` is ``after`` (``()``: the first page),
    and for the first page of a text search how many clients match in all (else ``None``).

    Keyset paging: each stretch of the order is read from its index from where the last page
    ended, so the 500th page costs what the first does. Same order as ``list_rows``. A text
    search reads its few matches by id and sorts them instead (walking a whole index for them
    cost tens of milliseconds a keystroke).
    """
    matched = _text_match(connection, search, query)
    total: int | None = None
    if matched is not None and not after:
        total = (len(matched) if _only_text(query)
                 else _count(connection, query, today, matched))
    if matched is not None and _only_text(query) and query.sort == SortColumn.NAME:
        matched = _by_name(connection, matched, after, limit, query.descending)
    segments = _segments(query.sort, query.descending)
    first = int(str(after[0])) if after else 0
    rows: list[ClientRow] = []
    for number in range(first, len(segments)):
        segment = segments[number]
        keys = [key.label(f"sort_{i}") for i, key in enumerate(segment.order)]
        base = _base([*_row_columns(), *keys], status_required=segment.needs_snapshot,
                     by_name=query.sort == SortColumn.NAME and matched is None)
        statement = _filtered(connection, base, query, today, matched).where(segment.condition)
        if after and number == first:
            statement = statement.where(_beyond(segment, after, query.descending))
        statement = statement.order_by(*_ordered(segment, query.descending)).limit(
            limit - len(rows))
        first_key = len(base.selected_columns) - len(keys)
        for row in connection.execute(statement):
            sort_key = (number, *(_shared(row[first_key + i]) for i in range(len(keys))))
            rows.append(_client_row(row, sort_key))
        if len(rows) >= limit:
            break
    return rows, total


def _by_name(connection: Connection, matched: list[int], after: tuple[object, ...], limit: int,
             descending: bool) -> list[int]:
    """The ids of a text search's page by name, read from the matches' primary spellings alone:
    joining every match with its client and status only to keep fifty of them cost PostgreSQL
    twice the time (the matches are live clients already)."""
    [segment] = _segments(SortColumn.NAME, descending)
    statement = select(primary.client_id).where(
        primary.position == 0, one_of(connection, primary.client_id, matched), segment.condition)
    if after:
        statement = statement.where(_beyond(segment, after, descending))
    statement = statement.order_by(*_ordered(segment, descending)).limit(limit)
    return list(connection.execute(statement).scalars())


def _beyond(segment: _Segment, after: tuple[object, ...], descending: bool
            ) -> ColumnElement[bool]:  # fmt: skip
    """The rows of ``segment`` that come after the row whose ``sort_key`` is ``after``."""
    bound = tuple_(*segment.order)
    start = tuple_(*(literal(value, key.type)
                     for value, key in zip(after[1:], segment.order, strict=True)))
    return bound < start if descending else bound > start


def _ordered(segment: _Segment, descending: bool) -> list[Any]:
    return [key.desc() for key in segment.order] if descending else segment.order


def count_rows(
    connection: Connection, search: NameSearchRepository, query: ClientQuery, today: dt.date
) -> int:
    return _count(connection, query, today, _text_match(connection, search, query))


def _count(connection: Connection, query: ClientQuery, today: dt.date, matched: TextMatch
           ) -> int:  # fmt: skip
    base = _base([func.count()], with_status=bool(query.statuses), with_name=False)
    statement = _filtered(connection, base, query, today, matched)
    return int(connection.execute(statement).scalar_one())


def lawyers(connection: Connection) -> list[str]:
    """Distinct assigned lawyers, for the list's filter."""
    statement = (
        select(client.c.lawyer).where(client.c.lawyer.is_not(None), client.c.deleted_at.is_(None))
        .distinct().order_by(client.c.lawyer)
    )  # fmt: skip
    return list(connection.execute(statement).scalars())
