"""``legalaid referral create|list|show|update|export|import``: referrals to partners.

``create --client ID --partner PARTNER_ID --service KIND [--urgent] [--reason TEXT]`` prints the
referral with its ``id`` (the client's consent to referral is needed, or a supervisor's
``--override-reason``); ``list [--overdue]`` prints referrals with ``id`` and ``status``;
``update ID --status STATUS [--reason TEXT] [--on DATE]`` takes the next step;
``export ID -o FILE`` writes the packet (the referral, or the answer when it came in here);
``import FILE`` applies a partner's packet, all or nothing; ``form ID --lang L -o FILE.pdf`` prints
the referral form (registered as a letter); ``figures --from D --to D`` the acceptance rate and
median days to answer per partner kind. JSON out with ``--json`` (create,
list, show, import print JSON in any case). A refusal is exit status 2 with one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext
    from legalaid.services.referrals import ReferralRow


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("referral", help="referrals to partners, and their packets")
    commands = parser.add_subparsers(title="referral commands", metavar="ACTION", required=True)
    create = commands.add_parser("create", help="refer a client to a partner's service")
    create.add_argument("--client", required=True, metavar="ID")
    create.add_argument("--partner", required=True, metavar="PARTNER_ID")
    create.add_argument("--service", required=True, metavar="KIND")
    create.add_argument("--urgent", action="store_true", help="feedback due in 1 day, not 7")
    create.add_argument("--reason", metavar="TEXT")
    create.add_argument("--override-reason", metavar="TEXT",
                        help="a supervisor refers without the client's consent, for this reason "
                             "(recorded in the audit trail)")
    create.add_argument("--json", action="store_true", help="JSON (the default)")
    create.set_defaults(handler=run_create)
    listing = commands.add_parser("list", help="referrals (JSON)")
    listing.add_argument("--overdue", action="store_true",
                         help="only those whose partner has not answered in time")
    listing.add_argument("--client", metavar="ID", help="only this client's")
    listing.add_argument("--json", action="store_true", help="JSON (the default)")
    listing.set_defaults(handler=run_list)
    show = commands.add_parser("show", help="one referral with its steps (JSON)")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true", help="JSON (the default)")
    show.set_defaults(handler=run_show)
    update = commands.add_parser("update", help="the next step of a referral")
    update.add_argument("id", metavar="ID")
    update.add_argument("--status", required=True,
                        metavar="acknowledged|accepted|declined|provided|not_attended|closed")
    update.add_argument("--reason", metavar="TEXT", help="why (required when declined)")
    update.add_argument("--on", metavar="YYYY-MM-DD", help="default: today")
    update.add_argument("--json", action="store_true", help="print the referral (JSON)")
    update.set_defaults(handler=run_update)
    export = commands.add_parser("export", help="write the referral's packet for the partner")
    export.add_argument("id", metavar="ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    export.add_argument("--fields", metavar="NAME,NAME",
                        help="the parts of the file to send (default: names, sex, "
                             "date_of_birth, citizenship, category, languages, documents)")
    export.set_defaults(handler=run_export)
    form = commands.add_parser("form", help="print the referral form (registered as a letter)")
    form.add_argument("id", metavar="ID")
    form.add_argument("--lang", required=True, metavar="kk|ru|en")
    form.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    form.set_defaults(handler=run_form)
    figures = commands.add_parser("figures", help="acceptance rate and median days to answer "
                                                  "per partner kind (JSON)")
    figures.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    figures.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    figures.add_argument("--json", action="store_true", help="JSON (the default)")
    figures.set_defaults(handler=run_figures)
    imported = commands.add_parser("import", help="apply a partner's packet")
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--json", action="store_true", help="JSON (the default)")
    imported.set_defaults(handler=run_import)


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def referral_json(row: ReferralRow) -> dict[str, Any]:
    return {
        "id": row.id, "client_id": row.client_id, "partner": row.partner,
        "partner_kind": row.partner_kind, "service": row.service_kind, "reason": row.reason,
        "urgent": row.urgent, "direction": row.direction, "remote_id": row.remote_id,
        "sent": _date(row.date), "status": row.status, "status_on": _date(row.status_on),
        "feedback_due": _date(row.feedback_due), "answered_on": _date(row.answered_on),
    }


def _id(text: str, field: str) -> int:
    from legalaid.domain.parsing import parse_id

    return parse_id(text, field)


def run_create(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json

    referrals = context.services().referrals
    referral_id = referrals.create(
        _id(args.client, "--client"), args.partner, args.service, reason=args.reason,
        urgent=args.urgent, override_reason=args.override_reason)
    print_json(referral_json(referrals.get(referral_id)))
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json

    referrals = context.services().referrals
    rows = referrals.of_client(_id(args.client, "--client")) if args.client \
        else referrals.listing(overdue=args.overdue)
    if args.client and args.overdue:
        rows = [row for row in rows if row.id in {r.id for r in referrals.listing(overdue=True)}]
    print_json([referral_json(row) for row in rows])
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json

    referrals = context.services().referrals
    referral_id = _id(args.id, "ID")
    data = referral_json(referrals.get(referral_id))
    data["steps"] = [{"status": step.status, "on": step.on.isoformat(), "reason": step.reason,
                      "by": step.by} for step in referrals.steps(referral_id)]
    print_json(data)
    return 0


def run_update(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json
    from legalaid.domain.parsing import parse_typed_date

    on = parse_typed_date(args.on, "--on") if args.on else None
    row = context.services().referrals.update_status(_id(args.id, "ID"), args.status,
                                                     reason=args.reason, on=on)
    if args.json:
        print_json(referral_json(row))
    return 0


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.output_file import output_file
    from legalaid.services.referrals import DEFAULT_PACKET_FIELDS

    fields = tuple(part.strip() for part in args.fields.split(",") if part.strip()) \
        if args.fields else DEFAULT_PACKET_FIELDS
    referral_id = _id(args.id, "ID")
    with output_file(args.output, "-o") as output:
        output.write(context.services().referrals.export_packet(referral_id, fields))
    print(args.output)
    return 0


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from dataclasses import asdict

    from legalaid.cli.output import print_json, read_input_bytes

    result = context.services().referrals.import_packet(read_input_bytes(args.file))
    print_json(asdict(result))
    return 0


def run_form(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.output_file import output_file

    services = context.services()
    request = services.referrals.form_request(_id(args.id, "ID"), args.lang)
    with output_file(args.output, "-o") as output:
        services.letters.save(request, sink=output.write)
    print(args.output)
    return 0


def run_figures(args: argparse.Namespace, context: CommandContext) -> int:
    from dataclasses import asdict

    from legalaid.cli.output import print_json
    from legalaid.domain.parsing import parse_typed_date

    start, end = parse_typed_date(args.start, "--from"), parse_typed_date(args.end, "--to")
    if end < start:
        from legalaid.errors import ValidationError

        raise ValidationError("--to", "is before --from")
    print_json([asdict(row) for row in context.services().referrals.figures(start, end)])
    return 0
