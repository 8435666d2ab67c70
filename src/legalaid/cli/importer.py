"""``legalaid import FILE [--mapping FILE] [--dry-run] [--json] [--skip-duplicates |
--merge-duplicates]``.

Clients, their documents and trips from a CSV or XLSX spreadsheet. A row carrying a document
already on file for a client is refused unless ``--skip-duplicates`` leaves such rows out or
``--merge-duplicates`` adds their spellings, documents and trips to that client's file. Every row
is checked first;
when any row is invalid the row report (row, column, value, reason) goes to stdout, one line
naming the first problem to stderr, the exit status is 2 and nothing is written. ``--mapping``
names a JSON file ``{"column name": "field"}``; without it the mapping remembered for the file's
layout is used, or one guessed from the column names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json, print_text, read_json_input
from legalaid.domain.parsing import escape_unprintable
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext
    from legalaid.services.imports import ImportReport


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import", help="import clients, documents and trips from a CSV or XLSX file",
        description="Import clients from a spreadsheet: all rows or none.")
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--mapping", metavar="FILE",
                        help='JSON {"column": "field"}; default: remembered or guessed')
    parser.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--skip-duplicates", action="store_true",
                        help="leave out rows that look like a client already on file")
    choice.add_argument("--merge-duplicates", action="store_true",
                        help="add such rows' spellings, documents and trips to that client's file")
    parser.set_defaults(handler=run)


def _mapping(source: str | None) -> dict[str, object] | None:
    if source is None:
        return None
    value = read_json_input(source)
    if not isinstance(value, dict):
        raise ValidationError("--mapping", 'expected a JSON object {"column": "field"}')
    return value


def _print_report(report: ImportReport, as_json: bool, dry_run: bool) -> None:
    if as_json:
        print_json(report.to_json())
        return
    for problem in report.problems:  # cells and column names as typed, escaped
        print_text(f"row {problem.row}, {problem.column or '-'}: \"{problem.value}\": "
                   f"{problem.reason}")
    for match in report.duplicates:
        other = (f"client {match.client_id}" if match.client_id is not None
                 else f"row {match.other_row}")
        print(f"row {match.row}: may be the same person as {other} ({', '.join(match.reasons)})")
    if report.already_imported:
        print(f"{len(report.already_imported)} row(s) already imported before (skipped): rows "
              f"{', '.join(map(str, report.already_imported[:20]))}"
              f"{', …' if len(report.already_imported) > 20 else ''}")
    verb = "would be imported" if dry_run else "imported"
    count = report.valid - len(report.already_imported) if dry_run else report.imported
    print(f"{report.rows} row(s), {len(report.problem_rows())} with problems, "
          f"{len(report.duplicates)} likely duplicate(s), {report.skipped} skipped"
          f"{f', {report.merged} merged into files on file' if report.merged else ''}; "
          f"{count} {verb}.")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\rimport: {done:,} of {total:,} rows\x1b[K")
        sys.stderr.flush()


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.imports import ImportRejected

    mapping = _mapping(args.mapping)
    imports = context.services().imports
    if args.dry_run:
        report = imports.dry_run(args.file, mapping, progress=_progress)
        _print_report(report, args.json, dry_run=True)
        if not report.ok:
            first = report.problems[0]
            print(escape_unprintable(f"legalaid: row {first.row}, {first.column}: {first.reason}"),
                  file=sys.stderr)
            return 2
        return 0
    try:
        report = imports.import_file(args.file, mapping, progress=_progress,
                                     skip_duplicates=args.skip_duplicates,
                                     merge_duplicates=args.merge_duplicates)
    except ImportRejected as rejected:
        _print_report(rejected.report, args.json, dry_run=True)
        raise
    _print_report(report, args.json, dry_run=False)
    return 0
