"""``legalaid status`` and ``legalaid deadlines`` over clients stored through ``clients add``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests import cli_runner
from tests.e2e.conftest import engine_base

# SCENARIOS.md example A: a Russian citizen who entered on 2024-03-01 and is still present.
RUSSIAN = {
    "names": [{"family": "Петрова", "given": "Анна", "script": "cyrl"}],
    "citizenship": "RU",
    "documents": [{"type": "passport", "number": "750000001", "valid_from": "2020-04-10",
                   "valid_until": "2024-04-10"}],
    "trips": [{"entry": "2024-03-01", "exit": None}],
}
# A US visitor whose 30-day stay ends on 2024-04-09 (entry 2024-03-11 + 29).
AMERICAN = {
    "names": [{"family": "Doe", "given": "Jane", "script": "latn"}],
    "citizenship": "US",
    "trips": [{"entry": "2024-03-11", "exit": None}],
}


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    base = engine_base(request, tmp_path_factory.mktemp("status"), database_kind)
    added = legalaid(base, "clients", "add", "-", stdin=json.dumps([RUSSIAN, AMERICAN]))
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == [1, 2]
    return base


def test_status_json_is_the_scenario_assessment_for_a_stored_client(base: Path) -> None:
    done = legalaid(base, "status", "1", "--as-of", "2024-03-15", "--json")
    assert done.returncode == 0, done.stderr
    assessment = json.loads(done.stdout)
    assert assessment["client_id"] == 1
    assert assessment["regime"] == "STAY-02"
    assert assessment["status"] == "LAWFUL"
    assert assessment["days_used_in_window"] == 15
    assert assessment["last_lawful_day"] == "2024-05-29"
    assert assessment["days_remaining"] == 75


def test_status_in_words_names_the_rule(base: Path) -> None:
    done = legalaid(base, "status", "2", "--as-of", "2024-04-01")
    assert done.returncode == 0, done.stderr
    assert "Last lawful day: 09.04.2024 (8 days left)" in done.stdout
    assert "STAY-01" in done.stdout


def test_deadlines_of_every_client_in_a_period(base: Path) -> None:
    done = legalaid(base, "deadlines", "--from", "2024-04-01", "--to", "2024-04-30", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    passport = [row for row in rows if row["client_id"] == 1 and row["document"] == "passport"]
    assert [row["due"] for row in passport] == ["2024-04-10"]
    assert passport[0]["client"] == "Петрова Анна"
    assert passport[0]["rule"] == "DOC-EXPIRY"
    assert [row["due"] for row in rows] == sorted(row["due"] for row in rows)


@pytest.mark.parametrize(("args", "field"), [
    (("status", "abc"), "CLIENT_ID"),
    (("status", "1", "--as-of", "2024-02-30"), "--as-of"),
    (("status", "999"), "client 999"),
    (("deadlines", "--from", "2024-05-01", "--to", "2024-04-01"), "--to"),
])
def test_bad_input_is_one_line_and_exit_2(base: Path, args: tuple[str, ...], field: str) -> None:
    done = legalaid(base, *args)
    assert done.returncode == 2
    assert field in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
