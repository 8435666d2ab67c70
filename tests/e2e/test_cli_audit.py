"""``legalaid audit verify --against BACKUP | --code CODE [--json]`` and ``audit head`` on a
keyring database: entries are signed by the signed-in account, and an attacker holding the
database key and their own account who rewrites the trail (hashes and head recomputed) is found
out by the latest backup and by the noted code."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests import cli_runner
from tests.conftest import database_key
from tests.integration.test_audit_signed import _read, _rewrite

from legalaid.db import keyring
from legalaid.db.session import create_engine_for
from legalaid.paths import AppPaths

# Signing keys come from the keyring of a database file; a server database has none yet.
pytestmark = pytest.mark.sqlite_only
LEGALAID = Path(sys.executable).with_name("legalaid")
MALLORY = {"LEGALAID_USER": "mallory", "LEGALAID_PASSWORD": "mallory password 1"}


def run(base: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=60, env={**os.environ, **env})


def _trail_with_a_backup(base: Path) -> Path:
    assert run(base, "users", "add", "mallory", "--role", "supervisor",
               LEGALAID_NEW_PASSWORD=MALLORY["LEGALAID_PASSWORD"]).returncode == 0
    assert run(base, "search", "Nobody").returncode == 0
    assert run(base, "search", "Nobody", **MALLORY).returncode == 0
    assert run(base, "backup").returncode == 0
    assert run(base, "search", "Else").returncode == 0
    backups = sorted((base / "backups").glob("*.backup")) or sorted(base.rglob("*.backup"))
    return backups[-1]


def _attacker_key(path: Path) -> Ed25519PrivateKey:
    secrets = keyring.unlock(path, MALLORY["LEGALAID_USER"], MALLORY["LEGALAID_PASSWORD"])
    return Ed25519PrivateKey.from_private_bytes(secrets.signing_key)


def test_an_untouched_trail_verifies_against_its_backup_and_its_code(tmp_path: Path) -> None:
    backup = _trail_with_a_backup(tmp_path)
    plain = run(tmp_path, "audit", "verify")
    assert plain.returncode == 0 and re.fullmatch(r"\d+ entries OK\n", plain.stdout)
    against = run(tmp_path, "audit", "verify", "--against", str(backup))
    count = int(plain.stdout.split()[0])
    assert (against.returncode, against.stdout) == (0, f"{count + 1} entries OK\n")  # its sign-in
    code = run(tmp_path, "audit", "head").stdout.strip()
    assert re.fullmatch(r"\d+-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-Z]", code)
    assert run(tmp_path, "audit", "verify", "--code", code).returncode == 0
    report = json.loads(run(tmp_path, "audit", "verify", "--json").stdout)
    assert report["ok"] is True and report["findings"] == []
    assert report["signed"] >= 4  # the sign-ins and searches since the keyring was unlocked


def test_a_deleted_entry_is_named_against_the_backup(tmp_path: Path) -> None:
    backup = _trail_with_a_backup(tmp_path)
    code = run(tmp_path, "audit", "head").stdout.strip()
    path = AppPaths.create(tmp_path).default_database
    engine = create_engine_for(str(path), database_key(path))
    try:
        rows = _read(engine)
        victim = next(row for row in rows if row["user"] == "admin" and row["signature"]
                      and row["action"] != "login")
        rows.remove(victim)
        _rewrite(engine, rows, _attacker_key(path))
    finally:
        engine.dispose()
    broken = run(tmp_path, "audit", "verify", "--against", str(backup))
    assert broken.returncode == 2
    assert broken.stderr.startswith(f"legalaid: audit: entry {victim['id']} ")
    assert "[missing]" in broken.stderr
    report = json.loads(run(tmp_path, "audit", "verify", "--against", str(backup),
                            "--json").stdout)
    assert report["findings"][0]["kind"] == "missing"
    assert report["findings"][0]["entry"] == victim["id"]
    noted = run(tmp_path, "audit", "verify", "--code", code)
    assert noted.returncode == 2 and "not the one in the noted code" in noted.stderr


def test_a_trail_rebuilt_under_the_administrators_name_is_named(tmp_path: Path) -> None:
    backup = _trail_with_a_backup(tmp_path)
    path = AppPaths.create(tmp_path).default_database
    engine = create_engine_for(str(path), database_key(path))
    try:
        _rewrite(engine, _read(engine), _attacker_key(path), lambda row: True)
    finally:
        engine.dispose()
    broken = run(tmp_path, "audit", "verify", "--against", str(backup), "--json")
    assert broken.returncode == 2
    first = json.loads(broken.stdout)["findings"][0]
    assert first["kind"] in {"unknown key"} and first["entry"] == 1


def test_a_mistyped_code_is_refused_naming_the_option(tmp_path: Path) -> None:
    code = run(tmp_path, "audit", "head").stdout.strip()
    typo = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2:]  # the last hex digit
    refused = run(tmp_path, "audit", "verify", "--code", typo)
    assert refused.returncode == 2
    assert refused.stderr.startswith("legalaid: --code: its check character does not match")
