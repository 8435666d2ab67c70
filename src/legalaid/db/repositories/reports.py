"""What activity and donor reports read: a period's cases, notes, letters, referrals and the
clients they concern, and who withheld reporting consent.

Each function is one Core select over an indexed date column returning plain tuples; the report
service counts them (a year at 100,000 clients is a few tens of thousands of rows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, String, and_, func, or_, select, type_coerce

from legalaid.db.models import Client, Consent, LegalCase, Letter, Note, Referral, table

REPORTING = "reporting"


def _raw(column: Any) -> Any:
    """The column's stored text: SQLAlchemy's per-value date parsing costs seconds at 100,000
    rows, ``date.fromisoformat`` a few milliseconds."""
    return type_coerce(column, String)


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text[:10])


@dataclass(frozen=True)
class ClientFacts:
    id: int
    sex: str | None
    date_of_birth: dt.date | None
    citizenship: str | None
    category: str | None
    address: str | None
    created_on: dt.date


@dataclass(frozen=True)
class CaseFacts:
    client_id: int
    type: str
    opened: dt.date
    closed: dt.date | None
    outcome: str | None


def cases_in_period(connection: Connection, start: dt.date, end: dt.date,
                    funding: str | None) -> list[CaseFacts]:
    """Cases open at some time in [start, end] (of that funding code when one is given)."""
    case = table(LegalCase)
    condition = and_(case.c.deleted_at.is_(None), case.c.opened <= end,
                     or_(case.c.closed.is_(None), case.c.closed >= start))
    if funding is not None:
        condition = and_(condition, case.c.funding_code == funding)
    rows = connection.execute(select(case.c.client_id, case.c.type, _raw(case.c.opened),
                                     _raw(case.c.closed), case.c.outcome).where(condition))
    return [CaseFacts(client_id, kind, dt.date.fromisoformat(opened), _day(closed), outcome)
            for client_id, kind, opened, closed, outcome in rows]


def _dated(connection: Connection, model: type, column: str, start: object,
           end: object, extra: tuple[str, ...] = ()) -> list[Any]:
    tbl = table(model)
    date_column = tbl.c[column]
    condition = and_(date_column >= start, date_column <= end)
    if "deleted_at" in tbl.c:
        condition = and_(condition, tbl.c.deleted_at.is_(None))
    columns = [tbl.c.client_id, *(tbl.c[name] for name in extra)]
    return [tuple(row) for row in connection.execute(select(*columns).where(condition))]


def notes_in_period(connection: Connection, start: dt.date, end: dt.date) -> list[int]:
    """The client id of every note written in the period (one note per consultation)."""
    first = dt.datetime.combine(start, dt.time.min)
    last = dt.datetime.combine(end, dt.time.max)
    return [int(row[0]) for row in _dated(connection, Note, "created_at", first, last)]


def letters_in_period(connection: Connection, start: dt.date, end: dt.date) -> list[int]:
    return [int(row[0]) for row in _dated(connection, Letter, "date", start, end)]


def referrals_in_period(connection: Connection, start: dt.date,
                        end: dt.date) -> list[tuple[int, str]]:
    """(client id, status) of referrals made in the period."""
    return [(int(row[0]), str(row[1]))
            for row in _dated(connection, Referral, "date", start, end, ("status",))]


def clients_registered(connection: Connection, start: dt.date, end: dt.date) -> list[int]:
    client = table(Client)
    first = dt.datetime.combine(start, dt.time.min)
    last = dt.datetime.combine(end, dt.time.max)
    rows = connection.execute(select(client.c.id).where(
        client.c.deleted_at.is_(None), client.c.created_at >= first, client.c.created_at <= last))
    return [int(row[0]) for row in rows]


def client_facts(connection: Connection, ids: set[int]) -> list[ClientFacts]:
    """The reportable attributes of the given (live) clients."""
    client = table(Client)
    statement = select(client.c.id, client.c.sex, _raw(client.c.date_of_birth),
                       client.c.citizenship, client.c.category, client.c.address,
                       _raw(client.c.created_at)).where(client.c.deleted_at.is_(None))
    out = []
    for cid, sex, born, citizenship, category, address, created in connection.execute(statement):
        if cid in ids:
            out.append(ClientFacts(cid, sex, _day(born), citizenship, category, address,
                                   dt.date.fromisoformat(created[:10])))
    return out


def reporting_withheld(connection: Connection, on: dt.date) -> set[int]:
    """Clients who withdrew (or never gave, once asked) consent to reporting, as of ``on``.

    A client with no consent record of purpose ``reporting`` at all counts as consenting: the
    organisation's intake form covers anonymous statistics unless the client objects, and an
    objection is recorded as a withdrawal. Only clients with reporting consent records none of
    which is in force on ``on`` are left out of the breakdowns.
    """
    consent = table(Consent)
    asked = {int(row[0]) for row in connection.execute(
        select(consent.c.client_id).where(consent.c.purpose == REPORTING).distinct())}
    if not asked:
        return set()
    standing = {int(row[0]) for row in connection.execute(
        select(consent.c.client_id).where(
            consent.c.purpose == REPORTING, consent.c.given_on <= on,
            or_(consent.c.withdrawn_on.is_(None), consent.c.withdrawn_on > on)).distinct())}
    return asked - standing


def funding_codes(connection: Connection) -> list[str]:
    """Every funding code on a case, for the report page's choice."""
    case = table(LegalCase)
    rows = connection.execute(select(case.c.funding_code).where(
        case.c.funding_code.is_not(None), case.c.deleted_at.is_(None)).group_by(
        case.c.funding_code).order_by(func.lower(case.c.funding_code)))
    return [str(row[0]) for row in rows]
