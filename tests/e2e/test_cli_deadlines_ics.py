"""``legalaid deadlines --ics FILE``: the period's deadlines as a calendar file with reminders."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

from icalendar import Calendar
from tests import cli_runner

# A Russian citizen whose passport ends on 2024-04-10.
CLIENT = {
    "names": [{"family": "Петрова", "given": "Анна", "script": "cyrl"}],
    "citizenship": "RU",
    "documents": [{"type": "passport", "number": "750000001", "valid_from": "2020-04-10",
                   "valid_until": "2024-04-10"}],
}


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


def test_deadlines_are_written_as_ics_events_with_alarms(tmp_path: Path) -> None:
    base = tmp_path / "base"
    added = legalaid(base, "clients", "add", "-", stdin=json.dumps([CLIENT]))
    assert added.returncode == 0, added.stderr
    target = tmp_path / "april.ics"
    done = legalaid(base, "deadlines", "--from", "2024-04-01", "--to", "2024-04-30",
                    "--ics", str(target))
    assert done.returncode == 0, done.stderr
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == dt.date(2024, 4, 10)
    assert str(event["summary"]).startswith("#1 П. — ")
    assert "Петрова" not in target.read_bytes().decode()
    assert len(list(event.walk("VALARM"))) == 2


def test_an_unwritable_ics_path_is_one_line_naming_the_option(tmp_path: Path) -> None:
    base = tmp_path / "base"
    assert legalaid(base, "migrate").returncode == 0  # the first run's own notices come here
    done = legalaid(base, "deadlines", "--ics", str(tmp_path / "no" / "x.ics"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--ics" in done.stderr
