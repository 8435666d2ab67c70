"""Many desktops at once on the shared registers: letter numbers come from one counter per year
(distinct and gap-free however many take them at the same instant), and the audit chain stays one
chain under concurrent writers."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from tests import postgres
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.migrate import ServerUpgrade, alembic_config, migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services, build_services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.letters.compose import LetterRequest
from legalaid.services.roles import Role

DAY = dt.date(2026, 11, 21)
LETTER_WORKERS = 20
AUDIT_WRITERS, ENTRIES_EACH = 10, 15
FIELDS = {"police_office": "УМП ДП г. Алматы", "request": "extension", "reason": "лечение"}


def client() -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling("Жұмабекова", "Әйгерім", Script.CYRILLIC),
               NameSpelling("Zhumabekova", "Aigerim", Script.LATIN)),
        sex=Sex.FEMALE, date_of_birth=dt.date(1991, 3, 7), citizenship="UZ",
        category=Category.VISITOR, trips=(TripRecord(entry=dt.date(2026, 9, 1)),),
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA7654321",
                                  valid_from=dt.date(2021, 5, 4),
                                  valid_until=dt.date(2031, 5, 3)),))


def _request(client_id: int, date: dt.date = DAY) -> LetterRequest:
    return LetterRequest("police_extension", client_id, "ru", fields=FIELDS, date=date,
                         lawyer="С. Қалиева")


@pytest.fixture
def desktops(engine: Engine) -> Iterator[Callable[[int], list[Services]]]:
    """``count`` desktops, each signed in with its own engine on the same database."""
    opened: list[Services] = []

    def open_desktops(count: int) -> list[Services]:
        for number in range(count):
            own = create_engine_for(postgres.url_of(engine))
            opened.append(guard(build_services(own), Actor(f"lawyer{number}",
                                                           Role.ADMINISTRATOR)))
        return opened[-count:]

    yield open_desktops
    for services in opened:
        services.engine.dispose()


def _all_at_once(count: int, work: Callable[[int], object]) -> list[object]:
    """``work(i)`` in ``count`` threads released together; each one's result or error."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def test_twenty_desktops_taking_letter_numbers_at_once_get_consecutive_numbers(
        services: Services, desktops: Callable[[int], list[Services]]) -> None:
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    client_id = services.clients.add(client())
    services.letters.save(_request(client_id, dt.date(2025, 12, 30)))  # last year's: its own
    first = services.letters.save(_request(client_id))
    assert first.letter.number == "LA-2026/0001"
    desks = desktops(LETTER_WORKERS)
    results = _all_at_once(LETTER_WORKERS,
                           lambda i: desks[i].letters.save(_request(client_id)).letter.number)
    errors = [result for result in results if isinstance(result, Exception)]
    assert errors == []
    expected = [f"LA-2026/{n:04d}" for n in range(2, LETTER_WORKERS + 2)]
    assert sorted(str(result) for result in results) == expected
    registered = [letter.number for letter in services.letters.letters()
                  if letter.date.year == 2026]
    assert sorted(registered) == ["LA-2026/0001", *expected]
    assert services.letters.save(_request(client_id, dt.date(2025, 12, 31))).letter.number \
        == "LA-2025/0002"


def test_ten_concurrent_audit_writers_leave_one_chain_that_verifies(
        services: Services, desktops: Callable[[int], list[Services]]) -> None:
    desks = desktops(AUDIT_WRITERS)

    def write(index: int) -> None:
        for number in range(ENTRIES_EACH):
            desks[index].audit.record(f"lawyer{index}", "view", "client", number, number,
                                      "clients.get")

    results = _all_at_once(AUDIT_WRITERS, write)
    assert [result for result in results if isinstance(result, Exception)] == []
    verdict = services.audit.verify()
    assert verdict.findings == ()
    assert verdict.entries >= AUDIT_WRITERS * ENTRIES_EACH
    written = [row for row in services.audit.entries(limit=10_000) if row.action == "view"
               and row.detail == "clients.get"]
    assert len(written) == AUDIT_WRITERS * ENTRIES_EACH
    ordered = sorted(services.audit.entries(limit=10_000), key=lambda row: row.id)
    assert [row.at for row in ordered] == sorted(row.at for row in ordered)


@pytest.fixture
def empty_engine(database_kind: str, tmp_path: Path,
                 request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on an empty database of the engine under test."""
    if database_kind == "sqlite":
        engine = create_engine_for(str(tmp_path / "old.sqlite"))
        yield engine
        engine.dispose()
        return
    server: postgres.Server = request.getfixturevalue("postgres_server")
    name = server.new_name("old")
    server.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine_for(server.url(name))
    yield engine
    engine.dispose()
    server.drop(name)


def test_the_upgrade_seeds_each_years_counter_from_the_letters_registered(
        empty_engine: Engine) -> None:
    config = alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0013")
    # A client and letters registered before the counter existed, as that schema held them
    # (today's services expect the newer tables).
    with empty_engine.begin() as connection:
        client_id = connection.execute(text(
            "INSERT INTO client (languages, safe_to_contact, reporting_consent, created_at, "
            "updated_at, version) VALUES ('ru', :no, :no, :day, :day, 1) RETURNING id"),
            {"no": False, "day": dt.datetime(2025, 1, 10)}).scalar_one()
        for year, sequence in ((2025, 1), (2025, 2), (2025, 7), (2026, 1)):
            connection.execute(text(
                "INSERT INTO letter (client_id, template, language, outgoing_number, date, "
                "year, sequence, title, created_at, version) VALUES (:client, 'police_extension', "
                "'ru', :number, :day, :year, :sequence, '', :day, 1)"),
                {"client": client_id, "number": f"LA-{year}/{sequence:04d}", "year": year,
                 "sequence": sequence, "day": dt.datetime(year, 6, 1)})
    migrate_to_head(empty_engine, server_upgrade=ServerUpgrade.ANY)  # as `legalaid migrate`
    services = build_services(empty_engine)
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    writer = services.clients.add(client())  # the counter is the office's, not a client's
    assert writer != client_id
    assert [services.letters.save(_request(writer, dt.date(year, 11, 2))).letter.number
            for year in (2025, 2026, 2024)] == ["LA-2025/0008", "LA-2026/0002", "LA-2024/0001"]


def test_writers_restarting_a_missing_head_at_once_make_one_head(
        services: Services, desktops: Callable[[int], list[Services]]) -> None:
    services.audit.record("lawyer1", "view", "client", 1, 1, "clients.get")
    with services.engine.begin() as connection:  # a database whose head row is gone
        connection.execute(text("DELETE FROM audit_head"))
    desks = desktops(AUDIT_WRITERS)
    results = _all_at_once(AUDIT_WRITERS, lambda i: desks[i].audit.record(
        f"lawyer{i}", "view", "client", i, i, "clients.get"))
    assert [result for result in results if isinstance(result, Exception)] == []
    verdict = services.audit.verify()
    assert (verdict.entries, verdict.findings) == (AUDIT_WRITERS + 1, ())
