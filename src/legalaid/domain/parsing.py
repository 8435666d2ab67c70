"""Parsing of JSON values into domain values, with errors that name the field.

Every parser takes the field path (``trips[1].exit``) so that the one-line message on the command
line, and the message beside a GUI field, say exactly where the problem is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from enum import StrEnum
from typing import Any, TypeVar

from legalaid.domain.enums import choices
from legalaid.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

# Dates a record can plausibly hold; narrower ranges (births, documents) are checked on top.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# Ids are SQLite's (and PostgreSQL's bigint) range: anything larger cannot name a record.
MAX_ID = 2**63 - 1
# Deeper JSON is no record of ours, and Python's parser would exhaust its stack on it.
MAX_JSON_DEPTH = 32
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAYBE_UNPRINTABLE = re.compile("[^ -~\n]")  # ASCII letters and the newline are printable


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char.isprintable():
        return char
    code = ord(char)
    if code > 0xFFFF:  # as JSON spells it: a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def escape_unprintable(text: str) -> str:
    """``text`` with control, format (bidirectional) and unpaired surrogate characters written
    as ``\\uXXXX``: what a terminal shows is what is stored, and valid JSON stays valid JSON."""
    if text.isprintable():
        return text
    return _MAYBE_UNPRINTABLE.sub(_escape, text)


def quoted(value: Any) -> str:
    """The value as it appeared in JSON, for messages (nothing a terminal would act on)."""
    return escape_unprintable(json.dumps(value, ensure_ascii=False))


def _json_depth(text: str) -> int:
    """How deeply arrays and objects nest in ``text`` (strings blanked out first)."""
    depth = deepest = 0
    for char in _NOT_BRACKET.sub("", _JSON_STRING.sub("", text)):
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def key_path(prefix: str, key: str) -> str:
    """The path of ``key`` inside ``prefix``; a key that is no plain name is shown quoted."""
    name = key if key.isidentifier() else quoted(key)
    return f"{prefix}.{name}" if prefix else name


def _refuse_surrogates(value: Any, field: str) -> None:
    """A ``\\ud800`` escape decodes to half a character, which no file or database can hold."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise ValidationError(field or "input", "holds half of a character (an unpaired "
                                  "\\ud800-\\udfff escape)")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_surrogates(item, f"{field}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_surrogates(key, field)
            _refuse_surrogates(item, key_path(field, key))


def load_json(text: str) -> Any:
    """Parse JSON input: errors name ``input`` (or the field), never a traceback."""
    if _json_depth(text) > MAX_JSON_DEPTH:
        raise ValidationError("input", f"nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "input", f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except ValueError as error:  # an integer of thousands of digits
        raise ValidationError("input", f"not valid JSON ({error})") from None
    _refuse_surrogates(value, "")
    return value


def check_date_between(day: dt.date, field: str, earliest: dt.date, latest: dt.date) -> dt.date:
    if not earliest <= day <= latest:
        raise ValidationError(field, f"{day.isoformat()} is not a plausible date (expected "
                              f"{earliest.isoformat()} to {latest.isoformat()})")
    return day


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _calendar_day(year: int, month: int, day: int, value: str, field: str,
                  expected: str) -> dt.date:
    """The date, or "no such day" for a day past the end of a real month (2020-02-31)."""
    if year < 1 or not 1 <= month <= 12:
        raise ValidationError(field, f"{quoted(value)} is not a date (expected {expected})")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValidationError(field, f"{quoted(value)} is not a date: there is no such day "
                              f"({_MONTHS[month - 1]} {year} has {days} days)")
    return dt.date(year, month, day)


def parse_date(value: Any, field: str, earliest: dt.date = EARLIEST_DATE,
               latest: dt.date = LATEST_DATE) -> dt.date:
    """A ``YYYY-MM-DD`` string to a date between ``earliest`` and ``latest``."""
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValidationError(field, f"{quoted(value)} is not a date (expected YYYY-MM-DD)")
    year, month, day = (int(part) for part in match.groups())
    return check_date_between(_calendar_day(year, month, day, value, field, "YYYY-MM-DD"),
                              field, earliest, latest)


def parse_typed_date(text: str, field: str, earliest: dt.date = EARLIEST_DATE,
                     latest: dt.date = LATEST_DATE) -> dt.date:
    """A date typed on the command line: ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (as the interface
    writes dates), between ``earliest`` and ``latest``."""
    expected = "YYYY-MM-DD or DD.MM.YYYY"
    value = text.strip()
    if (match := _ISO_DATE.fullmatch(value)) is not None:
        year, month, day = (int(part) for part in match.groups())
    elif (match := _DOTTED_DATE.fullmatch(value)) is not None:
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValidationError(field, f"{quoted(text)} is not a date (expected {expected})")
    return check_date_between(_calendar_day(year, month, day, text, field, expected), field,
                              earliest, latest)


PLANNED_TRIP = "a trip that has not happened yet belongs in the planner (legalaid plan)"


def check_not_after(day: dt.date, field: str, today: dt.date, problem: str) -> dt.date:
    """``day`` when it is no later than ``today``; else ``problem`` (e.g. "planned trips belong
    in the planner") is the reason given."""
    if day > today:
        raise ValidationError(field, f"{day.isoformat()} is after today ({today.isoformat()}): "
                              f"{problem}")
    return day


def parse_optional_date(value: Any, field: str, earliest: dt.date = EARLIEST_DATE,
                        latest: dt.date = LATEST_DATE) -> dt.date | None:
    return None if value is None else parse_date(value, field, earliest, latest)


def parse_id(text: str, field: str) -> int:
    """A record id typed on the command line: a whole number from 1 to ``MAX_ID``."""
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        raise ValidationError(field, f"{quoted(text)} is not an id (a whole number from 1 to "
                              f"{MAX_ID})")
    return int(text)


def parse_enum(enum: type[E], value: Any, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(
            field, f"{quoted(value)} is not a known value (expected {choices(enum)})"
        ) from None


def parse_bool(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(field, f"{quoted(value)} is not true or false")


def parse_optional_bool(value: Any, field: str) -> bool | None:
    return None if value is None else parse_bool(value, field)


def parse_str(value: Any, field: str, *, required: bool = True, max_length: int = 500) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"{quoted(value)} is not text")
    text = value.strip()
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters")
    return text


def parse_optional_str(value: Any, field: str, *, max_length: int = 500) -> str | None:
    if value is None:
        return None
    text = parse_str(value, field, required=False, max_length=max_length)
    return text or None


def require_object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(field or "input", "expected a JSON object")
    return value


def require_list(value: Any, field: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(field, "expected a JSON list")
    return value


def refuse_unknown_keys(obj: dict[str, Any], allowed: set[str], prefix: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ValidationError(key_path(prefix, unknown[0]), "unknown field")


_LANGUAGE_SPLIT = re.compile(r"[\s,;]+")


def language_codes(text: str) -> tuple[str, ...]:
    """Spoken languages as typed in a form ("uz, RU" or "uz ru"): lower-case codes in the order
    given (``validation.check_languages`` judges them)."""
    return tuple(code.lower() for code in _LANGUAGE_SPLIT.split(text) if code)
