"""The JSON shapes of the facts a client's status rests on: documents, trips and events.

Shared by the client format (``exchange.client_json``) and the rules engine's scenario format
(``rules.scenario``). Each parser refuses a bad value with ``ValidationError`` naming the field by
its path (``documents[0].valid_until``). Dates lie between 1950 and 2100.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from legalaid.domain.enums import DocumentType, EventType
from legalaid.domain.parsing import (
    parse_bool,
    parse_enum,
    parse_optional_date,
    parse_optional_str,
    refuse_unknown_keys,
    require_list,
    require_object,
)
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.domain.validation import EARLIEST_RECORD
from legalaid.errors import ValidationError

T = TypeVar("T")

DOCUMENT_FIELDS = {"id", "type", "number", "issuer", "valid_from", "valid_until"}
TRIP_FIELDS = {"id", "entry", "exit", "checkpoint", "irregular_entry", "host_notified"}
EVENT_FIELDS = {"id", "type", "date"}


def field_at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def required_value(obj: dict[str, Any], key: str, prefix: str) -> Any:
    """The value of a required field; missing or null is refused as such."""
    value = obj.get(key)
    if value is None:
        raise ValidationError(field_at(prefix, key), "is required")
    return value


def record_items(
    obj: dict[str, Any], key: str, prefix: str, parse: Callable[[Any, str], T]
) -> tuple[T, ...]:
    field = field_at(prefix, key)
    value = obj.get(key)
    if value is None:
        return ()
    return tuple(
        parse(item, f"{field}[{index}]") for index, item in enumerate(require_list(value, field))
    )


def record_date(
    obj: dict[str, Any], key: str, prefix: str, required: bool = False
) -> dt.date | None:
    """A date of a document, trip, event or case: 1950 to 2100 (the engine computes with it)."""
    value = required_value(obj, key, prefix) if required else obj.get(key)
    return parse_optional_date(value, field_at(prefix, key), earliest=EARLIEST_RECORD)


def required_date(obj: dict[str, Any], key: str, prefix: str) -> dt.date:
    day = record_date(obj, key, prefix, required=True)
    assert day is not None  # _required refused null
    return day


def parse_document(value: Any, field: str) -> DocumentRecord:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, DOCUMENT_FIELDS, field)
    return DocumentRecord(
        type=parse_enum(DocumentType, required_value(obj, "type", field), field_at(field, "type")),
        number=parse_optional_str(obj.get("number"), field_at(field, "number"), max_length=60),
        issuer=parse_optional_str(obj.get("issuer"), field_at(field, "issuer"), max_length=200),
        valid_from=record_date(obj, "valid_from", field),
        valid_until=record_date(obj, "valid_until", field),
    )


def parse_trip(value: Any, field: str) -> TripRecord:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, TRIP_FIELDS, field)
    irregular = obj.get("irregular_entry")
    return TripRecord(
        entry=required_date(obj, "entry", field),
        exit=record_date(obj, "exit", field),
        checkpoint=parse_optional_str(
            obj.get("checkpoint"), field_at(field, "checkpoint"), max_length=200
        ),
        irregular_entry=False
        if irregular is None
        else parse_bool(irregular, field_at(field, "irregular_entry")),
        host_notified=record_date(obj, "host_notified", field),
    )


def parse_event(value: Any, field: str) -> EventRecord:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, EVENT_FIELDS, field)
    return EventRecord(
        type=parse_enum(EventType, required_value(obj, "type", field), field_at(field, "type")),
        date=required_date(obj, "date", field),
    )
