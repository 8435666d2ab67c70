"""``legalaid audit verify`` and ``legalaid audit list``: the audit trail from the command line.

``verify`` walks the hash chain: exit 0 with "N entries OK", or exit 2 naming the first entry
that was altered, removed or inserted.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="verify or list the audit trail")
    commands = parser.add_subparsers(title="audit commands", metavar="ACTION")
    verify = commands.add_parser("verify", help="check that no audit entry was tampered with")
    verify.set_defaults(handler=run_verify)
    listing = commands.add_parser("list", help="audit entries, newest first")
    listing.add_argument("--user", metavar="NAME")
    listing.add_argument("--action", metavar="ACTION", help="view, change, login, denied, …")
    listing.add_argument("--client", metavar="ID")
    listing.add_argument("--from", dest="first", metavar="DATE")
    listing.add_argument("--to", dest="last", metavar="DATE")
    listing.add_argument("--limit", type=int, default=100, metavar="N")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)
    parser.set_defaults(handler=lambda args, context: parser.print_help() or 2)


def run_verify(args: argparse.Namespace, context: CommandContext) -> int:
    result = context.services().audit.verify()
    if result.first_broken is not None:
        raise ValidationError(
            "audit", f"entry {result.first_broken} was altered, removed or inserted "
            f"(the chain breaks there; {result.entries} entries read)")
    print(f"{result.entries} entries OK")
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_id, parse_typed_date
    from legalaid.services.audit import AuditFilter

    wanted = AuditFilter(
        user=args.user, action=args.action,
        client_id=parse_id(args.client, "--client") if args.client else None,
        first=parse_typed_date(args.first, "--from") if args.first else None,
        last=parse_typed_date(args.last, "--to") if args.last else None)
    rows = context.services().audit.entries(wanted, limit=args.limit)
    if args.json:
        print_json([{"id": r.id, "at": r.at.isoformat(), "user": r.user, "action": r.action,
                     "table": r.table_name, "record_id": r.record_id, "client_id": r.client_id,
                     "detail": r.detail} for r in rows])
        return 0
    for r in rows:
        record = f"{r.table_name}#{r.record_id}" if r.record_id is not None else r.table_name or ""
        print(f"{r.id:>7}  {r.at:%d.%m.%Y %H:%M:%S}  {r.user or '—':<12} {r.action:<15} "
              f"{record:<20} {r.detail}")
    return 0
