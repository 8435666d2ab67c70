"""Property tests: the engine against a naive day-by-day count written here, and invariants a
lawyer relies on (splitting a stay changes nothing, one more day never gives more days left)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from legalaid.domain.records import TripRecord
from legalaid.rules import Assessment, Facts, evaluate, load_rulebook

BOOK = load_rulebook()
START = dt.date(2023, 3, 1)  # after the 90/180 rule took effect
DAY = dt.timedelta(days=1)

# (gap before the trip, length of the trip) in days; gaps >= 2 keep trips separate.
trip_shapes = st.lists(st.tuples(st.integers(2, 120), st.integers(1, 95)), min_size=1,
                       max_size=6)


def build_trips(shapes: list[tuple[int, int]], open_last: bool) -> list[TripRecord]:
    trips = []
    day = START
    for gap, length in shapes:
        entry = day + gap * DAY
        exit_day = entry + (length - 1) * DAY
        trips.append(TripRecord(entry=entry, exit=exit_day))
        day = exit_day
    if open_last:
        trips[-1] = TripRecord(entry=trips[-1].entry)
    return trips


def facts_of(citizenship: str, trips: list[TripRecord]) -> Facts:
    return Facts.from_records(citizenship, None, (), trips, ())


def naive_days(trips: list[TripRecord], until: dt.date) -> set[dt.date]:
    days = set()
    for trip in trips:
        day, last = trip.entry, min(trip.exit or until, until)
        while day <= last:
            days.add(day)
            day += DAY
    return days


def naive_used(days: set[dt.date], day: dt.date) -> int:
    return sum(1 for d in days if day - 179 * DAY <= d <= day)


def core(assessment: Assessment) -> tuple[object, ...]:
    return (assessment.present, assessment.regime, assessment.status,
            assessment.days_used_in_window, assessment.last_lawful_day,
            assessment.days_remaining, assessment.overstay_days, assessment.next_lawful_entry)


@given(trip_shapes, st.integers(0, 100))
def test_last_lawful_day_matches_a_day_by_day_count(shapes: list[tuple[int, int]],
                                                    later: int) -> None:
    trips = build_trips(shapes, open_last=True)
    entry = trips[-1].entry
    as_of = entry + later * DAY
    result = evaluate(facts_of("RU", trips), as_of, BOOK)
    # Naive: stay on day after day until the window holds more than 90 days.
    days = naive_days(trips[:-1], as_of)
    day = entry
    while True:
        days.add(day)
        if naive_used(days, day) > 90:
            break
        day += DAY
    assert result.last_lawful_day == day - DAY
    assert result.days_used_in_window == naive_used(naive_days(trips, as_of), as_of)


@given(trip_shapes, st.integers(0, 200))
def test_next_lawful_entry_matches_a_day_by_day_count(shapes: list[tuple[int, int]],
                                                      after: int) -> None:
    trips = build_trips(shapes, open_last=False)
    as_of = trips[-1].exit + (1 + after) * DAY  # type: ignore[operator]
    result = evaluate(facts_of("BY", trips), as_of, BOOK)
    days = naive_days(trips, as_of)
    day = as_of
    while naive_used(days, day - DAY) - (1 if day - 180 * DAY in days else 0) > 89:
        day += DAY
    assert result.present is False
    assert result.next_lawful_entry == day


@given(trip_shapes, st.integers(0, 94), st.integers(0, 60), st.sampled_from(["RU", "KG", "AM"]))
def test_splitting_a_stay_into_two_adjacent_trips_changes_nothing_in_the_window(
        shapes: list[tuple[int, int]], cut: int, later: int, citizenship: str) -> None:
    """90/180 counts every day present (K1, K2): a re-entry the day after an exit changes
    nothing. (A per-stay limit starts again at each entry, K7: see test_conventions.)"""
    trips = build_trips(shapes, open_last=False)
    last = trips[-1]
    assert last.exit is not None
    length = (last.exit - last.entry).days + 1
    cut_day = last.entry + (cut % length) * DAY
    if cut_day == last.exit:
        return
    split = [*trips[:-1], TripRecord(entry=last.entry, exit=cut_day),
             TripRecord(entry=cut_day + DAY, exit=last.exit)]
    as_of = last.entry + later * DAY
    assert core(evaluate(facts_of(citizenship, trips), as_of, BOOK)) == core(
        evaluate(facts_of(citizenship, split), as_of, BOOK))


@given(trip_shapes, st.integers(0, 400), st.sampled_from(["RU", "DE", "UZ", "AM"]))
def test_days_used_never_exceed_the_window_or_the_days_present(
        shapes: list[tuple[int, int]], later: int, citizenship: str) -> None:
    trips = build_trips(shapes, open_last=True)
    as_of = trips[-1].entry + later * DAY
    result = evaluate(facts_of(citizenship, trips), as_of, BOOK)
    assert 0 <= result.days_used_in_window <= 180
    assert result.days_used_in_window <= len(naive_days(trips, as_of))
    assert result.overstay_days <= (as_of - trips[-1].entry).days + 1


@given(trip_shapes, st.integers(0, 150), st.sampled_from(["RU", "US", "UZ"]))
def test_staying_one_more_day_never_gives_more_days_remaining(
        shapes: list[tuple[int, int]], later: int, citizenship: str) -> None:
    trips = build_trips(shapes, open_last=True)
    facts = facts_of(citizenship, trips)
    today = trips[-1].entry + later * DAY
    now, tomorrow = evaluate(facts, today, BOOK), evaluate(facts, today + DAY, BOOK)
    assert now.days_remaining is not None and tomorrow.days_remaining is not None
    assert tomorrow.days_remaining <= now.days_remaining
    assert tomorrow.overstay_days >= now.overstay_days
    assert tomorrow.last_lawful_day == now.last_lawful_day  # the limit of a stay is fixed


@given(trip_shapes, st.integers(0, 150))
def test_a_lawful_day_never_has_more_than_90_days_in_its_window(
        shapes: list[tuple[int, int]], later: int) -> None:
    trips = build_trips(shapes, open_last=True)
    as_of = trips[-1].entry + later * DAY
    result = evaluate(facts_of("KG", trips), as_of, BOOK)
    if result.overstay_days == 0:
        assert result.days_used_in_window <= 90
    else:
        assert result.status.value == "OVERSTAY"
