"""Citizenship codes that name no country: XXX (not stated) gives UNKNOWN "citizenship not
recorded"; XXA is stateless like null; XXB/XXC (refugee travel documents) are kept as given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legalaid.rules import parse_scenario

TRIP = {"entry": "2026-11-15", "exit": None}


@pytest.mark.parametrize("code", ["XXX", "xxx", "XXA", None, "XXB", "XXC"])
def test_no_country_and_no_document_is_unknown_for_want_of_a_citizenship(
        assess: Callable[..., dict[str, Any]], code: str | None) -> None:
    result = assess({"as_of": "2026-12-06", "citizenship": code, "trips": [TRIP]})
    assert result["status"] == "UNKNOWN"
    assert "citizenship is not recorded" in result["findings"][0]["message"]


@pytest.mark.parametrize(("given", "kept"), [("XXA", None), ("xxb", "XXB"), ("XXC", "XXC"),
                                             ("XXX", "XXX"), (None, None)])
def test_icao_codes_are_read(given: str | None, kept: str | None) -> None:
    facts, _ = parse_scenario({"as_of": "2026-12-06", "citizenship": given, "trips": [TRIP]})
    assert facts.citizenship == kept


def test_a_visa_allows_the_stay_whatever_the_citizenship_says(
        assess: Callable[..., dict[str, Any]]) -> None:
    result = assess({"as_of": "2026-12-06", "citizenship": "XXX", "trips": [TRIP],
                     "documents": [{"type": "visa", "valid_from": "2026-11-01",
                                    "valid_until": "2027-01-31"}]})
    assert (result["status"], result["regime"]) == ("LAWFUL", "STAY-05")
