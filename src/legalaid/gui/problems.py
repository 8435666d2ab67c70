"""The services' refusals in words for the person at the form: in the interface language, with
dates as the interface shows them, naming another field by its label (never by the internal name
the command line uses, such as ``valid_from``).

The domain writes one English sentence per refusal (the command line's contract); each known
sentence is matched here and said again through ``QCoreApplication.translate``. A sentence that is
not known is shown as the services wrote it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from legalaid.errors import ValidationError
from legalaid.gui.i18n import format_date

_DATE = r"(\d{4}-\d{2}-\d{2})"


def label_text(label: str) -> str:
    """A form label as a name inside a sentence: without its shortcut mark and "*"."""
    return re.sub(r"&(.)", r"\1", label).replace("*", "").strip().rstrip(":")


# Each of the domain's sentences (a pattern), what to say instead (with %1, %2... filled from the
# pattern's groups) and how each group is written: "date" an ISO date, "field" another field's
# internal name, "text" as it stands.
_DOMAIN_SENTENCES: tuple[tuple[str, object, tuple[str, ...]], ...] = (
    (r"is required", QT_TRANSLATE_NOOP("Problems", "Required"), ()),
    (r"at least one name is required",
     QT_TRANSLATE_NOOP("Problems", "Type the family name and the given name"), ()),
    (r"is before (\w+)", QT_TRANSLATE_NOOP("Problems", "Must not be earlier than “%1”"),
     ("field",)),
    (r"is longer than (\d+) characters",
     QT_TRANSLATE_NOOP("Problems", "Too long: at most %1 characters"), ("text",)),
    (r"holds the invisible character (U\+[0-9A-F]+) .*",
     QT_TRANSLATE_NOOP("Problems", "Holds an invisible character (%1): delete it and type "
                                   "the text again"), ("text",)),
    (r'(".*") holds no letter', QT_TRANSLATE_NOOP("Problems", "%1 holds no letter"),
     ("text",)),
    (r'(".*") holds an invisible formatting character',
     QT_TRANSLATE_NOOP("Problems", "%1 holds an invisible formatting character: delete it "
                                   "and type the text again"), ("text",)),
    (_DATE + r" is not a plausible date of birth",
     QT_TRANSLATE_NOOP("Problems", "%1 is not a plausible date of birth"), ("date",)),
    (_DATE + r" is not a plausible date \(expected " + _DATE + " to " + _DATE + r"\)",
     QT_TRANSLATE_NOOP("Problems", "%1 is not a plausible date: give a date from %2 to %3"),
     ("date", "date", "date")),
    (_DATE + r" is after today \(" + _DATE + r"\): a trip that has not happened .*",
     QT_TRANSLATE_NOOP("Problems", "%1 is after today: a trip that has not happened yet "
                                   "belongs in the trip planner"), ("date", "date")),
    (r'(".*") is not an IIN .*',
     QT_TRANSLATE_NOOP("Problems", "%1 is not an IIN: an IIN has 12 digits"), ("text",)),
    (r'(".*") is not a phone number .*',
     QT_TRANSLATE_NOOP("Problems", "%1 is not a phone number: use digits, spaces, + and -"),
     ("text",)),
    (r'(".*") is not an ISO 3166 country code',
     QT_TRANSLATE_NOOP("Problems", "%1 is not a country code"), ("text",)),
    (r"overlaps (?:another trip of this client|\w+\[\d+\]) \((?:a trip already covers )?"
     + _DATE + r"\)",
     QT_TRANSLATE_NOOP("Problems", "Overlaps another trip of this client (%1)"), ("date",)),
)
_SENTENCES = tuple((re.compile(pattern), str(message), kinds)
                   for pattern, message, kinds in _DOMAIN_SENTENCES)


def problem_text(error: ValidationError, labels: Mapping[str, str] | None = None) -> str:
    """``error.problem`` for the form; ``labels`` maps the fields' internal names
    (``valid_from``) to their labels as the form shows them."""
    known = labels or {}

    def written(kind: str, value: str) -> str:
        if kind == "date":
            return format_date(dt.date.fromisoformat(value))
        if kind == "field":
            return label_text(known[value]) if value in known else value.replace("_", " ")
        return value

    for pattern, message, kinds in _SENTENCES:
        match = pattern.fullmatch(error.problem)
        if match is not None:
            text = QCoreApplication.translate("Problems", message)
            for number, (kind, value) in enumerate(zip(kinds, match.groups(), strict=True), 1):
                text = text.replace(f"%{number}", written(kind, value))
            return text
    return error.problem
