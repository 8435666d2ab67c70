"""``legalaid clients add``, ``legalaid clients show`` and ``legalaid migrate`` run as a user runs
them: the real ``legalaid`` executable of the environment, in a temporary base directory."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests import cli_runner

LEGALAID = Path(sys.executable).with_name("legalaid")

SHUKHRAT: dict[str, Any] = {
    "names": [
        {"family": "Абдуллаев", "given": "Шухрат", "patronymic": "Бахтиярович", "script": "cyrl"},
        {"family": "Abdullaev", "given": "Shukhrat", "script": "latn", "source": "passport"},
    ],
    "sex": "M", "date_of_birth": "1991-04-17", "citizenship": "UZ",
    "category": "labour_immigrant", "languages": ["uz", "ru"], "phone": "+7 701 000 00 00",
    "safe_to_contact": True, "address": "Almaty", "iin": "910417300000",
    "documents": [{"type": "passport", "number": "FA0000000", "valid_from": "2020-01-01",
                   "valid_until": "2030-01-01"}],
    "trips": [{"entry": "2025-01-10", "exit": None}], "events": [], "notes": "free text",
}  # fmt: skip
ASEL = {"names": [{"family": "Қоңыратова", "given": "Әсел", "script": "cyrl"}], "citizenship": None}


def run(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=60)  # fmt: skip


def test_add_a_list_from_a_file_then_show_it_as_json(tmp_path: Path) -> None:
    source = tmp_path / "clients.json"
    source.write_text(json.dumps([SHUKHRAT, ASEL], ensure_ascii=False), encoding="utf-8")
    added = run(tmp_path / "base", "clients", "add", str(source))
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == [1, 2]
    shown = run(tmp_path / "base", "clients", "show", "1", "--json")
    assert shown.returncode == 0, shown.stderr
    client = json.loads(shown.stdout)
    assert client["id"] == 1
    assert client["names"] == SHUKHRAT["names"]
    assert client["date_of_birth"] == "1991-04-17"
    assert client["documents"][0]["number"] == "FA0000000"
    assert client["trips"][0]["entry"] == "2025-01-10"
    assert client["notes"][0]["text"] == "free text"
    # What show prints can be added again as a new client (its passport is on file: with a
    # reason).
    again = run(tmp_path / "base", "clients", "add", "-", "--allow-duplicate", "a test",
                stdin=shown.stdout)
    assert (again.returncode, json.loads(again.stdout)) == (0, [3])


def test_one_object_from_standard_input(tmp_path: Path) -> None:
    added = run(tmp_path, "clients", "add", "-", stdin=json.dumps(ASEL, ensure_ascii=False))
    assert (added.returncode, json.loads(added.stdout)) == (0, [1])
    shown = run(tmp_path, "clients", "show", "1")
    assert shown.returncode == 0
    assert "Қоңыратова Әсел" in shown.stdout
    assert "stateless" in shown.stdout


def test_a_bad_record_in_a_batch_writes_nothing_and_says_where(tmp_path: Path) -> None:
    bad = dict(SHUKHRAT, documents=[{"type": "passport", "colour": "red"}])
    added = run(tmp_path, "clients", "add", "-", stdin=json.dumps([ASEL, ASEL, bad]))
    assert added.returncode == 2
    assert added.stderr == "legalaid: [2].documents[0].colour: unknown field\n"
    assert added.stdout == ""
    assert run(tmp_path, "clients", "show", "1").returncode == 2  # nothing was written


def test_invalid_date_and_broken_json_are_one_line_errors(tmp_path: Path) -> None:
    bad_date = dict(ASEL, trips=[{"entry": "2024-01-10", "exit": "2024-13-01"}])
    done = run(tmp_path, "clients", "add", "-", stdin=json.dumps(bad_date))
    assert (done.returncode, done.stderr) == (
        2, 'legalaid: trips[0].exit: "2024-13-01" is not a date (expected YYYY-MM-DD)\n')
    done = run(tmp_path, "clients", "add", "-", stdin="{")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("legalaid: input: not valid JSON")


def test_missing_or_malformed_id_is_a_clear_error(tmp_path: Path) -> None:
    missing = run(tmp_path, "clients", "show", "42", "--json")
    assert (missing.returncode, missing.stderr) == (2, "legalaid: client 42 does not exist\n")
    malformed = run(tmp_path, "clients", "show", "abc")
    assert (malformed.returncode, malformed.stderr) == (
        2, 'legalaid: ID: "abc" is not an id (a whole number from 1 to 9223372036854775807)\n')
    too_long = run(tmp_path, "clients", "show", "1234567890123456789012345")
    assert (too_long.returncode, too_long.stderr.count("\n")) == (2, 1)
    assert too_long.stderr.startswith('legalaid: ID: "1234567890123456789012345" is not an id')


def _newest_migration() -> str:
    """The number of the newest migration file shipped with the app (``NNNN_what.py``)."""
    versions = Path(__file__).resolve().parents[2] / "src/legalaid/db/migrations/versions"
    return max(path.name[:4] for path in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


def test_migrate_prints_the_revision_and_keeps_the_data(tmp_path: Path) -> None:
    newest = _newest_migration()
    first = run(tmp_path, "migrate")
    assert (first.returncode, first.stdout) == (0, f"{newest}\n")
    assert run(tmp_path, "clients", "add", "-", stdin=json.dumps(ASEL)).returncode == 0
    again = run(tmp_path, "migrate")
    assert (again.returncode, again.stdout) == (0, f"{newest}\n")
    assert run(tmp_path, "clients", "show", "1").returncode == 0
