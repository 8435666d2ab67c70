"""``legalaid backup``, ``restore FILE``, ``passphrase`` and ``encrypt``: keeping the database safe.

``backup`` takes a verified, encrypted backup now (``--list`` shows the kept ones); ``restore``
puts a backup's content back (after backing up the current content; an older backup is migrated
forward; a database that fails its integrity check is replaced by the file as it is);
``passphrase`` changes the passphrase of the database and its backups (the new one from
``LEGALAID_NEW_PASSPHRASE`` or typed twice); ``encrypt`` converts a plaintext database and its
plaintext backups, keeping no plaintext copy. Output is JSON.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.app import AppContext
    from legalaid.services.backups import BackupInfo

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
        description="Restore FILE (a LegalAid backup). The current content is backed up first; "
        "an older backup is brought to the current schema.")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.set_defaults(handler=run_restore)
    parser = subparsers.add_parser(
        "passphrase", help="change the database passphrase (it cannot be recovered if lost)",
        description=f"Change the passphrase of the database and of its backups. The new one "
        f"comes from {NEW_PASSPHRASE_ENV} or is typed twice.")
    parser.set_defaults(handler=run_passphrase)
    parser = subparsers.add_parser(
        "encrypt", help="encrypt a plaintext database and its backups",
        description="Convert a plaintext database (and plaintext backups) to encrypted files "
        "with the passphrase from LEGALAID_PASSPHRASE or typed twice; no plaintext copy is kept.")
    parser.set_defaults(handler=run_encrypt)


def _as_json(info: BackupInfo) -> dict[str, Any]:
    return {"path": str(info.path), "taken": info.taken.isoformat(timespec="seconds"),
            "reason": info.reason, "size_bytes": info.size_bytes}


def run_backup(args: argparse.Namespace, context: AppContext) -> int:
    backups = context.services().backups
    if args.list:
        print_json([_as_json(info) for info in backups.list()])
    else:
        print_json(_as_json(backups.create("manual")))
    return 0


def run_restore(args: argparse.Namespace, context: AppContext) -> int:
    from legalaid.services.backups import DatabaseDamaged, replace_damaged

    backup = args.file.expanduser().resolve()
    if not backup.is_file():
        raise ValidationError("FILE", f"{backup} does not exist")
    try:
        services = context.services()
    except DatabaseDamaged:
        replace_damaged(context, backup)
        print_json({"restored": str(backup), "revision": context.services().schema_revision()})
        return 0
    revision = services.backups.restore(backup)
    print_json({"restored": str(backup), "revision": revision})
    return 0


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


def run_passphrase(args: argparse.Namespace, context: AppContext) -> int:
    services = context.services()
    if not services.backups.encrypted:
        raise ValidationError("database", "is not encrypted; run legalaid encrypt first")
    old = context.database_passphrase(services.backups.database, new=False)
    rekeyed = services.backups.change_passphrase(old, _new_passphrase())
    print_json({"changed": True, "backups_rekeyed": rekeyed})
    return 0


def run_encrypt(args: argparse.Namespace, context: AppContext) -> int:
    from legalaid.services.backups import encrypt_database_files

    converted = encrypt_database_files(context)
    print_json({"encrypted": [str(path) for path in converted]})
    return 0
