"""Consent per client and purpose (legal aid, referral to partners, anonymous reporting).

A letter or referral to a third party calls ``require_consent_or_override`` first: it passes when
the client consented to that purpose on the day, or when a supervisor overrides with a reason (the
guard allows the override only to supervisors and records it in the audit trail).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import Engine

from legalaid.db.repositories import consent as consent_db
from legalaid.db.repositories.clients import client_exists
from legalaid.db.repositories.consent import ConsentRow
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

__all__ = ["ConsentRow", "ConsentService", "Purpose"]


class Purpose(StrEnum):
    LEGAL_AID = "legal_aid"
    REFERRAL = "referral"
    REPORTING = "reporting"


def as_purpose(value: Purpose | str) -> Purpose:
    try:
        return Purpose(value)
    except ValueError:
        raise ValidationError("purpose", f'"{value}" is not one of legal_aid, referral, '
                              "reporting") from None


class ConsentService:
    """Recording, withdrawing and checking consent."""

    def __init__(self, engine: Engine, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._engine = engine
        self._today = today
        self.user: str | None = None  # the guard sets the signed-in user

    @guarded("consent.record_consent", client="client_id")
    def record_consent(self, client_id: int, purpose: Purpose | str,
                       on: dt.date | None = None) -> int:
        """Consent given on ``on`` (today by default); returns its id."""
        given = on or self._today()
        if given > self._today():
            raise ValidationError("on", "consent cannot be dated in the future")
        with writing(self._engine) as connection:
            if not client_exists(connection, client_id):
                raise ValidationError("client_id", f"client {client_id} does not exist")
            return consent_db.insert_consent(connection, client_id, as_purpose(purpose).value,
                                             given, self.user)

    @guarded("consent.withdraw_consent", client="client_id")
    def withdraw_consent(self, client_id: int, purpose: Purpose | str,
                         on: dt.date | None = None) -> None:
        with writing(self._engine) as connection:
            if not consent_db.withdraw(connection, client_id, as_purpose(purpose).value,
                                       on or self._today(), self.user):
                raise ValidationError("purpose", "the client has no consent of this purpose "
                                      "to withdraw")

    @guarded("consent.has_consent", client="client_id")
    def has_consent(self, client_id: int, purpose: Purpose | str,
                    on: dt.date | None = None) -> bool:
        with reading(self._engine) as connection:
            return consent_db.in_force(connection, client_id, as_purpose(purpose).value,
                                       on or self._today())

    @guarded("consent.consents", client="client_id")
    def consents(self, client_id: int) -> list[ConsentRow]:
        """Every consent of the client, newest first, withdrawn ones included."""
        with reading(self._engine) as connection:
            return consent_db.consents_of(connection, client_id)

    @guarded("consent.require_consent_or_override", client="client_id")
    def require_consent_or_override(self, client_id: int, purpose: Purpose | str,
                                    override_reason: str | None = None) -> bool:
        """Pass (False) when consent holds today, or (True) when overridden with a reason;
        ``AccessDenied`` otherwise."""
        wanted = as_purpose(purpose)
        if self.has_consent(client_id, wanted):
            return False
        if override_reason and override_reason.strip():
            return True
        raise AccessDenied(f"client {client_id} has not consented to {wanted.value}; "
                           "a supervisor may override with a reason")

