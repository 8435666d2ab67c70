"""Dates on the command line: DD.MM.YYYY as well as ISO wherever a date is typed; a day that
does not exist is named as such; a trip that has not happened yet is refused in JSON input."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

from tests import cli_runner

CLIENT = {"names": [{"family": "Doe", "given": "Jane", "script": "latn"}], "citizenship": "US",
          "documents": [{"type": "passport", "valid_until": "2024-04-10"}],
          "trips": [{"entry": "2024-03-11", "exit": None}]}


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


def test_a_future_exit_is_refused_with_a_pointer_to_the_planner(tmp_path: Path) -> None:
    later = dt.date.today() + dt.timedelta(days=7)
    scenario = {"as_of": dt.date.today().isoformat(), "citizenship": "US",
                "trips": [{"entry": "2024-06-01", "exit": "2024-06-10"},
                          {"entry": "2024-07-01", "exit": later.isoformat()}]}
    done = legalaid(tmp_path, "rules", "evaluate", "-", stdin=json.dumps(scenario))
    assert done.returncode == 2
    assert done.stderr == (f"legalaid: trips[1].exit: {later.isoformat()} is after today "
                           f"({dt.date.today().isoformat()}): a trip that has not happened yet "
                           "belongs in the planner (legalaid plan)\n")


def test_a_day_past_the_end_of_the_month_is_no_such_day(tmp_path: Path) -> None:
    done = legalaid(tmp_path, "rules", "evaluate", "-",
                    stdin=json.dumps({"as_of": "2020-02-31", "citizenship": "US"}))
    assert done.returncode == 2
    assert done.stderr == ('legalaid: as_of: "2020-02-31" is not a date: there is no such day '
                           "(February 2020 has 29 days)\n")


def test_status_and_deadlines_take_day_first_dates(tmp_path: Path) -> None:
    added = legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([CLIENT]))
    assert added.returncode == 0, added.stderr
    status = legalaid(tmp_path, "status", "1", "--as-of", "01.04.2024", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["as_of"] == "2024-04-01"
    # The 30-day stay ended on 04-09 (03-11 + 29; still present, so still due) and the
    # passport ends on 2024-04-10.
    listed = legalaid(tmp_path, "deadlines", "--from", "01.04.2024", "--to", "30.04.2024",
                      "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["due"] for row in json.loads(listed.stdout)] == ["2024-04-09", "2024-04-10"]
    wrong = legalaid(tmp_path, "status", "1", "--as-of", "31.04.2024")
    assert wrong.returncode == 2
    assert "no such day (April 2024 has 30 days)" in wrong.stderr


def test_every_command_that_takes_a_date_takes_day_first(tmp_path: Path) -> None:
    assert legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([CLIENT])).returncode == 0
    recorded = legalaid(tmp_path, "consent", "record", "--client", "1", "--purpose",
                        "legal_aid", "--on", "12.03.2024")
    assert recorded.returncode == 0, recorded.stderr
    consents = legalaid(tmp_path, "consent", "list", "--client", "1")
    assert [c["given_on"] for c in json.loads(consents.stdout)] == ["2024-03-12"]
    today = dt.date.today()
    audit = legalaid(tmp_path, "audit", "list", "--from", today.strftime("%d.%m.%Y"),
                     "--to", today.strftime("%d.%m.%Y"), "--json")
    assert audit.returncode == 0, audit.stderr
    assert "consent" in {entry["table"] for entry in json.loads(audit.stdout)}
    report = legalaid(tmp_path, "report", "--from", "01.01.2024", "--to", "31.12.2024",
                      "--format", "csv", "-o", str(tmp_path / "r.csv"))
    assert report.returncode == 0, report.stderr


def test_a_trip_that_has_not_happened_is_refused_in_a_client_file_too(tmp_path: Path) -> None:
    later = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    planned = {**CLIENT, "trips": [{"entry": "2024-03-11", "exit": later}]}
    done = legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([planned]))
    assert (done.returncode, done.stderr.count("\n")) == (2, 1)
    assert done.stderr.startswith(f"legalaid: [0].trips[0].exit: {later} is after today")
    assert "belongs in the planner" in done.stderr
