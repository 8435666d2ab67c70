"""``legalaid letter TEMPLATE --client ID --lang kk|ru|en [--field NAME=VALUE ...] -o FILE.pdf``.

The letter is saved to the register under the next outgoing number (the stored organisation
profile is the letterhead) unless ``--no-register`` asks for a draft or ``--number`` gives a
number assigned by hand. The client must have given the consent the template names
(``legal_aid`` for letters on their behalf, ``referral`` for referral forms), unless a supervisor
overrides with ``--override-reason`` (audited). A missing required field, an unknown field or a
bad value is exit status 2 with one line naming the field, and so is a detail the letter would
print empty: the organisation's name, address or signatory in the letter's language (unless
``--organisation``, ``--address`` or ``--signatory`` give it), or the lawyer the text names
(``organisation.name_kk: missing: fill it in Settings → Organisation``).

``-o`` is checked before anything else (its folder exists and is writable; it is absent or a
regular file) and written under a temporary name beside it; the letter takes its number and is
registered only in the transaction that has written the file, so an output that cannot be written
uses no number. ``--logo`` is checked for type and size before it is decoded. Every letter
written, registered or not, is recorded in the audit trail.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.errors import ValidationError
from legalaid.pdf.logo import MAX_PIXELS

if TYPE_CHECKING:
    from legalaid.pdf.context import Organisation
    from legalaid.services import Services
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("letter", help="produce a letter or referral form as PDF")
    parser.add_argument("template", metavar="TEMPLATE", help="template id (see: forms list)")
    parser.add_argument("--client", required=True, metavar="ID")
    parser.add_argument("--lang", required=True, metavar="kk|ru|en")
    parser.add_argument("--field", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--number", default="",
                        help="a number assigned by hand, e.g. LA-2026/0042 (not registered)")
    parser.add_argument("--no-register", action="store_true",
                        help="a draft: do not save it to the letters register")
    parser.add_argument("--lawyer", help="signing lawyer (default: the client's lawyer)")
    parser.add_argument("--organisation", help="letterhead: organisation name")
    parser.add_argument("--address", help="letterhead: organisation address")
    parser.add_argument("--signatory", help="who signs for the organisation")
    parser.add_argument("--logo", type=Path,
                        help="letterhead: logo image (PNG or JPEG, at most "
                             f"{MAX_PIXELS // 1_000_000} megapixels)")
    parser.add_argument("--override-reason", metavar="TEXT",
                        help="a supervisor sends it without the client's consent, for this "
                             "reason (recorded in the audit trail)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    parser.set_defaults(handler=run_letter)


def require_consent(services: Services, client_id: int, purpose: str,
                    override_reason: str | None) -> None:
    """The consent the template needs, or a supervisor's override; else exit 2 naming it."""
    from legalaid.pdf.templates import NO_CONSENT

    if purpose == NO_CONSENT or services.consent.has_consent(client_id, purpose):
        return
    if override_reason and override_reason.strip():
        # Only a supervisor's reason counts: for anyone else this refuses (and is audited).
        services.consent.require_consent_or_override(client_id, purpose, override_reason)
        return
    raise ValidationError("consent", f"client {client_id} has not consented to "
                          f"{purpose.replace('_', ' ')}: record it (legalaid consent record), "
                          "or a supervisor gives --override-reason TEXT")


def _fields(pairs: list[str]) -> dict[str, str]:
    result: dict[str, str] = {}
    for pair in pairs:
        name, separator, value = pair.partition("=")
        if not separator or not name.strip():
            raise ValidationError("--field", f'"{pair}" is not NAME=VALUE')
        result[name.strip()] = value
    return result


def _letterhead(args: argparse.Namespace, stored: Organisation) -> Organisation:
    """The stored profile with whatever the command line overrides."""
    from dataclasses import replace

    changes: dict[str, Any] = {}
    if args.organisation is not None:
        changes["name"] = args.organisation
    if args.address is not None:
        changes["address"] = args.address
    if args.signatory is not None:
        changes["signatory"] = args.signatory
    if args.logo is not None:
        from legalaid.pdf.logo import read_logo

        changes.update(logo=None, logo_image=read_logo(args.logo))
    return replace(stored, **changes)


def run_letter(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_id
    from legalaid.output_file import output_file

    args.client = parse_id(args.client, "--client")
    with output_file(args.output, "-o") as output:
        _produce(args, context.services(), output.write)
    print(args.output)
    return 0


def _produce(args: argparse.Namespace, services: Services,
             sink: Callable[[bytes], None]) -> None:
    """Render the letter into ``sink``: registered, or a draft when asked (both audited)."""
    from legalaid.services.letters.compose import LetterRequest, template_for

    request = LetterRequest(
        template_id=args.template, client_id=args.client, language=args.lang,
        organisation=_letterhead(args, services.letters.organisation().letterhead(args.lang)),
        lawyer=args.lawyer, number=args.number, fields=_fields(args.field),
    )
    require_consent(services, request.client_id, template_for(request).consent,
                    args.override_reason)
    if args.no_register or args.number:
        services.letters.preview(request, sink=sink)
    else:
        services.letters.save(request, sink=sink)
