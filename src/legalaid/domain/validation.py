"""Checks on a client's record that do not depend on how it arrived (JSON, GUI form, import).

Each check raises ``ValidationError`` naming the field by its path (``trips[1].exit``), so the
command line and the form show the same message. The JSON parser and the services both call these.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from legalaid.domain.countries import is_country
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import ValidationError

EARLIEST_BIRTH = dt.date(1900, 1, 1)
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{3,24}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def check_iin(iin: str | None, field: str = "iin") -> None:
    if iin is not None and not (len(iin) == 12 and iin.isascii() and iin.isdigit()):
        raise ValidationError(field, f'"{iin}" is not an IIN (expected 12 digits)')


def check_phone(phone: str | None, field: str = "phone") -> None:
    if phone is None:
        return
    digits = sum(ch.isdigit() for ch in phone)
    if not _PHONE.match(phone) or not 5 <= digits <= 15:
        raise ValidationError(field, f'"{phone}" is not a phone number (digits, spaces, +, -)')


def check_languages(languages: Sequence[str], field: str = "languages") -> None:
    for index, code in enumerate(languages):
        if not _LANGUAGE.match(code):
            raise ValidationError(
                f"{field}[{index}]", f'"{code}" is not a language code (e.g. "ru", "uz")'
            )


def check_date_of_birth(born: dt.date | None, today: dt.date, field: str = "date_of_birth") -> None:
    if born is not None and not EARLIEST_BIRTH <= born <= today:
        raise ValidationError(field, f"{born.isoformat()} is not a plausible date of birth")


def check_citizenship(code: str | None, field: str = "citizenship") -> None:
    if code is not None and not is_country(code):
        raise ValidationError(field, f'"{code}" is not an ISO 3166 country code')


def check_name(name: NameSpelling, field: str) -> None:
    if not name.family.strip():
        raise ValidationError(_join(field, "family"), "is required")
    if not name.given.strip():
        raise ValidationError(_join(field, "given"), "is required")


def check_document(document: DocumentRecord, field: str) -> None:
    if (
        document.valid_from is not None
        and document.valid_until is not None
        and document.valid_until < document.valid_from
    ):
        raise ValidationError(_join(field, "valid_until"), "is before valid_from")


def check_trip(trip: TripRecord, field: str) -> None:
    if trip.exit is not None and trip.exit < trip.entry:
        raise ValidationError(_join(field, "exit"), "is before entry")
    if trip.host_notified is not None and trip.host_notified < trip.entry:
        raise ValidationError(_join(field, "host_notified"), "is before entry")


def check_trips_do_not_overlap(trips: Sequence[TripRecord], field: str = "trips") -> None:
    """Two stays in the country cannot overlap (leaving and re-entering on one day is allowed)."""
    order = sorted(range(len(trips)), key=lambda index: trips[index].entry)
    for earlier, later in itertools.pairwise(order):
        first_exit = trips[earlier].exit
        if first_exit is None or trips[later].entry < first_exit:
            raise ValidationError(
                f"{field}[{later}]",
                f"overlaps {field}[{earlier}] (a trip already covers "
                f"{trips[later].entry.isoformat()})",
            )


def check_task(task: TaskRecord, field: str) -> None:
    if not task.title.strip():
        raise ValidationError(_join(field, "title"), "is required")


def check_case(case: CaseRecord, field: str) -> None:
    if not case.type.strip():
        raise ValidationError(_join(field, "type"), "is required")
    if case.closed is not None and case.closed < case.opened:
        raise ValidationError(_join(field, "closed"), "is before opened")
    for index, task in enumerate(case.tasks):
        check_task(task, f"{_join(field, 'tasks')}[{index}]")


def check_note(note: NoteRecord, field: str) -> None:
    if not note.text.strip():
        raise ValidationError(_join(field, "text"), "is required")


def check_profile(record: ClientRecord, today: dt.date) -> None:
    """The client's own fields (not the lists)."""
    if not record.names:
        raise ValidationError("names", "at least one name is required")
    for index, name in enumerate(record.names):
        check_name(name, f"names[{index}]")
    check_date_of_birth(record.date_of_birth, today)
    check_citizenship(record.citizenship)
    check_languages(record.languages)
    check_phone(record.phone)
    check_iin(record.iin)


def check_client(record: ClientRecord, today: dt.date | None = None) -> None:
    """Everything about one client, in the order a reader of the record meets the fields."""
    check_profile(record, today or dt.date.today())
    for index, document in enumerate(record.documents):
        check_document(document, f"documents[{index}]")
    for index, trip in enumerate(record.trips):
        check_trip(trip, f"trips[{index}]")
    check_trips_do_not_overlap(record.trips)
    for index, case in enumerate(record.cases):
        check_case(case, f"cases[{index}]")
    for index, note in enumerate(record.notes):
        check_note(note, f"notes[{index}]")
