"""Consent before a referral or letter to a third party, and retention: the dry run lists ids, the
run anonymises (statistics survive) and the names leave the search index."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import CaseStatus, Category, DocumentType, Script, Sex
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
)
from legalaid.errors import AccessDenied
from legalaid.services import Services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.retention import RetentionService
from legalaid.services.roles import Role

CLIENT = ClientRecord(
    names=(NameSpelling("Токтогулов", "Бакыт", Script.CYRILLIC),
           NameSpelling("Toktogulov", "Bakyt", Script.LATIN)),
    sex=Sex.MALE, date_of_birth=dt.date(1990, 6, 12), citizenship="KG",
    category=Category.EAEU_WORKER, phone="+7 705 123 45 67", address="Алматы, ул. Абая 1",
    lawyer="lawyer1",
    documents=(DocumentRecord(DocumentType.PASSPORT, "ID9876543"),),
    notes=(NoteRecord("threatened by employer"),),
)


def _closed_case(closed: dt.date) -> CaseRecord:
    return CaseRecord("labour dispute", dt.date(2015, 1, 10), CaseStatus.CLOSED, closed)


def test_a_referral_needs_consent_or_a_supervisors_reason(services: Services) -> None:
    client_id = services.clients.add(CLIENT)
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    with pytest.raises(AccessDenied, match="not consented to referral"):
        lawyer.consent.require_consent_or_override(client_id, "referral", "urgent")
    supervisor = guard(services, Actor("boss", Role.SUPERVISOR))
    assert supervisor.consent.require_consent_or_override(
        client_id, "referral", "shelter placement tonight") is True
    [override] = services.audit.entries(AuditFilter(action="consent_override"))
    assert (override.user, override.client_id, override.detail) == (
        "boss", client_id, "referral: shelter placement tonight")
    lawyer.consent.record_consent(client_id, "referral", dt.date(2024, 3, 1))
    assert lawyer.consent.require_consent_or_override(client_id, "referral") is False
    [consent] = services.consent.consents(client_id)
    assert (consent.purpose, consent.recorded_by) == ("referral", "lawyer1")


def test_withdrawn_consent_no_longer_counts(services: Services) -> None:
    client_id = services.clients.add(CLIENT)
    services.consent.record_consent(client_id, "reporting", dt.date(2024, 1, 5))
    services.consent.withdraw_consent(client_id, "reporting", dt.date(2024, 2, 1))
    assert services.consent.has_consent(client_id, "reporting", dt.date(2024, 1, 31))
    assert not services.consent.has_consent(client_id, "reporting", dt.date(2024, 2, 1))
    assert not services.consent.has_consent(client_id, "legal_aid", dt.date(2024, 1, 31))


def test_retention_dry_run_lists_then_the_run_anonymises(services: Services) -> None:
    old = services.clients.add(CLIENT)
    services.clients.add_case(old, _closed_case(dt.date(2017, 5, 2)))
    # three files of one record (its passport is on file after the first: with a reason)
    recent = services.clients.add(CLIENT, allow_duplicate="retention periods compared")
    services.clients.add_case(recent, _closed_case(dt.date(2022, 5, 2)))
    still_open = services.clients.add(CLIENT, allow_duplicate="retention periods compared")
    services.clients.add_case(still_open, _closed_case(dt.date(2016, 1, 1)))
    services.clients.add_case(still_open, CaseRecord("appeal", dt.date(2016, 2, 1)))
    retention = RetentionService(services.engine, 5, today=lambda: dt.date(2024, 3, 15))

    assert retention.due() == [old]  # 2017 is more than 5 years before 15.03.2024
    assert services.clients.get(old).phone == "+7 705 123 45 67"  # the dry run changed nothing
    assert retention.anonymise_due() == [old]
    assert retention.due() == []

    gone = services.clients.get(old)
    assert (gone.phone, gone.address, gone.documents[0].number) == (None, None, None)
    assert [note.text for note in gone.notes] == [""]
    assert "Токтогулов" not in repr(gone) and "Toktogulov" not in repr(gone)
    # statistics survive
    assert (gone.sex, gone.citizenship, gone.category) == (Sex.MALE, "KG", Category.EAEU_WORKER)
    assert gone.date_of_birth is not None and gone.date_of_birth.year == 1990
    found = {hit.client_id for hit in services.search.search("Toktogulov")}
    assert found == {recent, still_open}
