"""Migration 0022, on both engines: a lawyer typed as free text before is linked to the lawyer's
account where the name is that account's (case and surrounding spaces aside) and takes its
spelling; any other name stays as typed, without an account. The organisation's one name,
address and signatory go to the language they are written in; the others stay empty."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from tests import postgres

from legalaid.db.migrate import ServerUpgrade, alembic_config, migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.services import build_services


@pytest.fixture
def old_engine(database_kind: str, tmp_path: Path,
               request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An empty database of the engine, at revision 0021."""
    server: postgres.Server | None = None
    if database_kind == "sqlite":
        engine = create_engine_for(str(tmp_path / "old.sqlite"))
    else:
        server = request.getfixturevalue("postgres_server")
        name = server.new_name("at0021")
        server.execute(f'CREATE DATABASE "{name}"')
        engine = create_engine_for(server.url(name))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0021")
    yield engine
    engine.dispose()
    if server is not None:
        server.drop(name)


_ACCOUNTS = [(1, "admin", "administrator"), (2, "Aigerim", "lawyer"), (3, "serik", "lawyer"),
             (4, "Dana", "supervisor")]
_LAWYERS = {  # client id: the lawyer typed in the file
    1: "aigerim", 2: "  AIGERIM ", 3: "Serik", 4: "А. Сеитова", 5: None, 6: "dana", 7: "Aigerim"}


def _fill(engine: Engine) -> None:
    with engine.begin() as connection:
        for account_id, name, role in _ACCOUNTS:
            connection.execute(text(
                "INSERT INTO user_account (id, name, role, password_hash, active, created_at) "
                "VALUES (:id, :name, :role, 'x', true, '2026-01-01 00:00:00')"),
                {"id": account_id, "name": name, "role": role})
        for client_id, lawyer in _LAWYERS.items():
            connection.execute(text(
                "INSERT INTO client (id, languages, safe_to_contact, reporting_consent, lawyer, "
                "created_at, updated_at, version) VALUES (:id, 'uz,ru', false, false, :lawyer, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"),
                {"id": client_id, "lawyer": lawyer})
            connection.execute(text(
                "INSERT INTO client_name (client_id, position, family, given, script, "
                "search_key, version) VALUES (:id, 0, 'Каримов', 'Рустам', 'cyrl', "
                "'каримов рустам', 1)"), {"id": client_id})
        connection.execute(text(
            "INSERT INTO organisation (id, name, address, outgoing_prefix, signatory, version) "
            "VALUES (1, 'Құқықтық көмек қоры', 'Almaty, 1 Abay Avenue', 'LA', "
            "'Директор А. Садыкова', 1)"))


def test_free_text_lawyers_are_linked_to_their_accounts_where_the_name_matches(
        old_engine: Engine) -> None:
    _fill(old_engine)
    migrate_to_head(old_engine, server_upgrade=ServerUpgrade.ANY)
    with old_engine.connect() as connection:
        rows = {row.id: (row.lawyer, row.lawyer_id) for row in connection.execute(text(
            "SELECT id, lawyer, lawyer_id FROM client ORDER BY id"))}
        interpreters = set(connection.execute(text("SELECT interpreter FROM client")).scalars())
    assert rows == {
        1: ("Aigerim", 2), 2: ("Aigerim", 2), 3: ("serik", 3),
        4: ("А. Сеитова", None),  # no account of that name: kept as typed
        5: (None, None),
        6: ("dana", None),  # a supervisor's account: the lawyer is chosen among lawyers
        7: ("Aigerim", 2)}
    assert interpreters == {False}


def test_the_one_organisation_profile_goes_to_the_language_it_is_written_in(
        old_engine: Engine) -> None:
    _fill(old_engine)
    migrate_to_head(old_engine, server_upgrade=ServerUpgrade.ANY)
    profile = build_services(old_engine).letters.organisation()
    assert profile.kk.name == "Құқықтық көмек қоры" and profile.ru.name == ""
    assert profile.en.address == "Almaty, 1 Abay Avenue" and profile.kk.address == ""
    assert profile.ru.signatory == "Директор А. Садыкова" and profile.kk.signatory == ""
    assert profile.prefix == "LA" and profile.en.name == ""


def test_a_client_saved_with_a_lawyers_name_is_linked_and_another_name_kept(
        old_engine: Engine) -> None:
    _fill(old_engine)
    migrate_to_head(old_engine, server_upgrade=ServerUpgrade.ANY)
    services = build_services(old_engine)
    assert services.clients.lawyer_accounts() == ["Aigerim", "serik"]
    record = services.clients.get(4)
    from dataclasses import replace

    services.clients.update_profile(4, replace(record, lawyer=" SERIK"))
    services.clients.update_profile(5, replace(services.clients.get(5), lawyer="Б. Омаров"))
    with old_engine.connect() as connection:
        rows = {row.id: (row.lawyer, row.lawyer_id) for row in connection.execute(text(
            "SELECT id, lawyer, lawyer_id FROM client WHERE id IN (4, 5)"))}
    assert rows == {4: ("serik", 3), 5: ("Б. Омаров", None)}
