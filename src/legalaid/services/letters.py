"""Producing a letter for a client of the database: the client file and its stored status are
read through the services, the wizard's typed values are checked against the template, and the
PDF renderer does the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from legalaid.domain.records import StatusSnapshot
from legalaid.errors import TemplateError, ValidationError
from legalaid.pdf.context import LetterContext, Organisation, coerce_field, missing_fields
from legalaid.pdf.loader import find_template
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


def letter_context(
    clients: ClientService, status: StatusService, template: LetterTemplate,
    request: LetterRequest, organisation: Organisation,
) -> LetterContext:
    """What the letter is merged from; ValidationError names the first required field left
    empty (the wizard highlights it, the command line asks for ``--field``)."""
    client = clients.get(request.client_id)
    context = LetterContext(
        client=client,
        organisation=organisation,
        lawyer=request.lawyer or client.lawyer or "",
        number=request.number,
        date=request.date or dt.date.today(),
        fields=typed_fields(template, request.fields),
        assessment=assessment_of(status.get(request.client_id)),
    )
    missing = missing_fields(template, context)
    if missing:
        raise ValidationError(missing[0], "required field has no value "
                              f"(give --field {missing[0]}=VALUE)")
    return context


def render_for_client(services: Services, request: LetterRequest) -> bytes:
    """The PDF of one letter (not registered); ValidationError names a missing required field."""
    template = template_for(request)
    organisation = request.organisation or Organisation("", "")
    context = letter_context(services.clients, services.status, template, request, organisation)
    return render_letter(template, context, request.language)
