"""Migration 0009: a NULL citizenship stays "stateless" only where the file shows statelessness;
every other NULL becomes XXX (not stated). Nothing else of the client and its items changes."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, text

from legalaid.db.migrate import alembic_config, migrate_to_head
from legalaid.db.session import create_engine_for

_CLIENTS = [  # id, citizenship, category
    (1, None, None), (2, None, "stateless"), (3, None, "stateless_applicant"),
    (4, None, "refugee"), (5, None, None), (6, "UZ", None), (7, None, "visitor")]


def _at_0008(path: Path) -> Engine:
    engine = create_engine_for(str(path))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
    return engine


def _fill(engine: Engine) -> None:
    with engine.begin() as connection:
        for client_id, citizenship, category in _CLIENTS:
            connection.execute(text(
                "INSERT INTO client (id, citizenship, category, languages, safe_to_contact, "
                "reporting_consent, created_at, updated_at, version) VALUES (:id, :c, :k, '', 0, "
                "0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"),
                {"id": client_id, "c": citizenship, "k": category})
        connection.execute(text(
            "INSERT INTO document (client_id, type, valid_until, version) VALUES "
            "(5, 'stateless_certificate', '2030-01-01', 1), (1, 'passport', '2030-01-01', 1)"))
        connection.execute(text(
            "INSERT INTO event (client_id, type, date, version) VALUES "
            "(7, 'stateless_query_sent', '2026-02-01', 1)"))


def test_null_citizenship_is_stateless_only_with_evidence(tmp_path: Path) -> None:
    engine = _at_0008(tmp_path / "old.sqlite")
    _fill(engine)
    migrate_to_head(engine)
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, citizenship FROM client")).all())
        assert rows == {1: "XXX", 2: None, 3: None, 4: "XXX", 5: None, 6: "UZ", 7: None}
        assert connection.execute(text("SELECT count(*) FROM document")).scalar() == 2
        assert connection.execute(text("SELECT count(*) FROM event")).scalar() == 1
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    engine.dispose()


def test_downgrade_turns_the_new_codes_back_into_null(tmp_path: Path) -> None:
    engine = _at_0008(tmp_path / "old.sqlite")
    _fill(engine)
    migrate_to_head(engine)
    config = alembic_config()
    with engine.begin() as connection:
        connection.execute(text("UPDATE client SET citizenship = 'XXC' WHERE id = 6"))
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    with engine.connect() as connection:
        rows = dict(connection.execute(text("SELECT id, citizenship FROM client")).all())
        assert set(rows.values()) == {None}
        schema = connection.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'client'")).scalar_one()
        assert "citizenship VARCHAR(2)" in schema
    engine.dispose()
