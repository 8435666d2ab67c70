"""Editing the items of a client's file: documents, trips, events, cases, tasks, notes and family
links. Every change is validated, recorded in the change log (field names only) and reversible:
deleting moves an item to the client's bin, from which ``restore_item`` brings it back. Changing
documents, trips or events re-evaluates the client's status in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from legalaid.db.repositories import clients as clients_db
from legalaid.db.repositories import items, values
from legalaid.domain import validation
from legalaid.domain.read_models import DeletedItem, FamilyLinkRow, HistoryEntry
from legalaid.domain.records import (
    CaseRecord,
    DocumentRecord,
    EventRecord,
    NoteRecord,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import NotFoundError, ValidationError
from legalaid.services.casework import CaseworkAccess, CaseworkCipher, writer
from legalaid.services.declarations import guarded
from legalaid.services.status import StatusService
from legalaid.services.unit_of_work import unit_of_work

STATUS_KINDS = {"document", "trip", "event"}  # the facts the rules engine reads
KINDS = tuple(items.ITEM_MODELS)


def _summary(kind: str, row: dict[str, Any]) -> str:
    """A short description of a deleted item so the user can recognise it in the bin."""
    text: dict[str, Callable[[], str]] = {
        "document": lambda: f"{row['type']} {row['valid_from'] or ''} – {row['valid_until'] or ''}",
        "trip": lambda: f"{row['entry']} – {row['exit'] or '…'}",
        "event": lambda: f"{row['type']} {row['date']}",
        "case": lambda: f"{row['type']} {row['opened']}",
        "task": lambda: f"{row['title']} {row['due']}",
        "note": lambda: str(row["text"])[:60],
        "family_link": lambda: f"{row['relationship']} #{row['other_client_id']}",
    }
    return text[kind]()


def _expected(record: Any, given: int | None) -> int | None:
    """The version a save is checked against: the one given, else the one the record was read
    with (a record made up from scratch, with neither, is checked against the row as read)."""
    return given if given is not None else record.version


def _check_owner(kind: str, item_id: int, owner: int, client_id: int | None) -> None:
    if client_id is not None and owner != client_id:
        what = kind.replace("_", " ")
        raise NotFoundError(f"{what} {item_id} is not in the file of client {client_id}")


class ClientItemsMixin:
    """Item editing for ``ClientService`` (which provides the attributes declared here)."""

    _sessions: sessionmaker[Session]
    _status: StatusService
    _casework: CaseworkAccess
    user: str | None
    _today: Callable[[], dt.date]

    def _now(self) -> dt.datetime:
        raise NotImplementedError

    def _after_change(
        self, session: Session, kind: str, item_id: int, client_id: int, action: str,
        fields: list[str],
    ) -> None:  # fmt: skip
        now = self._now()
        items.log_change(session, kind, item_id, client_id, action, fields, now, self.user)
        session.flush()
        clients_db.touch_client(session.connection(), client_id, now)
        if kind in STATUS_KINDS:
            self._status.refresh_in(session.connection(), [client_id], self._today())

    def _sealing(self, kind: str) -> CaseworkCipher | None:
        """The cipher for an item of ``kind`` (refused when it holds casework and the session
        holds no key to it)."""
        return writer(self._casework) if kind in items.SEALED else None

    def _add(self, kind: str, client_id: int, new_values: dict[str, Any]) -> int:
        cipher = self._sealing(kind)
        with unit_of_work(self._sessions) as session:
            item_id = items.add_item(session, kind, client_id, new_values, cipher)
            self._after_change(session, kind, item_id, client_id, "create", [])
            return item_id

    def _update(
        self, kind: str, item_id: int | None, new_values: dict[str, Any],
        expected_version: int | None, check: Callable[[Session, int], None] | None = None,
    ) -> None:  # fmt: skip
        if item_id is None:
            raise ValidationError("id", f"the {kind} to update has no id")
        cipher = self._sealing(kind)
        with unit_of_work(self._sessions) as session:
            owner = int(items.get_item(session, kind, item_id).client_id)
            if check is not None:
                check(session, owner)
            client_id, changed = items.update_item(
                session, kind, item_id, new_values, expected_version, cipher
            )
            if changed:
                self._after_change(session, kind, item_id, client_id, "update", changed)

    @guarded("clients.delete_item", item=("=kind", "item_id"))
    def delete_item(self, kind: str, item_id: int, client_id: int | None = None) -> None:
        """Move an item (``document``, ``trip``, … see ``KINDS``) to the client's bin.

        With ``client_id`` the item must belong to that client (else ``NotFoundError``)."""
        with unit_of_work(self._sessions) as session:
            owner = items.set_deleted(session, kind, item_id, self._now())
            _check_owner(kind, item_id, owner, client_id)
            self._after_change(session, kind, item_id, owner, "delete", [])

    @guarded("clients.restore_item", item=("=kind", "item_id"))
    def restore_item(self, kind: str, item_id: int, client_id: int | None = None) -> None:
        """Bring an item back from the bin (a trip that would now overlap is refused)."""
        with unit_of_work(self._sessions) as session:
            row = items.get_item(session, kind, item_id, deleted=True)
            _check_owner(kind, item_id, int(row.client_id), client_id)
            if kind == "trip":
                self._check_trip(session, row.client_id, values.trip_from_row(row), item_id)
            owner = items.set_deleted(session, kind, item_id, None)
            self._after_change(session, kind, item_id, owner, "restore", [])

    # documents, events, notes

    @guarded("clients.add_document", client="client_id")
    def add_document(self, client_id: int, document: DocumentRecord) -> int:
        validation.check_document(document, "document")
        return self._add("document", client_id, values.document_values(document))

    @guarded("clients.update_document", item=("document", "document"))
    def update_document(
        self, document: DocumentRecord, expected_version: int | None = None
    ) -> None:
        validation.check_document(document, "document")
        self._update("document", document.id, values.document_values(document),
                     _expected(document, expected_version))

    @guarded("clients.add_event", client="client_id")
    def add_event(self, client_id: int, event: EventRecord) -> int:
        return self._add("event", client_id, values.event_values(event))

    @guarded("clients.update_event", item=("event", "event"))
    def update_event(self, event: EventRecord, expected_version: int | None = None) -> None:
        self._update("event", event.id, values.event_values(event),
                     _expected(event, expected_version))

    @guarded("clients.add_note", client="client_id")
    def add_note(self, client_id: int, note: NoteRecord) -> int:
        """A note by the signed-in user, dated now (whatever ``note`` says of either)."""
        validation.check_note(note, "note")
        now = self._now()
        own = dataclasses.replace(note, author=self.user, created=now)
        return self._add("note", client_id, values.note_values(own, now))

    @guarded("clients.update_note", item=("note", "note"))
    def update_note(self, note: NoteRecord, expected_version: int | None = None) -> None:
        """New text for a note; its author and date stay those of when it was written."""
        validation.check_note(note, "note")
        self._update("note", note.id, {"text": note.text}, _expected(note, expected_version))

    # trips: no two stays in the country may overlap

    def _check_trip(
        self, session: Session, client_id: int, trip: TripRecord, own_id: int | None
    ) -> None:
        validation.check_trip(trip, "trip", max(self._today(), dt.date.today()))
        others = [
            t for t in clients_db.load_client(session.connection(), client_id).trips
            if t.id != own_id
        ]  # fmt: skip
        try:
            validation.check_trips_do_not_overlap([*others, trip], "trips")
        except ValidationError:
            raise ValidationError(
                "trip", f"overlaps another trip of this client ({trip.entry.isoformat()})"
            ) from None

    @guarded("clients.add_trip", client="client_id")
    def add_trip(self, client_id: int, trip: TripRecord) -> int:
        with unit_of_work(self._sessions) as session:
            self._check_trip(session, client_id, trip, None)
            item_id = items.add_item(session, "trip", client_id, values.trip_values(trip))
            self._after_change(session, "trip", item_id, client_id, "create", [])
            return item_id

    @guarded("clients.update_trip", item=("trip", "trip"))
    def update_trip(self, trip: TripRecord, expected_version: int | None = None) -> None:
        def check(session: Session, owner: int) -> None:
            self._check_trip(session, owner, trip, trip.id)

        self._update("trip", trip.id, values.trip_values(trip), _expected(trip, expected_version),
                     check)

    # cases and their tasks

    @guarded("clients.add_case", client="client_id")
    def add_case(self, client_id: int, case: CaseRecord) -> int:
        """Add a case with its tasks; returns the case id."""
        validation.check_case(case, "case")
        cipher = self._sealing("case")
        with unit_of_work(self._sessions) as session:
            case_id = items.add_item(session, "case", client_id, values.case_values(case), cipher)
            for task in case.tasks:
                task_values = {"case_id": case_id, **values.task_values(task)}
                items.add_item(session, "task", client_id, task_values)
            self._after_change(session, "case", case_id, client_id, "create", [])
            return case_id

    @guarded("clients.update_case", item=("case", "case"))
    def update_case(self, case: CaseRecord, expected_version: int | None = None) -> None:
        """Save the case's own fields (its tasks are edited one by one)."""
        validation.check_case(case, "case")
        self._update("case", case.id, values.case_values(case),
                     _expected(case, expected_version))

    @guarded("clients.add_task", client="client_id")
    def add_task(self, client_id: int, task: TaskRecord, case_id: int | None = None) -> int:
        validation.check_task(task, "task")
        return self._add("task", client_id, {"case_id": case_id, **values.task_values(task)})

    @guarded("clients.update_task", item=("task", "task"))
    def update_task(self, task: TaskRecord, expected_version: int | None = None) -> None:
        validation.check_task(task, "task")
        self._update("task", task.id, values.task_values(task),
                     _expected(task, expected_version))

    # family links

    @guarded("clients.add_family_link", client="client_id")
    def add_family_link(self, client_id: int, other_client_id: int, relationship: str) -> int:
        if other_client_id == client_id:
            raise ValidationError("other_client_id", "a client cannot be linked to themselves")
        if not relationship.strip():
            raise ValidationError("relationship", "is required")
        with unit_of_work(self._sessions) as session:
            items.get_client(session, other_client_id)
            link = {"other_client_id": other_client_id, "relationship": relationship.strip()}
            item_id = items.add_item(session, "family_link", client_id, link)
            self._after_change(session, "family_link", item_id, client_id, "create", [])
            return item_id

    @guarded("clients.family_links", client="client_id")
    def family_links(self, client_id: int) -> list[FamilyLinkRow]:
        with unit_of_work(self._sessions) as session:
            links = items.family_links(session, client_id)
            connection = session.connection()
            rows = []
            for link in links:
                if not clients_db.client_exists(connection, link.other_client_id):
                    continue  # the relative's own file is in the bin
                names = clients_db.load_client(connection, link.other_client_id).names
                rows.append(FamilyLinkRow(
                    link.id, link.other_client_id, names[0].full if names else "",
                    link.relationship,
                ))  # fmt: skip
            return rows

    # history and the bin

    @guarded("clients.history", client="client_id")
    def history(self, client_id: int) -> list[HistoryEntry]:
        """What changed in the client's file, newest first (field names, not values)."""
        with unit_of_work(self._sessions) as session:
            return [
                HistoryEntry(
                    at=row.at,
                    by=row.by,
                    action=row.action,
                    item=row.table_name,
                    item_id=row.row_id,
                    fields=tuple(f for f in row.fields.split(",") if f),
                )
                for row in items.history_rows(session, client_id)
            ]

    @guarded("clients.deleted_items", client="client_id")
    def deleted_items(self, client_id: int) -> list[DeletedItem]:
        """The client's bin, newest first."""
        with unit_of_work(self._sessions) as session:
            return [
                DeletedItem(row.kind, row.item_id, row.deleted_at, _summary(row.kind, row.values))
                for row in items.deleted_rows(session, client_id, self._casework.cipher)
            ]
