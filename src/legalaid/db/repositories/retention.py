"""Retention: which clients' files are past their keeping period, and anonymising them.

Anonymising replaces everything that identifies a person (names, contact, document numbers, notes,
free text of cases and tasks, stored letter PDFs) and keeps what statistics need (sex, year of
birth, citizenship, category, dates of stays and cases). Names leave the search index through the
FTS triggers on ``client_name``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection, case, delete, func, insert, inspect, select, update

from legalaid.db.models import (
    AnonymisedClient,
    Client,
    ClientName,
    Document,
    LegalCase,
    Note,
    Task,
    Trip,
    table,
)

PLACEHOLDER_FAMILY = "—"


def past_retention(connection: Connection, closed_before: dt.date) -> list[int]:
    """Clients with at least one case, every case closed, the last closed before the date, and not
    anonymised yet."""
    last_closed = func.max(LegalCase.closed)
    open_cases = func.sum(case((LegalCase.closed.is_(None), 1), else_=0))
    query = (
        select(LegalCase.client_id)
        .where(LegalCase.deleted_at.is_(None),
               LegalCase.client_id.not_in(select(AnonymisedClient.client_id)))
        .group_by(LegalCase.client_id)
        .having(open_cases == 0, last_closed < closed_before)
        .order_by(LegalCase.client_id)
    )
    return [int(cid) for cid in connection.execute(query).scalars()]


def _first_of_year(born: dt.date | None) -> dt.date | None:
    return None if born is None else dt.date(born.year, 1, 1)


def anonymise(connection: Connection, client_ids: Sequence[int], now: dt.datetime) -> None:
    """Replace the personal data of these clients (one transaction, the caller's)."""
    if not client_ids:
        return
    ids = list(client_ids)
    for client_id, born in connection.execute(
            select(Client.id, Client.date_of_birth).where(Client.id.in_(ids))).all():
        connection.execute(update(table(Client)).where(Client.id == client_id).values(
            phone=None, address=None, iin=None, safe_to_contact=False,
            date_of_birth=_first_of_year(born), updated_at=now))
    names = table(ClientName)
    connection.execute(delete(names).where(ClientName.client_id.in_(ids), ClientName.position > 0))
    for client_id in ids:
        connection.execute(update(names).where(ClientName.client_id == client_id).values(
            family=PLACEHOLDER_FAMILY, given=f"#{client_id}", patronymic=None, source=None,
            search_key=""))
    connection.execute(update(table(Document)).where(Document.client_id.in_(ids))
                       .values(number=None, issuer=None))
    connection.execute(update(table(Trip)).where(Trip.client_id.in_(ids)).values(checkpoint=None))
    connection.execute(update(table(Note)).where(Note.client_id.in_(ids))
                       .values(text="", author=None))
    connection.execute(update(table(LegalCase)).where(LegalCase.client_id.in_(ids))
                       .values(outcome=None))
    connection.execute(update(table(Task)).where(Task.client_id.in_(ids)).values(title="—"))
    _drop_letter_pdfs(connection, ids)
    _drop_attachments(connection, ids)
    connection.execute(insert(table(AnonymisedClient)),
                       [{"client_id": client_id, "at": now} for client_id in ids])


def _drop_letter_pdfs(connection: Connection, ids: list[int]) -> None:
    """Stored letters carry the client's name: remove their PDFs (the register keeps the number)."""
    if not inspect(connection).has_table("letter_pdf"):
        return
    from legalaid.db.models import Base, Letter

    pdfs = Base.metadata.tables["letter_pdf"]
    connection.execute(delete(pdfs).where(
        pdfs.c.letter_id.in_(select(Letter.id).where(Letter.client_id.in_(ids)))))


def _drop_attachments(connection: Connection, ids: list[int]) -> None:
    """Scans are the most personal data of all: they go with the rest, bytes and records."""
    if inspect(connection).has_table("attachment"):
        from legalaid.db.repositories.attachments import drop_for_clients

        drop_for_clients(connection, ids)


def anonymised_ids(connection: Connection) -> set[int]:
    return set(connection.execute(select(AnonymisedClient.client_id)).scalars())
