"""The what-if planner (issue 13, item 2): for a present client the current stay ends on the
planned departure (default: the last lawful day), then the planned trips follow; per trip it
answers lawful or not, the first unlawful day, the latest lawful exit and the binding rule.
Dates are counted by hand (RULES.md K1-K4)."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.errors import ValidationError
from legalaid.rules import RuleBook, parse_scenario
from legalaid.rules.planner import PlannedTrip, plan_trips

D = dt.date.fromisoformat
# A US citizen in Kazakhstan since 2026-11-15: 30 days per stay, last lawful day 2026-12-14.
PRESENT = {"as_of": "2026-12-06", "citizenship": "US", "trips": [{"entry": "2026-11-15"}]}
# SCENARIOS A: a Russian citizen who used her 90 days (2024-03-01 to 05-29) and left.
ABSENT = {"as_of": "2024-06-10", "citizenship": "RU",
          "trips": [{"entry": "2024-03-01", "exit": "2024-05-29"}]}


def plan(book: RuleBook, scenario: dict[str, object], trips: list[tuple[str, str]],
         leave: str | None = None) -> list[PlannedTrip]:
    facts, as_of = parse_scenario(scenario)
    return list(plan_trips(facts, as_of, book, [(D(a), D(b)) for a, b in trips],
                           leave=None if leave is None else D(leave)))


def test_the_example_of_the_issue_is_lawful(book: RuleBook) -> None:
    current, later = plan(book, PRESENT, [("2027-01-10", "2027-01-20")], leave="2026-12-14")
    assert current == PlannedTrip(D("2026-11-15"), D("2026-12-14"), True, None,
                                  D("2026-12-14"), "STAY-01")
    # A new stay of 30 days: 2027-01-10 + 29 = 2027-02-08.
    assert later == PlannedTrip(D("2027-01-10"), D("2027-01-20"), True, None, D("2027-02-08"),
                                "STAY-01")


def test_the_departure_defaults_to_the_last_lawful_day(book: RuleBook) -> None:
    current, later = plan(book, PRESENT, [("2027-01-10", "2027-01-20")])
    assert current.exit == D("2026-12-14") and current.lawful
    assert later.lawful


def test_leaving_late_names_the_first_unlawful_day(book: RuleBook) -> None:
    (current,) = plan(book, PRESENT, [], leave="2026-12-20")
    assert current == PlannedTrip(D("2026-11-15"), D("2026-12-20"), False, D("2026-12-15"),
                                  D("2026-12-14"), "STAY-01")


def test_a_back_to_back_trip_starts_a_new_stay_within_the_window(book: RuleBook) -> None:
    # Back on 2026-12-15: 30 days from then end 2027-01-13; the window (present every day from
    # 2026-11-15) allows 90 days, to 2027-02-12, so the per-stay cap binds.
    _, later = plan(book, PRESENT, [("2026-12-15", "2027-01-20")], leave="2026-12-14")
    assert later == PlannedTrip(D("2026-12-15"), D("2027-01-20"), False, D("2027-01-14"),
                                D("2027-01-13"), "STAY-01")


def test_repeated_border_runs_meet_the_window(book: RuleBook) -> None:
    # 2026-11-15 to 2027-02-12 is 90 days present (16 + 31 + 31 + 12): three back-to-back stays
    # of 30 days use them all, and a fourth entry on 02-13 is unlawful from its first day.
    trips = [("2026-12-15", "2027-01-13"), ("2027-01-14", "2027-02-12"),
             ("2027-02-13", "2027-02-20")]
    _, second, third, fourth = plan(book, PRESENT, trips, leave="2026-12-14")
    assert second.lawful and third.lawful
    assert third.latest_lawful_exit == D("2027-02-12")
    assert fourth == PlannedTrip(D("2027-02-13"), D("2027-02-20"), False, D("2027-02-13"), None,
                                 "STAY-01")


def test_an_absent_client_cannot_come_back_before_the_window_frees_days(book: RuleBook) -> None:
    (trip,) = plan(book, ABSENT, [("2024-07-01", "2024-07-10")])
    assert trip == PlannedTrip(D("2024-07-01"), D("2024-07-10"), False, D("2024-07-01"), None,
                               "STAY-02")


def test_an_absent_client_may_come_back_on_the_next_lawful_entry(book: RuleBook) -> None:
    # From 2024-08-28 each new day replaces an old one until 11-25 (= 05-29 + 180).
    (trip,) = plan(book, ABSENT, [("2024-08-28", "2024-11-26")])
    assert trip == PlannedTrip(D("2024-08-28"), D("2024-11-26"), False, D("2024-11-26"),
                               D("2024-11-25"), "STAY-02")


def test_trips_that_overlap_are_refused(book: RuleBook) -> None:
    with pytest.raises(ValidationError, match="before the planned departure"):
        plan(book, PRESENT, [("2026-12-10", "2026-12-20")], leave="2026-12-14")
    with pytest.raises(ValidationError, match="overlaps"):
        plan(book, ABSENT, [("2024-08-28", "2024-09-10"), ("2024-09-05", "2024-09-20")])
    with pytest.raises(ValidationError, match="before its entry"):
        plan(book, ABSENT, [("2024-08-28", "2024-08-20")])


def test_an_overstaying_client_leaves_today_at_the_earliest(book: RuleBook) -> None:
    # Entered 2026-10-01: 30 days end 2026-10-30; on 2026-12-06 the stay is already unlawful.
    scenario = {"as_of": "2026-12-06", "citizenship": "US", "trips": [{"entry": "2026-10-01"}]}
    (current,) = plan(book, scenario, [])
    assert current == PlannedTrip(D("2026-10-01"), D("2026-12-06"), False, D("2026-10-31"),
                                  D("2026-10-30"), "STAY-01")


def test_an_entry_during_an_entry_ban_is_unlawful_from_its_first_day(book: RuleBook) -> None:
    # Expelled on 2023-05-10: ENF-02 bans entry for 5 years, to 2028-05-09.
    scenario = {"as_of": "2024-06-10", "citizenship": "RU",
                "trips": [{"entry": "2023-04-01", "exit": "2023-05-10"}],
                "events": [{"type": "expelled", "date": "2023-05-10"}]}
    (trip,) = plan(book, scenario, [("2025-01-01", "2025-01-10")])
    assert trip == PlannedTrip(D("2025-01-01"), D("2025-01-10"), False, D("2025-01-01"), None,
                               "ENF-02")


def test_a_stay_on_a_visa_may_last_until_the_visa_ends(book: RuleBook) -> None:
    # STAY-05: a Chinese citizen's visa (2024-01-01 to 12-31) limits the stay, not a day count.
    scenario = {"as_of": "2024-02-01", "citizenship": "CN",
                "documents": [{"type": "visa", "valid_from": "2024-01-01",
                               "valid_until": "2024-12-31"}], "trips": []}
    lawful, late = plan(book, scenario, [("2024-03-01", "2024-11-30"),
                                         ("2024-12-20", "2025-01-05")])
    assert lawful == PlannedTrip(D("2024-03-01"), D("2024-11-30"), True, None, D("2024-12-31"),
                                 "STAY-05")
    assert late == PlannedTrip(D("2024-12-20"), D("2025-01-05"), False, D("2025-01-01"),
                               D("2024-12-31"), "STAY-05")
