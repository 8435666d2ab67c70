"""Encryption at rest, seen from outside: no client data in any file the app writes, plain SQLite
cannot read the database, and the passphrase errors a user meets are one clear line."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from tests import cli_runner
from tests.heic_images import heic_photo

from legalaid.db.keyring import retry_delay

# Encryption, passphrases and backup files belong to an SQLite database file.
pytestmark = pytest.mark.sqlite_only

CANARY = "Zqvkanareyka"  # made up; must never appear in plain bytes on disk
SCAN_CANARY = "Qxscanmarkerpng"  # only in the attached scan's bytes
PHOTO_CANARY = "Qxscanmarkerheic"  # only in the attached HEIC photo's metadata
DIGITS = "7304918265"  # in the phone number


def client_with_canary() -> dict[str, object]:
    return {
        "names": [
            {"family": f"{CANARY}ova", "given": f"{CANARY}a", "patronymic": f"{CANARY}ovna",
             "script": "latn", "source": "passport"},
            {"family": "Канарейкина", "given": "Зоя", "script": "cyrl"},
        ],
        "sex": "F",
        "date_of_birth": "1990-02-03",
        "citizenship": "UZ",
        "category": "visitor",
        "languages": ["uz", "ru"],
        "phone": f"+7 {DIGITS}",
        "safe_to_contact": True,
        "address": f"Almaty, {CANARY} street 5",
        "documents": [{"type": "passport", "number": "QZ7310482", "valid_from": "2021-05-04",
                       "valid_until": "2031-05-03"}],
        "trips": [{"entry": "2026-09-01", "exit": None}],
        "events": [],
        "notes": f"{CANARY} notes",
    }


def legalaid(base: Path, *args: str, env: dict[str, str] | None = None,
             ) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], cwd=base, env=env)


def fill(base: Path, outside: Path) -> None:
    """A client with the canary everywhere, a registered letter about them, and a backup."""
    source = outside / "client.json"
    source.write_text(json.dumps(client_with_canary(), ensure_ascii=False), encoding="utf-8")
    scan = outside / "passport-scan.png"  # a scan whose bytes carry the canary
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + f"{SCAN_CANARY} ".encode() * 64)
    photo = outside / "IMG_4021.HEIC"  # a phone's photo of it, the canary in its XMP
    photo.write_bytes(heic_photo(f"<x:xmpmeta>{PHOTO_CANARY}</x:xmpmeta>".encode()))
    initialised = (base / "data" / "legalaid.sqlite").exists()
    for args in (
        *([] if initialised else [("users", "init")]),
        ("clients", "add", str(source)),
        ("attach", "1", str(scan), "--document", "1", "--title", "Passport"),
        ("attachments", "get", "1", "-o", str(outside / "scan-copy.png")),
        ("attach", "1", str(photo), "--document", "1"),
        ("attachments", "get", "2", "-o", str(outside / "photo-copy.heic")),
        ("consent", "record", "--client", "1", "--purpose", "legal_aid"),
        ("letter", "embassy_documents", "--client", "1", "--lang", "ru", "--field",
         f"embassy={CANARY} embassy", "--field", "document=passport",
         "--organisation", f"{CANARY} foundation", "--address", "Almaty",
         "--signatory", "Director", "-o", str(outside / "letter.pdf")),
        ("clients", "show", "1"),
        ("search", CANARY),
        ("backup",),
    ):
        result = legalaid(base, *args)
        assert result.returncode == 0, result.stderr


def files_with_canary(base: Path, canaries: tuple[str, ...] = (
        CANARY, CANARY.lower(), DIGITS, SCAN_CANARY, PHOTO_CANARY)) -> list[str]:
    needles = [text.encode(encoding) for text in canaries for encoding in ("utf-8", "utf-16-le")]
    found = []
    for path in sorted(base.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in needles):
                found.append(str(path.relative_to(base)))
    return found


@pytest.mark.slow
def test_the_canary_is_in_no_file_under_the_base_directory(tmp_path: Path) -> None:
    base, outside = tmp_path / "base", tmp_path / "outside"
    base.mkdir(exist_ok=True)
    outside.mkdir()
    fill(base, outside)
    assert list((base / "backups").glob("*.backup")), "a backup was taken"
    assert files_with_canary(base) == []


@pytest.mark.slow
@pytest.mark.fresh_database  # settings first: the database is created plaintext
def test_the_same_scan_finds_the_canary_in_a_plaintext_database(tmp_path: Path) -> None:
    # The control: with encryption switched off the very same scan must see the data.
    base, outside = tmp_path / "base", tmp_path / "outside"
    (base / "config").mkdir(parents=True)
    outside.mkdir()
    (base / "config" / "settings.json").write_text('{"encrypt_new_databases": false}')
    fill(base, outside)
    assert "data/legalaid.sqlite" in files_with_canary(base)
    # the scan's own bytes are in the plaintext database: the scan above would see them
    for scan_canary in (SCAN_CANARY, PHOTO_CANARY):
        assert {"data/legalaid.sqlite", "data/legalaid.sqlite-wal"} & set(
            files_with_canary(base, (scan_canary,)))
    assert (outside / "scan-copy.png").read_bytes() == (outside / "passport-scan.png").read_bytes()
    assert (outside / "photo-copy.heic").read_bytes() == (outside / "IMG_4021.HEIC").read_bytes()


def test_plain_sqlite_cannot_open_the_database(tmp_path: Path) -> None:
    assert legalaid(tmp_path, "migrate").returncode == 0
    connection = sqlite3.connect(tmp_path / "data" / "legalaid.sqlite")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection.execute("SELECT name FROM sqlite_master").fetchall()
    connection.close()


def test_without_a_password_or_a_terminal_the_command_names_the_variable(
        tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LEGALAID_PASSPHRASE", "LEGALAID_PASSWORD")}
    result = legalaid(tmp_path, "migrate", env=env)
    assert result.returncode == 2
    assert result.stderr == "legalaid: LEGALAID_PASSWORD: is not set for user admin\n"


@pytest.mark.fresh_database
def test_a_command_on_a_new_database_creates_nothing(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "migrate")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert "legalaid users init" in result.stderr
    assert not (tmp_path / "data" / "legalaid.sqlite").exists()


def test_a_wrong_password_is_one_line_and_the_passphrase_is_not_read(tmp_path: Path) -> None:
    assert legalaid(tmp_path, "migrate").returncode == 0
    wrong = legalaid(tmp_path, "search", "Anna",
                     env={**os.environ, "LEGALAID_PASSWORD": "not the password"})
    assert (wrong.returncode, wrong.stderr) == (2, "legalaid: unknown user or wrong password\n")
    time.sleep(retry_delay(1))  # the wait after that failed unlock runs out
    # A converted database is opened by the password alone: a stray passphrase changes nothing.
    ignored = legalaid(tmp_path, "search", "Anna",
                       env={**os.environ, "LEGALAID_PASSPHRASE": "not the passphrase"})
    assert (ignored.returncode, ignored.stderr) == (0, "")


def test_a_damaged_database_points_to_the_last_good_backup(tmp_path: Path) -> None:
    assert legalaid(tmp_path, "demo", "--clients", "40", "--seed", "5").returncode == 0
    made = legalaid(tmp_path, "backup")
    assert made.returncode == 0, made.stderr
    good = json.loads(made.stdout)["path"]
    database = tmp_path / "data" / "legalaid.sqlite"
    with database.open("r+b") as stream:  # scribble over a page in the middle of the file
        stream.seek(database.stat().st_size // 2 // 4096 * 4096 + 100)
        stream.write(os.urandom(2000))
    result = legalaid(tmp_path, "search", "Anna")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert good in result.stderr
    restored = legalaid(tmp_path, "restore", good, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert legalaid(tmp_path, "search", "Anna").returncode == 0


def test_a_keyring_database_has_no_passphrase_to_change(tmp_path: Path) -> None:
    new = {**os.environ, "LEGALAID_NEW_PASSPHRASE": "a new passphrase + 100%"}
    changed = legalaid(tmp_path, "passphrase", env=new)
    assert (changed.returncode, changed.stderr) == (
        2, "legalaid: database: has a keyring: each account's password opens it; legalaid "
        "rekey gives it a new key\n")


@pytest.mark.slow
@pytest.mark.fresh_database  # settings first: the database is created plaintext
def test_encrypt_converts_a_plaintext_database_and_its_backups(tmp_path: Path) -> None:
    base, outside = tmp_path / "base", tmp_path / "outside"
    (base / "config").mkdir(parents=True)
    outside.mkdir()
    (base / "config" / "settings.json").write_text('{"encrypt_new_databases": false}')
    fill(base, outside)
    assert files_with_canary(base) != []
    backups = sorted(str(path) for path in (base / "backups").glob("*.backup"))
    assert backups  # the daily one and the one taken by hand, in plaintext
    converted = legalaid(base, "encrypt")
    assert converted.returncode == 0, converted.stderr
    assert sorted(json.loads(converted.stdout)["encrypted"]) == sorted(
        [str(base / "data" / "legalaid.sqlite"), *backups])
    assert files_with_canary(base) == []
    found = legalaid(base, "search", CANARY, "--json")
    assert found.returncode == 0, found.stderr
    assert [hit["id"] for hit in json.loads(found.stdout)] == [1]
    again = legalaid(base, "encrypt")
    assert again.returncode == 2
    assert again.stderr.endswith("is not a plaintext database\n")
