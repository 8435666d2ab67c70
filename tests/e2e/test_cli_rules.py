"""``legalaid rules evaluate`` and ``legalaid rules check`` run as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests import cli_runner

from legalaid.paths import resource

# The rules engine reads no database.
pytestmark = pytest.mark.engine_agnostic

LEGALAID = Path(sys.executable).with_name("legalaid")


def run(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(tmp_path / "base"), *args], input=stdin, timeout=60)


def test_evaluate_a_file_prints_the_assessment(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({"as_of": "2024-07-04", "citizenship": "US",
                                    "trips": [{"entry": "2024-06-01", "exit": "2024-07-04"}]}))
    done = run(tmp_path, "rules", "evaluate", str(scenario))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert list(result) == ["as_of", "present", "regime", "status", "days_used_in_window",
                            "last_lawful_day", "days_remaining", "overstay_days",
                            "next_lawful_entry", "deadlines", "findings"]
    assert (result["status"], result["overstay_days"], result["last_lawful_day"]) == (
        "OVERSTAY", 4, "2024-06-30")
    assert (tmp_path / "base").is_dir()  # nothing written outside the base dir


def test_evaluate_from_standard_input(tmp_path: Path) -> None:
    done = run(tmp_path, "rules", "evaluate", "-", stdin=json.dumps(
        {"as_of": "2024-03-15", "citizenship": "RU", "trips": [{"entry": "2024-03-01"}]}))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["last_lawful_day"] == "2024-05-29"


@pytest.mark.parametrize(("scenario", "line"), [
    ({"as_of": "2024-05-20", "trips": [{"entry": "2024-01-10", "exit": "2024-13-01"}]},
     'legalaid: trips[0].exit: "2024-13-01" is not a date (expected YYYY-MM-DD)'),
    ({"citizenship": "RU"}, "legalaid: as_of: is required"),
])
def test_invalid_scenario_exits_2_with_one_line(tmp_path: Path, scenario: object,
                                                line: str) -> None:
    done = run(tmp_path, "rules", "evaluate", "-", stdin=json.dumps(scenario))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith(line)


def test_not_json_exits_2(tmp_path: Path) -> None:
    done = run(tmp_path, "rules", "evaluate", "-", stdin="{as_of: tomorrow")
    assert done.returncode == 2
    assert "not valid JSON" in done.stderr and "Traceback" not in done.stderr


def test_check_the_shipped_rules(tmp_path: Path) -> None:
    done = run(tmp_path, "rules", "check")
    assert done.returncode == 0
    assert " rules OK" in done.stdout


def test_check_a_broken_file_names_the_rule(tmp_path: Path) -> None:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    rules = tmp_path / "kz.toml"
    rules.write_text(rules.read_text().replace('id = "REG-01"\ntitle', 'id = "REG-01"\ntitl'))
    done = run(tmp_path, "rules", "check", str(rules))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert str(rules) in done.stderr and "rule REG-01" in done.stderr


def test_global_rules_option_is_used_by_evaluate(tmp_path: Path) -> None:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    rules = tmp_path / "kz.toml"
    rules.write_text(rules.read_text().replace(
        "per_stay_days = 30, window_days = 180, window_limit = 90 }\ncitation = \"research "
        "article", "per_stay_days = 60, window_days = 180, window_limit = 90 }\ncitation = "
        "\"research article"))
    done = cli_runner.run(
        ["--base-dir", str(tmp_path / "base"), "--rules", str(rules), "rules", "evaluate", "-"],
        input=json.dumps({"as_of": "2024-06-02", "citizenship": "US",
                          "trips": [{"entry": "2024-06-01"}]}), timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["last_lawful_day"] == "2024-07-30"  # 06-01 + 59


def test_check_refuses_a_convention_without_a_citation(tmp_path: Path) -> None:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    rules = tmp_path / "kz.toml"
    text = rules.read_text()
    start = text.index('id = "K7"\n')
    cut = text.index("citation = ", start)
    rules.write_text(text[:cut] + text[text.index("\n", cut) + 1:])
    done = run(tmp_path, "rules", "check", str(rules))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "convention K7: citation is missing" in done.stderr
