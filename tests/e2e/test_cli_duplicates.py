"""One person, one file, at the command line: a passport already on file refused, a reasoned
exception audited, two files merged and found as one, the caseload's duplicate pairs, and the
conflict-of-interest check of a case's other party."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests import cli_runner

LEGALAID = Path(sys.executable).with_name("legalaid")

SHUKHRAT: dict[str, Any] = {
    "names": [{"family": "Абдуллаев", "given": "Шухрат", "script": "cyrl"}],
    "sex": "M", "date_of_birth": "1991-04-17", "citizenship": "UZ",
    "phone": "+7 701 000 00 01",
    "documents": [{"type": "passport", "number": "FA1234567", "valid_until": "2030-01-01"}],
    "trips": [{"entry": "2025-01-10", "exit": None}],
}  # fmt: skip


def run(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


def add(base: Path, record: dict[str, Any], *options: str) -> subprocess.CompletedProcess[str]:
    return run(base, "clients", "add", "-", *options, stdin=json.dumps(record, ensure_ascii=False))


def spelled(family: str, given: str, script: str, **changes: Any) -> dict[str, Any]:
    record = copy.deepcopy(SHUKHRAT)
    record["names"] = [{"family": family, "given": given, "script": script}]
    record.update(changes)
    return record


def test_the_same_passport_twice_is_refused_naming_the_field_and_the_client(
        tmp_path: Path) -> None:
    first = add(tmp_path, SHUKHRAT)
    assert (first.returncode, json.loads(first.stdout)) == (0, [1]), first.stderr
    again = add(tmp_path, spelled("Abdullayev", "Shuxrat", "latn",
                                  documents=[{"type": "passport", "number": "fa 1234567"}]))
    assert again.returncode == 2
    assert again.stderr.strip().endswith("documents[0].number: already on file for client 1")
    listed = json.loads(run(tmp_path, "search", "Abdullayev", "--json").stdout)
    assert [hit["id"] for hit in listed] == [1]  # nothing was written


def test_a_passport_of_another_country_is_another_document(tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    other = add(tmp_path, spelled("Иванов", "Пётр", "cyrl", citizenship="TJ",
                                  date_of_birth="1980-02-02"))
    assert (other.returncode, json.loads(other.stdout)) == (0, [2]), other.stderr


def test_allow_duplicate_registers_and_the_reason_is_in_the_audit_trail(tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    allowed = add(tmp_path, SHUKHRAT, "--allow-duplicate", "twin brother, passport misprinted")
    assert (allowed.returncode, json.loads(allowed.stdout)) == (0, [2]), allowed.stderr
    trail = json.loads(run(tmp_path, "audit", "list", "--action", "duplicate_allowed",
                           "--json").stdout)
    assert [(entry["client_id"], entry["detail"]) for entry in trail] == [
        (2, "twin brother, passport misprinted")]


def test_an_empty_reason_allows_nothing(tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    refused = add(tmp_path, SHUKHRAT, "--allow-duplicate", "  ")
    assert refused.returncode == 2
    assert "allow_duplicate" in refused.stderr


def test_likely_name_matches_are_listed_in_the_report(tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    latin = spelled("Abdullaev", "Shukhrat", "latn", documents=[])
    answer = add(tmp_path, latin, "--report")
    assert answer.returncode == 0, answer.stderr
    report = json.loads(answer.stdout)
    assert report["ids"] == [2]
    assert [(match["record"], match["client_id"]) for match in report["duplicates"]] == [(0, 1)]
    assert "date_of_birth" in report["duplicates"][0]["reasons"]
    assert "record 0 may be client 1" in answer.stderr


def test_merge_moves_the_file_and_search_finds_one_client_under_every_spelling(
        tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    latin = spelled("Abdullayev", "Shuxrat", "latn", documents=[
        {"type": "migration_card", "number": "MC777"}], phone="+7 701 999 99 99")
    assert add(tmp_path, latin).returncode == 0
    refused = run(tmp_path, "clients", "merge", "1", "2")
    assert refused.returncode == 2
    assert "--prefer: the files differ in phone" in refused.stderr
    dry = run(tmp_path, "clients", "merge", "1", "2", "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["merged"] is False
    assert planned["moves"]["document"] == 1 and planned["moves"]["client_name"] == 1
    assert json.loads(run(tmp_path, "clients", "show", "2", "--json").stdout)["id"] == 2
    merged = run(tmp_path, "clients", "merge", "1", "2", "--prefer", "other", "--json")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["merged"] is True
    kept = json.loads(run(tmp_path, "clients", "show", "1", "--json").stdout)
    assert {name["family"] for name in kept["names"]} == {"Абдуллаев", "Abdullayev"}
    assert {doc["number"] for doc in kept["documents"]} == {"FA1234567", "MC777"}
    assert kept["phone"] == "+7 701 999 99 99"
    for spelling in ("Абдуллаев Шухрат", "Abdullayev Shuxrat", "Abdullaev"):
        hits = json.loads(run(tmp_path, "search", spelling, "--json").stdout)
        assert [hit["id"] for hit in hits] == [1], spelling
    gone = run(tmp_path, "clients", "show", "2")
    assert gone.returncode == 2
    trail = json.loads(run(tmp_path, "audit", "list", "--client", "1", "--json").stdout)
    assert [entry["detail"] for entry in trail].count("merge.merge") == 1


def test_the_duplicate_list_ranks_pairs_and_forgets_dismissed_ones(tmp_path: Path) -> None:
    assert add(tmp_path, SHUKHRAT).returncode == 0
    assert add(tmp_path, spelled("Abdullaev", "Shukhrat", "latn", documents=[],
                                 date_of_birth="1991-04-11")).returncode == 0
    assert add(tmp_path, spelled("Қоңыратова", "Әсел", "cyrl", documents=[], phone=None,
                                 date_of_birth="1970-01-01")).returncode == 0
    listed = run(tmp_path, "clients", "duplicates", "--json")
    assert listed.returncode == 0, listed.stderr
    answer = json.loads(listed.stdout)
    assert answer["pair_count"] == 1
    pair = answer["pairs"][0]
    assert pair["clients"] == [1, 2]
    assert {"name", "across_scripts", "phone", "birth_date_near"} <= set(pair["reasons"])
    assert run(tmp_path, "clients", "not-duplicates", "2", "1").returncode == 0
    assert json.loads(run(tmp_path, "clients", "duplicates", "--json").stdout)["pairs"] == []


def test_a_case_against_an_employer_shows_the_conflicts_on_file(tmp_path: Path) -> None:
    employer = spelled("Серікбаев", "Нұрлан", "cyrl", documents=[], phone=None,
                       date_of_birth="1975-05-05", citizenship="KZ",
                       cases=[{"type": "unpaid_wages", "opened": "2025-02-01"}])
    worker = spelled("Karimov", "Aziz", "latn", documents=[], phone=None,
                     date_of_birth="1990-03-03",
                     cases=[{"type": "unpaid_wages", "opened": "2025-02-01"}])
    assert add(tmp_path, employer).returncode == 0
    assert add(tmp_path, worker).returncode == 0
    recorded = run(tmp_path, "clients", "add-party", "2", "--name", "ТОО «Строй-Инвест»",
                   "--kind", "employer", "--identifier", "123456789012")
    assert recorded.returncode == 0, recorded.stderr
    assert json.loads(recorded.stdout)["conflicts"] == []
    # the office's own client runs the company another client claims against
    checked = run(tmp_path, "clients", "conflicts", "--name", "Serikbayev Nurlan", "--json")
    assert [(m["client_id"], m["kind"]) for m in json.loads(checked.stdout)] == [(1, "client")]
    same_bin = run(tmp_path, "clients", "conflicts", "--name", "Stroy Invest LLP",
                   "--identifier", "1234 5678 9012", "--json")
    matches = json.loads(same_bin.stdout)
    assert [(m["client_id"], m["case_id"], m["kind"]) for m in matches] == [(2, 2, "employer")]
    assert "identifier" in matches[0]["reasons"]
