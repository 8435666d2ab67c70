"""Findings remember their law: the status snapshot, each stored deadline and each registered
letter name the rules pack that produced them, on both engines."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.models import ClientDeadline, RulePack, StatusSnapshotRow
from legalaid.db.repositories import letters as letters_db
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services
from legalaid.services.letters.compose import LetterRequest

DAY = dt.date(2026, 11, 21)
VISITOR = ClientRecord(
    names=(NameSpelling("Жұмабекова", "Әйгерім", Script.CYRILLIC),), sex=Sex.FEMALE,
    date_of_birth=dt.date(1991, 3, 7), citizenship="UZ", category=Category.VISITOR,
    documents=(DocumentRecord(DocumentType.PASSPORT, "FA7654321", valid_from=dt.date(2021, 5, 4),
                              valid_until=dt.date(2031, 5, 3)),),
    trips=(TripRecord(entry=dt.date(2026, 11, 1)),))


def test_snapshots_deadlines_and_letters_name_the_pack(services: Services) -> None:
    client_id = services.clients.add(VISITOR)
    services.status.refresh(as_of=DAY)
    with services.engine.connect() as connection:
        shipped = connection.execute(select(RulePack.id, RulePack.pack_id, RulePack.active)).all()
        assert [(pack_id, active) for _, pack_id, active in shipped] == [("kz-2026.1", True)]
        pack = shipped[0][0]
        assert connection.execute(select(StatusSnapshotRow.rule_pack).where(
            StatusSnapshotRow.client_id == client_id)).scalar() == pack
        stored = connection.execute(select(ClientDeadline.rule_pack).where(
            ClientDeadline.client_id == client_id)).scalars().all()
        assert stored and set(stored) == {pack}
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    saved = services.letters.save(LetterRequest(
        "police_extension", client_id, "ru", date=DAY, lawyer="С. Қалиева",
        fields={"police_office": "УМП ДП г. Алматы", "request": "extension",
                "reason": "лечение"}))
    with services.engine.connect() as connection:
        assert letters_db.rule_pack_of(connection, saved.letter.id) == "kz-2026.1 (version 1)"
