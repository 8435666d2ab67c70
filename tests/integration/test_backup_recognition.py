"""Telling a LegalAid backup from anything else, each by its real reason: the application id and
the signed manifest, damage (some pages verify), another passphrase (none does), and a database
that does not open because it is damaged rather than locked with another key."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from tests.integration.test_encryption import ASEL, IVAN, PASSPHRASE, Clock, encrypted

from legalaid.db import backup as files
from legalaid.db import crypto
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.services import build_services
from legalaid.services.backups import BackupService
from legalaid.services.opening import Damaged, Opened, WrongPassphrase, open_case_database

Refusal = files.Refusal


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    made = encrypted(tmp_path / "case.sqlite")
    build_services(made).clients.add_many([ASEL, IVAN] * 30)
    return made


@pytest.fixture
def backup(engine: Engine, tmp_path: Path) -> Path:
    return build_services(engine).backups.create().path


def reason(path: Path, passphrase: str | None = PASSPHRASE,
           other: str | None = None) -> Refusal:
    with pytest.raises(files.BackupRefused) as refused:
        files.inspect_backup(path, passphrase, other)
    assert str(path) in str(refused.value)
    return refused.value.reason


def test_a_backup_carries_the_application_id_and_a_signed_manifest(
        engine: Engine, backup: Path) -> None:
    connection = crypto.connect(backup, PASSPHRASE)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == files.APPLICATION_ID
    finally:
        connection.close()
    inspection = files.inspect_backup(backup, PASSPHRASE)
    assert inspection.manifest.signed
    assert inspection.manifest.counts["client"] == 60
    assert inspection.manifest.revision == migrate_to_head(engine)
    assert files.MANIFEST_TABLE not in inspection.counts
    with engine.connect() as live:  # the database itself is stamped, without a manifest
        assert live.execute(text("PRAGMA application_id")).scalar() == files.APPLICATION_ID


def test_empty_foreign_and_random_files_are_not_legalaid_backups(tmp_path: Path) -> None:
    empty = tmp_path / "empty.backup"
    empty.write_bytes(b"")
    assert reason(empty) is Refusal.NOT_LEGALAID
    foreign = tmp_path / "hello.sqlite"
    connection = crypto.quiet_driver().connect(str(foreign))
    connection.execute(f"PRAGMA key = {crypto.sql_string(PASSPHRASE)}")
    connection.execute("CREATE TABLE hello (x)")
    connection.commit()
    connection.close()
    assert reason(foreign) is Refusal.NOT_LEGALAID
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE hello (x)").connection.close()
    assert reason(plain, None) is Refusal.NOT_LEGALAID
    noise = tmp_path / "noise.backup"
    noise.write_bytes(os.urandom(12_345))
    assert reason(noise) is Refusal.NOT_LEGALAID


def test_truncated_scribbled_and_first_page_damage_are_damage(
        backup: Path, tmp_path: Path) -> None:
    data = backup.read_bytes()
    for name, broken in (("half", data[: len(data) // 2]), ("short", data[:2000]),
                         ("odd", data[: len(data) // 2 + 77])):
        path = tmp_path / f"{name}.backup"
        path.write_bytes(broken)
        assert reason(path) is Refusal.DAMAGED, name
    for offset in (100, len(data) // 2):  # the first page after its salt, a page in the middle
        path = tmp_path / f"scribbled-{offset}.backup"
        scribbled = bytearray(data)
        scribbled[offset:offset + 300] = os.urandom(300)
        path.write_bytes(bytes(scribbled))
        assert reason(path) is Refusal.DAMAGED, offset


def test_another_passphrase_is_asked_for_and_then_opens(backup: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.backup"
    shutil.copyfile(backup, other)
    crypto.rekey_file(other, PASSPHRASE, "another passphrase")
    files.resign_manifest(other, PASSPHRASE, "another passphrase")
    assert reason(other) is Refusal.OTHER_PASSPHRASE
    assert reason(other, other="still not it") is Refusal.OTHER_PASSPHRASE
    inspection = files.inspect_backup(other, PASSPHRASE, "another passphrase")
    assert inspection.counts["client"] == 60


def test_a_manifest_that_does_not_match_is_damage(backup: Path, tmp_path: Path) -> None:
    fewer = tmp_path / "fewer.backup"
    shutil.copyfile(backup, fewer)
    connection = crypto.connect(fewer, PASSPHRASE)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DELETE FROM client_name WHERE client_id = 1")
    connection.execute("DELETE FROM client WHERE id = 1")
    connection.close()
    assert reason(fewer) is Refusal.DAMAGED
    forged = tmp_path / "forged.backup"
    shutil.copyfile(backup, forged)
    connection = crypto.connect(forged, PASSPHRASE)
    connection.execute(f"UPDATE {files.MANIFEST_TABLE} SET body = replace(body, '60', '61')")
    connection.close()
    assert reason(forged) is Refusal.DAMAGED


def test_a_rekeyed_backup_keeps_a_valid_manifest(engine: Engine, tmp_path: Path) -> None:
    services = build_services(engine)
    services.backups.configure(tmp_path / "backups", 3)
    services.backups.create()
    assert services.backups.change_passphrase(PASSPHRASE, "the next passphrase") == 1
    path = services.backups.list()[0].path
    assert files.inspect_backup(path, "the next passphrase").manifest.signed


def test_a_database_whose_first_page_is_damaged_is_damaged_not_a_wrong_passphrase(
        tmp_path: Path) -> None:
    from legalaid.paths import AppPaths
    from legalaid.services.command_context import CommandContext
    from legalaid.settings import Settings

    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(), settings=Settings())
    opened = open_case_database(context, PASSPHRASE)
    assert isinstance(opened, Opened)
    services = opened.services
    services.backups.configure(context.backup_dir, 3)
    services.clients.add_many([ASEL, IVAN] * 20)
    good = services.backups.create().path
    services.close()
    database = context.paths.default_database
    with database.open("r+b") as stream:
        stream.seek(100)
        stream.write(os.urandom(200))
    assert open_case_database(context, PASSPHRASE) == Damaged(database, good)
    assert open_case_database(context, "not the passphrase") == WrongPassphrase(database)


def test_a_plaintext_database_restores_its_plaintext_backup(tmp_path: Path) -> None:
    engine = create_engine_for(str(tmp_path / "plain.sqlite"))
    migrate_to_head(engine)
    services = build_services(engine)
    services.clients.add(ASEL)
    backups = BackupService(engine, tmp_path / "backups", now=Clock())
    path = backups.create().path
    services.clients.add(IVAN)
    restored = backups.restore(path)
    assert restored.plan.current is not None and restored.plan.current["client"] == 2
    assert restored.plan.backup_counts["client"] == 1
    assert len(services.search.search("Ivan")) == 0
    engine.dispose()


@pytest.mark.sqlite_only
def test_the_restore_comparison_names_the_organisation_of_the_backup(tmp_path: Path) -> None:
    from tests.organisation import SYNTHETIC_ORGANISATION

    engine = create_engine_for(str(tmp_path / "named.sqlite"))
    migrate_to_head(engine)
    services = build_services(engine)
    services.backups.configure(tmp_path / "backups", keep=3)
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    taken = services.backups.create()
    plan = services.backups.verify(taken.path)
    engine.dispose()
    assert plan.as_json()["organisation"] == SYNTHETIC_ORGANISATION.ru.name
