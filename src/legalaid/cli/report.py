"""``legalaid report --from D --to D [--funding CODE] --format pdf|xlsx|csv -o FILE [--lang L]``.

The activity and donor report of a period (both dates included), with small cells suppressed.
Dates are ``YYYY-MM-DD`` or ``dd.mm.yyyy``. ``-o`` is checked before the report is made, and
the file is written whole or not at all, beside its target (``exchange.output_file``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

FORMATS = ("pdf", "xlsx", "csv")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="activity and donor report for a period")
    parser.add_argument("--from", dest="start", required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", required=True, metavar="DATE")
    parser.add_argument("--funding", metavar="CODE", help="only cases of this funding code")
    parser.add_argument("--format", dest="file_format", required=True, metavar="pdf|xlsx|csv")
    parser.add_argument("-o", dest="output", required=True, metavar="FILE", type=Path)
    parser.add_argument("--lang", default="en", metavar="kk|ru|en")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_typed_date
    from legalaid.domain.report import LANGUAGES, report_table
    from legalaid.exchange.writer import write_atomically, write_table
    from legalaid.output_file import check_output

    if args.file_format not in FORMATS:
        raise ValidationError("--format", f'"{args.file_format}" is not pdf, xlsx or csv')
    if args.lang not in LANGUAGES:
        raise ValidationError("--lang", f'"{args.lang}" is not kk, ru or en')
    start, end = parse_typed_date(args.start, "--from"), parse_typed_date(args.end, "--to")
    check_output(args.output, "-o")
    report = context.services().reports.activity(start, end, args.funding)
    if args.file_format == "pdf":
        from legalaid.pdf.report import render_report

        write_atomically(args.output, render_report(report, args.lang))
    else:
        header, rows = report_table(report, args.lang)
        write_table(args.output, header, rows, args.file_format, "Report")
    print(f"Report {start.isoformat()} – {end.isoformat()} written to {args.output}.")
    return 0
