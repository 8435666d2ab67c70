"""``legalaid office setup --db ADMIN-URL``: install LegalAid on an office PostgreSQL server.

Run once by the administrator with the URL of a superuser (or of a role that may create roles),
it creates the owner role that migrates and the data role the desktops connect as, migrates the
schema as the owner under the migration lock, gives the data role its rights (no schema changes,
audit rows only added and read, held by privileges and a trigger) and creates the first
administrator account as ``users init`` does (``LEGALAID_USER`` and ``LEGALAID_PASSWORD``, or
asked). The roles' passwords come from ``LEGALAID_OWNER_PASSWORD`` and
``LEGALAID_DATA_PASSWORD`` or are asked twice in a terminal; they are never printed or logged.
Run again, it updates the passwords and rights and migrates what is behind.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

OWNER_PASSWORD_VARIABLE = "LEGALAID_OWNER_PASSWORD"
DATA_PASSWORD_VARIABLE = "LEGALAID_DATA_PASSWORD"
MINIMUM_LENGTH = 12
DEFAULT_OWNER_ROLE = "legalaid_owner"
DEFAULT_DATA_ROLE = "legalaid_data"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("office", help="install LegalAid on an office server")
    commands = parser.add_subparsers(title="office commands", metavar="ACTION")
    setup = commands.add_parser(
        "setup", help="create the roles, migrate, and create the first administrator",
        description="With --db the URL of the server's superuser: create the owner and data "
        f"roles (passwords from {OWNER_PASSWORD_VARIABLE} and {DATA_PASSWORD_VARIABLE}, or "
        "asked), migrate the schema, protect the audit log and create the first administrator.")
    setup.add_argument("--db", dest="server_db", metavar="URL",
                       help="the server database, as its superuser (postgresql+psycopg://...)")
    setup.add_argument("--owner-role", default=DEFAULT_OWNER_ROLE,
                       help=f"the role that owns and migrates the schema ({DEFAULT_OWNER_ROLE})")
    setup.add_argument("--data-role", default=DEFAULT_DATA_ROLE,
                       help=f"the role the desktops connect as ({DEFAULT_DATA_ROLE})")
    setup.add_argument("--no-administrator", action="store_true",
                       help="do not create the first administrator account")
    setup.add_argument("--json", action="store_true", help="print a JSON summary")
    setup.set_defaults(handler=run_setup)
    parser.set_defaults(handler=lambda args, context: parser.print_help() or 2)


def role_password(variable: str, role: str) -> str:
    """A role's password: the environment, or typed twice in a terminal (never echoed)."""
    password = os.environ.get(variable)
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError(variable, f"is not set: give the password of role {role}")
        password = getpass.getpass(f"Password for role {role}: ")
        if getpass.getpass("Repeat it: ") != password:
            raise ValidationError(variable, "the two passwords differ")
    if len(password) < MINIMUM_LENGTH:
        raise ValidationError(variable, f"must be at least {MINIMUM_LENGTH} characters")
    return password


def run_setup(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.users import typed_twice
    from legalaid.context import PASSWORD_VARIABLE
    from legalaid.db.office import OfficeRoles, checked_role_name
    from legalaid.services.office import setup_office

    if args.server_db:
        context.database = args.server_db
    owner = checked_role_name("--owner-role", args.owner_role)
    data = checked_role_name("--data-role", args.data_role)
    if owner == data:
        raise ValidationError("--data-role", "must differ from --owner-role")
    roles = OfficeRoles(owner, data, role_password(OWNER_PASSWORD_VARIABLE, owner),
                        role_password(DATA_PASSWORD_VARIABLE, data))
    environ = dict(os.environ)
    if not args.no_administrator and PASSWORD_VARIABLE not in environ and sys.stdin.isatty():
        environ[PASSWORD_VARIABLE] = typed_twice()
    summary = setup_office(context, roles, environ, not args.no_administrator)
    if args.json:
        print_json(summary.to_json())
        return 0
    print(f"database {summary.database} at schema {summary.schema}: owner role "
          f"{summary.owner_role}, desktops connect as {summary.data_role} ({summary.data_url})")
    if summary.administrator is not None:
        print(f"created administrator {summary.administrator}")
    return 0
