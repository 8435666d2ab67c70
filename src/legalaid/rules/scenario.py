"""The JSON scenario format of ``legalaid rules evaluate`` (``shared/domain/SCENARIOS.md``):
validated field by field, each error naming the field, e.g. ``trips[1].exit``."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from legalaid.domain.enums import Category, DocumentType, EventType
from legalaid.domain.parsing import (
    parse_bool,
    parse_date,
    parse_enum,
    parse_optional_date,
    parse_optional_str,
    quoted,
    refuse_unknown_keys,
    require_list,
    require_object,
)
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.errors import ValidationError
from legalaid.rules.facts import Facts

_TOP = {"as_of", "citizenship", "category", "documents", "trips", "events"}
_DOCUMENT = {"type", "valid_from", "valid_until", "number", "issuer"}
_TRIP = {"entry", "exit", "irregular_entry", "host_notified", "checkpoint"}
_EVENT = {"type", "date"}


def parse_scenario(obj: Any) -> tuple[Facts, dt.date]:
    """The facts and the ``as_of`` date of a scenario; ``ValidationError`` names the bad field."""
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
    trips = [_trip(item, f"trips[{i}]") for i, item in enumerate(_list(data, "trips"))]
    _refuse_overlaps(trips)
    events = [_event(item, f"events[{i}]") for i, item in enumerate(_list(data, "events"))]
    return Facts.from_records(citizenship, category, documents, trips, events), as_of


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    return [] if value is None else require_list(value, key)


def _citizenship(value: Any) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and len(value) == 2 and value.isascii() and value.isalpha()):
        raise ValidationError("citizenship", f"{quoted(value)} is not a country code (expected "
                                             "two letters, ISO 3166-1, or null when stateless)")
    code = value.upper()
    if code == "KZ":
        raise ValidationError("citizenship", "\"KZ\": citizens of Kazakhstan are not foreigners")
    return code


def _document(item: Any, field: str) -> DocumentRecord:
    obj = require_object(item, field)
    refuse_unknown_keys(obj, _DOCUMENT, field)
    if "type" not in obj:
        raise ValidationError(f"{field}.type", "is required")
    doc_type = parse_enum(DocumentType, obj["type"], f"{field}.type")
    valid_from = parse_optional_date(obj.get("valid_from"), f"{field}.valid_from")
    valid_until = parse_optional_date(obj.get("valid_until"), f"{field}.valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        raise ValidationError(f"{field}.valid_until",
                              f"{quoted(valid_until.isoformat())} is before valid_from")
    return DocumentRecord(
        type=doc_type, valid_from=valid_from, valid_until=valid_until,
        number=parse_optional_str(obj.get("number"), f"{field}.number"),
        issuer=parse_optional_str(obj.get("issuer"), f"{field}.issuer"),
    )


def _trip(item: Any, field: str) -> TripRecord:
    obj = require_object(item, field)
    refuse_unknown_keys(obj, _TRIP, field)
    if obj.get("entry") is None:
        raise ValidationError(f"{field}.entry", "is required")
    entry = parse_date(obj["entry"], f"{field}.entry")
    exit_day = parse_optional_date(obj.get("exit"), f"{field}.exit")
    if exit_day is not None and exit_day < entry:
        raise ValidationError(f"{field}.exit", f"{quoted(exit_day.isoformat())} is before the "
                                               f"entry {quoted(entry.isoformat())}")
    irregular = obj.get("irregular_entry")
    return TripRecord(
        entry=entry, exit=exit_day,
        irregular_entry=False if irregular is None else parse_bool(
            irregular, f"{field}.irregular_entry"),
        host_notified=parse_optional_date(obj.get("host_notified"), f"{field}.host_notified"),
        checkpoint=parse_optional_str(obj.get("checkpoint"), f"{field}.checkpoint"),
    )


def _refuse_overlaps(trips: list[TripRecord]) -> None:
    """Two trips cannot share days (a same-day exit and re-entry is allowed)."""
    order = sorted(range(len(trips)), key=lambda i: trips[i].entry)
    for before, after in itertools.pairwise(order):
        previous = trips[before]
        if previous.exit is None or trips[after].entry < previous.exit:
            left = "no exit" if previous.exit is None else "left " + previous.exit.isoformat()
            raise ValidationError(f"trips[{after}].entry", f"overlaps trips[{before}] (entered "
                                  f"{previous.entry.isoformat()}, {left})")


def _event(item: Any, field: str) -> EventRecord:
    obj = require_object(item, field)
    refuse_unknown_keys(obj, _EVENT, field)
    if "type" not in obj:
        raise ValidationError(f"{field}.type", "is required")
    event_type = parse_enum(EventType, obj["type"], f"{field}.type")
    if obj.get("date") is None:
        raise ValidationError(f"{field}.date", "is required")
    return EventRecord(type=event_type, date=parse_date(obj["date"], f"{field}.date"))
