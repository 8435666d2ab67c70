"""Checks on a client's record that do not depend on how it arrived (JSON, GUI form, import).

Each check raises ``ValidationError`` naming the field by its path (``trips[1].exit``), so the
command line and the form show the same message. The JSON parser and the services both call these.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial

from legalaid.domain.countries import is_citizenship
from legalaid.domain.parsing import (
    LATEST_DATE,
    PLANNED_TRIP,
    check_date_between,
    check_not_after,
    quoted,
)
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    EventRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import ValidationError

EARLIEST_BIRTH = dt.date(1900, 1, 1)
EARLIEST_RECORD = dt.date(1950, 1, 1)  # documents, trips, events and casework
# Characters that reorder or hide what is shown (bidirectional embeddings, overrides, isolates and
# marks): legitimate in no name or number, and the means of spoofing one (U+202E).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\t")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{3,24}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


Check = Callable[[], object]  # raises ValidationError


def _first(checks: Iterable[Check]) -> None:
    """Raise the first check's refusal (the command line reports one field at a time)."""
    for check in checks:
        check()


def every_problem(checks: Iterable[Check]) -> list[ValidationError]:
    """Every refusal of ``checks``, one per field (the first), so that a form can show them all
    at once."""
    found: dict[str, ValidationError] = {}
    for check in checks:
        try:
            check()
        except ValidationError as error:
            found.setdefault(error.field, error)
    return list(found.values())


def check_iin(iin: str | None, field: str = "iin") -> None:
    if iin is not None and not (len(iin) == 12 and iin.isascii() and iin.isdigit()):
        raise ValidationError(field, f"{quoted(iin)} is not an IIN (expected 12 digits)")


def check_phone(phone: str | None, field: str = "phone") -> None:
    if phone is None:
        return
    digits = sum(ch.isdigit() for ch in phone)
    if not _PHONE.fullmatch(phone) or not 5 <= digits <= 15:
        raise ValidationError(
            field, f"{quoted(phone)} is not a phone number (digits, spaces, +, -)")


def check_languages(languages: Sequence[str], field: str = "languages") -> None:
    for index, code in enumerate(languages):
        if not _LANGUAGE.fullmatch(code):
            raise ValidationError(
                f"{field}[{index}]", f'{quoted(code)} is not a language code (e.g. "ru", "uz")'
            )


def check_date_of_birth(born: dt.date | None, today: dt.date, field: str = "date_of_birth") -> None:
    if born is not None and not EARLIEST_BIRTH <= born <= today:
        raise ValidationError(field, f"{born.isoformat()} is not a plausible date of birth")


def check_citizenship(code: str | None, field: str = "citizenship") -> None:
    if code is not None and not is_citizenship(code):
        raise ValidationError(field, f"{quoted(code)} is not an ISO 3166 country code")


def check_text(text: str | None, field: str, max_length: int, multiline: bool = False) -> None:
    """Free text fits its column and holds no control characters (tabs and line breaks only
    where ``multiline``), no bidirectional controls and no half characters (unpaired
    surrogates)."""
    if text is None:
        return
    if len(text) > max_length:
        raise ValidationError(field, f"is longer than {max_length} characters")
    if text.isprintable():
        return
    for char in text:
        if multiline and char in _LINE_BREAKS:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI_CONTROLS:
            raise ValidationError(field, f"holds the invisible character U+{ord(char):04X} "
                                  "(control or text-direction characters are not allowed)")


def check_name_part(text: str, field: str) -> None:
    """A part of a name: required, safe free text, with at least one visible letter (a name of
    zero-width spaces or punctuation only would be invisible in every list)."""
    if not text.strip():
        raise ValidationError(field, "is required")
    check_text(text, field, 200)
    if not any(unicodedata.category(char).startswith("L") for char in text):
        raise ValidationError(field, f"{quoted(text)} holds no letter")
    if any(unicodedata.category(char) == "Cf" and char not in "\u200c\u200d" for char in text):
        # joiners shape some scripts' letters; other format characters only hide things
        raise ValidationError(field, f"{quoted(text)} holds an invisible formatting character")


def check_name(name: NameSpelling, field: str) -> None:
    _first(name_checks(name, field))


def name_checks(name: NameSpelling, field: str) -> Iterator[Check]:
    yield partial(check_name_part, name.family, _join(field, "family"))
    yield partial(check_name_part, name.given, _join(field, "given"))
    if name.patronymic is not None:
        yield partial(check_name_part, name.patronymic, _join(field, "patronymic"))
    yield partial(check_text, name.source, _join(field, "source"), 40)


def check_record_date(day: dt.date | None, field: str) -> None:
    """A date of a document, trip, event or case: from 1950 to 2100."""
    if day is not None:
        check_date_between(day, field, EARLIEST_RECORD, LATEST_DATE)


def check_document(document: DocumentRecord, field: str) -> None:
    _first(document_checks(document, field))


def document_problems(document: DocumentRecord, field: str) -> list[ValidationError]:
    return every_problem(document_checks(document, field))


def document_checks(document: DocumentRecord, field: str) -> Iterator[Check]:
    yield lambda: check_record_date(document.valid_from, _join(field, "valid_from"))
    yield lambda: check_record_date(document.valid_until, _join(field, "valid_until"))
    yield lambda: check_text(document.number, _join(field, "number"), 60)
    yield lambda: check_text(document.issuer, _join(field, "issuer"), 200)
    yield lambda: _in_order(document.valid_from, document.valid_until,
                            _join(field, "valid_until"), "valid_from")


def _in_order(earlier: dt.date | None, later: dt.date | None, field: str, other: str) -> None:
    """``later`` (the field) is not before ``earlier`` (the field named ``other``)."""
    if earlier is not None and later is not None and later < earlier:
        raise ValidationError(field, f"is before {other}")


def check_trip(trip: TripRecord, field: str, today: dt.date | None = None) -> None:
    """A trip that happened: bounded dates in order, and (given ``today``) none after it."""
    _first(trip_checks(trip, field, today))


def trip_problems(trip: TripRecord, field: str, today: dt.date | None = None
                  ) -> list[ValidationError]:
    return every_problem(trip_checks(trip, field, today))


def trip_checks(trip: TripRecord, field: str, today: dt.date | None = None) -> Iterator[Check]:
    for name in ("entry", "exit", "host_notified"):
        yield partial(check_record_date, getattr(trip, name), _join(field, name))
    if today is not None:
        for name in ("entry", "exit"):
            day = getattr(trip, name)
            if day is not None:
                yield partial(check_not_after, day, _join(field, name), today, PLANNED_TRIP)
    yield lambda: check_text(trip.checkpoint, _join(field, "checkpoint"), 200)
    yield lambda: _in_order(trip.entry, trip.exit, _join(field, "exit"), "entry")
    yield lambda: _in_order(trip.entry, trip.host_notified, _join(field, "host_notified"),
                            "entry")


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


def check_event(event: EventRecord, field: str) -> None:
    check_record_date(event.date, _join(field, "date"))


def check_task(task: TaskRecord, field: str) -> None:
    if not task.title.strip():
        raise ValidationError(_join(field, "title"), "is required")
    check_text(task.title, _join(field, "title"), 300)
    check_record_date(task.due, _join(field, "due"))
    check_record_date(task.done, _join(field, "done"))


def check_case(case: CaseRecord, field: str) -> None:
    if not case.type.strip():
        raise ValidationError(_join(field, "type"), "is required")
    check_text(case.type, _join(field, "type"), 80)
    check_record_date(case.opened, _join(field, "opened"))
    check_record_date(case.closed, _join(field, "closed"))
    check_text(case.outcome, _join(field, "outcome"), 5000, multiline=True)
    check_text(case.funding_code, _join(field, "funding_code"), 40)
    check_text(case.lawyer, _join(field, "lawyer"), 200)
    if case.closed is not None and case.closed < case.opened:
        raise ValidationError(_join(field, "closed"), "is before opened")
    for index, task in enumerate(case.tasks):
        check_task(task, f"{_join(field, 'tasks')}[{index}]")


def check_note(note: NoteRecord, field: str) -> None:
    if not note.text.strip():
        raise ValidationError(_join(field, "text"), "is required")
    check_text(note.text, _join(field, "text"), 100_000, multiline=True)


def check_profile(record: ClientRecord, today: dt.date) -> None:
    """The client's own fields (not the lists)."""
    _first(profile_checks(record, today))


def profile_problems(record: ClientRecord, today: dt.date) -> list[ValidationError]:
    return every_problem(profile_checks(record, today))


def profile_checks(record: ClientRecord, today: dt.date) -> Iterator[Check]:
    if not record.names:
        yield lambda: _refuse("names", "at least one name is required")
    for index, name in enumerate(record.names):
        yield from name_checks(name, f"names[{index}]")
    yield lambda: check_date_of_birth(record.date_of_birth, today)
    yield lambda: check_citizenship(record.citizenship)
    yield lambda: check_languages(record.languages)
    yield lambda: check_phone(record.phone)
    yield lambda: check_iin(record.iin)
    yield lambda: check_text(record.address, "address", 1000, multiline=True)
    yield lambda: check_text(record.lawyer, "lawyer", 200)


def _refuse(field: str, problem: str) -> None:
    raise ValidationError(field, problem)


def check_client(record: ClientRecord, today: dt.date | None = None) -> None:
    """Everything about one client, in the order a reader of the record meets the fields."""
    today = today or dt.date.today()
    check_profile(record, today)
    for index, document in enumerate(record.documents):
        check_document(document, f"documents[{index}]")
    # A trip cannot have happened after the wall clock's today, whatever day the verdicts are
    # worked out for (``today`` may be a date in the past, as in reports and tests).
    for index, trip in enumerate(record.trips):
        check_trip(trip, f"trips[{index}]", max(today, dt.date.today()))
    check_trips_do_not_overlap(record.trips)
    for index, event in enumerate(record.events):
        check_event(event, f"events[{index}]")
    for index, case in enumerate(record.cases):
        check_case(case, f"cases[{index}]")
    for index, note in enumerate(record.notes):
        check_note(note, f"notes[{index}]")
