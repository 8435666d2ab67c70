"""Dates as they appear in Kazakhstani spreadsheets: ``dd.MM.yyyy``, ``dd/MM/yy``, ISO, Excel.

Excel cells arrive from openpyxl as ``datetime`` objects, or as serial numbers when a column was
not formatted as a date; CSV files carry text typed by hand. Day-first is the only reading of
``03/04/2024`` here (4 March would be the American order, never used in Kazakhstan).
"""

from __future__ import annotations

import datetime as dt
import re

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug)
MAX_SERIAL = 2_958_465  # 9999-12-31
_DAY_FIRST = re.compile(r"^(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
FORMATS_HINT = "dd.mm.yyyy, dd/mm/yy, yyyy-mm-dd or an Excel date"


class DateProblem(ValueError):
    """A value that is not a date in any accepted format; the message says why."""


def _full_year(two_digits: int, today: dt.date) -> int:
    """``91`` -> 1991, ``05`` -> 2005, ``30`` -> 2030 (until ten years ahead of today)."""
    pivot = today.year % 100 + 10
    return (2000 if two_digits <= pivot else 1900) + two_digits


def _build(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateProblem(f'"{text}" is not a real calendar date') from None


def _from_text(text: str, today: dt.date) -> dt.date:
    if match := _DAY_FIRST.match(text):
        day, month, year_text = match.groups()
        year = int(year_text)
        if len(year_text) == 2:
            year = _full_year(year, today)
        return _build(year, int(month), int(day), text)
    if match := _ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
        return _build(year, month, day, text)
    raise DateProblem(f'"{text}" is not a date (expected {FORMATS_HINT})')


def _from_serial(value: float) -> dt.date:
    if value != int(value) or not 1 <= value <= MAX_SERIAL:
        raise DateProblem(f"{value:g} is not an Excel date serial number")
    return EXCEL_EPOCH + dt.timedelta(days=int(value))


def parse_sheet_date(value: object, today: dt.date | None = None) -> dt.date | None:
    """The date in a cell, ``None`` for an empty cell; ``DateProblem`` when it is not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise DateProblem(f"{value} is not a date")
    if isinstance(value, int | float):
        return _from_serial(float(value))
    text = str(value).strip()
    if not text:
        return None
    return _from_text(text, today or dt.date.today())
