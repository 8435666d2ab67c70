"""Writing tables to XLSX and CSV, safe against formula injection.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run
as a formula by a spreadsheet program (``=HYPERLINK(...)`` typed as a client's name). In XLSX
every text cell is written with the string type, so it is never a formula and reads back exactly
as it was. CSV has no types: such a value is prefixed with an apostrophe, which spreadsheet
programs show as text and hide (the OWASP recommendation).

Files are written through ``output_file``: checked first, then written beside the target and
renamed. openpyxl spools each worksheet's XML to a file it makes with ``tempfile`` and no folder
(``openpyxl.worksheet._writer.create_temporary_file``), which is the system temporary directory:
plaintext client rows there, left behind by a crash. While a sheet is written, ``tempfile.tempdir``
(the documented default folder of every ``tempfile`` function) names a private folder beside the
output instead, removed afterwards.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from legalaid.errors import ValidationError
from legalaid.output_file import cannot_write, output_file, write_output

OutCell = str | int | float | dt.date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
# tempfile.tempdir is one per process: two sheets written at once (the GUI's worker threads)
# take turns, so neither sends its spool file to the other's folder.
_SPOOL_LOCK = threading.Lock()


def escape_csv_cell(value: OutCell) -> str:
    """The CSV text of a value; formula-like text gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[OutCell]]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads Cyrillic), comma-separated."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([escape_csv_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([escape_csv_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


@contextlib.contextmanager
def spool_in(folder: Path) -> Iterator[None]:
    """While the block runs, files ``tempfile`` makes without a folder go to a private folder
    inside ``folder`` (removed afterwards) instead of the system temporary directory."""
    with _SPOOL_LOCK:
        spool = tempfile.mkdtemp(prefix=".legalaid-", dir=folder)
        saved = tempfile.tempdir
        tempfile.tempdir = spool
        try:
            yield
        finally:
            tempfile.tempdir = saved
            shutil.rmtree(spool, ignore_errors=True)


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[OutCell]],
               sheet_title: str = "Sheet1", *, spool: Path) -> bytes:
    """One sheet: a bold header, text cells typed as text, dates formatted dd.mm.yyyy.
    openpyxl's spool file goes inside ``spool`` (the output's folder), never the system's."""
    with spool_in(spool):
        return _xlsx(header, rows, sheet_title)


def _xlsx(header: Sequence[str], rows: Iterable[Sequence[OutCell]], sheet_title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    bold = Font(bold=True)

    def cell(value: OutCell, header_cell: bool = False) -> WriteOnlyCell:
        made = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            made.data_type = "s"  # never a formula, whatever the text starts with
        elif isinstance(value, dt.date):
            made.number_format = DATE_FORMAT
        if header_cell:
            made.font = bold
        return made

    sheet.append([cell(name, header_cell=True) for name in header])
    for row in rows:
        sheet.append([cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes, option: str = "-o") -> None:
    """Write the whole file under a temporary name beside it, then rename (``output_file``)."""
    write_output(path, data, option)


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[OutCell]],
                file_format: str, sheet_title: str = "Sheet1", option: str = "-o") -> None:
    """Write ``rows`` as ``xlsx`` or ``csv`` to ``path``."""
    if file_format not in ("xlsx", "csv"):
        raise ValidationError("--format", f'"{file_format}" is not xlsx or csv')
    with output_file(path, option) as output:
        if file_format == "csv":
            output.write(csv_bytes(header, rows))
            return
        try:
            sheet = xlsx_bytes(header, rows, sheet_title, spool=output.folder)
        except OSError as error:  # the spool file beside the output: a full disk, say
            raise cannot_write(output.target, option, error) from None
        output.write(sheet)
