"""The command line signs in, obeys roles, verifies the audit trail and runs retention."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from tests import cli_runner, postgres
from tests.conftest import base_engine

from legalaid.db import keyring
from legalaid.db.keyring import retry_delay
from legalaid.errors import AccessDenied
from legalaid.paths import AppPaths
from legalaid.services.accounts import AccountService

LEGALAID = Path(sys.executable).with_name("legalaid")


def run(base: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=60, env={**os.environ, **env})


def test_audit_verify_finds_the_altered_entry(tmp_path: Path) -> None:
    first = run(tmp_path, "search", "Nobody")
    assert (first.returncode, first.stderr) == (0, "")
    verified = run(tmp_path, "audit", "verify")
    # `users init`: the administrator and their sign-in, and the organisation profile asked
    # for at first start; then one sign-in per command
    assert (verified.returncode, verified.stdout) == (0, "5 entries OK\n")
    engine = base_engine(tmp_path)
    with engine.begin() as connection:  # as an attacker would: drop the guard, edit a row
        postgres.drop_guard(connection, "audit_log_no_update")
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
        2, "legalaid: an intake may not do this (audit)\n")
    wrong = run(tmp_path, "search", "x", LEGALAID_USER="zhanna", LEGALAID_PASSWORD="nope")
    assert (wrong.returncode, wrong.stderr) == (2, "legalaid: unknown user or wrong password\n")
    listed = run(tmp_path, "users", "list", "--json")
    assert json.loads(listed.stdout) == [
        {"name": "admin", "role": "administrator", "active": True},
        {"name": "zhanna", "role": "intake", "active": True}]


def test_without_a_user_a_script_is_told_which_variable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LEGALAID_USER"}
    result = cli_runner.run(["--base-dir", str(tmp_path), "search", "x"], timeout=60, env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("legalaid: LEGALAID_USER: is not set")


def _entries(base: Path, action: str) -> list[tuple[str | None, int | None, int | None, str]]:
    listed = run(base, "audit", "list", "--action", action, "--json")
    assert listed.returncode == 0, listed.stderr
    return [(e["table"], e["record_id"], e["client_id"], e["detail"])
            for e in reversed(json.loads(listed.stdout))]


def test_look_ups_consents_and_exports_are_recorded_with_their_records(tmp_path: Path) -> None:
    people = [{"names": [{"family": f"Testova{n}", "given": "Ana", "script": "latn"}],
               "citizenship": "US", "trips": [{"entry": "2024-03-11", "exit": None}]}
              for n in (1, 2)]
    added = cli_runner.run(["--base-dir", str(tmp_path), "clients", "add", "-"],
                           input=json.dumps(people), timeout=60)
    assert json.loads(added.stdout) == [1, 2], added.stderr
    assert run(tmp_path, "status", "2", "--as-of", "2024-03-15").returncode == 0
    assert ("client", 2, 2, "status.assess") in _entries(tmp_path, "view")
    consent = run(tmp_path, "consent", "record", "--client", "2", "--purpose", "referral")
    assert consent.returncode == 0, consent.stderr
    assert ("consent", 1, 2, "consent.record_consent") in _entries(tmp_path, "change")
    for what, extra in (("clients", ()), ("deadlines", ("--from", "2024-03-01", "--to",
                                                       "2024-12-31"))):
        exported = run(tmp_path, "export", what, "--format", "csv", "-o",
                       str(tmp_path / f"{what}.csv"), *extra)
        assert exported.returncode == 0, exported.stderr
    deadlines = len((tmp_path / "deadlines.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
    assert _entries(tmp_path, "export") == [  # no row count posing as a client id any more
        (None, None, None, "exports.export_clients 2 rows"),
        (None, None, None, f"exports.export_deadlines {deadlines} rows")]


def test_a_supervisor_cannot_take_over_the_administrator(tmp_path: Path) -> None:
    assert run(tmp_path, "search", "Nobody").returncode == 0  # the administrator "admin" exists
    added = run(tmp_path, "users", "add", "sveta", "--role", "supervisor",
                LEGALAID_NEW_PASSWORD="supervisor password 1")
    assert added.returncode == 0, added.stderr
    as_sveta = {"LEGALAID_USER": "sveta", "LEGALAID_PASSWORD": "supervisor password 1"}
    for command in (("reset-password", "admin"), ("role", "admin", "lawyer"),
                    ("deactivate", "admin"), ("add", "root2", "--role", "administrator"),
                    ("role", "sveta", "administrator")):
        refused = run(tmp_path, "users", *command, LEGALAID_NEW_PASSWORD="taken over 12",
                      **as_sveta)
        assert (refused.returncode, refused.stderr.count("\n")) == (2, 1), command
        assert "administrator" in refused.stderr
    taken = run(tmp_path, "search", "x", LEGALAID_USER="admin",
                LEGALAID_PASSWORD="taken over 12")
    assert taken.returncode == 2  # the administrator's password is still the old one
    time.sleep(retry_delay(1))  # the pause after that failed sign-in
    himself = run(tmp_path, "users", "deactivate", "admin")
    assert (himself.returncode, himself.stderr) == (
        2, "legalaid: you cannot deactivate yourself; ask another administrator\n")
    listed = run(tmp_path, "users", "list", "--json")
    assert json.loads(listed.stdout) == [
        {"name": "admin", "role": "administrator", "active": True},
        {"name": "sveta", "role": "supervisor", "active": True}]


def test_a_calendar_file_of_deadlines_is_recorded_as_an_export(tmp_path: Path) -> None:
    assert run(tmp_path, "search", "Nobody").returncode == 0
    written = run(tmp_path, "deadlines", "--from", "2024-03-01", "--to", "2024-03-31", "--ics",
                  str(tmp_path / "march.ics"))
    assert written.returncode == 0, written.stderr
    assert _entries(tmp_path, "export") == [(None, None, None, "calendar.to_ics 0 rows")]
    refused = run(tmp_path, "deadlines", "--ics", str(tmp_path / "no" / "x.ics"))
    assert refused.returncode == 2
    assert len(_entries(tmp_path, "export")) == 1  # nothing written, nothing recorded


def _at(moment: dt.datetime | None) -> dt.datetime:
    return moment or dt.datetime.now()


def test_the_wait_after_failed_sign_ins_does_not_tell_which_names_exist(tmp_path: Path) -> None:
    assert run(tmp_path, "search", "Nobody").returncode == 0  # the administrator "admin" exists
    path = AppPaths.create(tmp_path).default_database
    engine = None if keyring.exists(path) else base_engine(tmp_path)  # a server has no keyring
    start = dt.datetime.now() - dt.timedelta(minutes=1)
    for name in ("admin", "nobody-here"):  # five failures each, the last one now: 16 s to wait
        for moment in [start + dt.timedelta(seconds=s) for s in (0, 1, 3, 7)] + [None]:
            clock = functools.partial(_at, moment)
            with pytest.raises(AccessDenied):
                if engine is None:  # the keyring counts failed unlocks of a file
                    keyring.unlock(path, name, "wrong one", clock=clock)
                else:
                    AccountService(engine, clock).authenticate(name, "wrong one")
    if engine is not None:
        engine.dispose()
    seen = {name: run(tmp_path, "search", "x", LEGALAID_USER=name, LEGALAID_PASSWORD="wrong")
            for name in ("admin", "nobody-here")}
    said = {name: (done.returncode, re.sub(r"\d+", "N", done.stderr))
            for name, done in seen.items()}
    assert said["admin"] == said["nobody-here"] == (
        2, "legalaid: too many failed sign-ins: try again in N s\n")


def test_a_lawyer_lists_and_exports_the_deadlines_of_their_own_clients_only(
    tmp_path: Path,
) -> None:
    people = [{"names": [{"family": f"Testova{n}", "given": "Ana", "script": "latn"}],
               "citizenship": "US", "lawyer": lawyer,
               "trips": [{"entry": "2024-03-11", "exit": None}]}
              for n, lawyer in ((1, "marat"), (2, "dana"))]
    added = cli_runner.run(["--base-dir", str(tmp_path), "clients", "add", "-"],
                           input=json.dumps(people), timeout=60)
    assert json.loads(added.stdout) == [1, 2], added.stderr
    assert run(tmp_path, "users", "add", "marat", "--role", "lawyer",
               LEGALAID_NEW_PASSWORD="lawyer password 1").returncode == 0
    period = ("--from", "2024-03-01", "--to", "2024-12-31")
    everyone = json.loads(run(tmp_path, "deadlines", *period, "--json").stdout)
    assert {row["client_id"] for row in everyone} == {1, 2}
    as_marat = {"LEGALAID_USER": "marat", "LEGALAID_PASSWORD": "lawyer password 1"}
    listed = run(tmp_path, "deadlines", *period, "--json", **as_marat)
    assert listed.returncode == 0, listed.stderr
    assert {row["client_id"] for row in json.loads(listed.stdout)} == {1}
    exported = run(tmp_path, "export", "deadlines", "--format", "csv", "-o",
                   str(tmp_path / "mine.csv"), *period, **as_marat)
    assert exported.returncode == 0, exported.stderr
    written = (tmp_path / "mine.csv").read_text(encoding="utf-8-sig")
    assert "Testova1" in written and "Testova2" not in written
