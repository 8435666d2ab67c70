"""Clients as JSON (``shared/domain/CLIENTS.md``): parsing with full validation, and back.

``parse_clients`` takes one object or a list and returns ``ClientRecord``s; any problem raises
``ValidationError`` naming the field by its path, with a ``[i]`` prefix when the input is a list
(``[2].documents[0].colour: unknown field``). ``client_to_json`` writes the same format, adding the
client's ``id``, ``lawyer`` and ``cases``, which the parser also accepts (``id`` is ignored on
input: a client added from JSON always gets a new id; so are a note's ``author`` and ``created``,
which the service sets). ``notes`` is free text or a list of notes. Dates of documents, trips,
events and cases lie between 1950 and 2100.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from legalaid.domain.countries import NOT_STATED, parse_citizenship
from legalaid.domain.enums import CaseStatus, Category, Script, Sex
from legalaid.domain.parsing import (
    parse_bool,
    parse_enum,
    parse_optional_date,
    parse_optional_str,
    parse_str,
    quoted,
    refuse_unknown_keys,
    require_list,
    require_object,
)
from legalaid.domain.record_json import (
    field_at,
    parse_document,
    parse_event,
    parse_trip,
    record_date,
    record_items,
    required_date,
    required_value,
)
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
)
from legalaid.domain.validation import check_client
from legalaid.errors import ValidationError

CLIENT_FIELDS = {
    "id", "names", "sex", "date_of_birth", "citizenship", "category", "languages", "interpreter",
    "phone", "safe_to_contact", "address", "iin", "lawyer", "documents", "trips", "events",
    "notes", "cases",
}  # fmt: skip
NAME_FIELDS = {"family", "given", "patronymic", "script", "source"}
NOTE_FIELDS = {"id", "text", "author", "created"}
CASE_FIELDS = {
    "id", "type", "status", "opened", "closed", "outcome", "funding_code", "lawyer", "tasks",
}  # fmt: skip
TASK_FIELDS = {"id", "title", "due", "done", "source_rule"}


def _detect_script(name: dict[str, Any]) -> Script:
    from legalaid.domain.names import detect_script

    return detect_script(" ".join(str(name.get(part) or "") for part in ("family", "given")))


def parse_name(value: Any, field: str) -> NameSpelling:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, NAME_FIELDS, field)
    family = parse_str(
        required_value(obj, "family", field), field_at(field, "family"), max_length=200
    )
    given = parse_str(required_value(obj, "given", field), field_at(field, "given"), max_length=200)
    script_value = obj.get("script")
    script = (
        _detect_script(obj)
        if script_value is None
        else parse_enum(Script, script_value, field_at(field, "script"))
    )
    return NameSpelling(
        family=family,
        given=given,
        script=script,
        patronymic=parse_optional_str(
            obj.get("patronymic"), field_at(field, "patronymic"), max_length=200
        ),
        source=parse_optional_str(obj.get("source"), field_at(field, "source"), max_length=40),
    )


def _parse_datetime(value: Any, field: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(field, f"{quoted(value)} is not a date and time (YYYY-MM-DDTHH:MM:SS)")


def parse_note(value: Any, field: str) -> NoteRecord:
    if isinstance(value, str):
        return NoteRecord(text=parse_str(value, field, max_length=100_000))
    obj = require_object(value, field)
    refuse_unknown_keys(obj, NOTE_FIELDS, field)
    # ``author`` and ``created`` are accepted (what ``client_to_json`` wrote can be added again)
    # and dropped, as ``id`` is: the service writes the signed-in user and the time of adding.
    _parse_datetime(obj.get("created"), field_at(field, "created"))
    return NoteRecord(
        text=parse_str(
            required_value(obj, "text", field), field_at(field, "text"), max_length=100_000
        )
    )


def _parse_notes(obj: dict[str, Any], prefix: str) -> tuple[NoteRecord, ...]:
    value = obj.get("notes")
    if isinstance(value, str):
        text = value.strip()
        return (NoteRecord(text=text),) if text else ()
    return record_items(obj, "notes", prefix, parse_note)


def parse_task(value: Any, field: str) -> TaskRecord:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, TASK_FIELDS, field)
    return TaskRecord(
        title=parse_str(
            required_value(obj, "title", field), field_at(field, "title"), max_length=300
        ),
        due=required_date(obj, "due", field),
        done=record_date(obj, "done", field),
        source_rule=parse_optional_str(
            obj.get("source_rule"), field_at(field, "source_rule"), max_length=40
        ),
    )


def parse_case(value: Any, field: str) -> CaseRecord:
    obj = require_object(value, field)
    refuse_unknown_keys(obj, CASE_FIELDS, field)
    status = obj.get("status")
    return CaseRecord(
        type=parse_str(required_value(obj, "type", field), field_at(field, "type"), max_length=80),
        opened=required_date(obj, "opened", field),
        status=CaseStatus.OPEN
        if status is None
        else parse_enum(CaseStatus, status, field_at(field, "status")),
        closed=record_date(obj, "closed", field),
        outcome=parse_optional_str(obj.get("outcome"), field_at(field, "outcome"), max_length=5000),
        funding_code=parse_optional_str(
            obj.get("funding_code"), field_at(field, "funding_code"), max_length=40
        ),
        lawyer=parse_optional_str(obj.get("lawyer"), field_at(field, "lawyer"), max_length=200),
        tasks=record_items(obj, "tasks", field, parse_task),
    )


def _parse_languages(value: Any, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(
        parse_str(item, f"{field}[{index}]", max_length=3).lower()
        for index, item in enumerate(require_list(value, field))
    )


def parse_client(value: Any, prefix: str = "", today: dt.date | None = None) -> ClientRecord:
    """One client object; ``prefix`` is prepended to field paths (``[2]`` inside a list)."""
    obj = require_object(value, prefix)
    refuse_unknown_keys(obj, CLIENT_FIELDS, prefix)
    names_field = field_at(prefix, "names")
    if not require_list(obj.get("names", []), names_field):
        raise ValidationError(names_field, "at least one name is required")
    sex, category, safe = obj.get("sex"), obj.get("category"), obj.get("safe_to_contact")
    record = ClientRecord(
        names=record_items(obj, "names", prefix, parse_name),
        sex=None if sex is None else parse_enum(Sex, sex, field_at(prefix, "sex")),
        date_of_birth=parse_optional_date(
            obj.get("date_of_birth"), field_at(prefix, "date_of_birth")
        ),
        citizenship=(
            parse_citizenship(obj["citizenship"], field_at(prefix, "citizenship"))
            if "citizenship" in obj
            else NOT_STATED
        ),  # null is stateless
        category=None
        if category is None
        else parse_enum(Category, category, field_at(prefix, "category")),
        languages=_parse_languages(obj.get("languages"), field_at(prefix, "languages")),
        interpreter=False if obj.get("interpreter") is None
        else parse_bool(obj["interpreter"], field_at(prefix, "interpreter")),
        phone=parse_optional_str(obj.get("phone"), field_at(prefix, "phone"), max_length=40),
        safe_to_contact=False
        if safe is None
        else parse_bool(safe, field_at(prefix, "safe_to_contact")),
        address=parse_optional_str(
            obj.get("address"), field_at(prefix, "address"), max_length=1000
        ),
        iin=parse_optional_str(obj.get("iin"), field_at(prefix, "iin"), max_length=40),
        lawyer=parse_optional_str(obj.get("lawyer"), field_at(prefix, "lawyer"), max_length=200),
        documents=record_items(obj, "documents", prefix, parse_document),
        trips=record_items(obj, "trips", prefix, parse_trip),
        events=record_items(obj, "events", prefix, parse_event),
        notes=_parse_notes(obj, prefix),
        cases=record_items(obj, "cases", prefix, parse_case),
    )
    _check_with_prefix(record, prefix, today)
    return record


def _check_with_prefix(record: ClientRecord, prefix: str, today: dt.date | None) -> None:
    try:
        check_client(record, today)
    except ValidationError as error:
        if not prefix:
            raise
        raise ValidationError(field_at(prefix, error.field), error.problem) from None


def parse_clients(value: Any, today: dt.date | None = None) -> list[ClientRecord]:
    """One client object or a list of them; a list's field paths start with ``[i]``."""
    if isinstance(value, list):
        if not value:
            raise ValidationError("input", "the list of clients is empty")
        return [parse_client(item, f"[{index}]", today) for index, item in enumerate(value)]
    return [parse_client(value, "", today)]


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _name_json(name: NameSpelling) -> dict[str, Any]:
    out: dict[str, Any] = {"family": name.family, "given": name.given}
    if name.patronymic:
        out["patronymic"] = name.patronymic
    out["script"] = name.script.value
    if name.source:
        out["source"] = name.source
    return out


def _case_json(case: CaseRecord) -> dict[str, Any]:
    return {
        "id": case.id, "type": case.type, "status": case.status.value, "opened": _date(case.opened),
        "closed": _date(case.closed), "outcome": case.outcome, "funding_code": case.funding_code,
        "lawyer": case.lawyer,
        "tasks": [
            {"id": t.id, "title": t.title, "due": _date(t.due), "done": _date(t.done),
             "source_rule": t.source_rule}
            for t in case.tasks
        ],
    }  # fmt: skip


def client_to_json(record: ClientRecord) -> dict[str, Any]:
    """The exchange format of one client (what ``legalaid clients show --json`` prints);
    ``interpreter`` only when one is needed, so the answer of a client without stays as it was."""
    printed = _client_json(record)
    if record.interpreter:
        printed["interpreter"] = True
    return printed


def _client_json(record: ClientRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "names": [_name_json(name) for name in record.names],
        "sex": None if record.sex is None else record.sex.value,
        "date_of_birth": _date(record.date_of_birth),
        "citizenship": record.citizenship,
        "category": None if record.category is None else record.category.value,
        "languages": list(record.languages),
        "phone": record.phone,
        "safe_to_contact": record.safe_to_contact,
        "address": record.address,
        "iin": record.iin,
        "lawyer": record.lawyer,
        "documents": [
            {"id": d.id, "type": d.type.value, "number": d.number, "issuer": d.issuer,
             "valid_from": _date(d.valid_from), "valid_until": _date(d.valid_until)}
            for d in record.documents
        ],
        "trips": [
            {"id": t.id, "entry": _date(t.entry), "exit": _date(t.exit), "checkpoint": t.checkpoint,
             "irregular_entry": t.irregular_entry, "host_notified": _date(t.host_notified)}
            for t in record.trips
        ],
        "events": [
            {"id": e.id, "type": e.type.value, "date": _date(e.date)} for e in record.events
        ],
        "notes": [
            {"id": n.id, "text": n.text, "author": n.author,
             "created": None if n.created is None else n.created.isoformat(timespec="seconds")}
            for n in record.notes
        ],
        "cases": [_case_json(case) for case in record.cases],
    }  # fmt: skip
