"""Conversions between frozen domain records and table rows (column dicts and Core rows)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row

from legalaid.domain.enums import CaseStatus, DocumentType, EventType, Script
from legalaid.domain.names import search_key
from legalaid.domain.records import (
    CaseRecord,
    DocumentRecord,
    EventRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
    TripRecord,
)


def name_values(client_id: int, name: NameSpelling, position: int) -> dict[str, Any]:
    return {
        "client_id": client_id, "family": name.family, "given": name.given,
        "patronymic": name.patronymic, "script": name.script.value, "source": name.source,
        "position": position, "search_key": search_key(name.full),
    }  # fmt: skip


def document_values(document: DocumentRecord) -> dict[str, Any]:
    return {
        "type": document.type.value, "number": document.number, "issuer": document.issuer,
        "valid_from": document.valid_from, "valid_until": document.valid_until,
    }  # fmt: skip


def trip_values(trip: TripRecord) -> dict[str, Any]:
    return {
        "entry": trip.entry, "exit": trip.exit, "checkpoint": trip.checkpoint,
        "irregular_entry": trip.irregular_entry, "host_notified": trip.host_notified,
    }  # fmt: skip


def event_values(event: EventRecord) -> dict[str, Any]:
    return {"type": event.type.value, "date": event.date}


def case_values(case: CaseRecord) -> dict[str, Any]:
    return {
        "type": case.type, "status": case.status.value, "opened": case.opened,
        "closed": case.closed, "outcome": case.outcome, "funding_code": case.funding_code,
        "lawyer": case.lawyer,
    }  # fmt: skip


def task_values(task: TaskRecord) -> dict[str, Any]:
    return {
        "title": task.title,
        "due": task.due,
        "done": task.done,
        "source_rule": task.source_rule,
    }


def note_values(note: NoteRecord, now: dt.datetime) -> dict[str, Any]:
    return {"text": note.text, "author": note.author, "created_at": note.created or now}


def name_from_row(row: Row[Any]) -> NameSpelling:
    return NameSpelling(
        family=row.family, given=row.given, script=Script(row.script),
        patronymic=row.patronymic, source=row.source,
    )  # fmt: skip


def document_from_row(row: Row[Any]) -> DocumentRecord:
    return DocumentRecord(
        type=DocumentType(row.type), number=row.number, issuer=row.issuer,
        valid_from=row.valid_from, valid_until=row.valid_until, id=row.id,
    )  # fmt: skip


def trip_from_row(row: Row[Any]) -> TripRecord:
    return TripRecord(
        entry=row.entry, exit=row.exit, checkpoint=row.checkpoint,
        irregular_entry=bool(row.irregular_entry), host_notified=row.host_notified, id=row.id,
    )  # fmt: skip


def event_from_row(row: Row[Any]) -> EventRecord:
    return EventRecord(type=EventType(row.type), date=row.date, id=row.id)


def task_from_row(row: Row[Any]) -> TaskRecord:
    return TaskRecord(
        title=row.title, due=row.due, done=row.done, source_rule=row.source_rule, id=row.id
    )


def case_from_row(row: Row[Any], tasks: tuple[TaskRecord, ...]) -> CaseRecord:
    return CaseRecord(
        type=row.type, opened=row.opened, status=CaseStatus(row.status), closed=row.closed,
        outcome=row.outcome, funding_code=row.funding_code, lawyer=row.lawyer, tasks=tasks,
        id=row.id,
    )  # fmt: skip


def note_from_row(row: Row[Any]) -> NoteRecord:
    return NoteRecord(text=row.text, created=row.created_at, author=row.author, id=row.id)
