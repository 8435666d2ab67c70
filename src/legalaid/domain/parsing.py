"""Parsing of JSON values into domain values, with errors that name the field.

Every parser takes the field path (``trips[1].exit``) so that the one-line message on the command
line, and the message beside a GUI field, say exactly where the problem is.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from typing import Any, TypeVar

from legalaid.domain.enums import choices
from legalaid.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


def quoted(value: Any) -> str:
    """The value as it appeared in JSON, for messages."""
    return json.dumps(value, ensure_ascii=False)


def parse_date(value: Any, field: str) -> dt.date:
    """A ``YYYY-MM-DD`` string to a date."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(field, f"{quoted(value)} is not a date (expected YYYY-MM-DD)")


def parse_optional_date(value: Any, field: str) -> dt.date | None:
    return None if value is None else parse_date(value, field)


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
        where = f"{prefix}.{unknown[0]}" if prefix else unknown[0]
        raise ValidationError(where, "unknown field")
