"""``legalaid screenshots --out DIR [--demo]``: PNGs of the main screens in every language.

The rendering lives in ``gui/screenshots.py`` (the only package that may use Qt), which
``app.py`` runs for this command offscreen; this module only declares its options.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


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
    parser.set_defaults(desktop_command="screenshots")
