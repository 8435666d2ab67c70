"""``legalaid users init|list|add|role|reset-password|deactivate|activate``: user accounts.

``init`` creates the first administrator of a database without accounts, from ``LEGALAID_USER``
and ``LEGALAID_PASSWORD`` (or asked in a terminal, the password twice); nothing else creates one.
New passwords come from ``LEGALAID_NEW_PASSWORD`` or are asked twice in an interactive terminal.
Only supervisors and administrators may manage users (the guard enforces it).
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
    from legalaid.services.roles import Role

NEW_PASSWORD_VARIABLE = "LEGALAID_NEW_PASSWORD"
ROLES = ("intake", "lawyer", "supervisor", "administrator")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("users", help="list and manage user accounts")
    commands = parser.add_subparsers(title="users commands", metavar="ACTION")
    init = commands.add_parser(
        "init", help="create the first administrator (LEGALAID_USER, LEGALAID_PASSWORD)",
        description="Create the administrator of a database that has no accounts yet. The "
        "name and password come from LEGALAID_USER and LEGALAID_PASSWORD, or are asked.")
    init.set_defaults(handler=run_init)
    listing = commands.add_parser("list", help="every user with role and state")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)
    add = commands.add_parser("add", help="add a user (password from LEGALAID_NEW_PASSWORD)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(handler=run_add)
    role = commands.add_parser("role", help="change a user's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=run_role)
    reset = commands.add_parser("reset-password", help="set a new password")
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(handler=run_reset)
    for verb, active in (("deactivate", False), ("activate", True)):
        sub = commands.add_parser(verb, help=f"{verb} a user")
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(handler=run_active, active=active)
    parser.set_defaults(handler=lambda args, context: parser.print_help() or 2)


def _role(text: str) -> Role:
    from legalaid.services.roles import Role

    return Role(text)


def new_password() -> str:
    password = os.environ.get(NEW_PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(NEW_PASSWORD_VARIABLE, "is not set: give the new user's password")
    return _typed_twice()


def run_init(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.context import PASSWORD_VARIABLE
    from legalaid.services.signin import initialise

    environ = dict(os.environ)
    if PASSWORD_VARIABLE not in environ and sys.stdin.isatty():
        environ[PASSWORD_VARIABLE] = _typed_twice()
    actor = initialise(context, environ)
    print(f"created administrator {actor.name}")
    return 0


def _typed_twice() -> str:
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise ValidationError("password", "the two passwords differ")
    return first


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    users = context.services().accounts.users()
    if args.json:
        print_json([{"name": u.name, "role": u.role.value, "active": u.active} for u in users])
        return 0
    for user in users:
        print(f"{user.name:<20} {user.role.value:<14} {'active' if user.active else 'inactive'}")
    return 0


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    accounts = context.services().accounts
    accounts.add_user(args.name, _role(args.role), new_password())
    print(f"added {args.name.strip()} ({args.role})")
    return 0


def run_role(args: argparse.Namespace, context: CommandContext) -> int:
    context.services().accounts.set_role(args.name, _role(args.role))
    return 0


def run_reset(args: argparse.Namespace, context: CommandContext) -> int:
    accounts = context.services().accounts
    accounts.reset_password(args.name, new_password())
    return 0


def run_active(args: argparse.Namespace, context: CommandContext) -> int:
    context.services().accounts.set_active(args.name, args.active)
    return 0
