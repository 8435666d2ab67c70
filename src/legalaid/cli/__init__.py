"""The ``legalaid`` subcommands.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)`` which adds its parser and sets
``handler=fn(args, context) -> int``. Modules import heavy dependencies inside their handlers so
that ``legalaid --version`` stays instant, and a run imports only the module of the command it
was given (``COMMANDS``): the others would cost a second at every start.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

COMMAND_MODULES = (
    "legalaid.cli.clients",
    "legalaid.cli.demo",
    "legalaid.cli.search",
    "legalaid.cli.migrate",
    "legalaid.cli.backup",
    "legalaid.cli.rules",
    "legalaid.cli.status",
    "legalaid.cli.plan",
    "legalaid.cli.forms",
    "legalaid.cli.letter",
    "legalaid.cli.consent",
    "legalaid.cli.screenshots",
    "legalaid.cli.selfcheck",
    "legalaid.cli.importer",
    "legalaid.cli.report",
    "legalaid.cli.export",
    "legalaid.cli.users",
    "legalaid.cli.audit",
    "legalaid.cli.retention",
    "legalaid.cli.office",
    "legalaid.cli.attachments",
    "legalaid.cli.partners",
    "legalaid.cli.referral",
)


# The command names each module registers (a test checks this against the modules themselves).
COMMANDS = {
    "clients": "legalaid.cli.clients", "demo": "legalaid.cli.demo",
    "search": "legalaid.cli.search", "migrate": "legalaid.cli.migrate",
    **dict.fromkeys(("backup", "restore", "passphrase", "encrypt", "convert", "rekey"),
                    "legalaid.cli.backup"),
    "rules": "legalaid.cli.rules", "status": "legalaid.cli.status",
    "deadlines": "legalaid.cli.status", "plan": "legalaid.cli.plan",
    "forms": "legalaid.cli.forms", "letter": "legalaid.cli.letter",
    "consent": "legalaid.cli.consent", "screenshots": "legalaid.cli.screenshots",
    "selfcheck": "legalaid.cli.selfcheck", "import": "legalaid.cli.importer",
    "report": "legalaid.cli.report", "export": "legalaid.cli.export",
    "users": "legalaid.cli.users", "audit": "legalaid.cli.audit",
    "retention": "legalaid.cli.retention", "office": "legalaid.cli.office",
    "attach": "legalaid.cli.attachments", "attachments": "legalaid.cli.attachments",
    "partners": "legalaid.cli.partners", "referral": "legalaid.cli.referral",
}
OPTIONS_WITH_VALUES = ("--db", "--base-dir", "--rules")


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` gives (its first word that is not a global option or its value),
    or None (no command, ``--help``, or a word that is no command)."""
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUES:
            next(words, None)
        elif word in ("-h", "--help"):
            return None
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def register_commands(parser: argparse.ArgumentParser,
                      argv: Sequence[str] | None = None) -> None:
    """Every command's parser; only the given command's when ``argv`` names one."""
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    command = command_named(argv) if argv is not None else None
    for name in (COMMANDS[command],) if command is not None else COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a real import error inside the module
                raise
            continue  # command not built yet
        module.register(subparsers)
