"""Printing helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from legalaid.errors import ValidationError


def print_json(value: Any) -> None:
    """JSON on stdout, UTF-8 letters kept readable."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def read_json_input(source: str) -> Any:
    """Parse JSON from a file path or ``-`` (standard input); errors name the input."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise ValidationError("FILE", f"cannot read {source}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise ValidationError("FILE", f"{source} is not UTF-8 text") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError(
            "input", f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
