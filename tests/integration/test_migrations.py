"""The schema as migrations build it: it matches the models, the chain is linear, older files are
backed up before an upgrade, the name index follows the names, and SQLite runs safely tuned."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from legalaid.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    include_object,
    migrate_to_head,
)
from legalaid.db.models import Base
from legalaid.db.session import create_engine_for


def test_migrations_build_exactly_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_migration_chain_is_linear() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    for revision in scripts.walk_revisions():
        assert not revision.is_merge_point
        assert not revision.is_branch_point


def test_empty_database_is_migrated_to_head(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    assert migrate_to_head(engine) == head_revision()  # a second run changes nothing


def test_an_older_file_is_copied_aside_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = create_engine_for(str(path))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE legacy (x INTEGER)"))
        connection.execute(text("INSERT INTO legacy VALUES (42)"))
    backups = tmp_path / "backups"
    migrate_to_head(engine, backups)
    engine.dispose()
    copies = list(backups.iterdir())
    assert len(copies) == 1
    copy = create_engine_for(str(copies[0]))
    with copy.connect() as connection:
        assert connection.execute(text("SELECT x FROM legacy")).scalar() == 42
        assert connection.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'client'"
        )).scalar() == 0
    copy.dispose()


@pytest.mark.sqlite_only
def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -32768


@pytest.mark.sqlite_only
def test_name_index_follows_inserts_updates_and_deletes(engine: Engine) -> None:
    def matches(word: str) -> list[int]:
        with engine.connect() as connection:
            return list(connection.execute(
                text("SELECT rowid FROM client_name_fts WHERE client_name_fts MATCH :w"),
                {"w": word},
            ).scalars())

    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO client (id, languages, safe_to_contact, reporting_consent, created_at,"
            " updated_at) VALUES (1, '', 0, 0, '2024-01-01', '2024-01-01')"
        ))
        connection.execute(text(
            "INSERT INTO client_name (id, client_id, family, given, script, position, search_key)"
            " VALUES (7, 1, 'A', 'B', 'latn', 0, 'abdulaev shuhrat')"
        ))
    assert matches("shuhrat") == [7]
    with engine.begin() as connection:
        connection.execute(text("UPDATE client_name SET search_key = 'karimov' WHERE id = 7"))
    assert matches("shuhrat") == []
    assert matches("karimov") == [7]
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM client_name WHERE id = 7"))
    assert matches("karimov") == []


def test_the_start_up_shortcut_knows_the_newest_migration() -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD  # bump SCHEMA_HEAD with every new migration
