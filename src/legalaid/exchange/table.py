"""Reading a spreadsheet (CSV or XLSX) into a header and numbered rows of cell values.

Row numbers are those the user sees in the spreadsheet program (the header is row 1), so a problem
reported for row 17 is found on row 17. Empty rows are skipped but keep the numbering. CSV files
may be UTF-8 (with or without a byte-order mark) or Windows-1251, separated by commas, semicolons
(what a Russian-locale Excel writes) or tabs.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from legalaid.errors import ValidationError

CellValue = object
ENCODINGS = ("utf-8-sig", "cp1251")


@dataclass(frozen=True)
class SheetRow:
    number: int  # as shown in the spreadsheet program
    values: tuple[CellValue, ...]


@dataclass(frozen=True)
class SheetTable:
    """The first sheet of a file: its header row and every non-empty row below it."""

    header: tuple[str, ...]
    rows: tuple[SheetRow, ...]


def _is_empty(values: tuple[CellValue, ...]) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in values)


def _clean_header(values: tuple[CellValue, ...]) -> tuple[str, ...]:
    header = tuple("" if value is None else str(value).strip() for value in values)
    while header and not header[-1]:
        header = header[:-1]
    if not any(header):
        raise ValidationError("FILE", "the first row holds no column names")
    return header


def _table(lines: Iterator[tuple[CellValue, ...]]) -> SheetTable:
    header: tuple[str, ...] | None = None
    rows: list[SheetRow] = []
    for number, values in enumerate(lines, start=1):
        if header is None:
            if _is_empty(values):
                continue  # blank lines above the header
            header = _clean_header(values)
            continue
        if not _is_empty(values):
            rows.append(SheetRow(number, values[: len(header)]))
    if header is None:
        raise ValidationError("FILE", "the file is empty")
    return SheetTable(header, tuple(rows))


def _decode(data: bytes) -> str:
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("FILE", "the file is neither UTF-8 nor Windows-1251 text")


def read_csv(data: bytes) -> SheetTable:
    text = _decode(data)
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        return _table(tuple(cell if cell != "" else None for cell in line) for line in reader)
    except csv.Error as error:  # e.g. a cell over the csv module's limit, 128 KiB
        limit = csv.field_size_limit()
        problem = (f"a cell is longer than {limit:,} characters" if "field limit" in str(error)
                   else f"cannot be read as CSV ({error})")
        raise ValidationError(f"row {reader.line_num}", problem) from None


def read_xlsx(path: Path) -> SheetTable:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a damaged file
        raise ValidationError("FILE", f"cannot read {path.name} as XLSX ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        return _table(iter(sheet.iter_rows(values_only=True)))
    finally:
        workbook.close()


def read_table(path: Path) -> SheetTable:
    """The header and rows of a ``.csv`` or ``.xlsx`` file; errors name ``FILE``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if not path.is_file():
            raise ValidationError("FILE", f"{path} does not exist")
        return read_xlsx(path)
    if suffix in (".csv", ".txt"):
        try:
            return read_csv(path.read_bytes())
        except OSError as error:
            raise ValidationError("FILE", f"cannot read {path}: {error.strerror}") from None
    raise ValidationError("FILE", f"{path.name}: only .csv and .xlsx files can be imported")
