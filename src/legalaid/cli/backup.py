"""``legalaid backup``, ``restore FILE``, ``passphrase`` and ``encrypt``: keeping the database safe.

``backup`` takes a verified, encrypted backup now (``--list`` shows the kept ones); ``restore``
checks a file is a LegalAid backup, prints what would change and, once confirmed, puts its content
back (the replaced database kept as a safety copy; an older backup is migrated forward);
``passphrase`` changes the passphrase of the database and its backups (the new one from
``LEGALAID_NEW_PASSPHRASE`` or typed twice); ``encrypt`` converts a plaintext database and its
plaintext backups, keeping no plaintext copy. ``convert`` gives a database not yet converted its
own random key and a keyring (each account unlocks it with its own password; a verified backup is
taken first); ``rekey`` gives a keyring database a new random key, re-encrypting it and its
backups and granting the key again to every active account. Output is JSON.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.db.backup import SAFETY_FOLDER
from legalaid.errors import ValidationError
from legalaid.passphrase import BACKUP_PASSPHRASE_ENV, backup_passphrase

if TYPE_CHECKING:
    from legalaid.services.backups import BackupInfo, Restored, RestorePlan
    from legalaid.services.command_context import CommandContext

NEW_PASSPHRASE_ENV = "LEGALAID_NEW_PASSPHRASE"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "backup", help="take a verified, encrypted backup of the database now",
        description="Take a backup into the backup folder (Settings), verify it and keep the "
        "newest N. With --list, show the backups instead.")
    parser.add_argument("--list", action="store_true", help="list the kept backups")
    parser.set_defaults(handler=run_backup)
    parser = subparsers.add_parser(
        "restore", help="replace the database's content with a backup",
        description="Restore FILE, a LegalAid backup. It is checked through first; anything "
        "else is refused with the reason: not a LegalAid backup, damaged, or taken with another "
        f"passphrase (give that one in {BACKUP_PASSPHRASE_ENV}). The counts now and in the "
        "backup and its date are printed as JSON; replacing needs --yes (or typing yes in a "
        "terminal), and a backup with under half the clients also --accept-fewer-clients N, N "
        "being its number of clients. Only an administrator or supervisor may restore; over a "
        "damaged database, an administrator or supervisor of the backup (LEGALAID_USER, "
        "LEGALAID_PASSWORD), checked against the backup. The replaced database, damaged or "
        f"not, is kept in the {SAFETY_FOLDER}/ folder of the backup folder, which is never "
        "pruned; an older backup is brought to the current schema.")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--yes", action="store_true",
                        help="replace the database without asking")
    parser.add_argument("--accept-fewer-clients", metavar="N", type=int,
                        help="confirm a backup holding N clients, under half of those now")
    parser.set_defaults(handler=run_restore)
    for name, summary, description, handler in _KEY_COMMANDS:
        subparsers.add_parser(name, help=summary, description=description).set_defaults(
            handler=handler)


def _as_json(info: BackupInfo) -> dict[str, Any]:
    return {"path": str(info.path), "taken": info.taken.isoformat(timespec="seconds"),
            "reason": info.reason, "size_bytes": info.size_bytes}


def run_backup(args: argparse.Namespace, context: CommandContext) -> int:
    backups = context.services().backups
    if backups.on_server:
        from legalaid.services.backups import SERVER_BACKUPS

        print(SERVER_BACKUPS)
        return 0
    if args.list:
        print_json([_as_json(info) for info in backups.list()])
    else:
        print_json(_as_json(backups.create("manual")))
    return 0


def run_restore(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.backups import DatabaseDamaged

    backup = args.file.expanduser().resolve()
    if not backup.is_file():
        raise ValidationError("FILE", f"{backup} does not exist")
    try:
        services = context.services()
    except DatabaseDamaged:
        return _restore_damaged(args, context, backup)
    plan = services.backups.verify(backup, backup_passphrase())
    accepted = _confirm(args, plan)
    restored = services.backups.restore(backup, passphrase=backup_passphrase(),
                                        accept_fewer_clients=accepted)
    print_json(_restored_json(restored))
    return 0


def _restore_damaged(args: argparse.Namespace, context: CommandContext, backup: Path) -> int:
    """The database does not open: an administrator or supervisor of the backup, checked
    against the backup, may put it in place."""
    from legalaid.services.backups import check_backup_account, plan_for_damaged, replace_damaged
    from legalaid.services.opening import command_key
    from legalaid.services.signin import credentials_from_environment

    passphrase = command_key(context)  # a keyring database: the password unlocks its key
    plan = plan_for_damaged(backup, passphrase, backup_passphrase())
    actor = check_backup_account(plan, *credentials_from_environment())
    _confirm(args, plan)
    print_json(_restored_json(replace_damaged(context, plan, actor, passphrase)))
    return 0


def _confirm(args: argparse.Namespace, plan: RestorePlan) -> int | None:
    """Go on only when confirmed (--yes, or typed in a terminal); a backup with far fewer
    clients needs their number too. Returns the number confirmed."""
    from legalaid.services.backups import fewer_clients_problem

    accepted: int | None = args.accept_fewer_clients
    tty = sys.stdin is not None and sys.stdin.isatty()
    if not args.yes:
        print_json({**plan.as_json(), "restored": False})
        if not tty:
            raise ValidationError("restore", "nothing was changed; add --yes to replace the "
                                  "database with this backup")
        if _ask("Replace the database with this backup? Type yes: ").lower() != "yes":
            raise ValidationError("restore", "not confirmed; nothing was changed")
    problem = fewer_clients_problem(plan, accepted)
    if problem is None:
        return accepted
    if not tty:
        raise ValidationError("--accept-fewer-clients", f"{problem} (add --accept-fewer-clients "
                              f"{plan.clients_in_backup})")
    typed = _ask(f"The backup holds {plan.clients_in_backup} clients, the database "
                 f"{plan.clients_now}. Type {plan.clients_in_backup} to go on: ")
    if typed != str(plan.clients_in_backup):
        raise ValidationError("restore", "not confirmed; nothing was changed")
    return plan.clients_in_backup


def _ask(prompt: str) -> str:
    """One line typed in the terminal; the question goes to stderr, so stdout stays JSON."""
    print(prompt, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip()


def _restored_json(restored: Restored) -> dict[str, Any]:
    return {**restored.plan.as_json(), "restored": str(restored.plan.path),
            "revision": restored.revision, "safety_copy": str(restored.safety_copy)}


def _new_passphrase() -> str:
    from_env = os.environ.get(NEW_PASSPHRASE_ENV)
    if from_env:
        return from_env
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError(NEW_PASSPHRASE_ENV,
                              "not set, and there is no terminal to type the new passphrase")
    from legalaid.passphrase import LOST_WARNING

    print(LOST_WARNING, file=sys.stderr)
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type it again: ") != first:
        raise ValidationError("passphrase", "the two entries differ")
    return first


def run_passphrase(args: argparse.Namespace, context: CommandContext) -> int:
    services = context.services()
    if context.keys is not None:
        raise ValidationError("database", "has a keyring: each account's password opens it; "
                              "legalaid rekey gives it a new key")
    database = services.backups.database
    if database is None or not services.backups.encrypted:
        raise ValidationError("database", "is not encrypted; run legalaid encrypt first")
    old = context.database_passphrase(database, new=False)
    rekeyed = services.backups.change_passphrase(old, _new_passphrase())
    print_json({"changed": True, "backups_rekeyed": rekeyed})
    return 0


def run_encrypt(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.backups import encrypt_database_files

    converted = encrypt_database_files(context)
    print_json({"encrypted": [str(path) for path in converted]})
    return 0


def run_convert(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.users import show_recovery_code
    from legalaid.services.keys import convert_database
    from legalaid.services.signin import credentials_from_environment

    converted = convert_database(context, *credentials_from_environment())
    show_recovery_code(converted.recovery_code)
    print_json({"converted": True, "backup": str(converted.backup),
                "backups_rekeyed": converted.backups_rekeyed,
                "needs_new_password": converted.needs_password})
    return 0


def run_rekey(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.keys import rekey_database

    services = context.services()
    assert context.actor is not None  # the services are signed in
    rekeyed = rekey_database(services, context.actor, context.keys)
    print_json({"rekeyed": True, "backups_rekeyed": rekeyed})
    return 0


# The commands that change how the database is keyed take no arguments: their secrets come from
# the environment or the terminal, never from the command line (which other users can read).
_KEY_COMMANDS = (
    ("passphrase", "change the database passphrase (it cannot be recovered if lost)",
     f"Change the passphrase of the database and of its backups. The new one comes from "
     f"{NEW_PASSPHRASE_ENV} or is typed twice.", run_passphrase),
    ("encrypt", "encrypt a plaintext database and its backups",
     "Convert a plaintext database (and plaintext backups) to encrypted files with the "
     "passphrase from LEGALAID_PASSPHRASE or typed twice; no plaintext copy is kept.",
     run_encrypt),
    ("convert", "give each account its own key to the database (no shared passphrase)",
     "Convert a database opened with a shared passphrase (LEGALAID_PASSPHRASE), or a plaintext "
     "one, in place: a verified backup first, then a random database key kept in a keyring "
     "beside the file, wrapped for the administrator LEGALAID_USER (password LEGALAID_PASSWORD) "
     "and for a recovery key, printed once on standard error. Every other active account then "
     "needs a new password (users reset-password NAME), which wraps the key for them. "
     "Afterwards LEGALAID_PASSPHRASE is no longer read.", run_convert),
    ("rekey", "give the database a new random key (old wrapped keys become useless)",
     "Re-encrypt the database and its backups with a new random key and wrap it again for "
     "every active account and for the recovery key, so that copies of the old keyring open "
     "nothing. Administrators only.", run_rekey),
)
