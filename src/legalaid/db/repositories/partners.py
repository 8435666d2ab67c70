"""The partner directory, this organisation's key pair and the packets seen: reads and writes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from legalaid.db.dialect import hold_rows
from legalaid.db.models import OrganisationKey, PacketSeen, PartnerOrg, PartnerService, table
from legalaid.domain.partners import Partner, ServiceOffer


def _split(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(",") if part)


def _org_values(partner: Partner) -> dict[str, object]:
    return {
        "names": json.dumps(dict(partner.names), ensure_ascii=False, sort_keys=True),
        "kind": partner.kind, "regions": ",".join(partner.regions),
        "languages": ",".join(partner.languages), "contacts": partner.contacts,
        "send_by": partner.send_by, "age_public": partner.age_public,
        "sign_public": partner.sign_public, "notes": partner.notes,
    }


def _insert_services(connection: Connection, partner_id: int, partner: Partner) -> None:
    if partner.services:
        connection.execute(insert(table(PartnerService)), [
            {"partner_id": partner_id, "kind": offer.kind,
             "categories": ",".join(offer.categories), "sex": offer.sex,
             "age_min": offer.age_min, "age_max": offer.age_max, "capacity": offer.capacity}
            for offer in partner.services])


def insert_partner(connection: Connection, partner: Partner, now: dt.datetime) -> int:
    result = connection.execute(insert(table(PartnerOrg)).values(
        uid=partner.uid, updated_at=now, **_org_values(partner)))
    partner_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    _insert_services(connection, partner_id, partner)
    return partner_id


def update_partner(connection: Connection, partner_id: int, partner: Partner,
                   now: dt.datetime) -> None:
    connection.execute(update(table(PartnerOrg)).where(PartnerOrg.id == partner_id).values(
        updated_at=now, version=PartnerOrg.version + 1, **_org_values(partner)))
    connection.execute(delete(table(PartnerService))
                       .where(PartnerService.partner_id == partner_id))
    _insert_services(connection, partner_id, partner)


def partners(connection: Connection, uid: str | None = None,
             sign_public: str | None = None) -> list[tuple[int, Partner]]:
    """Every partner (by name), or the one of that uid or signing key; with their row ids."""
    statement = select(PartnerOrg.id, PartnerOrg.uid, PartnerOrg.names, PartnerOrg.kind,
                       PartnerOrg.regions, PartnerOrg.languages, PartnerOrg.contacts,
                       PartnerOrg.send_by, PartnerOrg.age_public, PartnerOrg.sign_public,
                       PartnerOrg.notes).order_by(PartnerOrg.id)
    if uid is not None:
        statement = statement.where(PartnerOrg.uid == uid)
    if sign_public is not None:
        statement = statement.where(PartnerOrg.sign_public == sign_public)
    rows = connection.execute(statement).all()
    offers: dict[int, list[ServiceOffer]] = {}
    if rows:
        for service in connection.execute(
                select(PartnerService.partner_id, PartnerService.kind, PartnerService.categories,
                       PartnerService.sex, PartnerService.age_min, PartnerService.age_max,
                       PartnerService.capacity)
                .where(PartnerService.partner_id.in_([row.id for row in rows]))
                .order_by(PartnerService.id)):
            offers.setdefault(service.partner_id, []).append(ServiceOffer(
                service.kind, _split(service.categories), service.sex, service.age_min,
                service.age_max, service.capacity))
    return [(row.id, Partner(
        uid=row.uid, names=json.loads(row.names), kind=row.kind, regions=_split(row.regions),
        languages=_split(row.languages), contacts=row.contacts, send_by=row.send_by,
        age_public=row.age_public, sign_public=row.sign_public, notes=row.notes,
        services=tuple(offers.get(row.id, ())))) for row in rows]


def hold_partner(connection: Connection, partner_id: int) -> None:
    """Hold the partner's row until the transaction ends: imports of its packets take turns,
    and each reads the packets seen and the referrals as the one before it left them."""
    hold_rows(connection, table(PartnerOrg), [partner_id])


def partner_names(connection: Connection) -> dict[int, Partner]:
    return dict(partners(connection))


# -- this organisation's key pair ---------------------------------------------------------------

@dataclass(frozen=True)
class KeyRow:
    id: int
    uid: str
    age_public: str
    sign_public: str
    secret: str  # as stored: sealed under the casework key (or plain, before keys)


def organisation_key(connection: Connection) -> KeyRow | None:
    row = connection.execute(select(
        OrganisationKey.id, OrganisationKey.uid, OrganisationKey.age_public,
        OrganisationKey.sign_public, OrganisationKey.secret).order_by(OrganisationKey.id)
        .limit(1)).first()
    return None if row is None else KeyRow(*row)


def next_key_id(connection: Connection) -> int:
    """The id the key row will take (the sealed secret names its row)."""
    row = connection.execute(select(OrganisationKey.id).order_by(OrganisationKey.id.desc())
                             .limit(1)).first()
    return 1 if row is None else int(row[0]) + 1


def insert_organisation_key(connection: Connection, row: KeyRow, now: dt.datetime) -> None:
    connection.execute(insert(table(OrganisationKey)).values(
        id=row.id, uid=row.uid, age_public=row.age_public, sign_public=row.sign_public,
        secret=row.secret, created_at=now))


# -- packets seen -------------------------------------------------------------------------------

def packet_seen(connection: Connection, packet_id: str) -> dt.datetime | None:
    row = connection.execute(select(PacketSeen.imported_at)
                             .where(PacketSeen.packet_id == packet_id)).first()
    return None if row is None else row[0]


def record_packet(connection: Connection, packet_id: str, sender: str, now: dt.datetime) -> None:
    connection.execute(insert(table(PacketSeen)).values(packet_id=packet_id, sender=sender,
                                                        imported_at=now))
