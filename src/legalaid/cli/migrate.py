"""``legalaid migrate``: bring the database to this version's schema and print the revision.

The app migrates an SQLite file at every start; this command lets an administrator do it (and see
the revision) before handing a shared database to users. Older SQLite files are copied aside
first. A server database is migrated only by this command (or ``legalaid office setup``), with
``--db`` the URL of the owner role: the desktops never migrate one.
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
    parser.add_argument("--db", dest="server_db", metavar="PATH|URL",
                        help="the database (for a server, the owner role's URL)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.office import is_server_url, migrate_server

    if args.server_db:
        context.database = args.server_db
    target = context.database_target
    if is_server_url(target):
        print(migrate_server(target))
        return 0
    print(context.services().schema_revision())
    return 0
