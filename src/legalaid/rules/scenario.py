"""The JSON scenario format of ``legalaid rules evaluate`` (``shared/domain/SCENARIOS.md``):
validated field by field, each error naming the field, e.g. ``trips[1].exit``.

Documents, trips and events have the same shape as in the clients' JSON format and are parsed by
the same functions; only the checks across trips are worded for a lawyer reading one scenario."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from legalaid.domain.countries import NO_COUNTRY, citizenship_code
from legalaid.domain.enums import Category
from legalaid.domain.parsing import (
    PLANNED_TRIP,
    check_not_after,
    parse_date,
    parse_enum,
    quoted,
    refuse_unknown_keys,
    require_list,
    require_object,
)
from legalaid.domain.record_json import parse_document, parse_event, parse_trip
from legalaid.domain.records import DocumentRecord, TripRecord
from legalaid.domain.validation import check_document
from legalaid.errors import ValidationError
from legalaid.rules.facts import Facts

_TOP = {"as_of", "citizenship", "category", "documents", "trips", "events"}




def parse_scenario(obj: Any, today: dt.date | None = None) -> tuple[Facts, dt.date]:
    """The facts and the ``as_of`` date of a scenario; ``ValidationError`` names the bad field.
    Trips are what happened: an entry or exit after ``today`` (the clock's date when None) is
    refused."""
    data = require_object(obj, "input")
    refuse_unknown_keys(data, _TOP, "")
    if data.get("as_of") is None:
        raise ValidationError("as_of", "is required (the date the question is asked for)")
    as_of = parse_date(data["as_of"], "as_of")
    citizenship = _citizenship(data.get("citizenship"))
    category = None if data.get("category") is None else parse_enum(
        Category, data["category"], "category")
    documents = [_document(item, f"documents[{i}]")
                 for i, item in enumerate(_list(data, "documents"))]
    day = today or dt.date.today()
    trips = [_trip(item, f"trips[{i}]", day) for i, item in enumerate(_list(data, "trips"))]
    _refuse_overlaps(trips)
    events = [parse_event(item, f"events[{i}]") for i, item in enumerate(_list(data, "events"))]
    return Facts.from_records(citizenship, category, documents, trips, events), as_of


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return [] if value is None else require_list(value, key)


def _citizenship(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value.upper() in NO_COUNTRY:  # ICAO XXA, XXB, XXC, XXX
        return citizenship_code(value)
    if not (isinstance(value, str) and len(value) == 2 and value.isascii() and value.isalpha()):
        raise ValidationError("citizenship", f"{quoted(value)} is not a country code (expected "
                              "two letters, ISO 3166-1; XXB or XXC for a refugee travel document, "
                              "XXX when not stated, or null when stateless)")
    code = value.upper()
    if code == "KZ":
        raise ValidationError("citizenship", "\"KZ\": citizens of Kazakhstan are not foreigners")
    return code


def _document(item: Any, field: str) -> DocumentRecord:
    document = parse_document(item, field)
    check_document(document, field)
    return document


def _trip(item: Any, field: str, today: dt.date) -> TripRecord:
    trip = parse_trip(item, field)
    check_not_after(trip.entry, f"{field}.entry", today, PLANNED_TRIP)
    if trip.exit is not None:
        check_not_after(trip.exit, f"{field}.exit", today, PLANNED_TRIP)
    if trip.exit is not None and trip.exit < trip.entry:
        raise ValidationError(f"{field}.exit", f"{quoted(trip.exit.isoformat())} is before the "
                                               f"entry {quoted(trip.entry.isoformat())}")
    return trip


def _refuse_overlaps(trips: list[TripRecord]) -> None:
    """Two trips cannot share days (a same-day exit and re-entry is allowed)."""
    order = sorted(range(len(trips)), key=lambda i: trips[i].entry)
    for before, after in itertools.pairwise(order):
        previous = trips[before]
        if previous.exit is None or trips[after].entry < previous.exit:
            left = "no exit" if previous.exit is None else "left " + previous.exit.isoformat()
            raise ValidationError(f"trips[{after}].entry", f"overlaps trips[{before}] (entered "
                                  f"{previous.entry.isoformat()}, {left})")
