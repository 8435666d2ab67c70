"""``legalaid partners add|list|show|update|me|export|import``: the partner directory.

JSON in and out, in the shape of docs/partners-json.md. ``me --json`` prints this organisation's
identity (id, name, public keys, fingerprint) exactly as ``partners add -`` takes it on the other
side. ``export -o FILE.xlsx`` and ``import FILE.xlsx`` carry the directory as a spreadsheet. A bad
field is exit status 2 with one line naming it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("partners", help="the partner directory (JSON in and out)")
    commands = parser.add_subparsers(title="partners commands", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="add a partner from JSON (a file or - for stdin)")
    add.add_argument("file", metavar="FILE|-")
    add.set_defaults(handler=run_add)
    listing = commands.add_parser("list", help="every partner (JSON)")
    listing.add_argument("--json", action="store_true", help="JSON (the default)")
    listing.set_defaults(handler=run_list)
    show = commands.add_parser("show", help="one partner (JSON)")
    show.add_argument("id", metavar="PARTNER_ID")
    show.add_argument("--json", action="store_true", help="JSON (the default)")
    show.set_defaults(handler=run_show)
    update = commands.add_parser("update", help="change the fields JSON gives")
    update.add_argument("id", metavar="PARTNER_ID")
    update.add_argument("file", metavar="FILE|-")
    update.set_defaults(handler=run_update)
    me = commands.add_parser("me", help="this organisation's identity, for partners to add")
    me.add_argument("--json", action="store_true", help="JSON (the default)")
    me.set_defaults(handler=run_me)
    export = commands.add_parser("export", help="the directory as a spreadsheet")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    export.set_defaults(handler=run_export)
    imported = commands.add_parser("import", help="add the partners of a spreadsheet")
    imported.add_argument("file", type=Path, metavar="FILE.xlsx")
    imported.set_defaults(handler=run_import)


def _print(partner: Any) -> None:
    from legalaid.cli.output import print_json
    from legalaid.domain.partners import partner_json

    print_json(partner_json(partner))


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import read_json_input

    _print(context.services().partners.add(read_json_input(args.file)))
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json
    from legalaid.domain.partners import partner_json

    print_json([partner_json(partner) for partner in context.services().partners.listing()])
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    _print(context.services().partners.get(args.id))
    return 0


def run_update(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import read_json_input
    from legalaid.domain.parsing import require_object

    changes = require_object(read_json_input(args.file), "input")
    _print(context.services().partners.update(args.id, changes))
    return 0


def run_me(args: argparse.Namespace, context: CommandContext) -> int:
    _print(context.services().partners.me())
    return 0


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    context.services().partners.export_sheet(args.output)
    print(args.output)
    return 0


def run_import(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json

    added = context.services().partners.import_sheet(args.file)
    print_json([partner.uid for partner in added])
    return 0
