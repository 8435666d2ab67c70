"""What a letter is filled from: the client file, the organisation, the rules engine's assessment
and the values typed in the wizard; and how a template's fields are looked up in them.

``SOURCES`` is the closed list of client-file paths a template may name as a field's ``source``;
``forms check`` refuses any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legalaid.domain.countries import country_name
from legalaid.domain.declension import PersonName
from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.parsing import parse_date
from legalaid.domain.records import CaseRecord, ClientRecord, DocumentRecord, NameSpelling
from legalaid.errors import ValidationError
from legalaid.pdf.templates import SEX_VALUE, FieldSpec, LetterTemplate


@dataclass(frozen=True)
class Organisation:
    """The letterhead: the NGO's name, address and phone, a logo, the outgoing-number prefix and
    who signs for the organisation. The logo is a file (``logo``) or the image bytes kept in the
    database (``logo_image``, preferred when both are given)."""

    name: str
    address: str
    logo: Path | None = None
    prefix: str = "LA"
    phone: str = ""
    signatory: str = ""
    logo_image: bytes | None = None


@dataclass(frozen=True)
class LetterContext:
    """Everything one letter is merged from, as plain data (no database rows)."""

    client: ClientRecord
    organisation: Organisation
    lawyer: str
    number: str
    date: dt.date
    fields: Mapping[str, Any] = field(default_factory=dict)
    assessment: Mapping[str, Any] | None = None
    case: CaseRecord | None = None


Resolver = Callable[[LetterContext, Script], Any]


def client_name(client: ClientRecord, script: Script) -> str:
    """The client's full name in ``script``: a recorded spelling, else transliterated; as a
    ``PersonName`` that a template may decline (``{{ name|genitive }}``)."""
    for spelling in client.names:
        if spelling.script == script:
            return PersonName(spelling, client.sex)
    if not client.names:
        return ""
    from legalaid.domain.names import transliterate

    first = client.names[0]
    parts = [transliterate(part, script) if part else part
             for part in (first.family, first.given, first.patronymic)]
    return PersonName(NameSpelling(parts[0] or "", parts[1] or "", script, parts[2]),
                      client.sex)


def _document(client: ClientRecord, kind: DocumentType) -> DocumentRecord | None:
    # The newest document of the kind is the one a letter is about.
    matching = [doc for doc in client.documents if doc.type == kind]
    matching.sort(key=lambda doc: doc.valid_from or dt.date.min)
    return matching[-1] if matching else None


def _document_resolver(kind: DocumentType, attribute: str) -> Resolver:
    def resolve(context: LetterContext, script: Script) -> Any:
        document = _document(context.client, kind)
        return getattr(document, attribute) if document else None
    return resolve


def _assessment_date(key: str) -> Resolver:
    def resolve(context: LetterContext, script: Script) -> Any:
        value = (context.assessment or {}).get(key)
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    return resolve


def _assessment_value(key: str) -> Resolver:
    return lambda context, script: (context.assessment or {}).get(key)


def _last_entry(context: LetterContext, script: Script) -> dt.date | None:
    entries = [trip.entry for trip in context.client.trips]
    return max(entries) if entries else None


def _case_number(context: LetterContext, script: Script) -> str | None:
    case = context.case or next(iter(context.client.cases), None)
    return str(case.id) if case is not None and case.id is not None else None


_CLIENT: dict[str, tuple[str, Resolver]] = {
    "client.name": ("text", lambda c, s: client_name(c.client, s)),
    "client.name_cyrillic": ("text", lambda c, s: client_name(c.client, Script.CYRILLIC)),
    "client.name_latin": ("text", lambda c, s: client_name(c.client, Script.LATIN)),
    "client.date_of_birth": ("date", lambda c, s: c.client.date_of_birth),
    "client.citizenship": ("text", lambda c, s: c.client.citizenship),
    "client.sex": ("text", lambda c, s: c.client.sex.value if c.client.sex else None),
    "client.category": ("text", lambda c, s: c.client.category and c.client.category.value),
    "client.address": ("text", lambda c, s: c.client.address),
    "client.phone": ("text", lambda c, s: c.client.phone),
    "client.iin": ("text", lambda c, s: c.client.iin),
    "client.entry_date": ("date", _last_entry),
    "case.number": ("text", _case_number),
    "case.type": ("text", lambda c, s: c.case.type if c.case else None),
    "assessment.status": ("text", _assessment_value("status")),
    "assessment.regime": ("text", _assessment_value("regime")),
    "assessment.overstay_days": ("number", _assessment_value("overstay_days")),
    "assessment.days_remaining": ("number", _assessment_value("days_remaining")),
    "assessment.days_used_in_window": ("number", _assessment_value("days_used_in_window")),
    "assessment.last_lawful_day": ("date", _assessment_date("last_lawful_day")),
    "assessment.next_lawful_entry": ("date", _assessment_date("next_lawful_entry")),
}
#: Rules whose deadline a letter may quote (``assessment.deadline.reg_01`` and so on).
DEADLINE_RULES = ("REG-01", "ASY-01", "ASY-03", "ASY-05", "REF-01", "KAN-01", "STL-01", "STL-02",
                  "ENF-02", "EAEU-03", "DOC-EXPIRY")


def _deadline(rule: str) -> Resolver:
    def resolve(context: LetterContext, script: Script) -> Any:
        dues = [item.get("due") for item in (context.assessment or {}).get("deadlines", [])
                if isinstance(item, dict) and item.get("rule") == rule]
        return min((dt.date.fromisoformat(due) for due in dues if isinstance(due, str)),
                   default=None)
    return resolve


_DOCUMENT_ATTRIBUTES = {"number": "text", "issuer": "text", "valid_from": "date",
                        "valid_until": "date"}
#: Every source path a template may use, with the type of its value.
SOURCES: dict[str, tuple[str, Resolver]] = {
    **_CLIENT,
    **{
        f"client.{kind.value}.{attribute}": (kind_type, _document_resolver(kind, attribute))
        for kind in DocumentType
        for attribute, kind_type in _DOCUMENT_ATTRIBUTES.items()
    },
    **{
        f"assessment.deadline.{rule.lower().replace('-', '_')}": ("date", _deadline(rule))
        for rule in DEADLINE_RULES
    },
}


#: Where the client can be found. A letter leaves them out for a client not marked safe to
#: contact: the letter may reach the very people the client hides from (employer, embassy).
CONTACT_SOURCES = frozenset({"client.address", "client.phone"})


_STATELESS = {"ru": "лицо без гражданства", "kk": "азаматтығы жоқ адам",
              "en": "stateless person"}
_SEX = {
    "ru": {"M": "мужской", "F": "женский", "X": "иной"},
    "kk": {"M": "ер", "F": "әйел", "X": "басқа"},
    "en": {"M": "male", "F": "female", "X": "other"},
}


def _citizenship_in(value: Any, language: str) -> Any:
    # A letter names the country in its own language; no citizenship means stateless.
    return country_name(str(value), language) if value else _STATELESS[language]


def _sex_in(value: Any, language: str) -> Any:
    return _SEX[language].get(str(value), value) if value else value


#: Sources whose stored code is printed as a word of the letter's language.
_LOCALISED: dict[str, Callable[[Any, str], Any]] = {
    "client.citizenship": _citizenship_in,
    "client.sex": _sex_in,
}


def field_value(
    spec: FieldSpec, context: LetterContext, script: Script, language: str | None = None
) -> Any:
    """A field's value: typed in the wizard if given, else from its source, else None.

    With ``language``, codes from the client file (citizenship, sex) become words of it.
    """
    if spec.name in context.fields and context.fields[spec.name] not in (None, ""):
        return context.fields[spec.name]
    if spec.source is None:
        return None
    if spec.source in CONTACT_SOURCES and not context.client.safe_to_contact:
        return None  # printed as a blank; the wizard warns and lets the lawyer type it
    value = SOURCES[spec.source][1](context, script)
    localise = _LOCALISED.get(spec.source)
    return localise(value, language) if localise and language else value


def template_values(
    template: LetterTemplate, context: LetterContext, language: str = "ru"
) -> dict[str, Any]:
    """The names a template body in ``language`` sees: its fields plus the built-ins."""
    script = Script(template.recipient_script)
    values: dict[str, Any] = {
        spec.name: field_value(spec, context, script, language) for spec in template.fields
    }
    values.update(
        number=context.number,
        date=context.date,
        lawyer=context.lawyer,
        org_name=context.organisation.name,
        org_address=context.organisation.address,
        org_phone=context.organisation.phone,
    )
    values[SEX_VALUE] = context.client.sex
    return values


def missing_fields(template: LetterTemplate, context: LetterContext) -> list[str]:
    """Names of the required fields that have no value, in template order."""
    script = Script(template.recipient_script)
    return [
        spec.name
        for spec in template.fields
        if spec.required and field_value(spec, context, script) in (None, "")
    ]


def coerce_field(spec: FieldSpec, raw: str) -> Any:
    """A wizard or command-line value (text) converted to the field's type."""
    name = spec.name
    if spec.type == "date":
        return parse_date(raw, name)
    if spec.type == "number":
        try:
            return int(raw)
        except ValueError:
            raise ValidationError(name, f'"{raw}" is not a whole number') from None
    if spec.type == "bool":
        lowered = raw.strip().lower()
        if lowered not in ("true", "false", "yes", "no", "1", "0"):
            raise ValidationError(name, f'"{raw}" is not yes or no')
        return lowered in ("true", "yes", "1")
    if spec.type == "choice" and raw not in spec.choices:
        raise ValidationError(name, f'"{raw}" is not one of {", ".join(spec.choices)}')
    return raw
