"""The must-leave date on the command line: ``rules evaluate`` lists it among the deadlines, and
``legalaid deadlines`` (JSON and ``--ics``, with reminders) shows it for stored clients.

``legalaid deadlines`` asks about today, so the clients' dates are counted from today."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from tests import cli_runner
from tests.e2e.conftest import engine_base

TODAY = dt.date.today()
DAY = dt.timedelta(days=1)
MUST_LEAVE = "Must leave or regularise by"


def iso(day: dt.date) -> str:
    return day.isoformat()


def client(family: str, citizenship: str, entry: dt.date, **more: object) -> dict[str, object]:
    return {"names": [{"family": family, "given": "A", "script": "latn"}],
            "citizenship": citizenship,
            "trips": [{"entry": iso(entry), "exit": None, "host_notified": iso(entry)}], **more}


CLIENTS = [
    # 1. US visitor in since 40 days ago: the 30 days ended 11 days ago (entry + 29).
    client("Over", "US", TODAY - 40 * DAY),
    # 2. Russian TRP holder: the permit ends in 50 days.
    client("Resident", "RU", TODAY - 100 * DAY, category="trp_holder", documents=[
        {"type": "trp", "valid_from": iso(TODAY - 100 * DAY),
         "valid_until": iso(TODAY + 50 * DAY)}]),
    # 3. Russian EAEU worker whose contract ends in 8 days (90/180 alone would give 59 more).
    client("Worker", "RU", TODAY - 30 * DAY, category="eaeu_worker", documents=[
        {"type": "employment_contract", "valid_from": iso(TODAY - 30 * DAY),
         "valid_until": iso(TODAY + 8 * DAY)}]),
    # 4. Uzbek visitor who came 5 days ago: 30 days per stay, entry + 29.
    client("Visitor", "UZ", TODAY - 5 * DAY),
]
EXPECTED = [(1, iso(TODAY - 11 * DAY), "STAY-01"), (3, iso(TODAY + 8 * DAY), "EAEU-02"),
            (4, iso(TODAY + 24 * DAY), "STAY-03"), (2, iso(TODAY + 50 * DAY), "STAY-05")]


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    base = engine_base(request, tmp_path_factory.mktemp("stay"), database_kind)
    added = legalaid(base, "clients", "add", "-", stdin=json.dumps(CLIENTS))
    assert added.returncode == 0, added.stderr
    return base


def test_rules_evaluate_lists_the_must_leave_date(base: Path) -> None:
    # SCENARIOS C: the TRP (2024-01-10 to 2025-01-09) limits the stay: STAY-05 on its last day.
    scenario = {"as_of": "2024-08-01", "citizenship": "RU",
                "documents": [{"type": "trp", "valid_from": "2024-01-10",
                               "valid_until": "2025-01-09"}],
                "trips": [{"entry": "2024-01-10", "exit": None}]}
    done = legalaid(base, "rules", "evaluate", "-", stdin=json.dumps(scenario))
    assert done.returncode == 0, done.stderr
    assert {"rule": "STAY-05", "document": None, "due": "2025-01-09",
            "title": MUST_LEAVE} in json.loads(done.stdout)["deadlines"]


def test_deadlines_json_shows_each_regimes_must_leave_date(base: Path) -> None:
    done = legalaid(base, "deadlines", "--from", iso(TODAY - 20 * DAY), "--to",
                    iso(TODAY + 60 * DAY), "--json")
    assert done.returncode == 0, done.stderr
    rows = [(row["client_id"], row["due"], row["rule"]) for row in json.loads(done.stdout)
            if row["title"] == MUST_LEAVE]
    assert rows == EXPECTED


def test_deadlines_ics_has_the_must_leave_date_with_a_reminder(base: Path,
                                                              tmp_path: Path) -> None:
    target = tmp_path / "stay.ics"
    done = legalaid(base, "deadlines", "--from", f"{TODAY - 20 * DAY:%d.%m.%Y}", "--to",
                    f"{TODAY + 60 * DAY:%d.%m.%Y}", "--ics", str(target))
    assert done.returncode == 0, done.stderr
    events = [event for event in Calendar.from_ical(target.read_bytes()).walk("VEVENT")
              if MUST_LEAVE in str(event["description"])]
    assert sorted(event.decoded("dtstart") for event in events) == sorted(
        dt.date.fromisoformat(due) for _, due, _ in EXPECTED)
    assert all(list(event.walk("VALARM")) for event in events)


def test_status_shows_the_overdue_must_leave_date(base: Path) -> None:
    done = legalaid(base, "status", "1", "--json")
    assert done.returncode == 0, done.stderr
    assessment = json.loads(done.stdout)
    assert assessment["status"] == "OVERSTAY"
    assert {"rule": "STAY-01", "document": None, "due": iso(TODAY - 11 * DAY),
            "title": MUST_LEAVE} in assessment["deadlines"]


def test_status_in_words_lists_the_counting_conventions(base: Path) -> None:
    done = legalaid(base, "status", "4", "--lang", "ru")
    assert done.returncode == 0, done.stderr
    # the marks in the interface language too (S: a secondary source, U: not confirmed)
    assert "- [K7, правило подсчёта, вторичный источник] Каждый въезд начинает новый отсчёт" \
        in done.stdout
    assert "- [K1, правило подсчёта, не подтверждено]" in done.stdout
