"""``legalaid consent record|withdraw|list --client ID [--purpose P] [--on DATE]``: a client's
consent per purpose (legal_aid, referral, reporting), which letters and referrals require.

``list`` prints JSON; a bad purpose, date or client is exit status 2 naming the argument.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

PURPOSES = ("legal_aid", "referral", "reporting")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("consent", help="record, withdraw or list a client's consent")
    commands = parser.add_subparsers(title="consent commands", metavar="ACTION", required=True)
    for name, text in (("record", "the client consents (today or --on DATE)"),
                       ("withdraw", "the client withdraws a consent")):
        command = commands.add_parser(name, help=text)
        command.add_argument("--client", required=True, metavar="ID")
        command.add_argument("--purpose", required=True, metavar="|".join(PURPOSES))
        command.add_argument("--on", metavar="YYYY-MM-DD", help="default: today")
        command.set_defaults(handler=run_consent, action=name)
    listing = commands.add_parser("list", help="the client's consents, newest first (JSON)")
    listing.add_argument("--client", required=True, metavar="ID")
    listing.set_defaults(handler=list_consent)


def client_id_of(text: str) -> int:
    from legalaid.domain.parsing import parse_id

    return parse_id(text, "--client")


def run_consent(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_typed_date

    client_id = client_id_of(args.client)
    on = parse_typed_date(args.on, "--on") if args.on else None
    consent = context.services().consent
    if args.action == "record":
        consent.record_consent(client_id, args.purpose, on)
    else:
        consent.withdraw_consent(client_id, args.purpose, on)
    return 0


def list_consent(args: argparse.Namespace, context: CommandContext) -> int:
    import datetime as dt
    from dataclasses import asdict

    from legalaid.cli.output import print_json

    rows = context.services().consent.consents(client_id_of(args.client))
    print_json([{key: value.isoformat() if isinstance(value, dt.date) else value
                 for key, value in asdict(row).items()} for row in rows])
    return 0
