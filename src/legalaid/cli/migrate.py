"""``legalaid migrate``: bring the database to this version's schema and print the revision.

The app also migrates at every start; this command lets an administrator do it (and see the
revision) before handing a shared database to users. Older SQLite files are copied aside first.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "migrate", help="upgrade the database to the current schema and print its revision"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    print(context.services().schema_revision())
    return 0
