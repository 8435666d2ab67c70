"""Deleting and restoring an item for a named client: another client's item is refused and left
alone, the owner's goes to the bin and back."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import Script
from legalaid.domain.records import ClientRecord, NameSpelling, NoteRecord
from legalaid.errors import NotFoundError
from legalaid.services import Services


def _client(services: Services, family: str) -> int:
    return services.clients.add(ClientRecord(
        names=(NameSpelling(family, "Test", Script.LATIN),), date_of_birth=dt.date(1990, 1, 1)))


def test_item_of_another_client_is_not_deleted(services: Services) -> None:
    first, second = _client(services, "First"), _client(services, "Second")
    note_id = services.clients.add_note(first, NoteRecord("about the first client"))
    with pytest.raises(NotFoundError, match=f"note {note_id} is not in the file of client"):
        services.clients.delete_item("note", note_id, client_id=second)
    assert [n.text for n in services.clients.get(first).notes] == ["about the first client"]
    assert services.clients.deleted_items(first) == []


def test_owner_deletes_and_restores(services: Services) -> None:
    first, second = _client(services, "First"), _client(services, "Second")
    note_id = services.clients.add_note(first, NoteRecord("kept"))
    services.clients.delete_item("note", note_id, client_id=first)
    assert services.clients.get(first).notes == ()
    with pytest.raises(NotFoundError):
        services.clients.restore_item("note", note_id, client_id=second)
    services.clients.restore_item("note", note_id, client_id=first)
    assert [n.text for n in services.clients.get(first).notes] == ["kept"]
    actions = [(e.action, e.item) for e in services.clients.history(first)][:2]
    assert actions == [("restore", "note"), ("delete", "note")]
