"""The ``legalaid`` subcommands.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)`` which adds its parser and sets
``handler=fn(args, context) -> int``. Modules import heavy dependencies inside their handlers so
that ``legalaid --version`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib

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


def register_commands(parser: argparse.ArgumentParser) -> None:
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a real import error inside the module
                raise
            continue  # command not built yet
        module.register(subparsers)
