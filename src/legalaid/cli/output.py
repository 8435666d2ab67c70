"""Printing helpers shared by the commands.

What the commands print may hold text that someone else typed (names, notes, spreadsheet cells):
control and bidirectional-formatting characters in it are printed escaped, so a stored name can
neither recolour the terminal nor reverse the line it appears in.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from legalaid.domain.parsing import escape_unprintable, load_json
from legalaid.errors import ValidationError


def print_json(value: Any) -> None:
    """JSON on stdout, UTF-8 letters kept readable, anything unprintable escaped."""
    sys.stdout.write(escape_unprintable(json.dumps(value, ensure_ascii=False, indent=2)))
    sys.stdout.write("\n")


def print_text(text: str) -> None:
    """One line of stored text on stdout, anything unprintable escaped."""
    print(escape_unprintable(text))


MAX_INPUT_BYTES = 256 * 1024 * 1024  # far above any batch of clients; /dev/zero stops here


def read_input_bytes(source: str) -> bytes:
    """The bytes of a file path or of ``-`` (standard input); errors name ``FILE``."""
    try:
        if source == "-":
            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with Path(source).open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise ValidationError("FILE", f"cannot read {source}: {error.strerror}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError("FILE", f"{source} is larger than {MAX_INPUT_BYTES >> 20} MiB")
    return data


def read_json_input(source: str) -> Any:
    """Parse JSON from a file path or ``-`` (standard input); errors name the input."""
    data = read_input_bytes(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        where = "standard input" if source == "-" else source
        raise ValidationError("FILE", f"{where} is not UTF-8 text (byte {error.start + 1})") \
            from None
    return load_json(text)
