"""Which spreadsheet column holds which field: the importable fields, guessing, and checking.

A mapping is ``{column name: field}``. It is guessed from the header (names in Russian, Kazakh
and English that NGOs actually use), confirmed or corrected by the user, and remembered for the
file's layout under :func:`header_hash`, so the next month's spreadsheet maps itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from legalaid.domain.parsing import key_path, quoted
from legalaid.errors import ValidationError

# Field -> words that identify its column (lower case, compared after removing punctuation).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "family": ("family", "surname", "last name", "фамилия", "тегі", "тегi"),
    "given": ("given", "first name", "name", "имя", "аты", "аты-жөні"),
    "patronymic": ("patronymic", "middle name", "отчество", "әкесінің аты"),
    "full_name": ("full name", "фио", "ф и о", "аты-жөні толық", "толық аты-жөні"),
    "family_2": ("family latin", "surname latin", "фамилия латиницей", "фамилия лат"),
    "given_2": ("given latin", "first name latin", "имя латиницей", "имя лат"),
    "full_name_2": ("full name latin", "name in passport", "фио латиницей", "фио лат"),
    "sex": ("sex", "gender", "пол", "жынысы"),
    "date_of_birth": ("date of birth", "birth date", "born", "dob", "дата рождения",
                      "туған күні", "туылған күні"),
    "citizenship": ("citizenship", "nationality", "country", "гражданство", "азаматтығы"),
    "category": ("category", "категория", "санаты"),
    "languages": ("languages", "language", "языки", "язык", "тілдері"),
    "phone": ("phone", "telephone", "mobile", "телефон", "тел"),
    "address": ("address", "адрес", "мекенжайы"),
    "iin": ("iin", "иин", "жсн"),
    "lawyer": ("lawyer", "юрист", "заңгер"),
    "notes": ("notes", "note", "comment", "примечание", "комментарий", "ескертпе"),
    "document_type": ("document type", "document", "тип документа", "документ", "құжат түрі"),
    "document_number": ("document number", "passport number", "номер документа",
                        "номер паспорта", "құжат нөмірі"),
    "document_valid_from": ("valid from", "issued", "дата выдачи", "берілген күні"),
    "document_valid_until": ("valid until", "expiry", "expires", "действителен до",
                             "срок действия", "жарамдылық мерзімі"),
    "trip_entry": ("entry", "entry date", "date of entry", "дата въезда", "въезд", "кірген күні"),
    "trip_exit": ("exit", "exit date", "date of exit", "дата выезда", "выезд", "шыққан күні"),
}
FIELDS = tuple(FIELD_SYNONYMS)
IGNORE = ""  # a column mapped to nothing is not imported
_PUNCTUATION = re.compile(r"[\s.,;:()/\\_\-]+")


def _normalised(text: str) -> str:
    return _PUNCTUATION.sub(" ", text.lower()).strip()


def header_hash(header: Sequence[str]) -> str:
    """A stable key of a spreadsheet layout: its column names, normalised, in order."""
    joined = "\x1f".join(_normalised(column) for column in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """The field each column most likely holds (exact synonym first); unknown columns ignored."""
    lookup = {_normalised(word): field for field, words in FIELD_SYNONYMS.items() for word in words}
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in header:
        field = lookup.get(_normalised(column), IGNORE)
        if field and field in taken:
            field = IGNORE  # two columns called "Name": the user decides
        mapping[column] = field
        taken.add(field)
    return mapping


def check_mapping(mapping: Mapping[str, Any], header: Sequence[str]) -> dict[str, str]:
    """A mapping read from a file or the wizard, checked against the header; errors name it."""
    checked: dict[str, str] = {column: IGNORE for column in header}
    used: dict[str, str] = {}
    for column, field in mapping.items():
        where = key_path("mapping", column)  # a column name as typed, shown quoted
        if column not in checked:
            raise ValidationError(where, "no column of this name in the file")
        if field is None:
            field = IGNORE
        if not isinstance(field, str) or (field and field not in FIELD_SYNONYMS):
            raise ValidationError(where, f"{quoted(field)} is not a field one can import "
                                  f"(expected one of {', '.join(FIELDS)})")
        if field and field in used:
            raise ValidationError(where, f"{quoted(field)} is already mapped from "
                                  f"{quoted(used[field])}")
        if field:
            used[field] = column
        checked[column] = field
    if not ({"full_name", "family"} & set(used)):
        raise ValidationError("mapping", "no column is mapped to a name (full_name or family)")
    return checked
