"""Producing a letter for a client of the database: the client file and its stored status are
read through the services, the wizard's typed values are checked against the template, and the
PDF renderer does the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from legalaid.domain.enums import Script
from legalaid.domain.records import ClientRecord, StatusSnapshot
from legalaid.errors import TemplateError, ValidationError
from legalaid.pdf.context import (
    CONTACT_SOURCES,
    SOURCES,
    LetterContext,
    Organisation,
    coerce_field,
    field_value,
    missing_fields,
)
from legalaid.pdf.loader import find_template, load_templates
from legalaid.pdf.render import render_letter
from legalaid.pdf.templates import LANGUAGES, LetterTemplate

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.clients import ClientService
    from legalaid.services.status import StatusService


@dataclass(frozen=True)
class LetterRequest:
    """What the wizard or the command line asks for; ``fields`` holds typed text values."""

    template_id: str
    client_id: int
    language: str
    organisation: Organisation | None = None  # None: the stored organisation profile
    lawyer: str | None = None
    number: str = ""
    date: dt.date | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


def assessment_of(snapshot: StatusSnapshot | None) -> dict[str, Any] | None:
    """The stored status in the rules engine's assessment format (the parts letters quote)."""
    if snapshot is None:
        return None
    return {
        "as_of": snapshot.as_of.isoformat(),
        "status": snapshot.status.value,
        "regime": snapshot.regime,
        "last_lawful_day": snapshot.last_lawful_day.isoformat()
        if snapshot.last_lawful_day else None,
        "days_remaining": snapshot.days_remaining,
        "overstay_days": snapshot.overstay_days,
        "deadlines": [],
    }


def typed_fields(template: LetterTemplate, raw: Mapping[str, str]) -> dict[str, Any]:
    """The typed values converted to their fields' types; unknown names are refused."""
    names = {spec.name for spec in template.fields}
    values: dict[str, Any] = {}
    for name, text in raw.items():
        if name not in names:
            raise ValidationError("--field", f"{template.id} has no field {name!r} "
                                  f"(it has {', '.join(sorted(names))})")
        values[name] = coerce_field(template.field(name), text)
    return values


def template_for(request: LetterRequest) -> LetterTemplate:
    """The request's template; a bad language or an unknown template names its argument."""
    if request.language not in LANGUAGES:
        raise ValidationError("--lang", f'"{request.language}" is not one of kk, ru or en')
    try:
        return find_template(request.template_id)
    except TemplateError as error:
        raise ValidationError("TEMPLATE", str(error)) from None


class MissingFieldsError(ValidationError):
    """Every required field left empty, named at once: ``field`` is the first (in template
    order), ``fields`` all of them. The message keeps the one-field form
    ``NAME: required field has no value (give --field NAME=VALUE)`` and adds the others."""

    def __init__(self, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        give = " ".join(f"--field {name}=VALUE" for name in self.fields)
        others = f"; also missing: {', '.join(self.fields[1:])}" if len(self.fields) > 1 else ""
        super().__init__(self.fields[0], f"required field has no value{others} (give {give})")


#: Where the organisation's details are filled in (the desktop says it in its own words).
FILL_IN_SETTINGS = "fill it in Settings → Organisation"
#: The letterhead's details every letter prints, and the built-ins a body may print.
_LETTERHEAD = ("name", "address", "signatory")
_BUILT_INS = {"org_name": "name", "org_address": "address", "org_phone": "phone"}


class ProfileFieldMissing(ValidationError):
    """A detail the letter prints is empty, so the letter is refused rather than printed with
    a blank: ``what`` is ``name``, ``address``, ``signatory`` or ``phone`` of the organisation
    in ``language`` (field ``organisation.name_kk``), or ``lawyer`` (the client's lawyer)."""

    def __init__(self, what: str, language: str) -> None:
        self.what = what
        self.language = language
        if what == "lawyer":
            super().__init__("lawyer", "missing: choose the client's lawyer in the client "
                             "file's profile (or give --lawyer NAME)")
        elif what == "phone":
            super().__init__("organisation.phone", f"missing: {FILL_IN_SETTINGS}")
        else:
            super().__init__(f"organisation.{what}_{language}", f"missing: {FILL_IN_SETTINGS}")


def check_profile_fields(template: LetterTemplate, context: LetterContext,
                         language: str) -> None:
    """``ProfileFieldMissing`` for the first detail the letter prints that is empty: the
    letterhead's name, address and signatory in the letter's language, the phone when the body
    prints it, and the lawyer when the body names them."""
    organisation = context.organisation
    for what in _LETTERHEAD:
        if not getattr(organisation, what).strip():
            raise ProfileFieldMissing(what, language)
    if language not in template.body:
        return  # the renderer says the template has no text in it
    used = template.uses(language)
    for name, what in _BUILT_INS.items():
        if name in used and not getattr(organisation, what).strip():
            raise ProfileFieldMissing(what, language)
    if "lawyer" in used and not context.lawyer.strip():
        raise ProfileFieldMissing("lawyer", language)


def letter_context(
    clients: ClientService, status: StatusService, template: LetterTemplate,
    request: LetterRequest, organisation: Organisation,
) -> LetterContext:
    """What the letter is merged from; ``MissingFieldsError`` names every required field left
    empty (the wizard highlights them, the command line asks for ``--field``)."""
    return context_of(clients.get(request.client_id), status.get(request.client_id), template,
                      request, organisation)


def context_of(
    client: ClientRecord, snapshot: StatusSnapshot | None, template: LetterTemplate,
    request: LetterRequest, organisation: Organisation,
) -> LetterContext:
    """``letter_context`` for a client already read (a batch reads its clients together)."""
    context = LetterContext(
        client=client,
        organisation=organisation,
        lawyer=request.lawyer or client.lawyer or "",
        number=request.number,
        date=request.date or dt.date.today(),
        fields=typed_fields(template, request.fields),
        assessment=assessment_of(snapshot),
    )
    missing = missing_fields(template, context)
    if missing:
        raise MissingFieldsError(missing)
    check_profile_fields(template, context, request.language)
    return context


def render_for_client(services: Services, request: LetterRequest) -> bytes:
    """The PDF of one letter (not registered); ValidationError names a missing required field."""
    template = template_for(request)
    organisation = request.organisation or services.letters.organisation().letterhead(
        request.language)
    context = letter_context(services.clients, services.status, template, request, organisation)
    return render_letter(template, context, request.language)


@dataclass(frozen=True)
class FieldState:
    """One field as the wizard shows it: its value from the file (as text) and whether it is
    required and still empty. ``source`` is None for values only the wizard asks for."""

    name: str
    type: str
    required: bool
    source: str | None
    label: Mapping[str, str] | None
    choices: tuple[str, ...]
    value: str
    missing: bool
    #: Per choice, its label per language (shown instead of the stored value).
    choice_labels: Mapping[str, Mapping[str, str]] | None = None
    #: The file has a value (address, phone) left out because the client is not safe to contact.
    withheld: bool = False


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def field_states(
    clients: ClientService, status: StatusService, template: LetterTemplate, client_id: int,
    language: str,
) -> list[FieldState]:
    """The template's fields filled from the client file, in template order."""
    client = clients.get(client_id)
    context = LetterContext(
        client=client, organisation=Organisation("", ""), lawyer=client.lawyer or "",
        number="", date=dt.date.today(), assessment=assessment_of(status.get(client_id)),
    )
    script = Script(template.recipient_script)
    states = []
    for spec in template.fields:
        value = field_value(spec, context, script, language) if spec.source else None
        withheld = (spec.source in CONTACT_SOURCES and not client.safe_to_contact
                    and SOURCES[spec.source][1](context, script) not in (None, ""))
        states.append(FieldState(
            name=spec.name, type=spec.type, required=spec.required, source=spec.source,
            label=spec.label, choices=spec.choices, value=_as_text(value),
            missing=spec.required and value in (None, ""), choice_labels=spec.choice_labels,
            withheld=withheld,
        ))
    return states


def templates_for(category: str | None) -> list[tuple[LetterTemplate, bool]]:
    """Every template with whether it suits ``category``; the suitable ones first."""
    templates = load_templates()
    suits = [(t, "any" in t.suits or (category is not None and category in t.suits))
             for t in templates]
    return sorted(suits, key=lambda pair: not pair[1])
