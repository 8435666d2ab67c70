"""``legalaid forms list``, ``forms show ID`` and ``forms check``: the letter templates of
``forms/``.

None opens the database. ``show`` lists a template's fields: name, type, whether required, the
choices, the label in each language, and ``source`` for a field filled from the client file (the
others are given with ``legalaid letter --field NAME=VALUE``). ``check`` reports every problem as
``file:line: message`` on standard error and exits with status 2 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.services.command_context import CommandContext

if TYPE_CHECKING:
    from legalaid.pdf.templates import FieldSpec


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("forms", help="list or check letter and form templates")
    commands = parser.add_subparsers(title="forms commands", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="the templates: id, title, languages")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_forms)
    show = commands.add_parser("show", help="a template's fields: which come from the client "
                               "file, which to give with --field")
    show.add_argument("template", metavar="ID", help="template id (see: forms list)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=show_form)
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


def show_form(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json
    from legalaid.errors import TemplateError, ValidationError
    from legalaid.pdf.loader import find_template

    try:
        template = find_template(args.template)
    except TemplateError as error:
        raise ValidationError("ID", f"{error} (see: legalaid forms list)") from None
    fields = [field_description(spec) for spec in template.fields]
    if args.json:
        print_json({"id": template.id, "category": template.category,
                    "title": dict(template.title), "languages": list(template.languages),
                    "consent": template.consent, "fields": fields})
        return 0
    print(f"{template.id}: {template.title['en']}")
    for field in fields:
        required = "required" if field["required"] else "optional"
        where = (f"from the client file ({field['source']})" if field["from_client_file"]
                 else f"--field {field['name']}=VALUE")
        choices = f" one of {', '.join(field['choices'])}" if field["choices"] else ""
        label = f" ({field['label']['en']})" if field["label"].get("en") else ""
        print(f"  {field['name']:<22} {field['type']:<6}{choices} {required}{label}: {where}")
    return 0


def field_description(spec: FieldSpec) -> dict[str, Any]:
    """One field as ``forms show --json`` prints it."""
    return {
        "name": spec.name,
        "type": spec.type,
        "required": spec.required,
        "choices": list(spec.choices),
        "choice_labels": {choice: dict((spec.choice_labels or {}).get(choice, {}))
                          for choice in spec.choices},
        "label": dict(spec.label or {}),
        "source": spec.source,
        "from_client_file": spec.source is not None,
    }


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
