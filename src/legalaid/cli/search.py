"""``legalaid search QUERY``: ranked name search from any script or spelling."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json, print_text
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "search", help="find clients by name, in any script or spelling",
        description="Find clients by name. Cyrillic and Latin spellings, Kazakh letters typed "
        "or not, prefixes and one typo per word all match.",
    )
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="at most N results (default 20)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    if not 1 <= args.limit <= 1000:
        raise ValidationError("--limit", f"{args.limit} is not between 1 and 1000")
    hits = context.services().search.search(args.query, limit=args.limit)
    if args.json:
        print_json([
            {
                "id": hit.client_id,
                "names": list(hit.names),
                "date_of_birth": hit.date_of_birth.isoformat() if hit.date_of_birth else None,
                "citizenship": hit.citizenship,
                "score": hit.score,
            }
            for hit in hits
        ])
        return 0
    if not hits:
        print("No client matches.")
    for hit in hits:
        born = hit.date_of_birth.strftime("%d.%m.%Y") if hit.date_of_birth else "—"
        print_text(f"{hit.client_id:>7}  {hit.score:.2f}  {' / '.join(hit.names)}  {born}  "
                   f"{hit.citizenship or 'stateless'}")
    return 0
