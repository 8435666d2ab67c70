"""``legalaid restore`` under a careless or hostile hand: only a LegalAid backup is restored, by an
administrator or supervisor, after the comparison is shown and confirmed; the replaced database is
kept. Damage, a full disk and a wrong passphrase are each told by their name."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import cli_runner
from tests.conftest import database_key, prepare_base

from legalaid.db import backup as files
from legalaid.db import crypto, keyring
from legalaid.paths import AppPaths

# Backup files and restore belong to an SQLite database file (a server's are pg_dump's).
pytestmark = pytest.mark.sqlite_only

LEGALAID = Path(sys.executable).with_name("legalaid")
OTHER_PASSPHRASE = "the passphrase of another year"
MAIN_TABLES = ("client", "legal_case", "note", "letter", "document", "consent", "user_account")


def run(base: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=120, env={**os.environ, **env})


def database(base: Path) -> Path:
    return AppPaths.create(base).default_database


def key(base: Path) -> str:
    """The database's key, as the test administrator's password unlocks it."""
    return database_key(database(base))


def counts(base: Path) -> dict[str, int]:
    """Rows of the main tables, read straight from the file (not the audit trail, which every
    command's sign-in adds to)."""
    connection = crypto.connect(database(base), key(base))
    try:
        return {table: int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
                for table in MAIN_TABLES}
    except crypto.quiet_driver().DatabaseError:  # a table is gone: nothing to count
        return {}
    finally:
        connection.close()


def filled(base: Path, clients: int = 6) -> Path:
    """Demo clients and a backup of them; returns the backup."""
    assert run(base, "demo", "--clients", str(clients), "--seed", "5").returncode == 0
    made = run(base, "backup")
    assert made.returncode == 0, made.stderr
    return Path(json.loads(made.stdout)["path"])


def refused(base: Path, path: Path, reason: str, **env: str) -> None:
    """Restoring ``path`` exits 2 with one line giving ``reason``, and changes nothing (the
    file is refused before any confirmation is asked for)."""
    before = counts(base)
    result = run(base, "restore", str(path), **env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"legalaid: {path}: {reason}"), result.stderr
    assert counts(base) == before


def foreign_database(path: Path, passphrase: str) -> Path:
    """An SQLCipher file opened by the same passphrase, holding nothing of LegalAid's."""
    connection = crypto.quiet_driver().connect(str(path))
    connection.execute(f"PRAGMA key = {crypto.sql_string(passphrase)}")
    connection.execute("CREATE TABLE hello (greeting TEXT)")
    connection.execute("INSERT INTO hello VALUES ('hi')")
    connection.commit()
    connection.close()
    return path


def damage(path: Path) -> None:
    """Scribble over a page in the middle of the file (the same as the integrity test)."""
    with path.open("r+b") as stream:
        stream.seek(path.stat().st_size // 2 // 4096 * 4096 + 100)
        stream.write(os.urandom(2000))


def test_an_empty_or_foreign_file_is_not_a_legalaid_backup(tmp_path: Path) -> None:
    filled(tmp_path)
    empty = tmp_path / "empty.backup"
    empty.write_bytes(b"")
    refused(tmp_path, empty, "not a LegalAid backup")
    refused(tmp_path, foreign_database(tmp_path / "hello.sqlite", key(tmp_path)),
            "not a LegalAid backup")
    noise = tmp_path / "noise.backup"
    noise.write_bytes(os.urandom(10_000))
    refused(tmp_path, noise, "not a LegalAid backup")


def test_a_truncated_or_damaged_backup_is_damaged(tmp_path: Path) -> None:
    good = filled(tmp_path)
    data = good.read_bytes()
    truncated = tmp_path / "truncated.backup"
    truncated.write_bytes(data[: len(data) // 2 + 100])
    refused(tmp_path, truncated, "damaged")
    scribbled = tmp_path / "scribbled.backup"
    scribbled.write_bytes(data)
    damage(scribbled)
    refused(tmp_path, scribbled, "damaged")


def test_a_backup_under_another_passphrase_asks_for_it_then_restores(tmp_path: Path) -> None:
    good = filled(tmp_path)
    other = tmp_path / "other-year.backup"
    shutil.copyfile(good, other)
    crypto.rekey_file(other, key(tmp_path), OTHER_PASSPHRASE)
    if hasattr(files, "resign_manifest"):  # as `legalaid passphrase` does to its backups
        files.resign_manifest(other, key(tmp_path), OTHER_PASSPHRASE)
    refused(tmp_path, other, "taken with another passphrase: give it in "
            "LEGALAID_BACKUP_PASSPHRASE")
    refused(tmp_path, other, "taken with another passphrase", LEGALAID_BACKUP_PASSPHRASE="no")
    restored = run(tmp_path, "restore", str(other), "--yes",
                   LEGALAID_BACKUP_PASSPHRASE=OTHER_PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    crypto.check_passphrase(database(tmp_path), key(tmp_path))  # the database keeps its own
    assert counts(tmp_path)["client"] == 6


def test_restore_shows_the_comparison_and_changes_nothing_without_yes(tmp_path: Path) -> None:
    good = filled(tmp_path)
    assert run(tmp_path, "demo", "--clients", "2", "--seed", "6").returncode == 0
    before = counts(tmp_path)
    asked = run(tmp_path, "restore", str(good))
    assert asked.returncode == 2
    assert asked.stderr == ("legalaid: restore: nothing was changed; add --yes to replace the "
                            "database with this backup\n")
    shown = json.loads(asked.stdout)
    assert shown["now"]["client"] == 8 and shown["in_backup"]["client"] == 6
    assert shown["signed"] is True and shown["restored"] is False
    assert shown["taken"].startswith(good.name.split("-")[1][:4])
    assert counts(tmp_path) == before
    done = run(tmp_path, "restore", str(good), "--yes")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert counts(tmp_path)["client"] == 6
    # The replaced database is kept outside the rotation, with what it held.
    safety = Path(result["safety_copy"])
    assert safety.parent == tmp_path / "backups" / "safety"
    assert files.inspect_backup(safety, key(tmp_path)).counts["client"] == 8
    assert not any(path.parent.name == "safety" for path in (tmp_path / "backups").glob("*"))
    keep_one = run(tmp_path, "backup")
    assert keep_one.returncode == 0
    assert safety.exists()


def test_far_fewer_clients_need_their_number(tmp_path: Path) -> None:
    small = filled(tmp_path, clients=2)
    assert run(tmp_path, "demo", "--clients", "10", "--seed", "7").returncode == 0
    before = counts(tmp_path)
    assert before["client"] == 12
    blunt = run(tmp_path, "restore", str(small), "--yes")
    assert blunt.returncode == 2
    assert blunt.stderr == ("legalaid: --accept-fewer-clients: the backup holds 2 clients, the "
                            "database 12: confirm that number to restore it (add "
                            "--accept-fewer-clients 2)\n")
    wrong = run(tmp_path, "restore", str(small), "--yes", "--accept-fewer-clients", "12")
    assert wrong.returncode == 2
    assert counts(tmp_path) == before
    done = run(tmp_path, "restore", str(small), "--yes", "--accept-fewer-clients", "2")
    assert done.returncode == 0, done.stderr
    assert counts(tmp_path)["client"] == 2


def test_a_lawyer_may_not_restore(tmp_path: Path) -> None:
    good = filled(tmp_path)
    added = run(tmp_path, "users", "add", "lena", "--role", "lawyer",
                LEGALAID_NEW_PASSWORD="lawyer password 1")
    assert added.returncode == 0, added.stderr
    before = counts(tmp_path)
    result = run(tmp_path, "restore", str(good), LEGALAID_USER="lena",
                 LEGALAID_PASSWORD="lawyer password 1")
    assert result.returncode == 2
    assert "may not" in result.stderr and result.stderr.count("\n") == 1
    assert counts(tmp_path) == before


def test_a_damaged_database_is_told_apart_and_restored_only_by_an_account_of_the_backup(
        tmp_path: Path) -> None:
    good = filled(tmp_path)
    damage(database(tmp_path))
    damaged_bytes = database(tmp_path).read_bytes()
    opened = run(tmp_path, "search", "Anna")
    assert opened.returncode == 2
    assert "damaged" in opened.stderr and "wrong passphrase" not in opened.stderr
    assert str(good) in opened.stderr
    for user, password in (("nobody", "no such account"), ("admin", "not the password")):
        result = run(tmp_path, "restore", str(good), LEGALAID_USER=user,
                     LEGALAID_PASSWORD=password)
        assert result.returncode == 2
        # The keyring refuses them before the damaged file is reached.
        assert result.stderr == "legalaid: unknown user or wrong password\n"
        assert database(tmp_path).read_bytes() == damaged_bytes
    time.sleep(keyring.retry_delay(1))  # the wait after admin's failed unlock runs out
    done = run(tmp_path, "restore", str(good), "--yes")
    assert done.returncode == 0, done.stderr
    safety = Path(json.loads(done.stdout)["safety_copy"])
    assert safety.read_bytes() == damaged_bytes  # kept as it was
    assert run(tmp_path, "search", "Anna").returncode == 0
    trail = run(tmp_path, "audit", "list", "--action", "restore", "--json")
    assert trail.returncode == 0, trail.stderr
    assert [entry["user"] for entry in json.loads(trail.stdout)] == ["admin"]


def test_a_damaged_database_is_not_a_wrong_password_and_a_wrong_one_still_is(
        tmp_path: Path) -> None:
    filled(tmp_path)
    wrong = run(tmp_path, "search", "x", LEGALAID_PASSWORD="not the password")
    assert wrong.stderr == "legalaid: unknown user or wrong password\n"
    damage(database(tmp_path))
    time.sleep(keyring.retry_delay(1))
    still_wrong = run(tmp_path, "search", "x", LEGALAID_PASSWORD="not the password")
    assert still_wrong.stderr == "legalaid: unknown user or wrong password\n"  # no key opens
    time.sleep(keyring.retry_delay(2))  # the wait after two failed unlocks runs out first
    damaged = run(tmp_path, "search", "x")
    assert "is damaged" in damaged.stderr


@pytest.fixture
def small_disk(tmp_path: Path, initialised_data: Path) -> Iterator[Path]:
    """A base directory on a 4 MB file system of its own (needs root to mount)."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4M", "tmpfs", str(mount)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("a small file system needs root and tmpfs")
    try:
        yield prepare_base(initialised_data, mount / "base")
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def fill_disk(folder: Path, leave: int) -> None:
    """Leave about ``leave`` bytes free (none at all for 0)."""
    with (folder / "filler").open("ab") as filler:
        while shutil.disk_usage(folder).free > leave:
            try:
                filler.write(b"\0" * min(65536, max(shutil.disk_usage(folder).free - leave,
                                                      4096)))
                filler.flush()
            except OSError:
                break


def test_a_full_disk_is_named_and_a_backup_without_room_only_warns(small_disk: Path) -> None:
    base = small_disk
    assert run(base, "demo", "--clients", "5", "--seed", "5").returncode == 0
    shutil.rmtree(base / "backups")  # a daily backup is due
    fill_disk(base.parent, leave=150_000)  # room to work, none for a backup
    found = run(base, "search", "x")
    assert found.returncode == 0, found.stderr
    assert found.stderr == (f"WARNING: the daily backup could not be written (no room left on "
                            f"the disk) in {base / 'backups'}; work goes on without it\n")
    fill_disk(base.parent, leave=0)
    full = run(base, "search", "x")
    assert full.returncode == 2
    assert full.stderr.startswith("legalaid: disk full: ")
    assert "passphrase" not in full.stderr


def in_terminal(base: Path, answers: str, *args: str) -> tuple[int, str, str]:
    """Run with a terminal as standard input, typing ``answers``."""
    import pty

    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [str(LEGALAID), "--base-dir", str(base), *args], stdin=follower,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
        os.write(leader, answers.encode())
        out, err = process.communicate(timeout=120)
    finally:
        os.close(leader)
        os.close(follower)
    return process.returncode, out, err


def test_in_a_terminal_the_restore_is_typed_yes_and_the_number_of_clients(
        tmp_path: Path) -> None:
    small = filled(tmp_path, clients=2)
    assert run(tmp_path, "demo", "--clients", "10", "--seed", "7").returncode == 0
    code, out, err = in_terminal(tmp_path, "no\n", "restore", str(small))
    assert code == 2 and err.endswith("legalaid: restore: not confirmed; nothing was changed\n")
    assert json.loads(out)["in_backup"]["client"] == 2  # stdout stays JSON
    code, _out, err = in_terminal(tmp_path, "yes\n12\n", "restore", str(small))
    assert code == 2 and "Type 2 to go on" in err
    assert counts(tmp_path)["client"] == 12
    code, out, err = in_terminal(tmp_path, "yes\n2\n", "restore", str(small))
    assert code == 0, err
    assert json.loads(out[out.index("}\n") + 2:])["restored"] == str(small)
    assert counts(tmp_path)["client"] == 2
