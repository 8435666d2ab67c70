"""Dates that cannot be right are refused with the reason: a trip that has not happened yet, a
day past the end of its month; the command line takes DD.MM.YYYY as well as ISO."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.parsing import parse_date, parse_typed_date
from legalaid.errors import ValidationError
from legalaid.rules import parse_scenario

TODAY = dt.date(2026, 12, 6)


def test_a_trip_exit_after_today_belongs_in_the_planner() -> None:
    scenario = {"as_of": "2026-12-06", "citizenship": "US",
                "trips": [{"entry": "2026-11-15", "exit": "2026-12-13"}]}
    with pytest.raises(ValidationError) as caught:
        parse_scenario(scenario, today=TODAY)
    assert str(caught.value) == ("trips[0].exit: 2026-12-13 is after today (2026-12-06): a trip "
                                 "that has not happened yet belongs in the planner (legalaid "
                                 "plan)")


def test_an_exit_today_is_accepted() -> None:
    facts, _ = parse_scenario({"as_of": "2026-12-06", "citizenship": "US",
                               "trips": [{"entry": "2026-11-15", "exit": "2026-12-06"}]},
                              today=TODAY)
    assert facts.trips[0].exit == TODAY


@pytest.mark.parametrize(("text", "words"), [
    ("2020-02-31", '"2020-02-31" is not a date: there is no such day (February 2020 has 29 days)'),
    ("2023-04-31", "there is no such day (April 2023 has 30 days)"),
    ("2024-13-01", '"2024-13-01" is not a date (expected YYYY-MM-DD)'),
    ("20.05.2024", '"20.05.2024" is not a date (expected YYYY-MM-DD)'),
])
def test_json_dates_say_what_is_wrong(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=r"^as_of: ") as caught:
        parse_date(text, "as_of")
    assert words in str(caught.value)


def test_typed_dates_are_iso_or_day_first() -> None:
    assert parse_typed_date("15.11.2026", "--as-of") == dt.date(2026, 11, 15)
    assert parse_typed_date("2026-11-15", "--as-of") == dt.date(2026, 11, 15)
    assert parse_typed_date("5.1.2027", "--leave") == dt.date(2027, 1, 5)
    with pytest.raises(ValidationError, match="no such day"):
        parse_typed_date("29.02.2027", "--leave")
    with pytest.raises(ValidationError, match=r"expected YYYY-MM-DD or DD\.MM\.YYYY"):
        parse_typed_date("11/15/2026", "--leave")
