"""Invalid scenarios are refused with one message naming the field and the problem."""

from __future__ import annotations

from typing import Any

import pytest

from legalaid.errors import ValidationError
from legalaid.rules import parse_scenario

BASE: dict[str, Any] = {"as_of": "2024-05-20", "citizenship": "KG",
                        "trips": [{"entry": "2024-01-10", "exit": "2024-02-08"}]}


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"as_of": None}, "as_of", "required"),
    ({"as_of": "20.05.2024"}, "as_of", "is not a date (expected YYYY-MM-DD)"),
    ({"trips": [{"entry": "2024-01-10", "exit": "2024-13-01"}]}, "trips[0].exit",
     '"2024-13-01" is not a date'),
    ({"trips": [{"entry": "2024-02-10", "exit": "2024-02-08"}]}, "trips[0].exit",
     "before the entry"),
    ({"trips": [{"entry": "2024-01-10", "exit": "2024-02-08"},
                {"entry": "2024-02-01", "exit": "2024-02-20"}]}, "trips[1].entry",
     "overlaps trips[0]"),
    ({"trips": [{"entry": "2024-03-01", "exit": "2024-03-05"},
                {"entry": "2024-01-01", "exit": None}]}, "trips[0].entry",
     "overlaps trips[1] (entered 2024-01-01, no exit)"),
    ({"trips": [{"exit": "2024-02-08"}]}, "trips[0].entry", "required"),
    ({"trips": [{"entry": "2024-01-10", "irregular_entry": "yes"}]}, "trips[0].irregular_entry",
     "true or false"),
    ({"documents": [{"type": "driving_licence"}]}, "documents[0].type", "not a known value"),
    ({"documents": [{"type": "visa", "valid_from": "2024-05-01",
                     "valid_until": "2024-04-01"}]}, "documents[0].valid_until", "before"),
    ({"events": [{"type": "married", "date": "2024-01-01"}]}, "events[0].type",
     "not a known value"),
    ({"events": [{"type": "expelled"}]}, "events[0].date", "required"),
    ({"category": "tourist"}, "category", "not a known value"),
    ({"citizenship": "Kyrgyzstan"}, "citizenship", "not a country code"),
    ({"citizenship": 417}, "citizenship", "not a country code"),
    ({"citizenship": "KZ"}, "citizenship", "not foreigners"),
    ({"trips": {"entry": "2024-01-10"}}, "trips", "list"),
    ({"nationality": "KG"}, "nationality", "unknown field"),
])
def test_invalid_input_names_the_field(change: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_scenario({**BASE, **change})
    assert caught.value.field == field
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_not_an_object_is_refused() -> None:
    with pytest.raises(ValidationError, match="expected a JSON object"):
        parse_scenario([1, 2])


def test_a_valid_scenario_gives_sorted_facts() -> None:
    facts, as_of = parse_scenario({
        "as_of": "2024-05-20", "citizenship": "kg", "category": "eaeu_worker",
        "trips": [{"entry": "2024-05-01", "exit": None, "host_notified": None},
                  {"entry": "2024-01-10", "exit": "2024-02-08"}],
        "events": [{"type": "contract_terminated", "date": "2024-08-01"}],
    })
    assert str(as_of) == "2024-05-20"
    assert facts.citizenship == "KG"
    assert [str(trip.entry) for trip in facts.trips] == ["2024-01-10", "2024-05-01"]


def test_same_day_exit_and_re_entry_is_accepted() -> None:
    facts, _ = parse_scenario({**BASE, "trips": [{"entry": "2024-01-10", "exit": "2024-02-08"},
                                                 {"entry": "2024-02-08", "exit": None}]})
    assert len(facts.trips) == 2
