"""Desktops whose clocks drift cannot reorder history on a server: audit entries, changes and
letters are stamped with the database server's time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db import session as db_session
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import Services, imports
from legalaid.services.letters.compose import LetterRequest

pytestmark = pytest.mark.postgresql_only
FIELDS = {"police_office": "УМП ДП г. Алматы", "request": "extension", "reason": "лечение"}


def client(family: str) -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling(family, "Aigerim", Script.LATIN),), sex=Sex.FEMALE,
        date_of_birth=dt.date(1991, 3, 7), citizenship="UZ", category=Category.VISITOR,
        trips=(TripRecord(entry=dt.date(2024, 3, 1)),),
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA7654321",
                                  valid_from=dt.date(2021, 5, 4),
                                  valid_until=dt.date(2031, 5, 3)),))


def _server_now(services: Services) -> dt.datetime:
    with services.engine.connect() as connection:
        moment: dt.datetime = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
    return moment.astimezone().replace(tzinfo=None)


def test_the_stored_order_follows_the_server_not_the_desktops_clocks(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    started = _server_now(services)
    done: dict[str, tuple[int, int]] = {}
    # Desktop A runs five hours fast and saves first; desktop B, three hours slow, saves next.
    for desk, drift in (("A", dt.timedelta(hours=5)), ("B", dt.timedelta(hours=-3))):
        monkeypatch.setattr(db_session, "desktop_now",
                            lambda drift=drift: dt.datetime.now() + drift)
        client_id = services.clients.add(client(f"Desk{desk}"))
        record = services.clients.get(client_id)
        services.clients.update_profile(client_id, record, services.clients.version(client_id))
        services.audit.record(f"lawyer{desk}", "view", "client", client_id, client_id,
                              "clients.get")
        letter = services.letters.save(LetterRequest(
            "police_extension", client_id, "ru", fields=FIELDS, date=dt.date(2024, 3, 15),
            lawyer="С. Қалиева")).letter
        done[desk] = (client_id, letter.id)
    finished = _server_now(services)

    trail = sorted(services.audit.entries(limit=10_000), key=lambda row: row.id)
    assert [row.at for row in trail] == sorted(row.at for row in trail)
    for row in trail:
        assert started <= row.at <= finished, row
    changes = {desk: services.clients.history(client_id)[0].at
               for desk, (client_id, _) in done.items()}
    assert changes["A"] <= changes["B"]
    for at in changes.values():
        assert started.replace(microsecond=0) <= at <= finished
    letters = {row.id: row.created_at for row in services.letters.letters()}
    registered = {desk: letters[letter_id] for desk, (_, letter_id) in done.items()}
    assert registered["A"] <= registered["B"]
    for at in registered.values():
        assert started.replace(microsecond=0) <= at <= finished


def test_clients_imported_from_a_fast_desktop_carry_the_servers_time(
        services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fast = dt.timedelta(hours=7)

    class FastClock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> FastClock:  # type: ignore[override]
            moment = dt.datetime.now(tz) + fast
            return cls.fromisoformat(moment.isoformat())

    # This computer's clock runs seven hours fast, however the import would read it.
    monkeypatch.setattr(db_session, "desktop_now", lambda: dt.datetime.now() + fast)
    monkeypatch.setattr(imports, "dt", SimpleNamespace(datetime=FastClock, date=dt.date,
                                                       timedelta=dt.timedelta))
    path = tmp_path / "one.csv"
    path.write_text("ФИО\nTulegenova Saule\n", encoding="utf-8")
    started = _server_now(services).replace(microsecond=0)
    services.imports.import_file(path)
    finished = _server_now(services)
    (hit,) = services.search.search("Tulegenova")
    (created,) = [entry.at for entry in services.clients.history(hit.client_id)]
    assert started <= created <= finished
