"""What activity and donor reports count, counted in SQL.

The clients served in the period (and whether each may appear in breakdowns) are put once into a
temporary table; every figure is then one grouped count joined to it, so only small tables reach
Python (a year at 100,000 clients is a few hundred result rows, not hundreds of thousands).
Portable Core: the one expression SQLite and PostgreSQL spell differently (the text before the
first comma of an address) is compiled per dialect below.

Reporting consent, as of the end of the period: when the client has consent records of purpose
``reporting`` given by then, the client consents if one of them is still in force; a client with
no such record consents when ``client.reporting_consent`` (recorded at intake) is true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from legalaid.db.casework import CASE_OUTCOME, CaseworkCipher, unseal_text
from legalaid.db.models import Client, Consent, LegalCase, Letter, Note, Referral, table
from legalaid.domain.countries import NOT_STATED

REPORTING = "reporting"
BREAKDOWNS = ("category", "sex", "citizenship")

_TEMP = MetaData()
SERVED = Table("report_served", _TEMP,
               Column("client_id", Integer, primary_key=True, autoincrement=False),
               Column("reported", Integer, nullable=False), prefixes=["TEMPORARY"])


class first_segment(FunctionElement[str]):
    """The text of an address before its first comma (all of it when it has none)."""

    type = String()
    inherit_cache = True


@compiles(first_segment)
def _first_segment_sqlite(element: first_segment, compiler: SQLCompiler, **kw: Any) -> str:
    text = compiler.process(next(iter(element.clauses)), **kw)
    return f"substr({text}, 1, instr({text} || ',', ',') - 1)"


@compiles(first_segment, "postgresql")
def _first_segment_postgresql(element: first_segment, compiler: SQLCompiler, **kw: Any) -> str:
    return f"split_part({compiler.process(next(iter(element.clauses)), **kw)}, ',', 1)"


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    funding: str | None

    @property
    def first(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time.min)

    @property
    def last(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time.max)


@dataclass(frozen=True)
class Tallies:
    """Counts over the clients served; ``closed`` is (type, outcome, reported, count)."""

    figures: dict[str, int]
    closed: list[tuple[str, str | None, bool, int]]
    breakdowns: dict[str, list[tuple[Any, int]]]  # category, sex, citizenship, age: value -> n
    address_starts: list[tuple[str | None, bool, int]]  # (first segment, had a comma, n)


def _cases_in_period(period: Period) -> ColumnElement[bool]:
    """Live cases open at some time in the period (of its funding code when one is given)."""
    legal_case = table(LegalCase)
    condition = and_(legal_case.c.deleted_at.is_(None), legal_case.c.opened <= period.end,
                     or_(legal_case.c.closed.is_(None), legal_case.c.closed >= period.start))
    if period.funding is not None:
        condition = and_(condition, legal_case.c.funding_code == period.funding)
    return condition


def _served_ids(period: Period) -> FromClause:
    legal_case, client = table(LegalCase), table(Client)
    sources: list[Select[Any]] = [select(legal_case.c.client_id).where(_cases_in_period(period))]
    if period.funding is None:
        sources.append(select(client.c.id.label("client_id")).where(
            client.c.created_at >= period.first, client.c.created_at <= period.last))
        note, letter, referral = table(Note), table(Letter), table(Referral)
        sources += [
            select(note.c.client_id).where(note.c.deleted_at.is_(None),
                                           note.c.created_at.between(period.first, period.last)),
            select(letter.c.client_id).where(letter.c.date.between(period.start, period.end)),
            select(referral.c.client_id).where(referral.c.deleted_at.is_(None),
                                               referral.c.date.between(period.start, period.end)),
        ]
    return union(*sources).subquery("ids")


def _reporting_consent(end: dt.date) -> FromClause:
    """Per client with reporting consent records given by ``end``: 1 if one is in force."""
    consent = table(Consent)
    standing = case((or_(consent.c.withdrawn_on.is_(None), consent.c.withdrawn_on > end), 1),
                    else_=0)
    return (select(consent.c.client_id, func.max(standing).label("in_force"))
            .where(consent.c.purpose == REPORTING, consent.c.given_on <= end)
            .group_by(consent.c.client_id).subquery("reporting"))


@contextmanager
def served_clients(connection: Connection, period: Period) -> Iterator[Table]:
    """The temporary table of the live clients served in the period, with ``reported`` 1 for
    those who consent to reporting (dropped again on leaving)."""
    client = table(Client)
    ids, consent = _served_ids(period), _reporting_consent(period.end)
    reported = func.coalesce(consent.c.in_force, case((client.c.reporting_consent, 1), else_=0))
    rows = (select(client.c.id, reported)
            .select_from(ids.join(client, client.c.id == ids.c.client_id)
                         .outerjoin(consent, consent.c.client_id == client.c.id))
            .where(client.c.deleted_at.is_(None)))
    SERVED.drop(connection, checkfirst=True)
    SERVED.create(connection)
    try:
        connection.execute(SERVED.insert().from_select(["client_id", "reported"], rows))
        yield SERVED
    finally:
        SERVED.drop(connection)


def _count(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _figures(connection: Connection, period: Period, served: Table) -> dict[str, int]:
    client, legal_case = table(Client), table(LegalCase)
    note, letter, referral = table(Note), table(Letter), table(Referral)
    new = _count(and_(client.c.created_at >= period.first, client.c.created_at <= period.last))
    clients_row = connection.execute(select(func.count(), new).select_from(
        served.join(client, client.c.id == served.c.client_id))).one()
    closed_in = and_(legal_case.c.closed.is_not(None),
                     legal_case.c.closed.between(period.start, period.end))
    cases_row = connection.execute(select(
        _count(legal_case.c.opened.between(period.start, period.end)), _count(closed_in),
        _count(or_(legal_case.c.closed.is_(None), legal_case.c.closed > period.end)),
    ).select_from(legal_case.join(served, served.c.client_id == legal_case.c.client_id))
        .where(_cases_in_period(period))).one()
    notes = connection.scalar(select(func.count()).select_from(
        note.join(served, served.c.client_id == note.c.client_id)).where(
        note.c.deleted_at.is_(None), note.c.created_at.between(period.first, period.last)))
    letters = connection.scalar(select(func.count()).select_from(
        letter.join(served, served.c.client_id == letter.c.client_id)).where(
        letter.c.date.between(period.start, period.end)))
    referrals_row = connection.execute(select(func.count(), _count(referral.c.status != "sent"))
                                       .select_from(referral.join(
                                           served, served.c.client_id == referral.c.client_id))
                                       .where(referral.c.deleted_at.is_(None),
                                              referral.c.date.between(period.start,
                                                                      period.end))).one()
    values = (*clients_row, *cases_row, notes, letters, *referrals_row)
    keys = ("clients_served", "new_clients", "cases_opened", "cases_closed", "cases_open_at_end",
            "consultations", "letters_sent", "referrals_made", "referrals_answered")
    return {key: int(value or 0) for key, value in zip(keys, values, strict=True)}


def _closed_cases(connection: Connection, period: Period, served: Table,
                  cipher: CaseworkCipher | None) -> list[tuple[str, str | None, bool, int]]:
    """Closed cases by (type, outcome, reported). An encrypted outcome is a group of its own
    in SQL (each is sealed apart), opened here under the id of its case."""
    legal_case = table(LegalCase)
    number = func.count()
    rows = connection.execute(
        select(legal_case.c.type, legal_case.c.outcome, served.c.reported, number,
               func.min(legal_case.c.id))
        .select_from(legal_case.join(served, served.c.client_id == legal_case.c.client_id))
        .where(_cases_in_period(period), legal_case.c.closed.is_not(None),
               legal_case.c.closed.between(period.start, period.end))
        .group_by(legal_case.c.type, legal_case.c.outcome, served.c.reported))
    counted: dict[tuple[str, str | None, bool], int] = {}
    for kind, outcome, reported, n, case_id in rows:
        key = (str(kind), unseal_text(cipher, CASE_OUTCOME, case_id, outcome), bool(reported))
        counted[key] = counted.get(key, 0) + int(n)
    return [(*key, n) for key, n in counted.items()]


def age_band_case(end: dt.date, bands: Sequence[tuple[str, dt.date]]) -> Any:
    """``bands`` is (name, born after) youngest first: the first whose date the birth date is
    after names the band; no birth date, or one older than all, is ``unknown``."""
    born = table(Client).c.date_of_birth
    whens = [(born.is_(None), literal("unknown")), (born > end, literal("unknown"))]
    whens += [(born > after, literal(name)) for name, after in bands]
    return case(*whens, else_=literal("unknown"))


def _grouped(connection: Connection, served: Table, *values: Any) -> list[tuple[Any, ...]]:
    """(values..., count) of the served clients who consent to reporting. Grouped over a
    subquery's columns: PostgreSQL would not match a CASE with bound dates in the select list
    to the same CASE (with other parameters) in GROUP BY."""
    client = table(Client)
    inner = (select(*values).select_from(served.join(client, client.c.id == served.c.client_id))
             .where(served.c.reported == 1).subquery("counted"))
    rows = connection.execute(select(*inner.c, func.count()).group_by(*inner.c))
    return [tuple(row) for row in rows]


def _breakdown_value(name: str) -> Any:
    """The column a breakdown groups by; citizenship "not stated" (XXX) is counted under
    ``unknown``, apart from stateless (NULL)."""
    column = table(Client).c[name]
    if name != "citizenship":
        return column
    return case((column == NOT_STATED, literal("unknown")), else_=column).label(name)


def tallies(connection: Connection, period: Period, bands: Sequence[tuple[str, dt.date]],
            cipher: CaseworkCipher | None = None) -> Tallies:
    """Every count of the report for the period (encrypted outcomes opened with ``cipher``)."""
    client = table(Client)
    address = client.c.address
    with served_clients(connection, period) as served:
        figures = _figures(connection, period, served)
        closed = _closed_cases(connection, period, served, cipher)
        breakdowns = {name: [(key, int(n)) for key, n in
                             _grouped(connection, served, _breakdown_value(name))]
                      for name in BREAKDOWNS}
        band = age_band_case(period.end, bands).label("band")
        breakdowns["age"] = [(key, int(n)) for key, n in _grouped(connection, served, band)]
        starts = _grouped(connection, served, first_segment(address).label("segment"),
                          address.contains(",").label("comma"))
    return Tallies(figures, closed, breakdowns,
                   [(segment, bool(comma), int(n)) for segment, comma, n in starts])


def funding_codes(connection: Connection) -> list[str]:
    """Every funding code on a case, for the report page's choice."""
    legal_case = table(LegalCase)
    rows = connection.execute(select(legal_case.c.funding_code).where(
        legal_case.c.funding_code.is_not(None), legal_case.c.deleted_at.is_(None)).group_by(
        legal_case.c.funding_code).order_by(func.lower(legal_case.c.funding_code)))
    return [str(row[0]) for row in rows]
