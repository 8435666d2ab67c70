"""Roles through the services: the role × action matrix of the issue, lawyers' own clients and
access on request, intake never seeing casework, and every public service method in the policy."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
    TripRecord,
)
from legalaid.errors import AccessDenied
from legalaid.services import Services
from legalaid.services.access import guard, public_methods
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.policy import POLICY
from legalaid.services.roles import Role

ROLES = (Role.INTAKE, Role.LAWYER, Role.SUPERVISOR, Role.ADMINISTRATOR)
Y, N = True, False

# From the issue: intake registers clients and edits identity, contact, documents and trips, with
# no access to cases, notes or letters; a lawyer has full access to assigned clients; a
# supervisor has all clients, reports and users (the administrator too).
#                                     intake lawyer supervisor administrator
EXPECTED: dict[str, tuple[bool, bool, bool, bool]] = {
    "register a client":               (Y, Y, Y, Y),
    "open an assigned client's file":  (Y, Y, Y, Y),
    "edit identity and contact":       (Y, Y, Y, Y),
    "add a document":                  (Y, Y, Y, Y),
    "add a trip":                      (Y, Y, Y, Y),
    "search names":                    (Y, Y, Y, Y),
    "add a case":                      (N, Y, Y, Y),
    "add a note":                      (N, Y, Y, Y),
    "list the client's letters":       (N, Y, Y, Y),
    "see everyone's deadlines":        (N, Y, Y, Y),
    "open another lawyer's client":    (Y, N, Y, Y),
    "list users":                      (N, N, Y, Y),
    "add a user":                      (N, N, Y, Y),
    "read the audit trail":            (N, N, Y, Y),
    "list files due for retention":    (N, N, Y, Y),
    "override a missing consent":      (N, N, Y, Y),
}

MINE = ClientRecord(names=(NameSpelling("Sadykova", "Aigerim", Script.LATIN),), lawyer="lawyer1",
                    phone="+7 700 000 00 00")
THEIRS = ClientRecord(names=(NameSpelling("Ivanov", "Oleg", Script.LATIN),), lawyer="lawyer2")


@pytest.fixture
def clients(services: Services) -> dict[str, int]:
    return {"mine": services.clients.add(MINE), "theirs": services.clients.add(THEIRS)}


def _operations(s: Services, ids: dict[str, int]) -> dict[str, Callable[[], object]]:
    mine, theirs = ids["mine"], ids["theirs"]
    day = dt.date(2024, 3, 1)
    return {
        "register a client": lambda: s.clients.add(
            ClientRecord(names=(NameSpelling("Nurlanov", "Timur", Script.LATIN),))),
        "open an assigned client's file": lambda: s.clients.get(mine),
        "edit identity and contact": lambda: s.clients.update_profile(
            mine, dataclasses.replace(s.clients.get(mine), phone="+7 701 111 11 11")),
        "add a document": lambda: s.clients.add_document(
            mine, DocumentRecord(DocumentType.PASSPORT, "N1234567")),
        "add a trip": lambda: s.clients.add_trip(mine, TripRecord(day, day)),
        "search names": lambda: s.search.search("Sadykova"),
        "add a case": lambda: s.clients.add_case(mine, CaseRecord("asylum", day)),
        "add a note": lambda: s.clients.add_note(mine, NoteRecord("called back")),
        "list the client's letters": lambda: s.letters.letters_of_client(mine),
        "see everyone's deadlines": lambda: s.deadlines.between(day, day),
        "open another lawyer's client": lambda: s.clients.get(theirs),
        "list users": lambda: s.accounts.users(),
        "add a user": lambda: s.accounts.add_user("newcomer", Role.INTAKE, "long enough 1"),
        "read the audit trail": lambda: s.audit.entries(),
        "list files due for retention": lambda: s.retention.due(),
        "override a missing consent": lambda: s.consent.require_consent_or_override(
            mine, "referral", "court deadline tomorrow"),
    }


def _allowed(operation: Callable[[], object]) -> bool:
    try:
        operation()
    except AccessDenied:
        return False
    return True


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
def test_each_role_may_do_exactly_what_the_issue_says(
    services: Services, clients: dict[str, int], role: Role
) -> None:
    name = "lawyer1" if role is Role.LAWYER else f"{role.value}1"
    guarded = guard(services, Actor(name, role))
    column = ROLES.index(role)
    observed = {what: _allowed(op) for what, op in _operations(guarded, clients).items()}
    assert observed == {what: row[column] for what, row in EXPECTED.items()}


def test_refusals_are_audited_without_personal_data(
    services: Services, clients: dict[str, int]
) -> None:
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    with pytest.raises(AccessDenied, match="not assigned to you"):
        lawyer.clients.get(clients["theirs"])
    denied = services.audit.entries(AuditFilter(action="denied"))
    assert [(e.user, e.client_id, e.detail) for e in denied] == [
        ("lawyer1", clients["theirs"], "clients.get")]
    assert "Ivanov" not in repr(services.audit.entries())


def test_a_lawyer_gets_another_client_on_request_with_a_reason(
    services: Services, clients: dict[str, int]
) -> None:
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    lawyer.access.request_access(clients["theirs"], "covering a hearing for a colleague")
    assert lawyer.clients.get(clients["theirs"]).lawyer == "lawyer2"
    [request] = services.audit.entries(AuditFilter(action="access_request"))
    assert (request.client_id, request.detail) == (
        clients["theirs"], "covering a hearing for a colleague")
    views = services.audit.entries(AuditFilter(action="view", client_id=clients["theirs"]))
    assert len(views) == 1


def test_intake_sees_the_file_without_cases_or_notes(
    services: Services, clients: dict[str, int]
) -> None:
    services.clients.add_note(clients["mine"], NoteRecord("fled in 2023"))
    services.clients.add_case(clients["mine"], CaseRecord("asylum", dt.date(2024, 1, 1)))
    seen = guard(services, Actor("intake1", Role.INTAKE)).clients.get(clients["mine"])
    assert (seen.notes, seen.cases, seen.phone) == ((), (), "+7 700 000 00 00")


def test_changes_are_audited_with_the_user_and_record(
    services: Services, clients: dict[str, int]
) -> None:
    intake = guard(services, Actor("intake1", Role.INTAKE))
    document_id = intake.clients.add_document(
        clients["mine"], DocumentRecord(DocumentType.PASSPORT, "N7654321"))
    [entry] = services.audit.entries(AuditFilter(action="change"))
    assert (entry.user, entry.table_name, entry.record_id, entry.client_id, entry.detail) == (
        "intake1", "document", document_id, clients["mine"], "clients.add_document")
    assert "N7654321" not in repr(services.audit.entries())


def test_only_an_administrator_appoints_administrators(services: Services) -> None:
    supervisor = guard(services, Actor("boss", Role.SUPERVISOR))
    with pytest.raises(AccessDenied, match="administrator"):
        supervisor.accounts.add_user("root2", Role.ADMINISTRATOR, "long enough 1")
    admin = guard(services, Actor("root", Role.ADMINISTRATOR))
    admin.accounts.add_user("root2", Role.ADMINISTRATOR, "long enough 1")
    assert [u.name for u in services.accounts.users()] == ["root2"]


def test_private_parts_and_unlisted_methods_are_refused(services: Services) -> None:
    guarded = guard(services, Actor("root", Role.ADMINISTRATOR))
    with pytest.raises(AttributeError):
        _ = guarded.clients._engine  # what an attacker would try
    with pytest.raises(AttributeError):
        guarded.clients.user = "someone else"


def test_every_public_method_of_every_service_is_in_the_policy(services: Services) -> None:
    missing = [".".join(key) for key in public_methods(services) if key not in POLICY]
    assert missing == []


def test_the_engine_behind_the_guard_cannot_be_queried(services: Services) -> None:
    guarded = guard(services, Actor("lawyer1", Role.LAWYER))
    with pytest.raises(AccessDenied, match="through the services only"):
        guarded.engine.connect()
    assert guarded.schema_revision() == services.schema_revision() != ""
    guarded.close()  # closing still works


def test_entries_are_written_in_the_signed_in_users_name_only(services: Services) -> None:
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    lawyer.audit.record("boss", "lock")
    lawyer.audit.record_many("boss", "lock", None, [(None, None), (None, None)])
    assert [e.user for e in services.audit.entries()] == ["lawyer1"] * 3


def test_a_batch_of_new_clients_is_recorded_client_by_client(services: Services) -> None:
    intake = guard(services, Actor("intake1", Role.INTAKE))
    ids = intake.clients.add_many([MINE, THEIRS])
    entries = services.audit.entries(AuditFilter(action="change"))
    assert sorted((e.table_name, e.record_id, e.client_id) for e in entries) == [
        ("client", ids[0], ids[0]), ("client", ids[1], ids[1])]
