"""The command line signs in, obeys roles, verifies the audit trail and runs retention."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text
from tests.conftest import TEST_PASSPHRASE

from legalaid.db.session import create_engine_for
from legalaid.paths import AppPaths

LEGALAID = Path(sys.executable).with_name("legalaid")


def run(base: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LEGALAID), "--base-dir", str(base), *args], capture_output=True, text=True,
        timeout=60, check=False, env={**os.environ, **env})


def test_audit_verify_finds_the_altered_entry(tmp_path: Path) -> None:
    first = run(tmp_path, "search", "Nobody")
    assert first.stderr == "legalaid: created administrator admin\n"
    verified = run(tmp_path, "audit", "verify")
    # the first administrator, then one sign-in per command
    assert (verified.returncode, verified.stdout) == (0, "3 entries OK\n")
    engine = create_engine_for(str(AppPaths.create(tmp_path).default_database), TEST_PASSPHRASE)
    with engine.begin() as connection:  # as an attacker would: drop the guard, edit a row
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(text("UPDATE audit_log SET action = 'view' WHERE id = 2"))
    engine.dispose()
    broken = run(tmp_path, "audit", "verify")
    assert broken.returncode == 2
    assert broken.stderr.count("\n") == 1
    assert broken.stderr.startswith("legalaid: audit: entry 2 was altered")


def test_roles_hold_on_the_command_line(tmp_path: Path) -> None:
    assert run(tmp_path, "search", "Nobody").returncode == 0
    added = run(tmp_path, "users", "add", "zhanna", "--role", "intake",
                LEGALAID_NEW_PASSWORD="intake password 1")
    assert (added.returncode, added.stdout) == (0, "added zhanna (intake)\n")
    as_intake = {"LEGALAID_USER": "zhanna", "LEGALAID_PASSWORD": "intake password 1"}
    refused = run(tmp_path, "audit", "verify", **as_intake)
    assert (refused.returncode, refused.stderr) == (
        2, "legalaid: a intake may not do this (audit)\n")
    wrong = run(tmp_path, "search", "x", LEGALAID_USER="zhanna", LEGALAID_PASSWORD="nope")
    assert (wrong.returncode, wrong.stderr) == (2, "legalaid: unknown user or wrong password\n")
    listed = run(tmp_path, "users", "list", "--json")
    assert json.loads(listed.stdout) == [
        {"name": "admin", "role": "administrator", "active": True},
        {"name": "zhanna", "role": "intake", "active": True}]


def test_without_a_user_a_script_is_told_which_variable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LEGALAID_USER"}
    result = subprocess.run([str(LEGALAID), "--base-dir", str(tmp_path), "search", "x"],
                            capture_output=True, text=True, timeout=60, check=False, env=env,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.startswith("legalaid: LEGALAID_USER: is not set")
