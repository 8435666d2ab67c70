"""Only `legalaid users init` (or the first-start dialog) creates the first administrator: no
other command turns whoever runs it into one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests import cli_runner

LEGALAID = Path(sys.executable).with_name("legalaid")
INTRUDER = {"LEGALAID_USER": "intruder", "LEGALAID_PASSWORD": "made up password"}


def run(base: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=60, env={**os.environ, **env})


@pytest.mark.fresh_database
def test_no_command_but_users_init_creates_an_administrator(tmp_path: Path) -> None:
    for command in (("search", "x"), ("users", "list", "--json"), ("audit", "verify")):
        refused = run(tmp_path, *command, **INTRUDER)
        assert refused.returncode == 2
        assert refused.stderr == ("legalaid: this database has no accounts yet: create the "
                                  "administrator with legalaid users init (or by starting "
                                  "the app)\n")
    created = run(tmp_path, "users", "init", **INTRUDER)
    assert (created.returncode, created.stdout) == (0, "created administrator intruder\n")
    listed = run(tmp_path, "users", "list", "--json", **INTRUDER)
    assert json.loads(listed.stdout) == [
        {"name": "intruder", "role": "administrator", "active": True}]


def test_users_init_is_refused_once_an_administrator_exists(tmp_path: Path) -> None:
    again = run(tmp_path, "users", "init", **INTRUDER)
    assert (again.returncode, again.stderr) == (
        2, "legalaid: an administrator already exists; sign in instead\n")
    wrong = run(tmp_path, "search", "x", **INTRUDER)
    assert (wrong.returncode, wrong.stderr) == (2, "legalaid: unknown user or wrong password\n")


@pytest.mark.fresh_database
def test_users_init_without_a_password_names_the_variable(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LEGALAID_PASSWORD"}
    done = cli_runner.run(["--base-dir", str(tmp_path), "users", "init"], timeout=60, env=env)
    assert (done.returncode, done.stderr) == (
        2, "legalaid: LEGALAID_PASSWORD: is not set for user admin\n")
