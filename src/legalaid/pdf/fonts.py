"""The shipped DejaVu Sans fonts, registered once with reportlab.

reportlab's built-in fonts have no Cyrillic; DejaVu Sans covers Russian, every Kazakh letter,
№, « », ₸ and the tick boxes ☐ ☒ the referral forms use. It has no Chinese, Japanese or Korean
characters, nor many others: ``unprintable`` names those a text would lose, so that a letter is
refused rather than printed with an empty box or a wrong glyph.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from legalaid.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Register regular and bold, and map <b> in Paragraph text to the bold face."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    # No italic face is shipped: <i> keeps the regular face rather than failing.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(regular) & frozenset(bold)  # a value may print in either face


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that the letter fonts cannot draw, in order of appearance
    (line breaks and tabs excepted: a printed value has none)."""
    covered = _covered()
    missing: list[str] = []
    for char in text:
        if ord(char) not in covered and char not in "\n\r\t" and char not in missing:
            missing.append(char)
    return missing


def describe(chars: list[str]) -> str:
    """ "你" (U+4F60), "好" (U+597D): how a message names characters (also invisible ones)."""
    return ", ".join(f'"{char}" (U+{ord(char):04X})' if char.isprintable() else f"U+{ord(char):04X}"
                     for char in chars)
