"""``legalaid screenshots --out DIR [--demo]``: PNGs of the main screens in every language.

The rendering lives in ``gui/screenshots.py`` (the only package that may use Qt); this command only
parses its options and reports the files written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.context import AppContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "screenshots", help="render the main screens to PNG files",
        description="Render the client list, the intake wizard and the client file tabs in "
        "Kazakh, Russian and English to PNG files (offscreen). Uses the current database when "
        "it has clients, otherwise a temporary demo database.",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR",
                        help="directory for the PNG files")
    parser.add_argument("--demo", action="store_true",
                        help="always use a temporary demo database")
    parser.set_defaults(handler=run, offscreen=True)


def _check_role(context: AppContext) -> None:
    """Every screen includes Reports and Settings: a role that cannot see them gets one line,
    not a window half built."""
    from legalaid.errors import AccessDenied
    from legalaid.services.roles import Action

    access = getattr(context.services(), "access", None)
    if access is not None and not access.may(Action.REPORTS):
        raise AccessDenied(f"screenshots: the {access.actor.role.value} role does not see every "
                           "screen "
                           "(only a supervisor or an administrator does)")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from legalaid.gui.screenshots import render_all

    _check_role(context)
    for path in render_all(context, args.out, demo=args.demo):
        print(path)
    return 0
