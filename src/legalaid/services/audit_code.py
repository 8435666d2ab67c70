"""The audit head as a short code to note on paper: ``107-3F9A-C2D1-77B0-0F44-K``.

The entry count, then the first 64 bits of the chain hash at that entry in four groups of four
hex digits, then one check character (the sum, weighted by position, of every digit and letter
before it, modulo 36), so a mistyped or swapped character is caught before anything is compared.
"""

from __future__ import annotations

import re

from legalaid.errors import ValidationError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SHAPE = re.compile(r"^(\d+)-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-Z])$")


def _check(text: str) -> str:
    total = sum((place + 1) * ALPHABET.index(char) for place, char in enumerate(text))
    return ALPHABET[total % 36]


def make_code(entries: int, chain_hash: str) -> str:
    digits = chain_hash[:16].upper()
    body = f"{entries}-" + "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    return f"{body}-{_check(body.replace('-', ''))}"


def parse_code(code: str) -> tuple[int, str]:
    """(entries, first 16 hex digits of the chain hash); ValidationError naming ``--code``."""
    clean = code.strip().upper().replace(" ", "")
    match = _SHAPE.match(clean)
    if match is None:
        raise ValidationError("--code", "must look like 107-3F9A-C2D1-77B0-0F44-K "
                              "(count, four groups of four hex digits, a check character)")
    if _check("".join(match.groups()[:5])) != match.group(6):
        raise ValidationError("--code", "its check character does not match: a character "
                              "was mistyped")
    return int(match.group(1)), "".join(match.groups()[1:5]).lower()
