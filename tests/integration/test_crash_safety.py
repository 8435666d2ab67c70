"""Crash safety and backups under load, with real processes on an encrypted database."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from legalaid.db import crypto
from legalaid.db.backup import check_connection, replace_file, table_counts
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.services.backups import BackupService

DRIVER = Path(__file__).with_name("crash_driver.py")
PASSPHRASE = "backup test passphrase"
WRITER = textwrap.dedent("""
    import datetime as dt, sys, time
    from legalaid.db.session import create_engine_for
    from legalaid.demo import generate_clients
    from legalaid.services import build_services
    clients = build_services(create_engine_for(sys.argv[1], passphrase=sys.argv[2])).clients
    records = generate_clients(100000, 7, dt.date(2026, 3, 1))
    end = time.monotonic() + float(sys.argv[3])
    while time.monotonic() < end:
        ids = clients.add_many([next(records) for _ in range(5)])
        print(ids[-1], flush=True)
""")


@pytest.mark.slow
def test_sigkill_during_a_bulk_import_never_loses_a_committed_client(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(tmp_path / "crash.sqlite"), "50", "11"],
        capture_output=True, text=True, check=False, timeout=240,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["rounds"] == 50
    assert summary["reported"] > 0  # the kills did land among committed writes
    assert summary["problems"] == []


def client_ids(path: Path) -> list[int]:
    connection = crypto.connect(path, PASSPHRASE)
    try:
        assert check_connection(connection) == "ok"
        return [row[0] for row in connection.execute("SELECT id FROM client ORDER BY id")]
    finally:
        connection.close()


@pytest.mark.slow
def test_a_backup_taken_while_another_process_writes_restores_identical_counts(
        tmp_path: Path) -> None:
    database = tmp_path / "live.sqlite"
    engine = create_engine_for(str(database), passphrase=PASSPHRASE)
    migrate_to_head(engine)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), PASSPHRASE, "6"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout is not None
        writer.stdout.readline()  # the writer has committed its first batch
        backups = BackupService(engine, tmp_path / "backups", keep=5,
                                now=lambda: dt.datetime(2026, 3, 1, 12, 0))
        info = backups.create("manual")
        before_end = time.monotonic()
    finally:
        writer.communicate(timeout=60)
    assert time.monotonic() - before_end > 0.2, "the writer was still writing after the backup"
    held = backups.verify(info.path)
    assert held.ok
    live_ids = client_ids(database)
    restored = tmp_path / "restored.sqlite"
    replace_file(restored, info.path, PASSPHRASE)
    restored_ids = client_ids(restored)
    connection = crypto.connect(restored, PASSPHRASE)
    try:
        assert table_counts(connection) == held.counts
    finally:
        connection.close()
    # A consistent snapshot: a prefix of what the writer committed, neither empty nor all.
    assert 0 < len(restored_ids) < len(live_ids)
    assert restored_ids == live_ids[: len(restored_ids)]
    engine.dispose()
