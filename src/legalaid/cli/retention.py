"""``legalaid retention [--dry-run] [--years N] [--json]``: anonymise files past retention.

The dry run lists the client ids that would be anonymised (never names). Without it, those files
are anonymised: statistics survive, names leave the search index. Either way only ids are printed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json

if TYPE_CHECKING:
    from legalaid.app import AppContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "retention", help="anonymise client files kept past the retention period",
        description="Anonymise the files of clients whose last case closed more than the "
        "retention period ago (Settings: retention_years). Statistics fields survive.")
    parser.add_argument("--dry-run", action="store_true",
                        help="only list the client ids that would be anonymised")
    parser.add_argument("--years", type=int, metavar="N",
                        help="retention period in years (default: the setting)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    retention = context.services().retention
    ids = retention.due(args.years) if args.dry_run else retention.anonymise_due(args.years)
    if args.json:
        print_json({"dry_run": bool(args.dry_run), "client_ids": ids})
        return 0
    verb = "would be anonymised" if args.dry_run else "anonymised"
    print(f"{len(ids)} client file(s) {verb}" + (": " + " ".join(map(str, ids)) if ids else ""))
    return 0
