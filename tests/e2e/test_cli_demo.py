"""``legalaid demo`` as a user runs it: a fresh base directory, then the clients are there."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from tests import cli_runner
from tests.conftest import prepare_base

from legalaid.exchange.client_json import parse_client

# Demo clients go in through the bulk path, which the integration suite runs on both engines.
pytestmark = pytest.mark.engine_agnostic


def legalaid(base_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base_dir), *args], timeout=300)


def show(base_dir: Path, client_id: int) -> Any:
    result = legalaid(base_dir, "clients", "show", str(client_id), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def without_note_times(client: dict[str, Any]) -> dict[str, Any]:
    notes = [{k: v for k, v in note.items() if k != "created"} for note in client["notes"]]
    return {**client, "notes": notes}


def test_demo_fills_a_fresh_database_with_valid_clients(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "demo", "--clients", "200")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added 200 demo clients")
    assert result.stdout.count("\n") == 1
    assert "200 of 200 clients" in result.stderr

    first, last = show(tmp_path, 1), show(tmp_path, 200)
    for client in (first, last):
        assert client["names"] and client["names"][0]["family"]
        record = parse_client({k: v for k, v in client.items() if k != "id"},
                              today=dt.date.today())
        assert record.names
    missing = legalaid(tmp_path, "clients", "show", "201", "--json")
    assert missing.returncode == 2


def test_the_same_seed_gives_the_same_clients(tmp_path: Path, initialised_data: Path) -> None:
    one, two, other = (prepare_base(initialised_data, tmp_path / name)
                       for name in ("one", "two", "other"))
    for base, seed in ((one, "7"), (two, "7"), (other, "8")):
        assert legalaid(base, "demo", "--clients", "20", "--seed", seed).returncode == 0
    # notes are dated when they are written, like every note: the content is what repeats
    assert without_note_times(show(one, 5)) == without_note_times(show(two, 5))
    names = [show(one, i)["names"] for i in (1, 2, 3)]
    assert names != [show(other, i)["names"] for i in (1, 2, 3)]


def test_bad_counts_are_refused_in_one_line(tmp_path: Path) -> None:
    for value, problem in (("many", '"many" is not a whole number'),
                           ("0", "0 is not between 1 and 1000000")):
        result = legalaid(tmp_path, "demo", "--clients", value)
        assert result.returncode == 2
        assert result.stderr == f"legalaid: --clients: {problem}\n"


def test_demo_cases_are_written_in_the_language_asked_for(tmp_path: Path,
                                                           initialised_data: Path) -> None:
    russian, kazakh = (prepare_base(initialised_data, tmp_path / name) for name in ("ru", "kk"))
    assert legalaid(russian, "demo", "--clients", "20", "--lang", "ru").returncode == 0
    assert legalaid(kazakh, "demo", "--clients", "20", "--lang", "kk").returncode == 0
    for base, alphabet in ((russian, "абвгдежзийклмнопрстуфхцчшщъыьэюя"),
                           (kazakh, "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя")):
        cases = [case for i in range(1, 21) for case in show(base, i)["cases"]]
        titles = [case["type"] for case in cases] + [
            task["title"] for case in cases for task in case["tasks"]]
        assert titles
        english = [title for title in titles if not set(title.lower()) & set(alphabet)]
        assert english == []


def test_an_unknown_demo_language_is_refused(tmp_path: Path) -> None:
    done = legalaid(tmp_path, "demo", "--clients", "5", "--lang", "de")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ['legalaid: --lang: "de" is not kk, ru or en']
