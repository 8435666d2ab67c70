"""``legalaid export clients|deadlines --format xlsx|csv -o FILE [filters] [--lang L]``.

``clients`` writes the client list with the same filters as the list on screen (name text,
status, category, citizenship, lawyer); ``deadlines`` every deadline due between ``--from`` and
``--to`` (default: today and the next 30 days). Formula-like values are written as text. ``-o``
is checked first and written beside its target, never through the system temporary directory.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

DEFAULT_DAYS = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("export", help="export the client list or deadlines")
    parser.add_argument("what", metavar="clients|deadlines")
    parser.add_argument("--format", dest="file_format", required=True, metavar="xlsx|csv")
    parser.add_argument("-o", dest="output", required=True, metavar="FILE", type=Path)
    parser.add_argument("--lang", default="en", metavar="kk|ru|en")
    parser.add_argument("--text", default="", help="clients: name search, as in the list")
    parser.add_argument("--status", action="append", default=[], help="clients: status")
    parser.add_argument("--category", action="append", default=[], help="clients: category")
    parser.add_argument("--citizenship", help='clients: ISO code ("" for stateless)')
    parser.add_argument("--lawyer", help="clients: assigned lawyer")
    parser.add_argument("--from", dest="start", metavar="DATE", help="deadlines: first day")
    parser.add_argument("--to", dest="end", metavar="DATE", help="deadlines: last day")
    parser.set_defaults(handler=run)


def _query(args: argparse.Namespace) -> Any:
    from legalaid.domain.enums import Category, Status
    from legalaid.domain.parsing import parse_enum
    from legalaid.domain.read_models import ClientQuery

    return ClientQuery(
        text=args.text,
        statuses=frozenset(parse_enum(Status, s.upper(), "--status") for s in args.status),
        categories=frozenset(parse_enum(Category, c, "--category") for c in args.category),
        citizenship=None if args.citizenship is None else args.citizenship.upper(),
        lawyer=args.lawyer,
    )


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_typed_date
    from legalaid.output_file import check_output

    check_output(args.output, "-o")
    exports = context.services().exports
    if args.what == "clients":
        count = exports.export_clients(_query(args), args.output, args.file_format, args.lang)
    elif args.what == "deadlines":
        today = dt.date.today()
        first = parse_typed_date(args.start, "--from") if args.start else today
        last = (parse_typed_date(args.end, "--to") if args.end
                else first + dt.timedelta(days=DEFAULT_DAYS))
        count = exports.export_deadlines(first, last, args.output, args.file_format, args.lang)
    else:
        raise ValidationError("what", f'"{args.what}" is not clients or deadlines')
    print(f"{count} row(s) written to {args.output}.")
    return 0
