"""Conversions between frozen domain records and table rows (column dicts and Core rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row

from legalaid.domain.enums import CaseStatus, Category, DocumentType, EventType, Script, Sex
from legalaid.domain.names import search_key
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


def _version(row: Row[Any]) -> int | None:
    """The row's version, when the query read it."""
    return getattr(row, "version", None)


def document_from_row(row: Row[Any]) -> DocumentRecord:
    return DocumentRecord(
        type=DocumentType(row.type), number=row.number, issuer=row.issuer,
        valid_from=row.valid_from, valid_until=row.valid_until, id=row.id,
        version=_version(row),
    )  # fmt: skip


def trip_from_row(row: Row[Any]) -> TripRecord:
    return TripRecord(
        entry=row.entry, exit=row.exit, checkpoint=row.checkpoint,
        irregular_entry=bool(row.irregular_entry), host_notified=row.host_notified, id=row.id,
        version=_version(row),
    )  # fmt: skip


def event_from_row(row: Row[Any]) -> EventRecord:
    return EventRecord(type=EventType(row.type), date=row.date, id=row.id,
                       version=_version(row))


def task_from_row(row: Row[Any]) -> TaskRecord:
    return TaskRecord(
        title=row.title, due=row.due, done=row.done, source_rule=row.source_rule, id=row.id,
        version=_version(row),
    )


def case_from_row(row: Row[Any], tasks: tuple[TaskRecord, ...]) -> CaseRecord:
    return CaseRecord(
        type=row.type, opened=row.opened, status=CaseStatus(row.status), closed=row.closed,
        outcome=row.outcome, funding_code=row.funding_code, lawyer=row.lawyer, tasks=tasks,
        id=row.id, version=_version(row),
    )  # fmt: skip


def note_from_row(row: Row[Any]) -> NoteRecord:
    return NoteRecord(text=row.text, created=row.created_at, author=row.author, id=row.id,
                      version=_version(row))


def client_from_rows(
    row: Row[Any], names: Iterable[Row[Any]], documents: Iterable[Row[Any]] = (),
    trips: Iterable[Row[Any]] = (), events: Iterable[Row[Any]] = (),
    notes: Iterable[Row[Any]] = (), cases: tuple[CaseRecord, ...] = (),
) -> ClientRecord:
    """A client record from its ``client`` row and the rows of its items, in display order."""
    return ClientRecord(
        id=row.id,
        names=tuple(name_from_row(n) for n in names),
        sex=None if row.sex is None else Sex(row.sex),
        date_of_birth=row.date_of_birth,
        citizenship=row.citizenship,
        category=None if row.category is None else Category(row.category),
        languages=tuple(code for code in row.languages.split(",") if code),
        phone=row.phone, safe_to_contact=bool(row.safe_to_contact), address=row.address,
        iin=row.iin, lawyer=row.lawyer, interpreter=bool(row.interpreter),
        documents=tuple(document_from_row(r) for r in documents),
        trips=tuple(trip_from_row(r) for r in trips),
        events=tuple(event_from_row(r) for r in events),
        notes=tuple(note_from_row(r) for r in notes),
        cases=cases,
    )  # fmt: skip
