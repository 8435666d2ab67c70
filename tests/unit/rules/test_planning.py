"""The window-usage series behind the GUI's chart (the what-if planner: test_planner.py)."""

from __future__ import annotations

import datetime as dt

from legalaid.domain.enums import Category
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.rules import Facts, RuleBook, window_usage

D = dt.date


def facts(citizenship: str, *trips: TripRecord, documents: tuple[DocumentRecord, ...] = (),
          events: tuple[EventRecord, ...] = (), category: Category | None = None) -> Facts:
    return Facts.from_records(citizenship, category, documents, trips, events)


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
