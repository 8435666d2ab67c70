"""The must-leave date is a deadline: every assessment of a present person whose stay is limited
carries one, under the rule that limits the stay, due on the last lawful day (issue 13, item 1).
Expected dates are counted by hand from RULES.md (K1-K4) and SCENARIOS.md."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from legalaid.rules import RuleBook, evaluate, parse_scenario

Result = dict[str, Any]
MUST_LEAVE = "Must leave or regularise by"


def stay_deadlines(result: Result) -> list[tuple[str, str]]:
    return [(d["rule"], d["due"]) for d in result["deadlines"] if d["title"] == MUST_LEAVE]


def test_a_russian_visitor_must_leave_on_the_ninetieth_day(assess: Callable[..., Result]) -> None:
    # SCENARIOS A: entered 2024-03-01; 90 days are 03-01 to 05-29 (31 + 30 + 29).
    result = assess({"as_of": "2024-03-15", "citizenship": "RU",
                     "trips": [{"entry": "2024-03-01"}]})
    assert stay_deadlines(result) == [("STAY-02", "2024-05-29")]
    assert {"rule": "STAY-02", "document": None, "due": "2024-05-29",
            "title": MUST_LEAVE} in result["deadlines"]


def test_an_uzbek_visitor_must_leave_on_the_thirtieth_day(assess: Callable[..., Result]) -> None:
    result = assess({"as_of": "2024-03-02", "citizenship": "UZ",
                     "trips": [{"entry": "2024-03-01"}]})
    assert stay_deadlines(result) == [("STAY-03", "2024-03-30")]  # 03-01 + 29


def test_an_overstay_keeps_its_deadline_overdue(assess: Callable[..., Result]) -> None:
    # SCENARIOS B, still present: 30-day cap from 2024-06-01 ends 06-30.
    result = assess({"as_of": "2024-07-04", "citizenship": "US",
                     "trips": [{"entry": "2024-06-01"}]})
    assert result["status"] == "OVERSTAY"
    assert stay_deadlines(result) == [("STAY-01", "2024-06-30")]


def test_an_overstay_is_the_next_deadline_until_the_person_leaves(book: RuleBook) -> None:
    facts, as_of = parse_scenario({
        "as_of": "2024-07-04", "citizenship": "US",
        "documents": [{"type": "passport", "valid_until": "2024-08-01"}],
        "trips": [{"entry": "2024-06-01"}]})
    upcoming = evaluate(facts, as_of, book).next_deadline
    assert upcoming is not None
    assert (upcoming.rule, upcoming.due) == ("STAY-01", dt.date(2024, 6, 30))


def test_a_trp_holder_must_leave_or_regularise_when_the_permit_ends(
        assess: Callable[..., Result]) -> None:
    # SCENARIOS C.
    result = assess({"as_of": "2024-08-01", "citizenship": "RU",
                     "documents": [{"type": "trp", "valid_from": "2024-01-10",
                                    "valid_until": "2025-01-09"}],
                     "trips": [{"entry": "2024-01-10"}]})
    assert stay_deadlines(result) == [("STAY-05", "2025-01-09")]


def test_an_eaeu_worker_may_stay_until_the_contract_ends(assess: Callable[..., Result]) -> None:
    # EAEU-02: the contract (to 2026-12-14) overrides 90/180 (which would end 2026-11-29).
    result = assess({"as_of": "2026-12-06", "citizenship": "RU", "category": "eaeu_worker",
                     "documents": [{"type": "employment_contract", "valid_from": "2026-09-01",
                                    "valid_until": "2026-12-14"}],
                     "trips": [{"entry": "2026-09-01"}]})
    assert result["regime"] == "EAEU-02"
    assert stay_deadlines(result) == [("EAEU-02", "2026-12-14")]


def test_no_stay_deadline_when_absent_unlimited_or_protected(
        assess: Callable[..., Result]) -> None:
    absent = assess({"as_of": "2024-06-10", "citizenship": "RU",
                     "trips": [{"entry": "2024-03-01", "exit": "2024-05-29"}]})
    resident = assess({"as_of": "2024-06-10", "citizenship": "RU",
                       "documents": [{"type": "permanent_residence", "valid_from": "2020-01-01"}],
                       "trips": [{"entry": "2024-03-01"}]})
    asylum = assess({"as_of": "2024-03-10", "citizenship": "AF", "category": "asylum_seeker",
                     "documents": [{"type": "asylum_certificate", "valid_from": "2024-03-05"}],
                     "events": [{"type": "asylum_registered", "date": "2024-03-05"}],
                     "trips": [{"entry": "2024-03-01"}]})
    assert stay_deadlines(absent) == stay_deadlines(resident) == stay_deadlines(asylum) == []


def test_the_title_is_given_in_kazakh_and_russian(book: RuleBook) -> None:
    facts, as_of = parse_scenario({"as_of": "2024-03-15", "citizenship": "RU",
                                   "trips": [{"entry": "2024-03-01"}]})
    assessment = evaluate(facts, as_of, book)
    stay = next(d for d in assessment.deadlines if d.rule == "STAY-02")
    assert assessment.title_of(stay, "ru").startswith("Выехать")
    assert assessment.title_of(stay, "kk") != MUST_LEAVE
