"""The partner directory and this organisation's identity between organisations.

Supervisors edit the directory (``partners.add``/``update``); everyone doing casework reads it.
``me`` is this installation's identity, in the shape ``add`` accepts on the other side: its key
pair is made on first use (an age X25519 identity for packets addressed to us, an Ed25519 key for
signing ours), the public halves stored plain and the private ones sealed under the casework key
(``db/casework.py``), so an account without that key can neither read nor sign packets.
"""

from __future__ import annotations

import datetime as dt
import secrets as random
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from legalaid.db.casework import PLAIN, CaseworkAccess, CaseworkColumn, seal, unseal_text
from legalaid.db.repositories import letters as letters_db
from legalaid.db.repositories import partners as partners_db
from legalaid.domain.partners import (
    Partner,
    PartnerKind,
    SendBy,
    ServiceOffer,
    organisation_uid,
    parse_partner,
    partner_json,
)
from legalaid.errors import AccessDenied, ConflictError, NotFoundError, ValidationError
from legalaid.exchange.packets import OrganisationSecrets, new_secrets
from legalaid.exchange.partner_sheet import read_sheet, write_sheet
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, together, writing

ORGANISATION_SECRET = CaseworkColumn("organisation_key", "secret")


def organisation_secrets(connection: Connection, casework: CaseworkAccess,
                         now: dt.datetime) -> tuple[str, OrganisationSecrets]:
    """This organisation's id and private keys, made (and stored sealed) on first use."""
    if casework.locked:
        raise AccessDenied("the organisation key is sealed for lawyers and supervisors")
    stored = partners_db.organisation_key(connection)
    if stored is not None:
        text = unseal_text(casework.cipher, ORGANISATION_SECRET, stored.id, stored.secret)
        return stored.uid, OrganisationSecrets.from_json(text)
    made = new_secrets()
    key_id = partners_db.next_key_id(connection)
    uid = organisation_uid(made.sign_public)
    partners_db.insert_organisation_key(connection, partners_db.KeyRow(
        key_id, uid, made.age_public, made.sign_public,
        seal(casework.cipher, ORGANISATION_SECRET, key_id, made.as_json())), now)
    return uid, made


def merged(old: Partner, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON of ``old`` with the fields ``changes`` gives replaced (the fingerprint is
    recomputed: a new key is compared again)."""
    data = partner_json(old)
    data.pop("fingerprint")
    data.update(changes)
    data["id"] = old.uid
    return data


class PartnerDirectory:
    """Organisations, their services, and who we are to them."""

    def __init__(self, engine: Engine, casework: CaseworkAccess = PLAIN,
                 now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._casework = casework
        self._now = now

    @guarded("partners.add")
    def add(self, data: Mapping[str, Any]) -> Partner:
        """Add a partner from its JSON; returns it with its id (made up when not given)."""
        partner = parse_partner(dict(data))
        if not partner.uid:
            partner = replace(partner, uid="p-" + random.token_hex(4))
        with writing(self._engine) as connection:
            if partners_db.partners(connection, uid=partner.uid):
                raise ConflictError(f"partner {partner.uid} is already in the directory "
                                    "(change it with partners update)")
            if partner.sign_public and partners_db.partners(connection,
                                                            sign_public=partner.sign_public):
                raise ConflictError("a partner with this signing key is already in the "
                                    "directory")
            own = partners_db.organisation_key(connection)
            if own is not None and own.uid == partner.uid:
                raise ValidationError("id", "this is our own organisation, not a partner")
            partners_db.insert_partner(connection, partner, self._now())
        return partner

    @guarded("partners.update")
    def update(self, uid: str, changes: Mapping[str, Any]) -> Partner:
        """Change the fields ``changes`` gives (its ``id``, if any, must be the partner's)."""
        if "id" in changes and changes["id"] != uid:
            raise ValidationError("id", "a partner's id cannot change")
        with writing(self._engine) as connection:
            partner_id, old = self._one(connection, uid)
            partner = parse_partner(merged(old, changes))
            partners_db.update_partner(connection, partner_id, partner, self._now())
        return partner

    @guarded("partners.get")
    def get(self, uid: str) -> Partner:
        with reading(self._engine) as connection:
            return self._one(connection, uid)[1]

    @guarded("partners.listing")
    def listing(self) -> list[Partner]:
        """Every partner, by name."""
        with reading(self._engine) as connection:
            found = [partner for _, partner in partners_db.partners(connection)]
        return sorted(found, key=lambda partner: partner.name().casefold())

    @guarded("partners.export_sheet")
    def export_sheet(self, path: Path) -> int:
        """Write the directory to a spreadsheet; returns how many partners."""
        partners = self.listing()
        write_sheet(path, partners)
        return len(partners)

    @guarded("partners.import_sheet")
    def import_sheet(self, path: Path) -> list[Partner]:
        """Add every partner of a spreadsheet, all or nothing."""
        found = read_sheet(path)
        with together(self._engine):
            return [self.add(partner_json(partner) | {"id": partner.uid or None})
                    for partner in found]

    @guarded("partners.add_demo")
    def add_demo(self) -> int:
        """The demo directory (``legalaid.demo.partners``) when the directory is empty; returns
        how many partners were added."""
        from legalaid.demo.partners import DEMO_PARTNERS

        with together(self._engine):
            with reading(self._engine) as connection:
                if partners_db.partners(connection):
                    return 0
            for index, data in enumerate(DEMO_PARTNERS):
                self.add({**data, "id": f"p-de{index:06x}"})
        return len(DEMO_PARTNERS)

    @guarded("partners.me")
    def me(self) -> Partner:
        """This organisation as a partner sees it (keys made on first use)."""
        with writing(self._engine) as connection:
            uid, secrets = organisation_secrets(connection, self._casework, self._now())
            profile = letters_db.load_profile(connection)
        names = {language: value for (field, language), value
                 in (profile.texts.items() if profile is not None else ()) if field == "name"
                 and value}
        return Partner(uid=uid, names=names or {"en": "LegalAid"}, kind=PartnerKind.LEGAL.value,
                       send_by=SendBy.PACKET.value, age_public=secrets.age_public,
                       sign_public=secrets.sign_public,
                       services=(ServiceOffer(PartnerKind.LEGAL.value),))

    @staticmethod
    def _one(connection: Connection, uid: str) -> tuple[int, Partner]:
        found = partners_db.partners(connection, uid=uid)
        if not found:
            raise NotFoundError(f"partner {uid} is not in the directory")
        return found[0]
