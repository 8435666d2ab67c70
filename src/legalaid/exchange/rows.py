"""One spreadsheet row to one client record, collecting every problem instead of stopping.

A row describes a client with at most one document and one trip. Names come whole (``ФИО``,
family name first as in every Kazakhstani register and passport) or split into columns, in
Cyrillic or Latin; a second spelling (``*_2`` fields) is the same person in the other script.
Problems carry the spreadsheet's row number, the column's name, the cell as found and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from legalaid.domain.countries import COUNTRIES, NO_COUNTRY, NOT_STATED, citizenship_code
from legalaid.domain.enums import Category, DocumentType, Sex, choices
from legalaid.domain.names import detect_script
from legalaid.domain.records import (
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
    TripRecord,
)
from legalaid.domain.validation import check_client
from legalaid.errors import ValidationError
from legalaid.exchange.client_json import client_to_json
from legalaid.exchange.dates import DateProblem, parse_sheet_date
from legalaid.exchange.table import CellValue, SheetRow


@dataclass(frozen=True)
class RowProblem:
    """Why one cell (or the row as a whole, ``column`` empty) cannot be imported."""

    row: int
    column: str
    value: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "value": self.value,
                "reason": self.reason}


_SEX = {"m": Sex.MALE, "male": Sex.MALE, "м": Sex.MALE, "муж": Sex.MALE, "мужской": Sex.MALE,
        "ер": Sex.MALE, "f": Sex.FEMALE, "female": Sex.FEMALE, "ж": Sex.FEMALE,
        "жен": Sex.FEMALE, "женский": Sex.FEMALE, "әйел": Sex.FEMALE, "x": Sex.OTHER}
_STATELESS = {"stateless", "лбг", "без гражданства", "азаматтығы жоқ", "none"}
# Other names in everyday use besides those of the country table.
_COUNTRY_ALIASES = {"кыргызстан": "KG", "кыргызская республика": "KG", "kyrgyz republic": "KG",
                    "рф": "RU", "российская федерация": "RU", "кнр": "CN", "рк": "KZ"}
_COUNTRY_NAMES = {name.lower(): code for code, names in (*COUNTRIES.items(), *NO_COUNTRY.items())
                  for name in names}
_COUNTRY_NAMES.update(_COUNTRY_ALIASES)
_SPLIT_LIST = re.compile(r"[,;\s]+")
_WORDS = re.compile(r"\s+")


def cell_text(value: CellValue) -> str:
    """The cell as the user sees it (whole numbers without ``.0``, dates as dd.mm.yyyy)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


class _RowReader:
    """Reads the mapped cells of one row; each failed cell adds a problem and yields ``None``."""

    def __init__(self, row: SheetRow, columns: Mapping[str, int], header: tuple[str, ...],
                 today: dt.date) -> None:
        self.row, self.columns, self.header, self.today = row, columns, header, today
        self.problems: list[RowProblem] = []

    def raw(self, field: str) -> CellValue:
        index = self.columns.get(field)
        if index is None or index >= len(self.row.values):
            return None
        return self.row.values[index]

    def column(self, field: str) -> str:
        index = self.columns.get(field)
        return "" if index is None else self.header[index]

    def problem(self, field: str, reason: str) -> None:
        self.problems.append(RowProblem(self.row.number, self.column(field),
                                        cell_text(self.raw(field)), reason))

    def text(self, field: str) -> str | None:
        return cell_text(self.raw(field)) or None

    def date(self, field: str) -> dt.date | None:
        try:
            return parse_sheet_date(self.raw(field), self.today)
        except DateProblem as error:
            self.problem(field, str(error))
            return None

    def parsed(self, field: str, parse: Callable[[str], Any]) -> Any:
        text = self.text(field)
        if text is None:
            return None
        try:
            return parse(text)
        except ValueError as error:
            self.problem(field, str(error))
            return None


def _sex(text: str) -> Sex:
    found = _SEX.get(text.lower().rstrip("."))
    if found is None:
        raise ValueError(f'"{text}" is not a sex (M, F or X; м/ж; ер/әйел)')
    return found


def _citizenship(text: str) -> str | None:
    lowered = text.lower()
    if lowered in _STATELESS:
        return None
    try:
        return citizenship_code(text)
    except ValueError:
        pass
    if lowered in _COUNTRY_NAMES:
        return citizenship_code(_COUNTRY_NAMES[lowered])
    raise ValueError(f'"{text}" is not a country (an ISO code such as UZ, or its name)')


def _category(text: str) -> Category:
    try:
        return Category(_WORDS.sub("_", text.strip().lower()))
    except ValueError:
        raise ValueError(f'"{text}" is not a category (expected {choices(Category)})') from None


def _document_type(text: str) -> DocumentType:
    try:
        return DocumentType(_WORDS.sub("_", text.strip().lower()))
    except ValueError:
        raise ValueError(
            f'"{text}" is not a document type (expected {choices(DocumentType)})') from None


def _identity_number(value: CellValue) -> str | None:
    """IINs typed into Excel lose their leading zero and become numbers: put it back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{int(value):012d}"
    return cell_text(value) or None


def split_full_name(text: str) -> tuple[str, str, str | None]:
    """``Family Given [Patronymic...]``; ``ValueError`` when fewer than two words."""
    words = [word for word in _WORDS.split(text.strip()) if word]
    if len(words) < 2:
        raise ValueError(f'"{text}" needs a family name and a given name')
    return words[0], words[1], " ".join(words[2:]) or None


def _spelling(reader: _RowReader, suffix: str) -> NameSpelling | None:
    full_field, family_field = f"full_name{suffix}", f"family{suffix}"
    family, given = reader.text(family_field), reader.text(f"given{suffix}")
    patronymic = reader.text(f"patronymic{suffix}") if not suffix else None
    if family is None and given is None:
        whole = reader.text(full_field)
        if whole is None:
            return None
        try:
            family, given, patronymic = split_full_name(whole)
        except ValueError as error:
            reader.problem(full_field, str(error))
            return None
    if not family or not given:
        missing = family_field if not family else f"given{suffix}"
        reader.problem(missing, "is required when the other part of the name is given")
        return None
    script = detect_script(f"{family} {given}")
    return NameSpelling(family=family, given=given, script=script, patronymic=patronymic)


def _names(reader: _RowReader) -> tuple[NameSpelling, ...]:
    names = tuple(name for name in (_spelling(reader, ""), _spelling(reader, "_2")) if name)
    if not names and not reader.problems:
        field = "full_name" if "full_name" in reader.columns else "family"
        reader.problem(field, "a name is required")
    return names


def _document(reader: _RowReader) -> tuple[DocumentRecord, ...]:
    number = _identity_number(reader.raw("document_number"))
    kind = reader.parsed("document_type", _document_type)
    valid_from = reader.date("document_valid_from")
    valid_until = reader.date("document_valid_until")
    if kind is None and number is None and valid_until is None:
        return ()
    return (DocumentRecord(type=kind or DocumentType.PASSPORT, number=number,
                           valid_from=valid_from, valid_until=valid_until),)


def _trip(reader: _RowReader) -> tuple[TripRecord, ...]:
    entry, exit_ = reader.date("trip_entry"), reader.date("trip_exit")
    if entry is None:
        if exit_ is not None:
            reader.problem("trip_entry", "the entry date is required when an exit date is given")
        return ()
    return (TripRecord(entry=entry, exit=exit_),)


# Field paths of check_client -> the import field whose column is to blame.
_PATH_FIELDS = (("names[0].family", "family"), ("names[0].given", "given"),
                ("names[1]", "family_2"), ("documents[0].valid_until", "document_valid_until"),
                ("trips[0].exit", "trip_exit"), ("trips[0].host", "trip_entry"),
                ("languages", "languages"), ("date_of_birth", "date_of_birth"),
                ("citizenship", "citizenship"), ("phone", "phone"), ("iin", "iin"))


def _blame(path: str, columns: Mapping[str, int]) -> str:
    for prefix, field in _PATH_FIELDS:
        if path.startswith(prefix):
            if field.startswith(("family", "given")) and field not in columns:
                return field.replace("family", "full_name").replace("given", "full_name")
            return field
    return ""


def read_row(row: SheetRow, columns: Mapping[str, int], header: tuple[str, ...],
             today: dt.date) -> tuple[ClientRecord | None, list[RowProblem]]:
    """The client a row describes, or ``None`` with the reasons (every bad cell, not the first)."""
    reader = _RowReader(row, columns, header, today)
    languages = reader.text("languages")
    note = reader.text("notes")
    record = ClientRecord(
        names=_names(reader),
        sex=reader.parsed("sex", _sex),
        date_of_birth=reader.date("date_of_birth"),
        citizenship=reader.parsed("citizenship", _citizenship)
        if reader.text("citizenship") else NOT_STATED,  # an empty cell says nothing
        category=reader.parsed("category", _category),
        languages=tuple(code.lower() for code in _SPLIT_LIST.split(languages) if code)
        if languages else (),
        phone=reader.text("phone"),
        address=reader.text("address"),
        iin=_identity_number(reader.raw("iin")),
        lawyer=reader.text("lawyer"),
        documents=_document(reader),
        trips=_trip(reader),
        notes=(NoteRecord(text=note),) if note else (),
    )
    if reader.problems:
        return None, reader.problems
    try:
        check_client(record, today)
    except ValidationError as error:
        reader.problem(_blame(error.field, columns), error.problem)
        return None, reader.problems
    return record, []


def fingerprint(record: ClientRecord) -> str:
    """A SHA-256 of what a row says about a client, in the exchange format: the same for the same
    row in another layout, column order or date format, so re-imported rows are recognised."""
    content = json.dumps(client_to_json(record), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
