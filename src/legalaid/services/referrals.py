"""Referrals to partners, tracked to the end, and the packets that carry them between offices.

A referral needs the client's consent to referral on the day (or a supervisor's reason, which
the guard audits, as for letters); it records the partner, the service, the reason, the urgency,
the day sent and the day feedback is due (``domain.partners.feedback_due``). Each step of its
course (``domain.partners.NEXT``) is dated and kept in ``referral_step``; the audit trail gets an
entry for each change.

``export_packet`` writes the referral with the consented part of the client's file, or, for a
referral that came in, the answer; ``import_packet`` checks the packet (``exchange.packets``),
its signer against the directory and its id against the packets seen, then applies it all or
nothing: a client matched by intake's duplicate check or added, and an incoming referral; or the
answer on our outgoing one, dated with the partner's day.
"""

from __future__ import annotations

import datetime as dt
import secrets as random
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine

from legalaid.db.casework import PLAIN, CaseworkAccess
from legalaid.db.repositories import consent as consent_db
from legalaid.db.repositories import partners as partners_db
from legalaid.db.repositories import referrals as referrals_db
from legalaid.db.repositories.clients import client_exists, load_client
from legalaid.db.repositories.referrals import ReferralRow, StepRow
from legalaid.domain.enums import Category
from legalaid.domain.partners import (
    NEXT,
    ClientFacts,
    Partner,
    ReferralState,
    SendBy,
    Suggestion,
    age_on,
    check_step,
    feedback_due,
    rank,
    region_of,
)
from legalaid.domain.records import ClientRecord
from legalaid.errors import AccessDenied, NotFoundError, ValidationError
from legalaid.exchange.client_json import client_to_json, parse_client
from legalaid.exchange.packets import PacketRefused, open_packet, seal
from legalaid.services.clients import ClientService
from legalaid.services.declarations import guarded
from legalaid.services.letters.compose import LetterRequest
from legalaid.services.partners import organisation_secrets
from legalaid.services.search import SearchService
from legalaid.services.unit_of_work import reading, together, writing

__all__ = ["PACKET_FIELDS", "ImportResult", "KindFigures", "ReferralRow", "ReferralService",
           "StepRow"]

PURPOSE = "referral"
# The parts of the file a packet may carry; the defaults are what a partner needs to know who
# is coming. Notes and cases (casework) never travel.
PACKET_FIELDS = ("names", "sex", "date_of_birth", "citizenship", "category", "languages",
                 "documents", "phone", "address", "trips", "events")
DEFAULT_PACKET_FIELDS = ("names", "sex", "date_of_birth", "citizenship", "category",
                         "languages", "documents")
ANSWERS = frozenset({ReferralState.ACKNOWLEDGED, ReferralState.ACCEPTED, ReferralState.DECLINED,
                     ReferralState.PROVIDED, ReferralState.NOT_ATTENDED})
FORMAT = "legalaid-referral-packet"


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "referral" (a new incoming referral) or "answer" (to one of ours)
    referral_id: int
    client_id: int
    client_created: bool  # False: the duplicate check found the client here already
    status: str


@dataclass(frozen=True)
class KindFigures:
    """Per partner kind, over the referrals sent in a period."""

    kind: str
    sent: int
    answered: int
    accepted: int
    acceptance_rate: float | None  # accepted (or further) / answered
    median_days_to_answer: float | None


def _facts(record: ClientRecord, today: dt.date) -> ClientFacts:
    return ClientFacts(
        category=None if record.category is None else record.category.value,
        sex=None if record.sex is None else record.sex.value,
        age=age_on(record.date_of_birth, today), region=region_of(record.address),
        languages=tuple(record.languages))


def _strip_ids(value: Any) -> Any:
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    return value


def consented_part(record: ClientRecord, fields: Sequence[str]) -> dict[str, Any]:
    """The chosen fields of the client's file, as the client JSON spells them (no ids)."""
    unknown = [name for name in fields if name not in PACKET_FIELDS]
    if unknown:
        raise ValidationError("fields", f'"{unknown[0]}" cannot be sent (choose from '
                              f'{", ".join(PACKET_FIELDS)})')
    if "names" not in fields:
        raise ValidationError("fields", "the client's names are always sent")
    full = client_to_json(record)
    return {name: _strip_ids(full[name]) for name in PACKET_FIELDS if name in fields}


class ReferralService:
    """Referring clients, following the referral, and the packets between offices."""

    def __init__(self, engine: Engine, clients: ClientService, search: SearchService,
                 casework: CaseworkAccess = PLAIN,
                 today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._clients = clients
        self._search = search
        self._casework = casework
        self._today = today
        self._now = now
        self.user: str | None = None  # the guard sets the signed-in user

    # -- suggesting and creating ------------------------------------------------------------

    @guarded("referrals.suggest", client="client_id")
    def suggest(self, client_id: int) -> list[Suggestion]:
        """Every service of the directory ranked by fit for this client, with the reasons."""
        with reading(self._engine) as connection:
            record = load_client(connection, client_id, None)
            partners = [partner for _, partner in partners_db.partners(connection)]
        return rank(partners, _facts(record, self._today()))

    @guarded("referrals.create", client="client_id")
    def create(self, client_id: int, partner_uid: str, service_kind: str,
               reason: str | None = None, urgent: bool = False,
               override_reason: str | None = None) -> int:
        """Refer the client; needs their consent to referral today, or a supervisor's reason
        (``override_reason``, audited). Returns the referral's id."""
        today = self._today()
        with writing(self._engine) as connection:
            if not client_exists(connection, client_id):
                raise NotFoundError(f"client {client_id} does not exist")
            partner_id, partner = self._partner(connection, partner_uid)
            if service_kind not in {offer.kind for offer in partner.services}:
                raise ValidationError("service", f'"{service_kind}" is not a service of '
                                      f"{partner.name()} (it offers "
                                      f"{', '.join(o.kind for o in partner.services)})")
            if not consent_db.in_force(connection, client_id, PURPOSE, today) \
                    and not (override_reason and override_reason.strip()):
                raise AccessDenied(f"client {client_id} has not consented to referral; record "
                                   "the consent, or a supervisor overrides with a reason")
            referral_id = referrals_db.insert_referral(
                connection, client_id=client_id, partner_id=partner_id, partner=partner.name(),
                service_kind=service_kind, reason=(reason or "").strip() or None, urgent=urgent,
                direction="outgoing", remote_id=None, date=today,
                feedback_due=feedback_due(today, urgent))
            referrals_db.add_step(connection, referral_id, ReferralState.SENT.value, today,
                                  None, self.user, self._now())
            return referral_id

    # -- reading ----------------------------------------------------------------------------

    @guarded("referrals.get", item=("referral", "referral_id"))
    def get(self, referral_id: int) -> ReferralRow:
        with reading(self._engine) as connection:
            return self._row(connection, referral_id)

    @guarded("referrals.steps", item=("referral", "referral_id"))
    def steps(self, referral_id: int) -> list[StepRow]:
        """The referral's course, oldest first."""
        with reading(self._engine) as connection:
            self._row(connection, referral_id)
            return referrals_db.steps(connection, referral_id)

    @guarded("referrals.of_client", client="client_id")
    def of_client(self, client_id: int) -> list[ReferralRow]:
        """The client's referrals, newest first (the client file's history)."""
        with reading(self._engine) as connection:
            return referrals_db.referrals(connection, client_id=client_id)

    @guarded("referrals.listing")
    def listing(self, overdue: bool = False, lawyer: str | None = None) -> list[ReferralRow]:
        """Every referral (a lawyer's: of their clients), or those overdue today."""
        with reading(self._engine) as connection:
            return referrals_db.referrals(
                connection, overdue_on=self._today() if overdue else None, lawyer=lawyer)

    @guarded("referrals.figures")
    def figures(self, start: dt.date, end: dt.date) -> list[KindFigures]:
        """Acceptance rate and median days to answer per partner kind, over the referrals sent
        from ``start`` to ``end``."""
        with reading(self._engine) as connection:
            rows = referrals_db.answers_by_kind(connection, start, end)
        accepted_states = {ReferralState.ACCEPTED, ReferralState.PROVIDED,
                           ReferralState.NOT_ATTENDED}
        result = []
        for kind in sorted({row[0] for row in rows}):
            mine = [row for row in rows if row[0] == kind]
            answered = [row for row in mine if row[3] is not None]
            accepted = [row for row in answered if row[1] in accepted_states]
            days = [(row[3] - row[2]).days for row in answered if row[3] is not None]
            result.append(KindFigures(
                kind, len(mine), len(answered), len(accepted),
                round(len(accepted) / len(answered), 3) if answered else None,
                float(statistics.median(days)) if days else None))
        return result

    # -- the course -------------------------------------------------------------------------

    @guarded("referrals.update_status", item=("referral", "referral_id"))
    def update_status(self, referral_id: int, status: str, reason: str | None = None,
                      on: dt.date | None = None) -> ReferralRow:
        """The next step of the referral, dated ``on`` (today by default)."""
        try:
            wanted = ReferralState(status)
        except ValueError:
            raise ValidationError("status", f'"{status}" is not one of '
                                  f'{", ".join(state.value for state in ReferralState)}') \
                from None
        day = on or self._today()
        if day > self._today():
            raise ValidationError("on", "a step cannot be dated in the future")
        with writing(self._engine) as connection:
            return self._step(connection, self._row(connection, referral_id), wanted, reason,
                              day)

    def _step(self, connection: Connection, row: ReferralRow, wanted: ReferralState,
              reason: str | None, day: dt.date, by: str | None = None) -> ReferralRow:
        check_step(row.status, wanted, reason)
        if day < row.date:
            raise ValidationError("on", "a step cannot come before the referral was sent")
        referrals_db.set_status(connection, row.id, wanted.value, day, wanted in ANSWERS)
        referrals_db.add_step(connection, row.id, wanted.value, day,
                              (reason or "").strip() or None, by or self.user, self._now())
        return self._row(connection, row.id)

    @guarded("referrals.form_request", item=("referral", "referral_id"))
    def form_request(self, referral_id: int, language: str) -> LetterRequest:
        """The referral form of ``forms/`` for this referral, the partner filled in (printed
        and registered through the letters register)."""
        with reading(self._engine) as connection:
            row = self._row(connection, referral_id)
            record = load_client(connection, row.client_id, None)
        return form_request(row, record, language)

    # -- packets ----------------------------------------------------------------------------

    @guarded("referrals.packet_preview", item=("referral", "referral_id"))
    def packet_preview(self, referral_id: int,
                       fields: Sequence[str] = DEFAULT_PACKET_FIELDS) -> dict[str, Any]:
        """What the packet of this referral will carry, to show before sending."""
        with reading(self._engine) as connection:
            row = self._row(connection, referral_id)
            return self._payload(connection, row, fields, "preview")

    @guarded("referrals.export_packet", item=("referral", "referral_id"))
    def export_packet(self, referral_id: int,
                      fields: Sequence[str] = DEFAULT_PACKET_FIELDS) -> bytes:
        """The packet file of an outgoing referral (the referral and the consented fields), or
        of an incoming one (our answer: its latest status)."""
        with writing(self._engine) as connection:
            row = self._row(connection, referral_id)
            if row.partner_id is None:
                raise ValidationError("partner", "this referral names no partner of the "
                                      "directory")
            partner = dict(partners_db.partners(connection))[row.partner_id]
            if partner.send_by != SendBy.PACKET or not partner.age_public:
                raise ValidationError("partner", f"{partner.name()} takes no LegalAid packets "
                                      "(no public key in the directory)")
            uid, secrets = organisation_secrets(connection, self._casework, self._now())
            payload = self._payload(connection, row, fields, random.token_hex(16))
            payload["from"], payload["to"] = uid, partner.uid
            return seal(payload, partner.uid, partner.age_public, secrets)

    def _payload(self, connection: Connection, row: ReferralRow, fields: Sequence[str],
                 packet_id: str) -> dict[str, Any]:
        payload: dict[str, Any] = {"format": FORMAT, "version": 1, "packet_id": packet_id,
                                   "created_at": self._now().isoformat(timespec="seconds")}
        if row.direction == "incoming":
            if row.remote_id is None or row.status == ReferralState.SENT:
                raise ValidationError("status", "record the answer first (acknowledged, "
                                      "accepted, declined, provided or not attended)")
            last = referrals_db.steps(connection, row.id)[-1]
            payload.update(type="answer", answer={
                "referral_id": row.remote_id, "their_id": row.id, "status": row.status,
                "on": last.on.isoformat(), "reason": last.reason})
            return payload
        if not consent_db.in_force(connection, row.client_id, PURPOSE, self._today()):
            raise AccessDenied(f"client {row.client_id} has not consented to referral: no "
                               "part of the file may leave without it")
        record = load_client(connection, row.client_id, None)
        payload.update(type="referral", referral={
            "id": row.id, "service": row.service_kind, "reason": row.reason,
            "urgent": row.urgent, "date": row.date.isoformat(),
            "feedback_due": None if row.feedback_due is None else row.feedback_due.isoformat(),
        }, client=consented_part(record, fields))
        return payload

    @guarded("referrals.import_packet")
    def import_packet(self, data: bytes) -> ImportResult:
        """Apply a packet from a partner, all or nothing (``PacketRefused``: nothing written)."""
        now = self._now()
        with together(self._engine):
            with writing(self._engine) as connection:
                uid, secrets = organisation_secrets(connection, self._casework, now)
                payload, signer = open_packet(data, uid, secrets)
                found = partners_db.partners(connection, sign_public=signer)
                if not found:
                    raise PacketRefused("The packet is signed by an organisation that is not in "
                                        "the partner directory (add it with its public keys "
                                        "first).")
                partner_id, partner = found[0]
                partners_db.hold_partner(connection, partner_id)  # the same packet twice at once
                if payload.get("format") != FORMAT or payload.get("to") != uid \
                        or payload.get("from") != partner.uid:
                    raise PacketRefused("The packet does not say it is from this partner to "
                                        "this organisation.")
                packet_id = str(payload.get("packet_id", ""))
                seen = partners_db.packet_seen(connection, packet_id)
                if not packet_id or seen is not None:
                    when = "" if seen is None else " on " + seen.date().isoformat()
                    raise PacketRefused(f"This packet was already imported{when}; nothing was "
                                        "changed.")
                partners_db.record_packet(connection, packet_id, partner.uid, now)
                if payload.get("type") == "answer":
                    return self._apply_answer(connection, partner_id, payload)
            if payload.get("type") != "referral":
                raise PacketRefused("The packet holds neither a referral nor an answer.")
            return self._apply_referral(partner_id, partner, payload)

    def _apply_answer(self, connection: Connection, partner_id: int,
                      payload: dict[str, Any]) -> ImportResult:
        answer = payload.get("answer")
        try:
            if not isinstance(answer, dict):
                raise TypeError
            referral_id = int(answer["referral_id"])
            wanted = ReferralState(answer["status"])
            day = dt.date.fromisoformat(answer["on"])
            reason = answer.get("reason")
            their_id = answer.get("their_id")
        except (TypeError, KeyError, ValueError):
            raise PacketRefused("The packet's answer is incomplete.") from None
        row = referrals_db.referral(connection, referral_id)
        if row is None or row.partner_id != partner_id or row.direction != "outgoing":
            raise PacketRefused("The answer is about a referral this organisation did not send "
                                "to that partner.")
        if row.remote_id is None and isinstance(their_id, int):
            referrals_db.set_remote_id(connection, row.id, their_id)
        partner = dict(partners_db.partners(connection))[partner_id]
        for state in _path(ReferralState(row.status), wanted):
            row = self._step(connection, row, state, reason if state is wanted else None,
                             max(day, row.date), by=partner.name())
        return ImportResult("answer", row.id, row.client_id, False, row.status)

    def _apply_referral(self, partner_id: int, partner: Partner,
                        payload: dict[str, Any]) -> ImportResult:
        try:
            referral = payload["referral"]
            remote_id = int(referral["id"])
            record = parse_client(payload["client"], "client", self._today())
            sent = dt.date.fromisoformat(referral["date"])
            urgent = bool(referral.get("urgent", False))
        except (TypeError, KeyError, ValueError):
            raise PacketRefused("The packet's referral is incomplete.") from None
        except ValidationError as error:
            raise PacketRefused(f"The packet's client data is not valid here ({error}).") \
                from None
        with writing(self._engine) as connection:
            if referrals_db.incoming_from(connection, partner_id, remote_id) is not None:
                raise PacketRefused("This referral was already imported; nothing was changed.")
        client_id = self._same_person(record)
        created = client_id is None
        if client_id is None:
            client_id = self._clients.add(record)
        today = self._today()
        with writing(self._engine) as connection:
            referral_id = referrals_db.insert_referral(
                connection, client_id=client_id, partner_id=partner_id, partner=partner.name(),
                service_kind=referral.get("service"), reason=referral.get("reason"),
                urgent=urgent, direction="incoming", remote_id=remote_id, date=sent,
                feedback_due=feedback_due(today, urgent))
            referrals_db.add_step(connection, referral_id, ReferralState.SENT.value, sent,
                                  None, self.user, self._now())
        return ImportResult("referral", referral_id, client_id, created, ReferralState.SENT.value)

    def _same_person(self, record: ClientRecord) -> int | None:
        """Intake's duplicate check: a client here with the same document, or the same name
        and date of birth, is the same person."""
        names = [f"{name.family} {name.given}" for name in record.names]
        numbers = [document.number for document in record.documents if document.number]
        for hit in self._search.find_duplicates(names, record.date_of_birth, numbers, limit=3):
            if "document" in hit.reasons or {"name", "date_of_birth"} <= set(hit.reasons):
                return hit.client_id
        return None

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _partner(connection: Connection, uid: str) -> tuple[int, Partner]:
        found = partners_db.partners(connection, uid=uid)
        if not found:
            raise ValidationError("partner", f"{uid} is not in the partner directory")
        return found[0]

    @staticmethod
    def _row(connection: Connection, referral_id: int) -> ReferralRow:
        row = referrals_db.referral(connection, referral_id)
        if row is None:
            raise NotFoundError(f"referral {referral_id} does not exist")
        return row


def form_request(row: ReferralRow, record: ClientRecord, language: str) -> LetterRequest:
    """The shelter or medical form for those services, the partner form for any other."""
    summary, partner = row.reason or "—", row.partner_in(language)
    if row.service_kind == "shelter":
        ground = "trafficking" if record.category is Category.TRAFFICKING_VICTIM else "violence"
        return LetterRequest("referral_shelter", row.client_id, language, fields={
            "shelter": partner, "ground": ground, "consent": "true"})
    if row.service_kind == "medical":
        return LetterRequest("referral_medical", row.client_id, language, fields={
            "facility": partner, "care": "primary", "complaint": summary,
            "consent": "true"})
    return LetterRequest("referral_partner", row.client_id, language, fields={
        "partner": partner, "need": "other", "summary": summary,
        "urgent": "true" if row.urgent else "false", "consent": "true"})


def _path(current: ReferralState, wanted: ReferralState) -> list[ReferralState]:
    """The steps from ``current`` to ``wanted`` (an answer may skip "acknowledged"); nothing
    when it is reached already."""
    if current is wanted:
        return []
    if wanted in NEXT[current]:
        return [wanted]
    if current is ReferralState.SENT and wanted in NEXT[ReferralState.ACCEPTED]:
        return [ReferralState.ACCEPTED, wanted]
    check_step(current.value, wanted, "given")
    return [wanted]
