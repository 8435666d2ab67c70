"""The partner directory's values: organisations, their services, who is eligible, and the
ranking of services by fit for one client (pure; the JSON shape is docs/partners-json.md).

A partner's ``uid`` is its id between organisations: for a LegalAid installation it is derived
from its signing key (``org-`` and 12 hex digits), for any other partner it is made up when the
partner is added (``p-`` and 8 hex digits). The short fingerprint of the public keys is what two
organisations read to each other on the phone before trusting a packet.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from legalaid.domain.enums import Category, Sex
from legalaid.domain.parsing import (
    parse_enum,
    parse_optional_str,
    parse_str,
    quoted,
    refuse_unknown_keys,
    require_list,
    require_object,
)
from legalaid.errors import ValidationError

LANGUAGES = ("kk", "ru", "en")


class PartnerKind(StrEnum):
    SHELTER = "shelter"
    MEDICAL = "medical"
    LEGAL = "legal"
    PSYCHOSOCIAL = "psychosocial"
    UNHCR_PARTNER = "unhcr_partner"
    STATE_BODY = "state_body"
    OTHER = "other"


class SendBy(StrEnum):
    PAPER = "paper"
    EMAIL = "email"
    PACKET = "packet"


# Regions served, by code, and the spellings an address may carry.
REGIONS: dict[str, tuple[str, ...]] = {
    "almaty": ("almaty", "алматы", "алма-ата"),
    "astana": ("astana", "астана", "нур-султан"),
    "shymkent": ("shymkent", "шымкент", "чимкент"),
    "karaganda": ("karaganda", "qaraghandy", "караганда", "қарағанды"),
    "aktau": ("aktau", "ақтау", "актау"),
    "atyrau": ("atyrau", "атырау"),
    "taraz": ("taraz", "тараз"),
    "pavlodar": ("pavlodar", "павлодар"),
    "ust_kamenogorsk": ("oskemen", "ust-kamenogorsk", "өскемен", "усть-каменогорск"),
    "turkistan": ("turkistan", "түркістан", "туркестан"),
}
ANY_REGION = "all"  # a partner serving the whole country


def region_of(address: str | None) -> str | None:
    """The region code an address names, or None."""
    text = (address or "").lower()
    for code, spellings in REGIONS.items():
        if any(spelling in text for spelling in spellings):
            return code
    return None


@dataclass(frozen=True)
class ServiceOffer:
    kind: str
    categories: tuple[str, ...] = ()  # empty: any client
    sex: str | None = None  # None: any
    age_min: int | None = None
    age_max: int | None = None
    capacity: str | None = None


@dataclass(frozen=True)
class Partner:
    uid: str
    names: Mapping[str, str]
    kind: str
    regions: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    contacts: str | None = None
    send_by: str = SendBy.PAPER.value
    age_public: str | None = None
    sign_public: str | None = None
    notes: str | None = None
    services: tuple[ServiceOffer, ...] = ()

    def name(self, language: str = "en") -> str:
        """The name in ``language``, else the first one given."""
        return self.names.get(language) or next(iter(self.names.values()), self.uid)

    @property
    def fingerprint(self) -> str | None:
        if not (self.age_public and self.sign_public):
            return None
        return fingerprint(self.age_public, self.sign_public)


def fingerprint(age_public: str, sign_public: str) -> str:
    """Four groups of four hex digits over both public keys, to compare by phone."""
    digest = hashlib.sha256(f"{age_public}|{sign_public}".encode("ascii")).hexdigest().upper()
    return " ".join(digest[index:index + 4] for index in range(0, 16, 4))


def organisation_uid(sign_public: str) -> str:
    """A LegalAid installation's id: derived from its Ed25519 public key (hex)."""
    return "org-" + hashlib.sha256(bytes.fromhex(sign_public)).hexdigest()[:12]


_UID = re.compile(r"^(org-[0-9a-f]{12}|p-[0-9a-f]{8})$")
_AGE_PUBLIC = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_SIGN_PUBLIC = re.compile(r"^[0-9a-f]{64}$")
PARTNER_KEYS = {"id", "names", "name", "kind", "regions", "languages", "contacts", "send_by",
                "age_public", "sign_public", "fingerprint", "notes", "services"}
SERVICE_KEYS = {"kind", "categories", "sex", "age_min", "age_max", "capacity"}


def _codes(value: Any, field_name: str, allowed: Iterable[str] | None = None) -> tuple[str, ...]:
    items = require_list(value, field_name)
    known = None if allowed is None else set(allowed)
    result = []
    for index, item in enumerate(items):
        code = parse_str(item, f"{field_name}[{index}]", max_length=40).lower()
        if known is not None and code not in known:
            raise ValidationError(f"{field_name}[{index}]", f"{quoted(item)} is not a known "
                                  f"value (expected one of {', '.join(sorted(known))})")
        result.append(code)
    return tuple(dict.fromkeys(result))


def _age(value: Any, field_name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 130:
        raise ValidationError(field_name, f"{quoted(value)} is not an age (0 to 130)")
    return value


def parse_service(value: Any, prefix: str) -> ServiceOffer:
    data = require_object(value, prefix)
    refuse_unknown_keys(data, SERVICE_KEYS, prefix)
    sex = data.get("sex")
    offer = ServiceOffer(
        kind=parse_enum(PartnerKind, data.get("kind"), f"{prefix}.kind").value,
        categories=_codes(data.get("categories", []), f"{prefix}.categories",
                          (category.value for category in Category)),
        sex=None if sex is None else parse_enum(Sex, sex, f"{prefix}.sex").value,
        age_min=_age(data.get("age_min"), f"{prefix}.age_min"),
        age_max=_age(data.get("age_max"), f"{prefix}.age_max"),
        capacity=parse_optional_str(data.get("capacity"), f"{prefix}.capacity", max_length=2000),
    )
    if offer.age_min is not None and offer.age_max is not None and offer.age_min > offer.age_max:
        raise ValidationError(f"{prefix}.age_max", "is below age_min")
    return offer


def parse_partner(value: Any, uid: str | None = None) -> Partner:
    """A partner from its JSON (docs/partners-json.md); ``uid`` when the caller chose it."""
    data = require_object(value, "")
    refuse_unknown_keys(data, PARTNER_KEYS, "")
    names_value = data.get("names")
    if names_value is None and "name" in data:
        names_value = {"en": data["name"]}
    names_data = require_object(names_value, "names")
    refuse_unknown_keys(names_data, set(LANGUAGES), "names")
    names = {language: parse_str(text, f"names.{language}", max_length=300)
             for language, text in names_data.items()}
    if not names:
        raise ValidationError("names", "give the name in at least one of kk, ru, en")
    given_uid = data.get("id", uid)
    if given_uid is not None and (not isinstance(given_uid, str) or not _UID.match(given_uid)):
        raise ValidationError("id", f"{quoted(given_uid)} is not a partner id (org-… or p-…)")
    age_public = parse_optional_str(data.get("age_public"), "age_public", max_length=100)
    if age_public is not None and not _AGE_PUBLIC.match(age_public):
        raise ValidationError("age_public", "is not an age public key (age1…)")
    sign_public = parse_optional_str(data.get("sign_public"), "sign_public", max_length=64)
    if sign_public is not None and not _SIGN_PUBLIC.match(sign_public):
        raise ValidationError("sign_public", "is not an Ed25519 public key (64 hex digits)")
    if (age_public is None) != (sign_public is None):
        raise ValidationError("sign_public" if sign_public is None else "age_public",
                              "give both public keys, or neither")
    if sign_public is not None and given_uid is not None and given_uid.startswith("org-") \
            and given_uid != organisation_uid(sign_public):
        raise ValidationError("id", "does not belong to this sign_public key")
    send_by = parse_enum(SendBy, data.get("send_by", "packet" if age_public else "paper"),
                         "send_by").value
    if send_by == SendBy.PACKET and age_public is None:
        raise ValidationError("send_by", "a packet needs the partner's public keys")
    services = tuple(parse_service(item, f"services[{index}]")
                     for index, item in enumerate(require_list(data.get("services", []),
                                                               "services")))
    kind = parse_enum(PartnerKind, data.get("kind", services[0].kind if services else None),
                      "kind").value
    partner = Partner(
        uid=given_uid or "", names=names, kind=kind,
        regions=_codes(data.get("regions", []), "regions", (*REGIONS, ANY_REGION)),
        languages=_codes(data.get("languages", []), "languages"),
        contacts=parse_optional_str(data.get("contacts"), "contacts", max_length=2000),
        send_by=send_by, age_public=age_public, sign_public=sign_public,
        notes=parse_optional_str(data.get("notes"), "notes", max_length=2000),
        services=services or (ServiceOffer(kind),),
    )
    fingerprint_given = data.get("fingerprint")
    if fingerprint_given is not None and fingerprint_given != partner.fingerprint:
        raise ValidationError("fingerprint", "does not match the public keys: compare them "
                              "again with the partner")
    return partner


def service_json(offer: ServiceOffer) -> dict[str, Any]:
    return {"kind": offer.kind, "categories": list(offer.categories), "sex": offer.sex,
            "age_min": offer.age_min, "age_max": offer.age_max, "capacity": offer.capacity}


def partner_json(partner: Partner) -> dict[str, Any]:
    return {
        "id": partner.uid, "names": dict(partner.names), "kind": partner.kind,
        "regions": list(partner.regions), "languages": list(partner.languages),
        "contacts": partner.contacts, "send_by": partner.send_by,
        "age_public": partner.age_public, "sign_public": partner.sign_public,
        "fingerprint": partner.fingerprint, "notes": partner.notes,
        "services": [service_json(offer) for offer in partner.services],
    }


# -- fit ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClientFacts:
    """What the ranking reads of a client."""

    category: str | None
    sex: str | None
    age: int | None
    region: str | None
    languages: tuple[str, ...] = ()


def age_on(born: dt.date | None, day: dt.date) -> int | None:
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class Reason:
    """One reason of a suggestion: ``code`` (category, region, language, age, sex) and whether
    it speaks for (``fits``) or against; ``value`` the client's value it was judged on."""

    code: str
    fits: bool
    value: str = ""


@dataclass(frozen=True)
class Suggestion:
    partner: Partner
    service: ServiceOffer
    score: int
    eligible: bool
    reasons: tuple[Reason, ...] = field(default=())


# Weights: an explicit category match counts most; a service for anyone still counts a little.
_WEIGHTS = {"category": 3, "category_any": 1, "region": 2, "language": 1, "age": 1, "sex": 1}


def _fit(partner: Partner, offer: ServiceOffer, client: ClientFacts) -> Suggestion:
    reasons: list[Reason] = []
    score = 0
    eligible = True
    if offer.categories:
        fits = client.category in offer.categories
        reasons.append(Reason("category", fits, client.category or ""))
        score += _WEIGHTS["category"] if fits else 0
        eligible = eligible and fits
    else:
        score += _WEIGHTS["category_any"]
    if partner.regions:
        fits = ANY_REGION in partner.regions or client.region in partner.regions
        reasons.append(Reason("region", fits, client.region or ""))
        score += _WEIGHTS["region"] if fits else -_WEIGHTS["region"]
    if partner.languages and client.languages:
        shared = [language for language in client.languages if language in partner.languages]
        reasons.append(Reason("language", bool(shared), ",".join(shared or client.languages)))
        score += _WEIGHTS["language"] if shared else -_WEIGHTS["language"]
    if offer.age_min is not None or offer.age_max is not None:
        fits = client.age is not None and (offer.age_min or 0) <= client.age \
            <= (offer.age_max if offer.age_max is not None else 200)
        reasons.append(Reason("age", fits, "" if client.age is None else str(client.age)))
        score += _WEIGHTS["age"] if fits else 0
        eligible = eligible and fits
    if offer.sex is not None:
        fits = client.sex == offer.sex
        reasons.append(Reason("sex", fits, client.sex or ""))
        score += _WEIGHTS["sex"] if fits else 0
        eligible = eligible and fits
    return Suggestion(partner, offer, score, eligible, tuple(reasons))


def rank(partners: Sequence[Partner], client: ClientFacts) -> list[Suggestion]:
    """Every service of every partner, the eligible first, then by fit (best first)."""
    suggestions = [_fit(partner, offer, client)
                   for partner in partners for offer in partner.services]
    return sorted(suggestions, key=lambda s: (not s.eligible, -s.score, s.partner.name()))


# -- the referral's course ----------------------------------------------------------------------

class ReferralState(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    PROVIDED = "provided"
    NOT_ATTENDED = "not_attended"
    CLOSED = "closed"


S = ReferralState
NEXT: dict[ReferralState, frozenset[ReferralState]] = {
    S.SENT: frozenset({S.ACKNOWLEDGED, S.ACCEPTED, S.DECLINED, S.CLOSED}),
    S.ACKNOWLEDGED: frozenset({S.ACCEPTED, S.DECLINED, S.CLOSED}),
    S.ACCEPTED: frozenset({S.PROVIDED, S.NOT_ATTENDED, S.CLOSED}),
    S.DECLINED: frozenset({S.CLOSED}),
    S.PROVIDED: frozenset({S.CLOSED}),
    S.NOT_ATTENDED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}
FEEDBACK_DAYS, URGENT_FEEDBACK_DAYS = 7, 1


def feedback_due(sent: dt.date, urgent: bool) -> dt.date:
    return sent + dt.timedelta(days=URGENT_FEEDBACK_DAYS if urgent else FEEDBACK_DAYS)


def check_step(current: str, wanted: ReferralState, reason: str | None) -> None:
    """Refuse a step the course does not allow, or a decline without its reason."""
    if wanted not in NEXT[ReferralState(current)]:
        allowed = ", ".join(sorted(NEXT[ReferralState(current)])) or "nothing (it is closed)"
        raise ValidationError("status", f"a referral {current.replace('_', ' ')} can become "
                              f"{allowed}, not {wanted.value}")
    if wanted is ReferralState.DECLINED and not (reason and reason.strip()):
        raise ValidationError("reason", "say why the partner declined")
