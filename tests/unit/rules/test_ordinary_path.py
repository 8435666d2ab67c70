"""The ordinary-client shortcut gives exactly the general engine's answer.

``evaluate`` answers most clients through ``rules.ordinary`` (one pass, no explanation objects).
Hypothesis draws people of every citizenship, category, document, trip and event mix; whenever the
shortcut answers, its numbers and deadlines must equal those of ``evaluate_general``.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from legalaid.domain.enums import Category, DocumentType, EventType
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.rules import Assessment, Facts, evaluate, load_rulebook
from legalaid.rules.engine import evaluate_general
from legalaid.rules.ordinary import ordinary_assessment

BOOK = load_rulebook()
BASE = dt.date(2022, 10, 1)  # a few months before the 90/180 rule took effect
DAY = dt.timedelta(days=1)

days = st.integers(0, 900).map(lambda n: BASE + n * DAY)
documents = st.builds(
    DocumentRecord, type=st.sampled_from(list(DocumentType)),
    valid_from=st.none() | days, valid_until=st.none() | days)
events = st.builds(EventRecord, type=st.sampled_from(list(EventType)), date=days)
registrations = st.builds(EventRecord, type=st.just(EventType.ASYLUM_REGISTERED), date=days)


@st.composite
def trip_lists(draw: st.DrawFn) -> list[TripRecord]:
    trips = []
    day = BASE + draw(st.integers(0, 200)) * DAY
    for _ in range(draw(st.integers(0, 5))):
        entry = day + draw(st.integers(0, 120)) * DAY
        length = draw(st.integers(0, 140))
        host = draw(st.none() | st.integers(0, 10).map(lambda n, e=entry: e + n * DAY))
        trips.append(TripRecord(entry=entry, exit=entry + length * DAY, host_notified=host,
                                irregular_entry=draw(st.booleans())))
        day = entry + length * DAY
    if trips and draw(st.booleans()):
        last = trips[-1]
        trips[-1] = TripRecord(entry=last.entry, host_notified=last.host_notified)
    return trips


people = st.builds(
    Facts.from_records,
    citizenship=st.sampled_from(["RU", "KG", "UZ", "US", "DE", "TJ", "AF", "CN", None]),
    category=st.none() | st.sampled_from(list(Category)),
    documents=st.lists(documents, max_size=4),
    trips=trip_lists(),
    events=st.lists(registrations, max_size=2) | st.lists(events, max_size=2),
)


def numbers(assessment: Assessment) -> tuple[object, ...]:
    return (assessment.present, assessment.regime, assessment.status,
            assessment.days_used_in_window, assessment.last_lawful_day,
            assessment.days_remaining, assessment.overstay_days,
            assessment.next_lawful_entry, assessment.deadlines)


@settings(max_examples=600, deadline=None)
@given(people, days, st.integers(0, 30))
def test_the_shortcut_agrees_with_the_general_engine(facts: Facts, as_of: dt.date,
                                                     at_risk: int) -> None:
    quick = ordinary_assessment(facts, as_of, BOOK, at_risk, lambda: ())
    general = evaluate_general(facts, as_of, BOOK, at_risk_days=at_risk)
    if quick is not None:
        assert numbers(quick) == numbers(general)
    assert evaluate(facts, as_of, BOOK, at_risk_days=at_risk).to_json() == general.to_json()


def test_most_people_take_the_shortcut() -> None:
    """A visitor with a passport and an open trip: no event, nothing rare."""
    facts = Facts.from_records(
        "RU", Category.VISITOR, [DocumentRecord(DocumentType.PASSPORT,
                                                valid_until=dt.date(2030, 1, 1))],
        [TripRecord(entry=dt.date(2024, 3, 1))], [])
    quick = ordinary_assessment(facts, dt.date(2024, 3, 15), BOOK, 14, lambda: ())
    assert quick is not None
    # STAY-02, entered 2024-03-01: 15 days used, last day 03-01 + 89 = 2024-05-29.
    assert quick.days_used_in_window == 15
    assert quick.last_lawful_day == dt.date(2024, 5, 29)


@given(st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)), st.integers(0, 30),
       st.integers(0, 40), st.integers(0, 400))
def test_terms_in_months_and_years_follow_relativedelta(start: dt.date, years: int, months: int,
                                                         days: int) -> None:
    """K5 (RULES.md): months and years land on the same calendar date, or the month's end."""
    from dateutil.relativedelta import relativedelta

    from legalaid.rules.situation import add_term

    expected = start + relativedelta(years=years, months=months) + dt.timedelta(days=days)
    assert add_term(start, years, months, days) == expected


def test_a_month_after_the_31st_of_january_is_the_end_of_february() -> None:
    from legalaid.rules.situation import add_term

    assert add_term(dt.date(2024, 1, 31), months=1) == dt.date(2024, 2, 29)  # leap year
    assert add_term(dt.date(2023, 1, 31), months=1) == dt.date(2023, 2, 28)
    assert add_term(dt.date(2024, 2, 29), years=1) == dt.date(2025, 2, 28)
