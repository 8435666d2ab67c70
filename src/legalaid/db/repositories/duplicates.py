"""Reading what the duplicate checks compare, the pairs dismissed as "not the same person", and
the parties of cases (for the conflict-of-interest check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, String, and_, insert, or_, select, type_coerce

from legalaid.db.dialect import hold_keys
from legalaid.db.models import (
    CaseParty,
    Client,
    ClientName,
    Document,
    DuplicateDismissal,
    LegalCase,
    table,
)


def _live_clients() -> Any:
    clients = table(Client)
    return and_(clients.c.deleted_at.is_(None), clients.c.merged_into.is_(None))


# PostgreSQL advisory locks of document numbers: the two-key form, apart from the one-key
# locks elsewhere (the migration's).
DOCUMENT_LOCKS = 1_001


def hold_document_numbers(connection: Connection, keys: Iterable[str]) -> None:
    """Make a second registration of the same documents wait until this transaction ends, so
    that it then finds them on file."""
    hold_keys(connection, DOCUMENT_LOCKS, list(keys))


def document_holders(connection: Connection, numbers: Iterable[str]) -> list[Any]:
    """Live documents of live clients numbered like one of ``numbers`` (as typed, upper-cased
    or without spaces): rows of (client_id, type, number, citizenship)."""
    variants: set[str] = set()
    for number in numbers:
        raw = number.strip()
        variants |= {raw, raw.upper(), raw.replace(" ", "").upper(), raw.replace(" ", "")}
    variants.discard("")
    if not variants:
        return []
    documents, clients = table(Document), table(Client)
    return list(connection.execute(
        select(documents.c.client_id, documents.c.type, documents.c.number,
               clients.c.citizenship)
        .join(clients, clients.c.id == documents.c.client_id)
        .where(documents.c.number.in_(sorted(variants)), documents.c.deleted_at.is_(None),
               _live_clients())
        .order_by(documents.c.client_id)))


def caseload(connection: Connection) -> tuple[list[Any], list[Any], list[Any]]:
    """Every live client's (id, date_of_birth, phone), and the spellings (client_id, search_key,
    script) and documents (client_id, type, number) of every client, live or not: the caller
    keeps those of the live clients (a set lookup per row is cheaper than joining each table
    with the clients'), as Core rows."""
    clients, names, documents = table(Client), table(ClientName), table(Document)
    # the date as stored (ISO text on SQLite): parsed by the caller, far faster than row types
    people = connection.execute(
        select(clients.c.id, type_coerce(clients.c.date_of_birth, String).label("date_of_birth"),
               clients.c.phone)
        .where(_live_clients())).all()
    spellings = connection.execute(
        select(names.c.client_id, names.c.search_key, names.c.script)).all()
    papers = connection.execute(
        select(documents.c.client_id, documents.c.type, documents.c.number)
        .where(documents.c.deleted_at.is_(None), documents.c.number.is_not(None))).all()
    return list(people), list(spellings), list(papers)


def dismissed_pairs(connection: Connection) -> frozenset[tuple[int, int]]:
    tbl = table(DuplicateDismissal)
    rows = connection.execute(select(tbl.c.client_low, tbl.c.client_high))
    return frozenset((int(low), int(high)) for low, high in rows)


def dismiss(connection: Connection, first: int, second: int, now: dt.datetime,
            by: str | None) -> None:
    low, high = sorted((first, second))
    tbl = table(DuplicateDismissal)
    found = connection.execute(select(tbl.c.id).where(tbl.c.client_low == low,
                                                      tbl.c.client_high == high)).first()
    if found is None:
        connection.execute(insert(tbl).values(client_low=low, client_high=high,
                                              dismissed_at=now, dismissed_by=by))


def forget_dismissals(connection: Connection, client_id: int) -> None:
    """A merged-away client's dismissals say nothing any more."""
    tbl = table(DuplicateDismissal)
    connection.execute(tbl.delete().where(
        or_(tbl.c.client_low == client_id, tbl.c.client_high == client_id)))


# -- parties of cases -----------------------------------------------------------------------------
def add_party(connection: Connection, case_id: int, client_id: int, values: dict[str, Any]) -> int:
    tbl = table(CaseParty)
    result = connection.execute(insert(tbl).values(case_id=case_id, client_id=client_id,
                                                   **values).returning(tbl.c.id))
    return int(result.scalar_one())


def case_owner(connection: Connection, case_id: int) -> int | None:
    cases = table(LegalCase)
    return connection.execute(select(cases.c.client_id).where(
        cases.c.id == case_id, cases.c.deleted_at.is_(None))).scalar()


def parties_of_case(connection: Connection, case_id: int) -> list[Any]:
    tbl = table(CaseParty)
    return list(connection.execute(
        select(tbl).where(tbl.c.case_id == case_id, tbl.c.deleted_at.is_(None))
        .order_by(tbl.c.id)))


def all_parties(connection: Connection, exclude_case: int | None = None) -> list[Any]:
    """Every live party of a live case: (id, case_id, client_id, name, kind, identifier,
    search_key)."""
    tbl, cases = table(CaseParty), table(LegalCase)
    query = (select(tbl.c.id, tbl.c.case_id, tbl.c.client_id, tbl.c.name, tbl.c.kind,
                    tbl.c.identifier, tbl.c.search_key)
             .join(cases, cases.c.id == tbl.c.case_id)
             .where(tbl.c.deleted_at.is_(None), cases.c.deleted_at.is_(None)))
    if exclude_case is not None:
        query = query.where(tbl.c.case_id != exclude_case)
    return list(connection.execute(query.order_by(tbl.c.id)))


def clients_with_iin(connection: Connection, identifiers: Sequence[str]) -> list[int]:
    clients = table(Client)
    if not identifiers:
        return []
    return list(connection.execute(select(clients.c.id).where(
        clients.c.iin.in_(list(identifiers)), _live_clients())).scalars())
