"""``legalaid forms list`` and ``legalaid forms check``: the letter templates of ``forms/``.

Neither opens the database. ``check`` reports every problem as ``file:line: message`` on standard
error and exits with status 2 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from legalaid.services.command_context import CommandContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("forms", help="list or check letter and form templates")
    commands = parser.add_subparsers(title="forms commands", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="the templates: id, title, languages")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_forms)
    check = commands.add_parser("check", help="validate templates (all of forms/ by default)")
    check.add_argument("files", nargs="*", type=Path, metavar="FILE")
    check.set_defaults(handler=check_forms)


def list_forms(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json
    from legalaid.pdf.loader import load_templates

    templates = load_templates()
    if args.json:
        print_json([
            {"id": template.id, "category": template.category, "title": dict(template.title),
             "languages": list(template.languages)}
            for template in templates
        ])
    else:
        for template in templates:
            languages = ",".join(template.languages)
            print(f"{template.id:<24} {languages:<9} {template.title['en']}")
    return 0


def check_forms(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.pdf.loader import check_file, template_files

    files = args.files or template_files()
    problems = [problem for path in files for problem in check_file(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 2
    print(f"{len(files)} template(s) OK")
    return 0
