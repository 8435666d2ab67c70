"""Casework sealed under a key intake never holds: notes, the outcomes of cases and the bodies of
letters are ciphertext in the database file to anyone who opens it with only the database key,
and plain text through the services of a session that holds the casework key."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import os
import zlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db import casework, crypto
from legalaid.db.casework import (
    LOCKED,
    CaseworkCipher,
    CaseworkTampered,
    casework_access,
    encrypt_existing_casework,
    is_sealed,
)
from legalaid.db.migrate import migrate_to_head
from legalaid.db.repositories import reports as reports_db
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import CaseStatus, Category, DocumentType, Script, Sex
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
    TripRecord,
)
from legalaid.errors import AccessDenied
from legalaid.services import Services, build_services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.casework import LOCKED_WRITE
from legalaid.services.letters.compose import LetterRequest
from legalaid.services.roles import Role

DATABASE_KEY = "database key every account unwraps, intake too"
NOTE = "Client fears return: CANARY-NOTE ұйғыр"
SECOND_NOTE = "Husband's employer keeps the passport CANARY-SECOND"
OUTCOME = "granted CANARY-OUTCOME after appeal"
POLICE_FIELDS = {"police_office": "УМП ДП г. Алматы", "request": "extension",
                 "reason": "лечение CANARY-LETTER"}
DAY = dt.date(2026, 11, 21)
CANARIES = ("CANARY-NOTE", "CANARY-SECOND", "CANARY-OUTCOME", "CANARY-EDITED")
COLUMNS = {"note": "text", "legal_case": "outcome", "letter_pdf": "data"}


def person(family: str = "Жұмабекова") -> ClientRecord:
    # a passport number of each person's own: the same one twice is refused at the door
    number = "FA7654321" if family == "Жұмабекова" else f"FB{zlib.crc32(family.encode()):010d}"
    return ClientRecord(
        names=(NameSpelling(family, "Әйгерім", Script.CYRILLIC),),
        sex=Sex.FEMALE, date_of_birth=dt.date(1991, 3, 7), citizenship="UZ",
        category=Category.VISITOR, lawyer="lawyer1",
        documents=(DocumentRecord(DocumentType.PASSPORT, number,
                                  valid_from=dt.date(2021, 5, 4),
                                  valid_until=dt.date(2031, 5, 3)),),
        trips=(TripRecord(entry=dt.date(2026, 9, 1)),),
    )


def with_casework(record: ClientRecord) -> ClientRecord:
    case = CaseRecord("overstay", dt.date(2026, 9, 10), CaseStatus.CLOSED,
                      closed=dt.date(2026, 10, 1), outcome=OUTCOME)
    return dataclasses.replace(record, notes=(NoteRecord(NOTE),), cases=(case,))


def letter(client_id: int) -> LetterRequest:
    return LetterRequest("police_extension", client_id, "ru", fields=POLICE_FIELDS, date=DAY,
                         lawyer="С. Қалиева")


def services_for(engine: Engine, key: bytes | None) -> Services:
    built = build_services(engine, casework=casework_access(key))
    built.letters.save_organisation(dataclasses.replace(SYNTHETIC_ORGANISATION, prefix="la"))
    return built


def fill(services: Services) -> tuple[int, int]:
    """A client with casework in every sealed column, written every way the desk writes it:
    registered with notes and a case, a note and a case added, a note edited, a letter saved.
    Returns (client id, letter id)."""
    client_id = services.clients.add(with_casework(person()))
    note_id = services.clients.add_note(client_id, NoteRecord(SECOND_NOTE))
    services.clients.update_note(NoteRecord("edited CANARY-EDITED", id=note_id))
    services.clients.add_case(client_id, CaseRecord("asylum", dt.date(2026, 10, 2),
                                                    outcome="refused CANARY-OUTCOME"))
    saved = services.letters.save(letter(client_id))
    return client_id, saved.letter.id


def raw_values(connection: Any) -> dict[str, list[Any]]:
    """Every value of every casework column, read past the services."""
    return {table: [row[0] for row in connection.execute(f"SELECT {column} FROM {table}")]
            for table, column in COLUMNS.items()}


def every_text(connection: Any) -> str:
    """All the text and blobs in every table of the database, as one string."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    found = []
    for name in tables:
        for row in connection.execute(f'SELECT * FROM "{name}"'):
            for value in row:
                if isinstance(value, bytes):
                    found.append(value.decode("latin-1"))
                elif isinstance(value, str):
                    found.append(value)
    return "\n".join(found)


@pytest.fixture
def key() -> bytes:
    return casework.new_casework_key()


def test_an_intake_account_with_its_own_key_reads_only_ciphertext_in_casework_columns(
        tmp_path: Path, key: bytes) -> None:
    path = tmp_path / "case.sqlite"
    crypto.create_encrypted_database(path, DATABASE_KEY)
    engine = create_engine_for(str(path), passphrase=DATABASE_KEY)
    migrate_to_head(engine)
    client_id, _ = fill(services_for(engine, key))
    engine.dispose()

    # Intake unwraps the database key and opens the file with sqlcipher3, past the app.
    connection = crypto.connect(path, DATABASE_KEY)
    try:
        values = raw_values(connection)
        everything = every_text(connection)
    finally:
        connection.close()
    assert [len(values[table]) for table in COLUMNS] == [2, 2, 1]
    for table, stored in values.items():
        assert all(is_sealed(value) for value in stored), table
    for canary in CANARIES:
        assert canary not in everything
    assert not any(b"%PDF" in value for value in values["letter_pdf"])
    # What intake works with stays readable to intake.
    assert "Жұмабекова" in everything and "FA7654321" in everything

    # The same account through the app: the file opens, its casework is locked, not shown.
    engine = create_engine_for(str(path), passphrase=DATABASE_KEY)
    intake = guard(build_services(engine, casework=casework_access(None)),
                   Actor("intake1", Role.INTAKE))
    opened = intake.clients.file(client_id, DAY)
    assert opened.casework_locked
    assert opened.record.notes == () and opened.record.cases == ()
    assert opened.record.documents[0].number == "FA7654321"
    engine.dispose()


def test_a_lawyer_session_reads_plain_text_through_the_services(
        engine: Engine, key: bytes) -> None:
    lawyer = services_for(engine, key)
    client_id, letter_id = fill(lawyer)
    record = lawyer.clients.get(client_id)
    assert [note.text for note in record.notes] == [NOTE, "edited CANARY-EDITED"]
    assert [case.outcome for case in record.cases] == [OUTCOME, "refused CANARY-OUTCOME"]
    assert b"%PDF" in lawyer.letters.pdf(letter_id)[:16]
    assert not lawyer.clients.file(client_id, DAY).casework_locked
    # A note saved with the text it has is not a change; the bin shows a deleted note's text.
    note = record.notes[0]
    before = len(lawyer.clients.history(client_id))
    lawyer.clients.update_note(note)
    assert len(lawyer.clients.history(client_id)) == before
    lawyer.clients.delete_item("note", note.id or 0)
    assert [item.summary for item in lawyer.clients.deleted_items(client_id)] == [NOTE[:60]]
    # Another session with the same key (another engine) reads the same.
    other = create_engine_for(engine.url.render_as_string(hide_password=False))
    assert build_services(other, casework=casework_access(key)).clients.get(client_id) \
        .cases[0].outcome == OUTCOME
    other.dispose()


def test_a_session_without_the_key_reads_casework_as_locked_and_may_not_write_it(
        engine: Engine, key: bytes) -> None:
    client_id, letter_id = fill(services_for(engine, key))
    locked = build_services(engine, casework=casework_access(None))
    record = locked.clients.get(client_id)
    assert {note.text for note in record.notes} == {LOCKED}
    assert {case.outcome for case in record.cases} == {LOCKED}
    assert locked.clients.file(client_id, DAY).casework_locked
    with pytest.raises(AccessDenied, match="encrypted for lawyers"):
        locked.letters.pdf(letter_id)
    writes = (
        lambda: locked.clients.add_note(client_id, NoteRecord("new")),
        lambda: locked.clients.update_note(NoteRecord("new", id=record.notes[0].id)),
        lambda: locked.clients.add_case(client_id, CaseRecord("asylum", DAY)),
        lambda: locked.clients.add(with_casework(person("Ахмедова"))),
        lambda: locked.letters.save(letter(client_id)),
        lambda: locked.reports.activity(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    )
    for write in writes:
        with pytest.raises(AccessDenied) as refused:
            write()
        assert "casework is encrypted for lawyers, supervisors and administrators" \
            in str(refused.value)
    assert str(AccessDenied(LOCKED_WRITE)).endswith("nothing was saved")
    # Intake's own work goes on: a new client, a document, a trip.
    new_id = locked.clients.add(person("Ахмедова"))
    locked.clients.add_document(new_id, DocumentRecord(DocumentType.MIGRATION_CARD, "77"))
    assert len(locked.clients.get(new_id).documents) == 2
    # Nothing of the refused writes reached the database.
    assert len(build_services(engine, casework=casework_access(key)).clients.get(client_id)
               .notes) == 2


def test_a_sealed_value_copied_into_another_row_or_column_does_not_open(
        engine: Engine, key: bytes) -> None:
    lawyer = services_for(engine, key)
    client_id, _ = fill(lawyer)
    other_id = lawyer.clients.add(person("Ахмедова"))
    other_note = lawyer.clients.add_note(other_id, NoteRecord("harmless"))
    with engine.begin() as connection:
        connection.execute(text("UPDATE note SET text = (SELECT text FROM note WHERE id = 1) "
                                "WHERE id = :id"), {"id": other_note})
    with pytest.raises(CaseworkTampered, match=f"note {other_note}"):
        lawyer.clients.get(other_id)
    lawyer.clients.get(client_id)  # the original still opens
    with engine.begin() as connection:
        connection.execute(text("UPDATE note SET text = 'harmless' WHERE id = :id"),
                           {"id": other_note})
        connection.execute(text("UPDATE legal_case SET outcome = (SELECT text FROM note "
                                "WHERE id = 1) WHERE id = 1"))
    with pytest.raises(CaseworkTampered, match="legal_case 1"):
        lawyer.clients.get(client_id)


def test_a_changed_byte_or_another_key_is_detected(engine: Engine, key: bytes) -> None:
    lawyer = services_for(engine, key)
    client_id, letter_id = fill(lawyer)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT text FROM note WHERE id = 1")).scalar_one()
        pdf = connection.execute(text("SELECT data FROM letter_pdf")).scalar_one()
    sealed = bytearray(base64.b64decode(stored[len(casework.PREFIX):]))
    sealed[20] ^= 1
    with engine.begin() as connection:
        connection.execute(text("UPDATE note SET text = :t WHERE id = 1"),
                           {"t": casework.PREFIX + base64.b64encode(bytes(sealed)).decode()})
        connection.execute(text("UPDATE letter_pdf SET data = :d"),
                           {"d": pdf[:-1] + bytes([pdf[-1] ^ 1])})
    with pytest.raises(CaseworkTampered, match="note 1"):
        lawyer.clients.get(client_id)
    with pytest.raises(CaseworkTampered, match=f"letter_pdf {letter_id}"):
        lawyer.letters.pdf(letter_id)
    stranger = build_services(engine, casework=casework_access(os.urandom(32)))
    with engine.begin() as connection:
        connection.execute(text("UPDATE note SET text = :t WHERE id = 1"), {"t": stored})
    with pytest.raises(CaseworkTampered, match="does not open with this casework key"):
        stranger.clients.get(client_id)


def test_casework_of_a_database_from_before_keys_reads_and_is_sealed_in_one_step(
        engine: Engine, key: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    before = build_services(engine)  # a database from before keys: casework in plain text
    before.letters.save_organisation(dataclasses.replace(SYNTHETIC_ORGANISATION, prefix="la"))
    client_id, letter_id = fill(before)
    with engine.connect() as connection:
        plain = raw_values(connection.connection.driver_connection)
    assert NOTE in plain["note"] and not any(is_sealed(v) for v in plain["legal_case"])
    lawyer = build_services(engine, casework=casework_access(key))
    expected = before.clients.get(client_id)
    assert lawyer.clients.get(client_id) == expected  # plain values read as before
    pdf = before.letters.pdf(letter_id)

    # A conversion that fails half-way leaves every value as it was.
    cipher = CaseworkCipher(key)
    real_seal = casework.seal
    calls = {"n": 0}

    def failing(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] > 2:
            raise RuntimeError("power cut")
        return real_seal(*args)

    monkeypatch.setattr(casework, "seal", failing)
    with pytest.raises(RuntimeError):
        encrypt_existing_casework(engine, cipher)
    monkeypatch.setattr(casework, "seal", real_seal)
    with engine.connect() as connection:
        assert raw_values(connection.connection.driver_connection) == plain

    counts = encrypt_existing_casework(engine, cipher)
    assert counts == {"note.text": 2, "legal_case.outcome": 2, "letter_pdf.data": 1}
    with engine.connect() as connection:
        sealed = raw_values(connection.connection.driver_connection)
    assert all(is_sealed(v) for values in sealed.values() for v in values)
    assert lawyer.clients.get(client_id) == expected
    assert lawyer.letters.pdf(letter_id) == pdf
    # Run again: nothing left to seal, nothing sealed twice.
    assert set(encrypt_existing_casework(engine, cipher).values()) == {0}
    assert lawyer.clients.get(client_id) == expected


def test_reports_count_encrypted_outcomes_as_they_counted_plain_ones(
        tmp_path: Path, key: bytes) -> None:
    outcomes = ["granted", "granted", "refused", None, "granted"]

    def tallies(engine: Engine, casework_key: bytes | None) -> list[Any]:
        migrate_to_head(engine)
        services = build_services(engine) if casework_key is None else \
            build_services(engine, casework=casework_access(casework_key))
        for index, outcome in enumerate(outcomes):
            case = CaseRecord("overstay", dt.date(2026, 3, 1), CaseStatus.CLOSED,
                              closed=dt.date(2026, 4, 1 + index), outcome=outcome)
            services.clients.add(dataclasses.replace(person(f"Клиент{index}"), cases=(case,),
                                                     reporting_consent=True))
        period = reports_db.Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31), None)
        with engine.connect() as connection:
            found = reports_db.tallies(connection, period, (), None if casework_key is None
                                       else CaseworkCipher(casework_key)).closed
        engine.dispose()
        return sorted(found, key=repr)

    plain = tallies(create_engine_for(str(tmp_path / "plain.sqlite")), None)
    sealed = tallies(create_engine_for(str(tmp_path / "sealed.sqlite")), key)
    assert sealed == plain
    assert sorted(plain, key=repr) == sorted([("overstay", "granted", True, 3),
                                              ("overstay", "refused", True, 1),
                                              ("overstay", None, True, 1)], key=repr)


def test_bulk_insert_seals_the_notes_and_outcomes_it_writes(engine: Engine, key: bytes) -> None:
    services = build_services(engine, casework=casework_access(key))
    added = services.clients.bulk_insert(
        with_casework(person(f"Клиент{index}")) for index in range(30))
    assert added == 30
    with engine.connect() as connection:
        stored = raw_values(connection.connection.driver_connection)
    assert len(stored["note"]) == 30 and len(stored["legal_case"]) == 30
    assert all(is_sealed(v) for v in stored["note"] + stored["legal_case"])
    assert {n.text for n in services.clients.get(17).notes} == {NOTE}
    assert {c.outcome for c in services.clients.get(30).cases} == {OUTCOME}
