"""``legalaid audit verify`` and ``legalaid audit list``: the audit trail from the command line.

``verify`` checks the signatures, the hash chain and the head (against a backup's manifest with
``--against``, or a noted code with ``--code``): exit 0 with "N entries OK", or exit 2 naming
the entry and what happened to it. ``head`` prints the code to note on paper.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="verify or list the audit trail")
    commands = parser.add_subparsers(title="audit commands", metavar="ACTION")
    verify = commands.add_parser("verify", help="check that no audit entry was tampered with")
    source = verify.add_mutually_exclusive_group()
    source.add_argument("--against", metavar="BACKUP", help="a backup whose trail must still be "
                        "the start of today's")
    source.add_argument("--code", metavar="CODE", help="a head code noted earlier "
                        "(legalaid audit head)")
    verify.add_argument("--json", action="store_true", help="print JSON")
    verify.set_defaults(handler=run_verify)
    head = commands.add_parser("head", help="the trail's head as a short code to note")
    head.set_defaults(handler=run_head)
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
    against = Path(args.against).expanduser() if getattr(args, "against", None) else None
    result = context.services().audit.verify(against=against,
                                             code=getattr(args, "code", None))
    if getattr(args, "json", False):
        print_json({"ok": result.ok, "entries": result.entries, "signed": result.signed,
                    "findings": [finding.as_json() for finding in result.findings]})
        return 0 if result.ok else 2
    if not result.ok:
        first = result.findings[0]
        more = len(result.findings) - 1
        raise ValidationError(
            "audit", f"{first.message} [{first.kind}] ({result.entries} entries read"
            + (f"; {more} more finding{'s' if more > 1 else ''})" if more else ")"))
    print(f"{result.entries} entries OK")
    return 0


def run_head(args: argparse.Namespace, context: CommandContext) -> int:
    print(context.services().audit.head_code())
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
