"""``legalaid plan``: the what-if planner on stored clients, for a client in Kazakhstan (the
current stay ends on --leave, by default its last lawful day) and for one abroad. Dates are
counted by hand (RULES.md K1-K4)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests import cli_runner
from tests.e2e.conftest import engine_base

CLIENTS = [
    # 1. A US citizen in Kazakhstan since 2026-11-15: 30 days per stay, last day 2026-12-14.
    {"names": [{"family": "Doe", "given": "Jane", "script": "latn"}], "citizenship": "US",
     "trips": [{"entry": "2026-11-15", "exit": None, "host_notified": "2026-11-16"}]},
    # 2. SCENARIOS A: a Russian citizen who used her 90 days (2024-03-01 to 05-29) and left.
    {"names": [{"family": "Petrova", "given": "Anna", "script": "latn"}], "citizenship": "RU",
     "trips": [{"entry": "2024-03-01", "exit": "2024-05-29"}]},
]


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    base = engine_base(request, tmp_path_factory.mktemp("plan"), database_kind)
    added = legalaid(base, "clients", "add", "-", stdin=json.dumps(CLIENTS))
    assert added.returncode == 0, added.stderr
    return base


def plan(base: Path, *args: str) -> list[dict[str, object]]:
    done = legalaid(base, "plan", *args, "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert list(answer) == ["trips"]
    return list(answer["trips"])


def test_the_example_trip_after_leaving_on_the_last_lawful_day_is_lawful(base: Path) -> None:
    trips = plan(base, "1", "--as-of", "2026-12-06", "--leave", "14.12.2026",
                 "--trip", "2027-01-10:2027-01-20")
    assert trips == [
        {"entry": "2026-11-15", "exit": "2026-12-14", "lawful": True,
         "first_unlawful_day": None, "latest_lawful_exit": "2026-12-14", "rule": "STAY-01"},
        # A new stay: 2027-01-10 + 29 = 2027-02-08.
        {"entry": "2027-01-10", "exit": "2027-01-20", "lawful": True,
         "first_unlawful_day": None, "latest_lawful_exit": "2027-02-08", "rule": "STAY-01"}]


def test_the_departure_defaults_to_the_last_lawful_day(base: Path) -> None:
    trips = plan(base, "1", "--as-of", "06.12.2026", "--trip", "10.01.2027:20.01.2027")
    assert (trips[0]["exit"], trips[0]["lawful"]) == ("2026-12-14", True)
    assert trips[1]["lawful"] is True


def test_a_back_to_back_trip_is_limited_by_its_own_thirty_days(base: Path) -> None:
    # Back on 12-15: 12-15 + 29 = 2027-01-13; the 90/180 window would allow until 02-12.
    trips = plan(base, "1", "--as-of", "2026-12-06", "--leave", "2026-12-14",
                 "--trip", "2026-12-15:2027-01-20")
    assert trips[1] == {"entry": "2026-12-15", "exit": "2027-01-20", "lawful": False,
                        "first_unlawful_day": "2027-01-14", "latest_lawful_exit": "2027-01-13",
                        "rule": "STAY-01"}


def test_an_absent_client_plans_a_return(base: Path) -> None:
    # From 2024-08-28 each new day replaces an old one until 11-25 (05-29 + 180); on 07-01 the
    # window (01-04 to 07-01) already holds her 90 days.
    trips = plan(base, "2", "--as-of", "2024-06-10", "--trip", "2024-08-28:2024-11-26")
    assert trips == [{"entry": "2024-08-28", "exit": "2024-11-26", "lawful": False,
                      "first_unlawful_day": "2024-11-26", "latest_lawful_exit": "2024-11-25",
                      "rule": "STAY-02"}]
    early = plan(base, "2", "--as-of", "2024-06-10", "--trip", "2024-07-01:2024-07-10")
    assert early[0]["first_unlawful_day"] == "2024-07-01"
    assert early[0]["latest_lawful_exit"] is None


def test_the_plan_in_words(base: Path) -> None:
    done = legalaid(base, "plan", "1", "--as-of", "2026-12-06", "--leave", "2026-12-20")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ("15.11.2026-20.12.2026: not lawful from 15.12.2026 (leave by "
                           "14.12.2026)  [STAY-01]\n")


@pytest.mark.parametrize(("args", "message"), [
    (("1", "--trip", "2027-01-10"), "--trip 2027-01-10: expected ENTRY:EXIT"),
    (("1", "--trip", "2027-02-31:2027-03-05"),
     '--trip 2027-02-31:2027-03-05: "2027-02-31" is not a date: there is no such day'),
    (("1", "--as-of", "2026-12-06", "--trip", "2026-12-10:2026-12-20"),
     "--trip 2026-12-10:2026-12-20: enters on 2026-12-10, before the planned departure"),
    (("2", "--as-of", "2024-06-10", "--leave", "2024-06-20"),
     "--leave: the client is not in Kazakhstan on 2024-06-10"),
    (("9", "--trip", "2027-01-10:2027-01-20"), "client 9 does not exist"),
])
def test_bad_plans_are_refused_in_one_line(base: Path, args: tuple[str, ...],
                                           message: str) -> None:
    done = legalaid(base, "plan", *args)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
