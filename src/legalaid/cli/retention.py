"""``legalaid retention [--dry-run] [--years N] [--json]``: anonymise files past retention.

The dry run lists the client ids that would be anonymised (never names). Without it, those files
are anonymised: statistics survive, names leave the search index. Either way only ids are printed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

MAX_YEARS = 100  # as the service (services.retention.MAX_YEARS), without importing it here


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "retention", help="anonymise client files kept past the retention period",
        description="Anonymise the files of clients whose last case closed more than the "
        "retention period ago (Settings: retention_years). Statistics fields survive.")
    parser.add_argument("--dry-run", action="store_true",
                        help="only list the client ids that would be anonymised")
    parser.add_argument("--years", metavar="N",
                        help=f"retention period in years, 1 to {MAX_YEARS} (default: the setting)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _years(text: str | None) -> int | None:
    # Parsed here rather than by argparse so that a bad value gives one line naming the option.
    if text is None:
        return None
    if not (text.isascii() and text.isdigit() and len(text) <= 3 and 1 <= int(text) <= MAX_YEARS):
        raise ValidationError("--years", f'"{text}" is not a number of years from 1 to '
                              f"{MAX_YEARS}")
    return int(text)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    years = _years(args.years)
    retention = context.services().retention
    ids = retention.due(years) if args.dry_run else retention.anonymise_due(years)
    if args.json:
        print_json({"dry_run": bool(args.dry_run), "client_ids": ids})
        return 0
    verb = "would be anonymised" if args.dry_run else "anonymised"
    print(f"{len(ids)} client file(s) {verb}" + (": " + " ".join(map(str, ids)) if ids else ""))
    return 0
