"""Stay regimes (STAY-01..05, EAEU-02/03): hand-computed last lawful days, including leap years,
month ends, the rolling-window trap and entries before the 90/180 rule took effect."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Assess = Callable[..., dict[str, Any]]
Due = Callable[[dict[str, Any], str], list[str]]
Said = Callable[[dict[str, Any], str], str]


def stay(citizenship: str, as_of: str, *trips: tuple[str, str | None],
         **extra: Any) -> dict[str, Any]:
    return {"as_of": as_of, "citizenship": citizenship,
            "trips": [{"entry": a, "exit": b} for a, b in trips], **extra}


def test_stay01_thirty_day_cap_in_a_leap_february(assess: Assess) -> None:
    # 2024-02-01 is day 1; February 2024 has 29 days, so day 30 is 2024-03-01.
    result = assess(stay("DE", "2024-02-20", ("2024-02-01", None)))
    assert result["regime"] == "STAY-01"
    assert result["last_lawful_day"] == "2024-03-01"
    assert result["days_remaining"] == 10
    assert result["status"] == "AT_RISK"


def test_stay01_thirty_day_cap_in_a_common_february(assess: Assess) -> None:
    result = assess(stay("JP", "2023-02-05", ("2023-02-01", None)))
    assert result["last_lawful_day"] == "2023-03-02"  # 28 February days + 2 March days
    assert result["status"] == "LAWFUL"  # 25 days left


def test_stay01_cap_counts_the_entry_day_as_day_one_and_flags_the_cap(
        assess: Assess, said: Said) -> None:
    result = assess(stay("US", "2024-06-30", ("2024-06-01", None)))
    assert result["last_lawful_day"] == "2024-06-30"
    assert result["days_remaining"] == 0
    assert result["status"] == "AT_RISK"
    assert "at most 30 days" in said(result, "STAY-01")


def test_stay01_ninety_in_180_can_bind_before_the_cap(assess: Assess) -> None:
    # Three 30-day stays: 2024-01-01..01-30, 02-15..03-15, 04-01 onwards.
    # Days used before the third stay: 30 + 30 (15 in Feb, 15 in March) = 60; no day drops out
    # before June, so the third stay ends after 30 more days: 04-01 + 29 = 04-30, also the cap.
    result = assess(stay("GB", "2024-04-10", ("2024-01-01", "2024-01-30"),
                         ("2024-02-15", "2024-03-15"), ("2024-04-01", None)))
    assert result["days_used_in_window"] == 70
    assert result["last_lawful_day"] == "2024-04-30"
    # A fourth stay starting 2024-05-01 would have no room until days fall out of the window.
    later = assess(stay("GB", "2024-05-02", ("2024-01-01", "2024-01-30"),
                        ("2024-02-15", "2024-03-15"), ("2024-04-01", "2024-04-30")))
    assert later["status"] == "NOT_PRESENT"
    # First D with at most 89 of those days in [D-179, D-1]: D-179 must pass 2024-01-01,
    # i.e. D = 2024-01-01 + 180 = 2024-06-29.
    assert later["next_lawful_entry"] == "2024-06-29"


def test_stay02_month_end_entry(assess: Assess) -> None:
    # 2023-01-31 + 89 days: Feb 28, Mar 31, Apr 30 = 89 -> 2023-04-30.
    result = assess(stay("BY", "2023-02-01", ("2023-01-31", None)))
    assert result["last_lawful_day"] == "2023-04-30"


def test_stay02_rolling_window_trap_old_days_drop_out_as_new_ones_come(assess: Assess) -> None:
    # 90 days used 2023-10-01..2023-12-29; re-entry on 2024-03-29 = 2023-10-01 + 180 days.
    # On 03-29 the window [2023-10-02, 2024-03-29] holds 89 old days + 1 = 90.  Every further
    # day adds one new day and drops one old day, so the count stays at 90 until the old days
    # are gone: the last old day 12-29 leaves the window on 2024-06-27 (12-30 + 179 = 06-26 is
    # the first window without it, containing 03-29..06-26 = 90 new days).  So she may stay to
    # 2024-06-26, not just one day.
    result = assess(stay("RU", "2024-03-29", ("2023-10-01", "2023-12-29"), ("2024-03-29", None)))
    assert result["days_used_in_window"] == 90
    assert result["last_lawful_day"] == "2024-06-26"
    assert result["days_remaining"] == 89
    assert result["status"] == "LAWFUL"


def test_stay02_re_entry_one_day_too_early_is_an_overstay_from_the_first_day(
        assess: Assess) -> None:
    # Entering on 2024-03-28: window [2023-10-01, 2024-03-28] holds 90 old days + 1 = 91.
    result = assess(stay("RU", "2024-03-28", ("2023-10-01", "2023-12-29"), ("2024-03-28", None)))
    assert result["last_lawful_day"] == "2024-03-27"
    assert result["overstay_days"] == 1
    assert result["status"] == "OVERSTAY"


def test_stay02_entry_before_the_rule_took_effect(assess: Assess, said: Said) -> None:
    # Days before 2023-01-27 do not count: 01-27..02-15 = 5 + 15 = 20 days used;
    # last day 2023-01-27 + 89 = 2023-04-26.
    result = assess(stay("RU", "2023-02-15", ("2023-01-01", None)))
    assert result["days_used_in_window"] == 20
    assert result["last_lawful_day"] == "2023-04-26"
    assert "before STAY-02 took effect on 2023-01-27" in said(result, "K8")


def test_stay02_question_asked_before_the_rule_existed_is_unknown(assess: Assess) -> None:
    result = assess(stay("RU", "2023-01-20", ("2023-01-01", None)))
    assert result["status"] == "UNKNOWN"
    assert "2023-01-27" in result["findings"][0]["message"]


def test_stay01_cap_does_not_apply_to_an_entry_before_the_rule(assess: Assess) -> None:
    result = assess(stay("US", "2023-02-01", ("2023-01-10", None)))
    assert result["last_lawful_day"] == "2023-04-26"  # 90 days counted from 2023-01-27


def test_stay03_uzbek_thirty_days_across_a_leap_month_end(assess: Assess) -> None:
    result = assess(stay("UZ", "2024-02-01", ("2024-01-31", None)))
    assert result["regime"] == "STAY-03"
    assert result["last_lawful_day"] == "2024-02-29"  # 01-31 + 29


def test_stay04_unconfirmed_rule_is_not_applied_silently(assess: Assess, said: Said) -> None:
    result = assess(stay("TJ", "2024-02-01", ("2024-01-15", None)))
    assert result["status"] == "UNKNOWN"
    assert result["last_lawful_day"] is None
    assert "check current law" in said(result, "STAY-04")
    assert "check current law" in result["findings"][0]["message"]


def test_stay05_visa_end_limits_the_stay_and_then_overstay(assess: Assess, said: Said) -> None:
    visa = [{"type": "visa", "valid_from": "2024-02-20", "valid_until": "2024-03-20"}]
    during = assess(stay("AF", "2024-03-10", ("2024-03-01", None), documents=visa))
    assert (during["regime"], during["last_lawful_day"]) == ("STAY-05", "2024-03-20")
    assert during["status"] == "AT_RISK"  # 10 days left
    after = assess(stay("AF", "2024-03-25", ("2024-03-01", None), documents=visa))
    assert after["overstay_days"] == 5  # 03-21..03-25
    assert after["status"] == "OVERSTAY"
    assert "fine of 10 MCI" in said(after, "ENF-01")


def test_stay05_permanent_residence_without_end_date_is_unlimited(assess: Assess) -> None:
    result = assess(stay("CN", "2024-05-01", ("2020-01-01", None),
                         documents=[{"type": "permanent_residence", "valid_from": "2019-12-01"}]))
    assert result["regime"] == "STAY-05"
    assert result["last_lawful_day"] is None
    assert result["days_remaining"] is None
    assert result["status"] == "LAWFUL"


def test_visa_regime_citizen_without_documents_is_unknown_naming_the_gap(assess: Assess) -> None:
    result = assess(stay("AF", "2024-05-01", ("2024-04-20", None)))
    assert result["status"] == "UNKNOWN"
    assert "no visa or residence document" in result["findings"][0]["message"]


def test_eaeu02_contract_term_overrides_ninety_days(assess: Assess, due: Due) -> None:
    result = assess(stay("KG", "2024-05-20", ("2024-05-01", None), category="eaeu_worker",
                         documents=[{"type": "employment_contract", "valid_from": "2024-04-05",
                                     "valid_until": "2025-04-04"}]))
    assert result["regime"] == "EAEU-02"
    assert result["last_lawful_day"] == "2025-04-04"
    assert result["days_used_in_window"] == 0
    assert due(result, "REG-02") == ["2024-05-31"]  # 30-day exemption from 05-01


def test_eaeu03_contract_ended_after_ninety_days_gives_fifteen_days(
        assess: Assess, due: Due) -> None:
    # Entered 2024-01-10, contract ended 2024-06-01 (143 days later): new contract by 06-16.
    result = assess(stay("KG", "2024-06-05", ("2024-01-10", None),
                         category="eaeu_worker",
                         documents=[{"type": "employment_contract", "valid_from": "2024-01-10",
                                     "valid_until": "2025-01-09"}],
                         events=[{"type": "contract_terminated", "date": "2024-06-01"}]))
    assert result["regime"] == "EAEU-03"
    assert result["last_lawful_day"] == "2024-06-16"
    assert result["status"] == "AT_RISK"
    # "Sign a new employment contract" and "Must leave or regularise by", both on 06-16.
    assert due(result, "EAEU-03") == ["2024-06-16", "2024-06-16"]


def test_eaeu_contract_ended_within_ninety_days_falls_back_to_90_in_180(assess: Assess) -> None:
    # Entered 2024-01-10, contract ended 2024-03-01 (51 days later): 90/180 from the entry,
    # last day 01-10 + 89 = 2024-04-08; used by 03-05: 22 + 29 + 5 = 56.
    result = assess(stay("AM", "2024-03-05", ("2024-01-10", None), category="eaeu_worker",
                         documents=[{"type": "employment_contract", "valid_from": "2024-01-10",
                                     "valid_until": "2025-01-09"}],
                         events=[{"type": "contract_terminated", "date": "2024-03-01"}]))
    assert result["regime"] == "STAY-02"
    assert result["days_used_in_window"] == 56
    assert result["last_lawful_day"] == "2024-04-08"


def test_future_events_are_not_applied_yet(assess: Assess) -> None:
    result = assess(stay("KG", "2024-05-20", ("2024-05-01", None), category="eaeu_worker",
                         documents=[{"type": "employment_contract", "valid_from": "2024-04-05",
                                     "valid_until": "2025-04-04"}],
                         events=[{"type": "contract_terminated", "date": "2024-08-01"}]))
    assert result["regime"] == "EAEU-02"
    assert result["last_lawful_day"] == "2025-04-04"


def test_at_risk_threshold_is_configurable(assess: Assess) -> None:
    scenario = stay("RU", "2024-05-09", ("2024-03-01", None))  # 20 days left
    assert assess(scenario)["status"] == "LAWFUL"
    assert assess(scenario, at_risk_days=30)["status"] == "AT_RISK"
