"""Protection procedures (ASY, REF, STL, KAN), enforcement (ENF-01/02), registration (REG-01/02),
document expiry alerts and the UNKNOWN status, each with hand-computed dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Assess = Callable[..., dict[str, Any]]
Due = Callable[[dict[str, Any], str], list[str]]
Said = Callable[[dict[str, Any], str], str]


def test_asy02_irregular_entry_gives_24_hours(assess: Assess, due: Due) -> None:
    result = assess({"as_of": "2024-03-01", "citizenship": "AF", "category": "asylum_seeker",
                     "trips": [{"entry": "2024-03-01", "irregular_entry": True}]})
    assert due(result, "ASY-02") == ["2024-03-02"]
    assert due(result, "ASY-01") == []


def test_asy01_late_application_is_reported(assess: Assess, said: Said) -> None:
    result = assess({"as_of": "2024-03-10", "citizenship": "SY", "category": "asylum_seeker",
                     "trips": [{"entry": "2024-03-01"}],
                     "events": [{"type": "asylum_registered", "date": "2024-03-08"}]})
    assert result["status"] == "PROTECTED"
    assert "after the time limit of 2024-03-06" in said(result, "ASY-01")


def test_asy05_decision_at_the_latest_one_year_after_registration(
        assess: Assess, due: Due) -> None:
    result = assess({"as_of": "2024-12-01", "citizenship": "AF", "category": "asylum_seeker",
                     "trips": [{"entry": "2024-03-01"}],
                     "events": [{"type": "asylum_registered", "date": "2024-03-05"}]})
    assert due(result, "ASY-05") == ["2024-06-05", "2025-03-05"]


def test_asy03_certificate_term_from_a_month_end(assess: Assess, due: Due) -> None:
    # 3 calendar months after 2023-11-30 is 2024-02-29 (leap year, K5).
    result = assess({"as_of": "2023-12-01", "citizenship": "AF", "category": "asylum_seeker",
                     "documents": [{"type": "asylum_certificate", "valid_from": "2023-11-30"}],
                     "trips": [{"entry": "2023-11-27"}],
                     "events": [{"type": "asylum_registered", "date": "2023-11-30"}]})
    assert due(result, "ASY-03") == ["2024-02-29"]
    assert due(result, "ASY-04") == ["2023-12-03"]


def test_rejected_asylum_seeker_is_not_protected(assess: Assess) -> None:
    result = assess({"as_of": "2024-09-01", "citizenship": "AF",
                     "category": "rejected_asylum_seeker", "trips": [{"entry": "2024-03-01"}],
                     "events": [{"type": "asylum_registered", "date": "2024-03-05"}]})
    assert result["status"] != "PROTECTED"


def test_ref01_refugee_status_one_year_with_renewal_alert(
        assess: Assess, due: Due, said: Said) -> None:
    result = assess({"as_of": "2024-11-01", "citizenship": "SY", "category": "refugee",
                     "documents": [{"type": "refugee_certificate", "valid_from": "2024-01-15"}],
                     "trips": [{"entry": "2023-06-01"}]})
    assert result["regime"] == "REF-01"
    assert result["last_lawful_day"] == "2025-01-15"
    assert result["days_remaining"] == 75  # 29 + 31 + 15
    assert result["status"] == "LAWFUL"
    assert due(result, "REF-01") == ["2025-01-15", "2025-01-15"]  # expiry, must leave
    assert "info: The refugee certificate expires on 2025-01-15, in 75 days" in said(
        result, "REF-01")


def test_stl01_applicant_is_protected_and_waits_six_months(assess: Assess, due: Due) -> None:
    result = assess({"as_of": "2024-02-01", "citizenship": None,
                     "category": "stateless_applicant", "trips": [{"entry": "2010-05-01"}],
                     "events": [{"type": "stateless_query_sent", "date": "2024-01-10"}]})
    assert result["status"] == "PROTECTED"
    assert result["regime"] == "STL-01"
    assert due(result, "STL-01") == ["2024-07-10"]


def test_stl02_certificate_five_years_from_a_leap_day(assess: Assess) -> None:
    result = assess({"as_of": "2024-12-01", "citizenship": None, "category": "stateless",
                     "documents": [{"type": "stateless_certificate", "valid_from": "2020-02-29"}],
                     "trips": [{"entry": "2001-01-01"}]})
    assert result["regime"] == "STL-02"
    assert result["last_lawful_day"] == "2025-02-28"


def test_kan01_kandas_status_one_year(assess: Assess, due: Due) -> None:
    result = assess({"as_of": "2025-03-01", "citizenship": "MN", "category": "kandas",
                     "documents": [{"type": "kandas_status", "valid_from": "2024-03-31"}],
                     "trips": [{"entry": "2024-03-20"}]})
    assert result["regime"] == "KAN-01"
    # The status ends, and with it the stay: "Kandas status expires", "Must leave or regularise".
    assert due(result, "KAN-01") == ["2025-03-31", "2025-03-31"]
    assert result["status"] == "LAWFUL"  # 30 days left


@pytest.mark.parametrize(("exit_day", "overstay", "words"), [
    ("2024-07-03", 3, "warning"),
    ("2024-07-05", 5, "fine of 10 MCI"),
    ("2024-07-06", 6, "check current law"),
])
def test_enf01_consequences_by_length_of_overstay(
        assess: Assess, said: Said, exit_day: str, overstay: int, words: str) -> None:
    result = assess({"as_of": exit_day, "citizenship": "US",
                     "trips": [{"entry": "2024-06-01", "exit": exit_day}]})
    assert result["overstay_days"] == overstay
    assert words in said(result, "ENF-01")


def test_enf02_expulsion_bans_entry_for_five_years(assess: Assess, due: Due) -> None:
    result = assess({"as_of": "2024-01-01", "citizenship": "RU",
                     "trips": [{"entry": "2023-04-01", "exit": "2023-05-10"}],
                     "events": [{"type": "expelled", "date": "2023-05-10"}]})
    assert result["status"] == "NOT_PRESENT"
    assert result["next_lawful_entry"] == "2028-05-10"
    assert due(result, "ENF-02") == ["2028-05-10"]


def test_enf02_entry_ban_document_gives_the_end(assess: Assess, said: Said) -> None:
    result = assess({"as_of": "2024-01-01", "citizenship": "UZ",
                     "documents": [{"type": "entry_ban", "valid_from": "2023-06-01",
                                    "valid_until": "2026-05-31"}],
                     "trips": [{"entry": "2023-05-01", "exit": "2023-05-20"}]})
    assert result["next_lawful_entry"] == "2026-06-01"
    assert "in force until 2026-05-31" in said(result, "ENF-02")


def test_reg01_three_working_days_skip_nauryz_and_the_moved_day_off(
        assess: Assess, due: Due) -> None:
    # Entry Wed 2024-03-20: 21, 22 Nauryz; 23 Nauryz on a Saturday moves the day off to Mon 25;
    # working days 26, 27, 28 -> due 2024-03-28.
    result = assess({"as_of": "2024-03-21", "citizenship": "DE",
                     "trips": [{"entry": "2024-03-20"}]})
    assert due(result, "REG-01") == ["2024-03-28"]


def test_reg01_weekend_entry(assess: Assess, due: Due) -> None:
    # Entry Fri 2024-05-10: Mon 13, Tue 14, Wed 15.
    result = assess({"as_of": "2024-05-10", "citizenship": "FR",
                     "trips": [{"entry": "2024-05-10"}]})
    assert due(result, "REG-01") == ["2024-05-15"]


def test_reg01_late_and_timely_notifications(assess: Assess, due: Due, said: Said) -> None:
    late = assess({"as_of": "2024-05-20", "citizenship": "FR",
                   "trips": [{"entry": "2024-05-10", "host_notified": "2024-05-16"}]})
    assert "after the time limit of 2024-05-15" in said(late, "REG-01")
    timely = assess({"as_of": "2024-05-20", "citizenship": "FR",
                     "trips": [{"entry": "2024-05-10", "host_notified": "2024-05-13"}]})
    assert due(timely, "REG-01") == []
    assert said(timely, "REG-01") == ""


@pytest.mark.parametrize(("as_of", "severity"), [
    ("2024-06-25", "critical"),  # 5 days before
    ("2024-06-10", "warning"),   # 20 days before
    ("2024-05-01", "info"),      # 60 days before
])
def test_doc_expiry_alerts_at_90_30_and_7_days(
        assess: Assess, said: Said, as_of: str, severity: str) -> None:
    result = assess({"as_of": as_of, "citizenship": "RU",
                     "documents": [{"type": "passport", "valid_from": "2014-07-01",
                                    "valid_until": "2024-06-30"}],
                     "trips": [{"entry": "2024-04-20"}]})
    assert said(result, "DOC-EXPIRY").startswith(f"{severity}: The passport expires on 2024-06-30")


def test_doc_expiry_far_away_is_a_deadline_without_alert(
        assess: Assess, due: Due, said: Said) -> None:
    result = assess({"as_of": "2024-01-01", "citizenship": "RU",
                     "documents": [{"type": "passport", "valid_until": "2031-01-31"}],
                     "trips": [{"entry": "2023-12-20"}]})
    assert due(result, "DOC-EXPIRY") == ["2031-01-31"]
    assert said(result, "DOC-EXPIRY") == ""


def test_no_trips_is_unknown_and_says_so(assess: Assess) -> None:
    result = assess({"as_of": "2024-01-01", "citizenship": "RU"})
    assert result["status"] == "UNKNOWN"
    assert "trips" in result["findings"][0]["message"]


def test_every_finding_names_its_rule_severity_and_source(assess: Assess) -> None:
    result = assess({"as_of": "2024-07-04", "citizenship": "US",
                     "documents": [{"type": "passport", "valid_until": "2024-08-01"}],
                     "trips": [{"entry": "2024-06-01", "exit": "2024-07-04"}]})
    assert len(result["findings"]) >= 3
    for item in result["findings"]:
        assert item["rule"] and item["severity"] in ("info", "warning", "critical")
        assert item["message"] and item["source"]


def test_unconfirmed_appeal_rule_is_shown_as_check_current_law(assess: Assess,
                                                                said: Said) -> None:
    result = assess({"as_of": "2024-09-01", "citizenship": "AF",
                     "category": "rejected_asylum_seeker",
                     "trips": [{"entry": "2024-03-01", "irregular_entry": True}]})
    assert "not confirmed: check current law" in said(result, "ASY-06")
    assert "outside a checkpoint" in said(result, "IRR-01")
    assert result["deadlines"] == [] or all(d["rule"] != "ASY-06" for d in result["deadlines"])


def test_eaeu_worker_is_told_no_work_permit_is_needed(assess: Assess, said: Said) -> None:
    result = assess({"as_of": "2024-05-20", "citizenship": "KG", "category": "eaeu_worker",
                     "trips": [{"entry": "2024-05-01"}]})
    assert "no work permit" in said(result, "EAEU-01")
    assert "stated only in a secondary source" in said(result, "EAEU-04")


@pytest.mark.parametrize(("start", "months"), [("2024-03-31", 3), ("2025-01-10", 6)])
def test_kan01_extension_length_depends_on_the_2025_change(
        assess: Assess, said: Said, start: str, months: int) -> None:
    # Status ending 2025-03-31 (before 2025-10-26): 3 months; ending 2026-01-10: 6 months.
    as_of = "2025-03-01" if months == 3 else "2025-12-20"
    result = assess({"as_of": as_of, "citizenship": "CN", "category": "kandas",
                     "documents": [{"type": "kandas_status", "valid_from": start}],
                     "trips": [{"entry": "2024-03-20"}]})
    assert f"extended once, by up to {months} months" in said(result, "KAN-01")
