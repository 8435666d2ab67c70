"""What-if planning and the window-usage series behind the GUI's chart."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.domain.enums import Category, DocumentType, EventType
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.errors import ValidationError
from legalaid.rules import Facts, RuleBook, what_if, window_usage

D = dt.date


def facts(citizenship: str, *trips: TripRecord, documents: tuple[DocumentRecord, ...] = (),
          events: tuple[EventRecord, ...] = (), category: Category | None = None) -> Facts:
    return Facts.from_records(citizenship, category, documents, trips, events)


def test_planned_stay_within_ninety_days_is_lawful(book: RuleBook) -> None:
    answer = what_if(facts("RU"), D(2024, 3, 1), D(2024, 5, 29), book)
    assert answer.lawful
    assert answer.last_lawful_day == D(2024, 5, 29)
    assert answer.overstay_days == 0


def test_planned_stay_one_day_too_long(book: RuleBook) -> None:
    answer = what_if(facts("RU"), D(2024, 3, 1), D(2024, 5, 30), book)
    assert not answer.lawful
    assert answer.overstay_days == 1
    assert "1 days too late" in answer.findings[0].message


def test_planned_return_counts_earlier_trips(book: RuleBook) -> None:
    # 60 days used 2024-01-01..02-29; back on 04-01: 30 more days, to 04-30.
    person = facts("KG", TripRecord(D(2024, 1, 1), D(2024, 2, 29)))
    answer = what_if(person, D(2024, 4, 1), D(2024, 4, 15), book)
    assert answer.lawful
    assert answer.last_lawful_day == D(2024, 4, 30)


def test_planned_us_stay_hits_the_thirty_day_cap(book: RuleBook) -> None:
    answer = what_if(facts("US"), D(2024, 6, 1), D(2024, 7, 4), book)
    assert (answer.lawful, answer.last_lawful_day, answer.overstay_days) == (
        False, D(2024, 6, 30), 4)


def test_planned_entry_during_a_ban_is_not_lawful(book: RuleBook) -> None:
    person = facts("RU", TripRecord(D(2023, 4, 1), D(2023, 5, 10)),
                   events=(EventRecord(EventType.EXPELLED, D(2023, 5, 10)),))
    answer = what_if(person, D(2025, 1, 1), D(2025, 1, 10), book)
    assert not answer.lawful
    assert any(f.rule == "ENF-02" for f in answer.findings)


def test_planned_stay_on_a_visa(book: RuleBook) -> None:
    visa = DocumentRecord(DocumentType.VISA, valid_from=D(2024, 1, 1), valid_until=D(2024, 12, 31))
    answer = what_if(facts("CN", documents=(visa,)), D(2024, 3, 1), D(2024, 11, 30), book)
    assert answer.lawful
    assert answer.last_lawful_day == D(2024, 12, 31)


def test_planned_exit_before_entry_is_refused(book: RuleBook) -> None:
    with pytest.raises(ValidationError, match="planned_exit"):
        what_if(facts("RU"), D(2024, 3, 1), D(2024, 2, 1), book)


def test_window_usage_rises_and_falls(book: RuleBook) -> None:
    person = facts("RU", TripRecord(D(2024, 1, 1), D(2024, 1, 10)))
    series = window_usage(person, D(2023, 12, 31), D(2024, 7, 1), book)
    by_day = {day: (used, limit) for day, used, limit in series}
    assert len(series) == 184  # 2023-12-31 .. 2024-07-01 inclusive
    assert by_day[D(2023, 12, 31)] == (0, 90)
    assert by_day[D(2024, 1, 5)] == (5, 90)
    assert by_day[D(2024, 6, 27)] == (10, 90)  # window [2023-12-31, 2024-06-27]
    assert by_day[D(2024, 6, 28)] == (10, 90)  # window [2024-01-01, 06-28]: all ten days
    assert by_day[D(2024, 6, 29)] == (9, 90)   # 01-01 has left the window
    assert by_day[D(2024, 7, 1)] == (7, 90)


def test_window_usage_without_a_day_count_rule_has_no_limit(book: RuleBook) -> None:
    series = window_usage(facts("AF", TripRecord(D(2024, 1, 1))), D(2024, 1, 1),
                          D(2024, 1, 3), book)
    assert series == [(D(2024, 1, 1), 1, None), (D(2024, 1, 2), 2, None),
                      (D(2024, 1, 3), 3, None)]
