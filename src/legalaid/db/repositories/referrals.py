"""Referrals and their dated steps: reads and writes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from legalaid.db.models import Client, PartnerOrg, Referral, ReferralStep, table


@dataclass(frozen=True)
class ReferralRow:
    id: int
    client_id: int
    partner_id: int | None
    partner: str  # the partner's name as sent
    partner_kind: str | None
    service_kind: str | None
    reason: str | None
    urgent: bool
    direction: str
    remote_id: int | None
    date: dt.date
    status: str
    status_on: dt.date | None
    feedback_due: dt.date | None
    answered_on: dt.date | None
    partner_names: Mapping[str, str] = field(default_factory=dict)  # as the directory has it

    def partner_in(self, language: str) -> str:
        """The partner's name in ``language`` when the directory has it, else as sent."""
        return self.partner_names.get(language) or self.partner


@dataclass(frozen=True)
class StepRow:
    status: str
    on: dt.date
    reason: str | None
    by: str | None


_COLUMNS = (Referral.id, Referral.client_id, Referral.partner_id, Referral.partner,
            PartnerOrg.kind, Referral.service_kind, Referral.reason, Referral.urgent,
            Referral.direction, Referral.remote_id, Referral.date, Referral.status,
            Referral.status_on, Referral.feedback_due, Referral.answered_on, PartnerOrg.names)


def _select() -> Any:
    return (select(*_COLUMNS)
            .select_from(Referral.__table__.outerjoin(
                PartnerOrg.__table__, PartnerOrg.id == Referral.partner_id))
            .join(Client, Client.id == Referral.client_id)
            .where(Referral.deleted_at.is_(None), Client.deleted_at.is_(None)))


def _row_of(row: Any) -> ReferralRow:
    names = row[-1]
    return replace(ReferralRow(*row[:-1]), partner_names=json.loads(names) if names else {})


def insert_referral(connection: Connection, *, client_id: int, partner_id: int | None,
                    partner: str, service_kind: str | None, reason: str | None, urgent: bool,
                    direction: str, remote_id: int | None, date: dt.date,
                    feedback_due: dt.date | None) -> int:
    result = connection.execute(insert(table(Referral)).values(
        client_id=client_id, partner_id=partner_id, partner=partner, service_kind=service_kind,
        reason=reason, urgent=urgent, direction=direction, remote_id=remote_id, date=date,
        status="sent", status_on=date, feedback_due=feedback_due))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def add_step(connection: Connection, referral_id: int, status: str, on: dt.date,
             reason: str | None, by: str | None, now: dt.datetime) -> None:
    connection.execute(insert(table(ReferralStep)).values(
        referral_id=referral_id, status=status, on=on, reason=reason, by=by, at=now))


def set_status(connection: Connection, referral_id: int, status: str, on: dt.date,
               answered: bool) -> None:
    values: dict[str, object] = {"status": status, "status_on": on,
                                 "version": Referral.version + 1}
    connection.execute(update(table(Referral)).where(Referral.id == referral_id).values(**values))
    if answered:
        connection.execute(update(table(Referral)).where(
            Referral.id == referral_id, Referral.answered_on.is_(None)).values(answered_on=on))


def set_remote_id(connection: Connection, referral_id: int, remote_id: int) -> None:
    connection.execute(update(table(Referral)).where(Referral.id == referral_id)
                       .values(remote_id=remote_id, version=Referral.version + 1))


def referral(connection: Connection, referral_id: int) -> ReferralRow | None:
    row = connection.execute(_select().where(Referral.id == referral_id)).first()
    return None if row is None else _row_of(row)


def incoming_from(connection: Connection, partner_id: int, remote_id: int) -> ReferralRow | None:
    row = connection.execute(_select().where(
        Referral.partner_id == partner_id, Referral.remote_id == remote_id,
        Referral.direction == "incoming")).first()
    return None if row is None else _row_of(row)


def referrals(connection: Connection, *, client_id: int | None = None,
              overdue_on: dt.date | None = None, lawyer: str | None = None,
              ) -> list[ReferralRow]:
    """Referrals, newest first: of one client, or over the office (one lawyer's clients);
    ``overdue_on``: only the outgoing ones still unanswered after their feedback day."""
    statement = _select().order_by(Referral.date.desc(), Referral.id.desc())
    if client_id is not None:
        statement = statement.where(Referral.client_id == client_id)
    if lawyer is not None:
        statement = statement.where(func.lower(Client.lawyer) == lawyer.strip().lower())
    if overdue_on is not None:
        statement = statement.where(Referral.direction == "outgoing", Referral.status == "sent",
                                    Referral.feedback_due < overdue_on)
    return [_row_of(row) for row in connection.execute(statement)]


def steps(connection: Connection, referral_id: int) -> list[StepRow]:
    rows = connection.execute(select(ReferralStep.status, ReferralStep.on, ReferralStep.reason,
                                     ReferralStep.by)
                              .where(ReferralStep.referral_id == referral_id)
                              .order_by(ReferralStep.id))
    return [StepRow(*row) for row in rows]


def answers_by_kind(connection: Connection, start: dt.date, end: dt.date,
                    ) -> list[tuple[str, str, dt.date, dt.date | None]]:
    """(partner kind, status, sent, first answered) of the outgoing referrals sent in the
    period, for the acceptance rate and the days to answer."""
    rows = connection.execute(
        select(PartnerOrg.kind, Referral.status, Referral.date, Referral.answered_on)
        .join(PartnerOrg, PartnerOrg.id == Referral.partner_id)
        .where(Referral.deleted_at.is_(None), Referral.direction == "outgoing",
               Referral.date.between(start, end)))
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def _awaiting(lawyer: str | None) -> Any:
    """Outgoing referrals still waiting for the partner's first answer (of a lawyer's clients)."""
    statement = (select(Referral.id, Referral.client_id, Referral.partner, Referral.feedback_due)
                 .join(Client, Client.id == Referral.client_id)
                 .where(Referral.deleted_at.is_(None), Client.deleted_at.is_(None),
                        Referral.direction == "outgoing", Referral.status == "sent",
                        Referral.feedback_due.is_not(None)))
    if lawyer is not None:
        statement = statement.where(func.lower(Client.lawyer) == lawyer.strip().lower())
    return statement


def feedback_due_between(connection: Connection, lawyer: str | None, first: dt.date,
                         last: dt.date) -> list[tuple[int, int, str, dt.date]]:
    """(referral id, client id, partner, feedback due) of the unanswered referrals whose
    feedback is due in [first, last] (the calendar)."""
    rows = connection.execute(_awaiting(lawyer).where(
        Referral.feedback_due.between(first, last)).order_by(Referral.feedback_due))
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def count_became_overdue(connection: Connection, lawyer: str | None, first: dt.date,
                         last: dt.date) -> int:
    """Unanswered referrals that became overdue on a day in [first, last] (the reminders): the
    day after their feedback was due."""
    statement = _awaiting(lawyer).where(Referral.feedback_due.between(
        first - dt.timedelta(days=1), last - dt.timedelta(days=1)))
    return int(connection.execute(select(func.count()).select_from(statement.subquery()))
               .scalar_one())
