"""``legalaid users init|list|add|role|reset-password|deactivate|activate|recover``: accounts.

``init`` creates the first administrator of a database without accounts, from ``LEGALAID_USER``
and ``LEGALAID_PASSWORD`` (or asked in a terminal, the password twice); nothing else creates one.
On a new database it creates the database with its keyring, and prints the recovery key once, on
standard error (standard output keeps its one line). ``recover NAME`` opens the database with the
recovery key (``LEGALAID_RECOVERY_KEY`` or typed) and sets a new password for NAME.
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
RECOVERY_VARIABLE = "LEGALAID_RECOVERY_KEY"
RECOVERY_NOTICE = ("Recovery key of this database (print it or write it down, and lock it away: "
                   "it opens the database when every password is forgotten, and it is shown "
                   "only this once):")
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
    recover = commands.add_parser(
        "recover", help="set a new password with the recovery key",
        description=f"Open the database with the recovery key ({RECOVERY_VARIABLE}, or typed) "
        f"and give the active user NAME a new password ({NEW_PASSWORD_VARIABLE}, or typed "
        "twice): for when every password is forgotten.")
    recover.add_argument("name", metavar="NAME")
    recover.set_defaults(handler=run_recover)
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
    return typed_twice()


def run_init(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.context import PASSWORD_VARIABLE
    from legalaid.services.signin import initialise

    environ = dict(os.environ)
    if PASSWORD_VARIABLE not in environ and sys.stdin.isatty():
        environ[PASSWORD_VARIABLE] = typed_twice()
    actor = initialise(context, environ)
    print(f"created administrator {actor.name}")
    if context.recovery_code is not None:
        show_recovery_code(context.recovery_code)
    return 0


def show_recovery_code(code: str) -> None:
    """The recovery key, once, on standard error (standard output stays the command's own)."""
    print(f"{RECOVERY_NOTICE}\n    {code}", file=sys.stderr)


def run_recover(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.keys import recover_account

    code = os.environ.get(RECOVERY_VARIABLE)
    if not code:
        if not sys.stdin.isatty():
            raise ValidationError(RECOVERY_VARIABLE, "is not set: give the recovery key")
        code = getpass.getpass("Recovery key: ")
    actor = recover_account(context, code, args.name, new_password())
    print(f"new password set for {actor.name}")
    return 0


def typed_twice() -> str:
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
