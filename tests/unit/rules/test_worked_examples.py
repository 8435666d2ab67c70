"""The four worked examples of the scenario specification, exactly as written there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Assess = Callable[..., dict[str, Any]]
Due = Callable[[dict[str, Any], str], list[str]]


def test_a_russian_first_entry_has_ninety_days(assess: Assess) -> None:
    result = assess({"as_of": "2024-03-15", "citizenship": "RU",
                     "trips": [{"entry": "2024-03-01", "exit": None}]})
    assert result["present"] is True
    assert result["regime"] == "STAY-02"
    assert result["days_used_in_window"] == 15
    assert result["last_lawful_day"] == "2024-05-29"  # 31 + 30 + 29 = 90 days
    assert result["days_remaining"] == 75
    assert result["overstay_days"] == 0
    assert result["next_lawful_entry"] is None
    assert result["status"] == "LAWFUL"


def test_a_after_leaving_she_may_return_180_days_after_her_first_day(assess: Assess) -> None:
    result = assess({"as_of": "2024-06-10", "citizenship": "RU",
                     "trips": [{"entry": "2024-03-01", "exit": "2024-05-29"}]})
    assert result["present"] is False
    assert result["status"] == "NOT_PRESENT"
    assert result["next_lawful_entry"] == "2024-08-28"
    assert result["last_lawful_day"] is None
    assert result["days_remaining"] is None


def test_b_us_citizen_overstays_the_thirty_day_cap(assess: Assess) -> None:
    result = assess({"as_of": "2024-07-04", "citizenship": "US",
                     "trips": [{"entry": "2024-06-01", "exit": "2024-07-04"}]})
    assert result["present"] is True
    assert result["regime"] == "STAY-01"
    assert result["last_lawful_day"] == "2024-06-30"
    assert result["overstay_days"] == 4
    assert result["status"] == "OVERSTAY"
    assert result["days_used_in_window"] == 34
    assert result["days_remaining"] == 0


def test_c_russian_with_a_residence_permit_is_limited_by_the_permit(assess: Assess) -> None:
    result = assess({
        "as_of": "2024-08-01", "citizenship": "RU",
        "documents": [{"type": "trp", "valid_from": "2024-01-10", "valid_until": "2025-01-09"}],
        "trips": [{"entry": "2024-01-10", "exit": None}],
    })
    assert result["regime"] == "STAY-05"
    assert result["last_lawful_day"] == "2025-01-09"
    assert result["status"] == "LAWFUL"
    assert result["overstay_days"] == 0
    assert result["days_used_in_window"] == 0  # days under the permit are not day-counted
    assert {"rule": "DOC-EXPIRY", "document": "trp", "due": "2025-01-09",
            "title": "Temporary residence permit expires"} in result["deadlines"]


AFGHAN = {
    "citizenship": "AF", "category": "asylum_seeker",
    "documents": [{"type": "visa", "valid_from": "2024-02-20", "valid_until": "2024-03-20"}],
    "trips": [{"entry": "2024-03-01", "exit": None}],
}


def test_d_asylum_seeker_before_registration_must_apply_within_five_days(
        assess: Assess, due: Due) -> None:
    result = assess({**AFGHAN, "as_of": "2024-03-02"})
    assert result["regime"] == "STAY-05"
    assert result["status"] == "LAWFUL"
    assert due(result, "ASY-01") == ["2024-03-06"]


def test_d_registered_asylum_seeker_is_protected_with_the_procedure_deadlines(
        assess: Assess, due: Due) -> None:
    result = assess({
        **AFGHAN, "as_of": "2024-03-10",
        "documents": [*AFGHAN["documents"],
                      {"type": "asylum_certificate", "valid_from": "2024-03-05"}],
        "events": [{"type": "asylum_registered", "date": "2024-03-05"}],
    })
    assert result["status"] == "PROTECTED"
    assert due(result, "ASY-03") == ["2024-06-05"]
    assert due(result, "ASY-04") == ["2024-03-08"]
    assert due(result, "ASY-05")[0] == "2024-06-05"
    assert due(result, "ASY-01") == []  # applied in time
