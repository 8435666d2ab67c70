"""Writing tables to XLSX and CSV, safe against formula injection.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run
as a formula by a spreadsheet program (``=HYPERLINK(...)`` typed as a client's name). In XLSX
every text cell is written with the string type, so it is never a formula and reads back exactly
as it was. CSV has no types: such a value is prefixed with an apostrophe, which spreadsheet
programs show as text and hide (the OWASP recommendation).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from legalaid.errors import ValidationError

OutCell = str | int | float | dt.date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"


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


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[OutCell]],
               sheet_title: str = "Sheet1") -> bytes:
    """One sheet: a bold header, text cells typed as text, dates formatted dd.mm.yyyy."""
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


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file under a temporary name, then rename: no half-written file on error."""
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("-o", f"the folder {path.parent} does not exist")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[OutCell]],
                file_format: str, sheet_title: str = "Sheet1") -> None:
    """Write ``rows`` as ``xlsx`` or ``csv`` to ``path``."""
    if file_format == "xlsx":
        data = xlsx_bytes(header, rows, sheet_title)
    elif file_format == "csv":
        data = csv_bytes(header, rows)
    else:
        raise ValidationError("--format", f'"{file_format}" is not xlsx or csv')
    write_atomically(path, data)
