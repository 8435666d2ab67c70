"""Services own the transaction: a change and its audit entry are kept together or not at all, a
new client and the consents they gave are one unit of work, a client file is read in one
transaction, and the banner's verdict is the list's."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import Engine, event

from legalaid.db.repositories import audit as audit_db
from legalaid.db.repositories import consent as consent_db
from legalaid.domain.enums import DocumentType, Script, Status
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.errors import ValidationError
from legalaid.services import Services, build_services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.roles import Role

TODAY = dt.date(2024, 3, 15)
JANE = ClientRecord(names=(NameSpelling("Doe", "Jane", Script.LATIN),), citizenship="US",
                    trips=(TripRecord(TODAY - dt.timedelta(days=10)),))


class DiskFull(OSError):
    pass


def _fail(*args: Any, **kwargs: Any) -> Any:
    raise DiskFull("no space left on the device")


def test_a_change_whose_audit_entry_cannot_be_written_is_not_kept(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = services.clients.add(JANE)
    intake = guard(services, Actor("intake1", Role.INTAKE))
    monkeypatch.setattr(audit_db, "append", _fail)  # the entry fails after the change is made
    with pytest.raises(DiskFull):
        intake.clients.add_document(client_id, DocumentRecord(DocumentType.PASSPORT, "N1234567"))
    monkeypatch.undo()
    assert services.clients.get(client_id).documents == ()
    assert services.audit.entries(AuditFilter(action="change")) == []


def test_an_audit_entry_whose_change_fails_is_not_kept(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new client's entry is written, then the access grant after it fails: neither stays."""
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    monkeypatch.setattr(type(lawyer.access), "_record_consents", _fail)
    with pytest.raises(DiskFull):
        lawyer.clients.add(JANE, consents=["legal_aid"])
    monkeypatch.undo()
    assert services.clients.count(ClientQuery()) == 0
    assert services.audit.entries() == []


def test_a_new_client_and_their_consents_are_one_unit_of_work(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consent_db, "insert_consent", _fail)
    with pytest.raises(DiskFull):
        services.clients.add(JANE, consents=["legal_aid"])
    monkeypatch.undo()
    with pytest.raises(ValidationError, match="purpose"):
        services.clients.add(JANE, consents=["marketing"])
    assert services.clients.count(ClientQuery()) == 0  # neither attempt left a client behind

    intake = guard(services, Actor("intake1", Role.INTAKE))
    client_id = intake.clients.add(JANE, consents=["legal_aid", "reporting"])
    assert sorted(row.purpose for row in services.consent.consents(client_id)) == [
        "legal_aid", "reporting"]
    entries = services.audit.entries(AuditFilter(action="change"))
    assert sorted((e.user, e.table_name, e.client_id) for e in entries) == [
        ("intake1", "client", client_id), ("intake1", "consent", client_id),
        ("intake1", "consent", client_id)]


def _connections_during(engine: Engine, call: Any) -> tuple[Any, int]:
    checked_out = []

    def count(*args: Any) -> None:
        checked_out.append(1)

    event.listen(engine, "checkout", count)
    try:
        return call(), len(checked_out)
    finally:
        event.remove(engine, "checkout", count)


def test_the_client_file_is_read_whole_in_one_transaction(services: Services) -> None:
    client_id = services.clients.add(JANE)
    other = services.clients.add(ClientRecord(names=(NameSpelling("Doe", "John", Script.LATIN),)))
    services.clients.add_family_link(client_id, other, "brother")
    whole, connections = _connections_during(services.engine,
                                             lambda: services.clients.file(client_id, TODAY))
    assert connections == 1
    assert whole.record == services.clients.get(client_id)
    assert whole.version == services.clients.version(client_id)
    assert [link.other_name for link in whole.family_links] == ["Doe John"]
    assert [entry.action for entry in whole.history][-1] == "create"
    assert whole.assessment.days_remaining == 19  # day 11 of a 30-day stay


def test_an_intake_worker_gets_the_file_without_casework(services: Services) -> None:
    client_id = services.clients.add(JANE)
    seen = guard(services, Actor("intake1", Role.INTAKE)).clients.file(client_id, TODAY)
    assert (seen.record.notes, seen.record.cases) == ((), ())
    [view] = services.audit.entries(AuditFilter(action="view"))
    assert (view.client_id, view.detail) == (client_id, "clients.file")


@pytest.mark.parametrize(("threshold", "expected"), [(14, Status.LAWFUL), (21, Status.AT_RISK)])
def test_the_banner_and_the_list_share_one_verdict(
    engine: Engine, threshold: int, expected: Status
) -> None:
    built = build_services(engine, at_risk_days=threshold)
    client_id = built.clients.add(JANE)
    built.status.refresh([client_id], TODAY)
    banner = built.status.verdict(built.clients.get(client_id), TODAY)
    listed = built.status.get(client_id)
    assert listed is not None
    assert banner.status is listed.status is expected
    assert (banner.days_remaining, banner.last_lawful_day) == (
        listed.days_remaining, listed.last_lawful_day)
