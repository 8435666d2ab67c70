"""SQLCipher databases through the services: search, migrations, rekey, conversion, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from legalaid.db import crypto
from legalaid.db.migrate import SCHEMA_HEAD, alembic_config, migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.errors import ValidationError
from legalaid.services import build_services
from legalaid.services.backups import BackupService

PASSPHRASE = "correct horse + battery 100% 'quoted' \"too\" қазақша"
ASEL = ClientRecord(
    names=(NameSpelling("Қоңыратова", "Әсел", Script.CYRILLIC),),
    sex=Sex.FEMALE, date_of_birth=dt.date(1994, 3, 8), citizenship="KG",
    category=Category.EAEU_WORKER,
)
IVAN = ClientRecord(
    names=(NameSpelling("Петров", "Иван", Script.CYRILLIC),),
    sex=Sex.MALE, date_of_birth=dt.date(1985, 11, 2), citizenship="RU",
    category=Category.VISITOR,
)


class Clock:
    """Backup times one second apart, so that names and order are predictable."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 9, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def encrypted(path: Path) -> Engine:
    crypto.create_encrypted_database(path, PASSPHRASE)
    return create_engine_for(str(path), passphrase=PASSPHRASE)


def test_search_finds_a_client_on_an_encrypted_database(tmp_path: Path) -> None:
    engine = encrypted(tmp_path / "case.sqlite")
    services = build_services(engine)
    client_id = services.clients.add(ASEL)
    hits = services.search.search("Konyratova Asel")  # Latin, no Kazakh letters
    assert [hit.client_id for hit in hits] == [client_id]
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == SCHEMA_HEAD
    engine.dispose()
    assert crypto.database_kind(tmp_path / "case.sqlite") is crypto.DatabaseKind.ENCRYPTED


def test_an_odd_passphrase_is_the_same_key_for_the_engine_and_a_direct_connection(
        tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    encrypted(path).dispose()
    crypto.check_passphrase(path, PASSPHRASE)  # a URL-quoted '+' would have become a space
    with pytest.raises(ValidationError, match=f"passphrase: wrong passphrase for {path}"):
        crypto.check_passphrase(path, PASSPHRASE.replace("+", " "))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_wrong_passphrase_on_the_engine_is_a_validation_error(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    encrypted(path).dispose()
    with pytest.raises(ValidationError) as raised:
        create_engine_for(str(path), passphrase="not the passphrase")
    assert str(raised.value) == f"passphrase: wrong passphrase for {path}"


def test_an_existing_file_is_not_overwritten_by_create(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    encrypted(path).dispose()
    with pytest.raises(ValidationError, match="already exists"):
        crypto.create_encrypted_database(path, PASSPHRASE)


def test_changing_the_passphrase_rekeys_the_database_and_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    engine = encrypted(path)
    services = build_services(engine)
    services.backups.configure(tmp_path / "backups", 5)
    services.clients.add(ASEL)
    services.backups.create()
    with pytest.raises(ValidationError, match="wrong passphrase"):
        services.backups.change_passphrase("a guess at the old one", "the new passphrase")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        services.backups.change_passphrase(PASSPHRASE, "short")
    assert services.backups.change_passphrase(PASSPHRASE, "the new passphrase") == 1
    assert [hit.client_id for hit in services.search.search("Asel")] != []  # still usable
    engine.dispose()
    crypto.check_passphrase(path, "the new passphrase")
    backup = services.backups.list()[0].path
    crypto.check_passphrase(backup, "the new passphrase")
    with pytest.raises(ValidationError):
        crypto.check_passphrase(path, PASSPHRASE)


def test_a_plaintext_database_is_converted_without_a_plaintext_copy(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    engine = create_engine_for(str(path))
    migrate_to_head(engine)
    build_services(engine).clients.add(IVAN)
    engine.dispose()
    assert "Петров".encode() in path.read_bytes()
    crypto.encrypt_database(path, PASSPHRASE)
    assert crypto.database_kind(path) is crypto.DatabaseKind.ENCRYPTED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.sqlite"]
    assert "Петров".encode() not in path.read_bytes()
    engine = create_engine_for(str(path), passphrase=PASSPHRASE)
    assert [hit.names[0] for hit in build_services(engine).search.search("Petrov Ivan")] \
        == ["Петров Иван"]
    engine.dispose()


def test_backups_are_encrypted_kept_to_the_chosen_number_and_restore(tmp_path: Path) -> None:
    engine = encrypted(tmp_path / "case.sqlite")
    services = build_services(engine)
    backups = BackupService(engine, tmp_path / "chosen", keep=2, now=Clock())
    services.clients.add(ASEL)
    first = backups.create()
    assert first.reason == "manual"
    assert first.taken == dt.datetime(2026, 3, 1, 9, 0, 1)
    assert crypto.database_kind(first.path) is crypto.DatabaseKind.ENCRYPTED
    services.clients.add(IVAN)
    backups.create()
    backups.create("daily")
    assert [info.reason for info in backups.list()] == ["daily", "manual"]  # newest two
    assert not first.path.exists()
    only_asel = backups.list()[1].path  # taken after Ivan was added: both
    assert backups.verify(only_asel).counts["client"] == 2
    services.clients.add(ASEL)
    assert len(services.search.search("Asel")) == 2
    kept = backups.list()
    restored = backups.restore(only_asel)
    assert len(services.search.search("Asel")) == 1
    # The replaced database is kept outside the rotation: the list and its pruning ignore it.
    assert restored.safety_copy.parent == tmp_path / "chosen" / "safety"
    assert backups.list() == kept
    assert backups.verify(restored.safety_copy).counts["client"] == 3
    engine.dispose()


def test_an_older_backup_is_migrated_forward_on_restore(tmp_path: Path) -> None:
    from alembic import command

    old = tmp_path / "old.sqlite"
    old_engine = create_engine_for(str(old), passphrase=PASSPHRASE)
    config = alembic_config()
    with old_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    old_engine.dispose()
    engine = encrypted(tmp_path / "case.sqlite")
    backups = BackupService(engine, tmp_path / "backups", now=Clock())
    assert backups.restore(old).revision == SCHEMA_HEAD
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            == SCHEMA_HEAD
    engine.dispose()


def test_a_damaged_database_is_refused_at_open_with_the_last_good_backup(
        tmp_path: Path) -> None:
    from legalaid.paths import AppPaths
    from legalaid.services.command_context import CommandContext
    from legalaid.services.opening import Damaged, Opened, open_case_database
    from legalaid.settings import Settings

    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(), settings=Settings())
    opened = open_case_database(context, PASSPHRASE, daily_backup=False)
    assert isinstance(opened, Opened) and opened.created
    services = opened.services
    services.backups.configure(context.backup_dir, 3)
    services.clients.add_many([ASEL, IVAN] * 200)
    good = services.backups.create().path
    services.close()
    database = context.paths.default_database
    with database.open("r+b") as stream:
        stream.seek(8 * 4096 + 50)
        stream.write(b"\xff" * 3000)
    assert open_case_database(context, PASSPHRASE) == Damaged(database, good)


def test_restoring_a_missing_file_changes_nothing(tmp_path: Path) -> None:
    engine = encrypted(tmp_path / "case.sqlite")
    services = build_services(engine)
    services.clients.add(ASEL)
    backups = BackupService(engine, tmp_path / "backups", now=Clock())
    with pytest.raises(ValidationError, match="does not exist"):
        backups.restore(tmp_path / "backups" / "gone.backup")
    assert len(services.search.search("Asel")) == 1
    engine.dispose()
