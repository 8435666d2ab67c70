"""The what-if planner: "if the client leaves on D and makes these trips, is each lawful?".

For a client present on ``as_of`` the current stay ends on the planned departure (by default its
last lawful day); the planned trips follow, each taken as made when the next is judged. Each trip
is judged by the engine itself, on the facts with that trip open: from its entry (or from
``as_of`` for the current stay) it asks for the last lawful day, and when a document's end is
that day it asks again the day after (a visa-free count may take over). Pure: no clock, no
database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

from legalaid.domain.enums import Status
from legalaid.domain.records import TripRecord
from legalaid.errors import ValidationError
from legalaid.rules.engine import evaluate
from legalaid.rules.facts import Facts
from legalaid.rules.rulebook import RuleBook
from legalaid.rules.situation import Situation

_MAX_REGIMES = 12  # documents and day counts one stay can pass through, one after another
Span = tuple[dt.date, dt.date]


class PlannedTrip(NamedTuple):
    """The answer for one trip: lawful or not, from which day not, until when it could last
    (``None``: not limited, or no lawful day at all) and the rule that decides."""

    entry: dt.date
    exit: dt.date
    lawful: bool
    first_unlawful_day: dt.date | None
    latest_lawful_exit: dt.date | None
    rule: str | None

    def to_json(self) -> dict[str, Any]:
        def iso(day: dt.date | None) -> str | None:
            return None if day is None else day.isoformat()

        return {"entry": self.entry.isoformat(), "exit": self.exit.isoformat(),
                "lawful": self.lawful, "first_unlawful_day": iso(self.first_unlawful_day),
                "latest_lawful_exit": iso(self.latest_lawful_exit), "rule": self.rule}


def plan_trips(facts: Facts, as_of: dt.date, rulebook: RuleBook, trips: Sequence[Span], *,
               leave: dt.date | None = None, at_risk_days: int = 14) -> tuple[PlannedTrip, ...]:
    """One answer per trip: first the current stay (when the client is present on ``as_of``),
    ending on ``leave``, else its recorded exit, else its last lawful day (``as_of`` for an
    overstay); then ``trips`` (entry,
    exit) in date order. ``ValidationError`` names a trip that overlaps another or the
    departure, or ends before it begins."""
    history = [trip for trip in facts.trips if trip.entry <= as_of]
    answers: list[PlannedTrip] = []
    after = as_of  # planned trips begin on or after this day
    now = evaluate(facts, as_of, rulebook, at_risk_days=at_risk_days)
    if now.present:
        current = history.pop()
        last = now.last_lawful_day  # an overstay can end today at the earliest
        departure = leave or current.exit or (None if last is None else max(last, as_of))
        if departure is None:
            raise ValidationError("leave", "is needed: nothing limits the current stay, so give "
                                           "the planned departure")
        if departure < as_of:
            raise ValidationError("leave", f"{departure.isoformat()} is before "
                                           f"{as_of.isoformat()}, the day asked about")
        answers.append(_judge(facts, history, current, departure, as_of, rulebook,
                              at_risk_days))
        history.append(dataclasses.replace(current, exit=departure))
        after = departure
    elif leave is not None:
        raise ValidationError("leave", "the client is not in Kazakhstan on "
                                       f"{as_of.isoformat()}: there is no stay to leave")
    for entry, exit_day in _checked(trips, after, now.present):
        answers.append(_judge(facts, history, TripRecord(entry=entry), exit_day, entry,
                              rulebook, at_risk_days))
        history.append(TripRecord(entry=entry, exit=exit_day))
    return tuple(answers)


def _checked(trips: Sequence[Span], after: dt.date, present: bool) -> list[Span]:
    """The trips in date order, refused when one ends before it begins or overlaps."""
    order = sorted(enumerate(trips), key=lambda item: item[1])
    previous: Span | None = None
    for index, (entry, exit_day) in order:
        field = f"trips[{index}]"
        if exit_day < entry:
            raise ValidationError(field, f"the exit {exit_day.isoformat()} is before its entry "
                                         f"{entry.isoformat()}")
        if previous is None and entry < after:
            where = "the planned departure" if present else "the day asked about"
            raise ValidationError(field, f"enters on {entry.isoformat()}, before {where} "
                                         f"({after.isoformat()})")
        if previous is not None and entry < previous[1]:
            raise ValidationError(field, f"overlaps the planned trip {previous[0].isoformat()} "
                                         f"to {previous[1].isoformat()}")
        previous = (entry, exit_day)
    return [span for _, span in order]


def _judge(facts: Facts, history: list[TripRecord], trip: TripRecord, exit_day: dt.date,
           start: dt.date, book: RuleBook, at_risk_days: int) -> PlannedTrip:
    """Lawful or not: the engine on the facts with ``trip`` open, asked from ``start`` on."""
    entry = trip.entry
    planned = dataclasses.replace(
        facts, trips=(*history, dataclasses.replace(trip, exit=None)))
    if start == entry:
        ban = Situation(planned, entry, book, explain=False).ban_on(entry.toordinal())
        if ban is not None:
            return PlannedTrip(entry, exit_day, False, entry, None, ban.rule)
    day, reach, rule = start, None, None
    for _ in range(_MAX_REGIMES):
        assessment = evaluate(planned, day, book, at_risk_days=at_risk_days)
        rule, last = assessment.regime, assessment.last_lawful_day
        if assessment.status is Status.UNKNOWN:
            return PlannedTrip(entry, exit_day, False, None, None, rule)
        if last is None:  # nothing limits the stay from ``day`` on
            return PlannedTrip(entry, exit_day, True, None, None, rule)
        if last < day:
            if reach is None:  # not one lawful day from ``start`` (it may lie before entry)
                reach = last
            break
        reach = last
        if reach >= exit_day:
            break
        day = reach + dt.timedelta(days=1)  # does another rule allow the days after?
    assert reach is not None
    lawful = reach >= exit_day
    return PlannedTrip(entry, exit_day, lawful,
                       None if lawful else max(reach + dt.timedelta(days=1), entry),
                       reach if reach >= entry else None, rule)
