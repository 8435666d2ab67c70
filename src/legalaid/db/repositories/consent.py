"""Consent per client and purpose: recording, withdrawing and reading it back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, insert, or_, select, update

from legalaid.db.models import Consent, table


@dataclass(frozen=True)
class ConsentRow:
    id: int
    client_id: int
    purpose: str
    given_on: dt.date
    recorded_by: str | None
    withdrawn_on: dt.date | None
    withdrawn_by: str | None


_COLUMNS = (Consent.id, Consent.client_id, Consent.purpose, Consent.given_on,
            Consent.recorded_by, Consent.withdrawn_on, Consent.withdrawn_by)


def insert_consent(connection: Connection, client_id: int, purpose: str, given_on: dt.date,
                   by: str | None) -> int:
    result = connection.execute(insert(table(Consent)).values(
        client_id=client_id, purpose=purpose, given_on=given_on, recorded_by=by))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def withdraw(connection: Connection, client_id: int, purpose: str, on: dt.date,
             by: str | None) -> int:
    """Mark every standing consent of that purpose withdrawn; returns how many were."""
    result = connection.execute(
        update(table(Consent))
        .where(Consent.client_id == client_id, Consent.purpose == purpose,
               Consent.withdrawn_on.is_(None))
        .values(withdrawn_on=on, withdrawn_by=by))
    return int(result.rowcount)


def in_force(connection: Connection, client_id: int, purpose: str, on: dt.date) -> bool:
    """Whether a consent of that purpose was given on or before ``on`` and not withdrawn by then."""
    row = connection.execute(
        select(Consent.id).where(
            Consent.client_id == client_id, Consent.purpose == purpose, Consent.given_on <= on,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > on),
        ).limit(1)).first()
    return row is not None


def consents_of(connection: Connection, client_id: int) -> list[ConsentRow]:
    rows = connection.execute(
        select(*_COLUMNS).where(Consent.client_id == client_id)
        .order_by(Consent.given_on.desc(), Consent.id.desc()))
    return [ConsentRow(*row) for row in rows]
