"""Signing in before the services are handed out.

The command line takes the user from ``LEGALAID_USER`` and ``LEGALAID_PASSWORD``, or asks in the
terminal; the desktop app signs in with its dialog as a step of its start (``gui/startup.py``). A
sign-in never creates an account: the first administrator comes only from the first-start dialog
or ``legalaid users init`` (``create_administrator``), so no other command can turn whoever runs
it into one.
Sign-ins and failed sign-ins go to the audit trail.

On a database with a keyring the sign-in is the unlock (``opening.unlock_case_database``): the
password opens the account's key, so a failed attempt cannot be written into the database it did
not open (the keyring counts it, and makes the next try wait). ``open_for_command`` opens a
command's services either way: from ``LEGALAID_USER`` and ``LEGALAID_PASSWORD`` alone for a
keyring database, with the shared passphrase as well for one not yet converted. ``users init`` on
a new encrypted database creates it with its keyring: the first administrator's key and the
recovery key (``services.keys``).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from legalaid.context import PASSWORD_VARIABLE, USER_VARIABLE
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.access import guard
from legalaid.services.accounts import Actor, keys_of
from legalaid.services.accounts import signed_in as account_signed_in

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.command_context import CommandContext

UNKNOWN_NAME = "(no such user)"
NO_ADMINISTRATOR = ("this database has no accounts yet: create the administrator with "
                    "legalaid users init (or by starting the app)")


def open_for_command(context: CommandContext) -> Services:
    """A command's services, guarded for the user of ``LEGALAID_USER`` (unlocking the keyring
    with ``LEGALAID_PASSWORD`` when the database has one)."""
    from legalaid.services import open_services
    from legalaid.services.opening import keyring_file, refused_as_error, unlock_case_database

    if keyring_file(context) is None:
        from legalaid.services.keys import makes_keyring_database

        if makes_keyring_database(context):  # a new database is made by ``users init`` only
            raise AccessDenied(NO_ADMINISTRATOR)
        return open_services(context)
    name, password = credentials_from_environment()
    opened = refused_as_error(unlock_case_database(context, name, password))
    assert opened.actor is not None  # an unlock signs in
    # A run already signed in (``users init`` made its administrator) keeps its user, as the
    # shared-passphrase way does; the keys are those the password unlocked.
    context.actor = context.actor or opened.actor
    context.secrets, context.keys = opened.secrets, keys_of(opened.services.accounts)
    return guard(opened.services, context.actor)


def signed_in(raw: Services, name: str) -> Actor:
    """The account whose key the password just unlocked, checked (active) and audited."""
    actor = account_signed_in(raw.accounts, name)
    raw.audit.record(actor.name, "login", "user_account")
    return actor


def sign_in(context: CommandContext, raw: Services) -> Services:
    """The services guarded for the context's user (signing in first if nobody is yet)."""
    try:
        if context.actor is None:
            context.actor = from_environment(raw)
    except BaseException:
        raw.close()
        raise
    return guard(raw, context.actor)


def credentials_from_environment(environ: Mapping[str, str] | None = None,
                                 interactive: bool | None = None) -> tuple[str, str]:
    """User name and password from the environment, or asked in an interactive terminal."""
    environ = os.environ if environ is None else environ
    tty = sys.stdin.isatty() if interactive is None else interactive
    name = environ.get(USER_VARIABLE, "").strip()
    if not name:
        if not tty:
            raise ValidationError(USER_VARIABLE, "is not set: give the user name (and "
                                  f"{PASSWORD_VARIABLE}) to run this command")
        name = input("LegalAid user: ").strip()
    password = environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not tty:
            raise ValidationError(PASSWORD_VARIABLE, f"is not set for user {name}")
        password = getpass.getpass("Password: ")
    return name, password


def from_environment(raw: Services, environ: Mapping[str, str] | None = None,
                     interactive: bool | None = None) -> Actor:
    """Sign in from the environment, or by asking in an interactive terminal."""
    return check_credentials(raw, *credentials_from_environment(environ, interactive))


def check_credentials(raw: Services, name: str, password: str) -> Actor:
    """Authenticate an existing account, audited; a database without accounts is refused."""
    if not raw.accounts.has_accounts():
        raise AccessDenied(NO_ADMINISTRATOR)
    try:
        actor = raw.accounts.authenticate(name, password)
    except AccessDenied:
        raw.audit.record(_account_named(raw, name), "login_failed", "user_account")
        raise
    raw.audit.record(actor.name, "login", "user_account")
    return actor


def _account_named(raw: Services, typed: str) -> str:
    """The account a failed sign-in was for, or a placeholder: a name that is no account's may
    be a password typed in the wrong field, and the audit trail must not keep it."""
    wanted = typed.strip().casefold()
    return next((user.name for user in raw.accounts.users() if user.name.casefold() == wanted),
                UNKNOWN_NAME)


def create_administrator(raw: Services, name: str, password: str) -> Actor:
    """The first administrator of a database without accounts (refused once one exists),
    signed in; both are audited."""
    actor = raw.accounts.create_first_administrator(name, password)
    raw.audit.record(actor.name, "create_user", "user_account", None, None,
                     "first administrator")
    raw.audit.record(actor.name, "login", "user_account")
    return actor


def initialise(context: CommandContext, environ: Mapping[str, str] | None = None,
               interactive: bool | None = None) -> Actor:
    """``legalaid users init``: create the first administrator from the environment (or the
    terminal) and keep them signed in for the rest of the command. A new encrypted database is
    created with its keyring (its recovery code left in ``context.recovery_code``)."""
    from legalaid.services import open_unguarded
    from legalaid.services.keys import create_keyring_database, makes_keyring_database
    from legalaid.services.opening import keyring_file

    if keyring_file(context) is not None:
        raise AccessDenied("an administrator already exists; sign in instead")
    if makes_keyring_database(context):
        name, password = credentials_from_environment(environ, interactive)
        opened = create_keyring_database(context, name, password)
        assert opened.actor is not None
        context.actor, context.secrets = opened.actor, opened.secrets
        context.keys = keys_of(opened.services.accounts)
        context.recovery_code = opened.recovery_code
        # the rest of the run works as the new administrator, without a second key derivation
        context.adopt(guard(opened.services, opened.actor))
        return opened.actor
    raw = open_unguarded(context)
    try:
        name, password = credentials_from_environment(environ, interactive)
        context.actor = create_administrator(raw, name, password)
    finally:
        raw.close()
    return context.actor
