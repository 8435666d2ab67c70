"""Where the database passphrase comes from, and what makes a new one acceptable.

For a command, in order: ``LEGALAID_PASSPHRASE`` (scripting), a prompt on the terminal (the
desktop app asks with its unlock dialog unless the variable is set; ``app.py`` chooses).
A command run without a terminal and without the variable stops with one line naming the
variable. A lost passphrase cannot be recovered: the prompts say so when a new one is chosen.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from legalaid.errors import ValidationError

PASSPHRASE_ENV = "LEGALAID_PASSPHRASE"
# The passphrase of a backup taken before the database's passphrase was changed (restore only).
BACKUP_PASSPHRASE_ENV = "LEGALAID_BACKUP_PASSPHRASE"
PASSPHRASE_FIELD = "passphrase"
MIN_PASSPHRASE_LENGTH = 8
LOST_WARNING = ("Keep this passphrase safe: if it is lost, nobody can open the database or its "
                "backups. It cannot be recovered or reset.")


def check_new_passphrase(passphrase: str) -> None:
    """A passphrase good enough to protect client files (length only: no rules to game)."""
    if "\x00" in passphrase:
        raise ValidationError(PASSPHRASE_FIELD, "must not contain a NUL character")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            PASSPHRASE_FIELD, f"must be at least {MIN_PASSPHRASE_LENGTH} characters long")


def _prompt(path: Path, new: bool) -> str:
    if not new:
        return getpass.getpass(f"Passphrase for {path}: ")
    print(f"A new encrypted database will be created at {path}.", file=sys.stderr)
    print(LOST_WARNING, file=sys.stderr)
    first = getpass.getpass("Choose a passphrase: ")
    check_new_passphrase(first)
    if getpass.getpass("Type it again: ") != first:
        raise ValidationError(PASSPHRASE_FIELD, "the two entries differ")
    return first


def backup_passphrase() -> str | None:
    """The passphrase ``LEGALAID_BACKUP_PASSPHRASE`` gives for a backup, if any."""
    return os.environ.get(BACKUP_PASSPHRASE_ENV) or None


def scripted_passphrase() -> str | None:
    """The passphrase a script gives in ``LEGALAID_PASSPHRASE``, if any."""
    return os.environ.get(PASSPHRASE_ENV) or None


def obtain_passphrase(path: Path, new: bool) -> str:
    """The passphrase for ``path`` (``new``: a database about to be created)."""
    from_env = scripted_passphrase()
    if from_env:
        passphrase = from_env
    elif sys.stdin is not None and sys.stdin.isatty():
        passphrase = _prompt(path, new)
    else:
        raise ValidationError(
            PASSPHRASE_ENV, "not set, and there is no terminal to ask for the database passphrase")
    if new:
        check_new_passphrase(passphrase)
    return passphrase
