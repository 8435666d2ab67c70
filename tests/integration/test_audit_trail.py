"""The audit trail: append-only inside the app, and tampering from outside is found by
``legalaid audit verify`` (exit 2 naming the first broken entry)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from tests import postgres

from legalaid.services import Services


def _record_three(services: Services) -> None:
    for action in ("login", "view", "change"):
        services.audit.record("lawyer1", action, "client", 7, 7, f"clients.{action}")


# On a server the guard is the desktop role's privileges (the office installation), not a trigger.
@pytest.mark.sqlite_only
def test_the_app_cannot_change_or_delete_an_entry(services: Services) -> None:
    _record_three(services)
    with services.engine.begin() as connection, pytest.raises(DatabaseError, match="append-only"):
        connection.execute(text("UPDATE audit_log SET user = 'someone' WHERE id = 2"))
    with services.engine.begin() as connection, pytest.raises(DatabaseError, match="append-only"):
        connection.execute(text("DELETE FROM audit_log WHERE id = 3"))
    assert services.audit.verify().first_broken is None


def test_changing_one_entry_breaks_the_chain_there(services: Services) -> None:
    _record_three(services)
    assert (services.audit.verify().entries, services.audit.verify().ok) == (3, True)
    with services.engine.begin() as connection:  # an attacker with the file drops the triggers
        postgres.drop_guard(connection, "audit_log_no_update")
        connection.execute(text("UPDATE audit_log SET client_id = 8 WHERE id = 2"))
    assert services.audit.verify().first_broken == 2


def test_deleting_an_entry_is_found_at_the_next_one(services: Services) -> None:
    _record_three(services)
    with services.engine.begin() as connection:
        postgres.drop_guard(connection, "audit_log_no_delete")
        connection.execute(text("DELETE FROM audit_log WHERE id = 2"))
    assert services.audit.verify().first_broken == 3

