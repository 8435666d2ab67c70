"""Rules that change on a date: a law taking effect next month is already in today's deadlines
for next month.

A rules pack may give a rule again with a later ``effective_from`` (``RuleBook.successors``).
The person is evaluated under the rules in force today and under the rules of each later
period; a date that falls on or after the day a period starts is that period's, one before it
stays today's. A date the later rules bring before their own start (a shortened limit) becomes
the day before they start: the old rule allowed the stay until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from legalaid.domain.enums import Status
from legalaid.rules.facts import Facts
from legalaid.rules.model import Assessment, Deadline
from legalaid.rules.reach import known_reach
from legalaid.rules.rulebook import RuleBook

Evaluator = Callable[[Facts, dt.date, RuleBook, int], Assessment]
_DAY = dt.timedelta(days=1)


def evaluate_dated(facts: Facts, as_of: dt.date, book: RuleBook, at_risk_days: int,
                   single: Evaluator) -> Assessment:
    """``single`` (the engine on one fixed set of rules) applied period by period. A later
    period whose rules differ from today's only where this person cannot feel it (``reach``:
    a day-count regime of another citizenship) gives today's answer, so it is not worked out
    again."""
    today, periods = _periods(book, as_of)
    first = result = single(facts, as_of, today, at_risk_days)
    country = facts.citizenship or ""
    for start, rules, touched in periods:
        later = first if touched is not None and country not in touched \
            else single(facts, as_of, rules, at_risk_days)
        result = _joined(result, later, start, at_risk_days)
    return result


_Period = tuple[dt.date, RuleBook, frozenset[str] | None]
_PERIODS: dict[tuple[int, dt.date], tuple[RuleBook, RuleBook, tuple[_Period, ...]]] = {}


def _periods(book: RuleBook, as_of: dt.date) -> tuple[RuleBook, tuple[_Period, ...]]:
    """The rules in force on ``as_of``, and each later period's start, rules and whom they can
    touch compared with today's; worked out once per book and day (a bulk refresh asks for the
    same day 100,000 times)."""
    known = _PERIODS.get((id(book), as_of))
    if known is not None and known[0] is book:
        return known[1], known[2]
    today = book.on(as_of)
    periods = tuple((start, book.on(start), known_reach(today, book.on(start)))
                    for start in book.changes if start > as_of)
    if len(_PERIODS) > 64:  # books and days of long ago
        _PERIODS.clear()
    _PERIODS[(id(book), as_of)] = (book, today, periods)
    return today, periods


def _moved(now: dt.date | None, later: dt.date | None, start: dt.date) -> dt.date | None:
    """A date under today's rules, ``now``, against the same date under the rules from
    ``start``: today's before ``start``, else the later one (never before ``start`` - 1)."""
    if now is None or later is None or now < start:
        return now
    return max(later, start - _DAY)


def _deadlines(now: tuple[Deadline, ...], later: tuple[Deadline, ...],
               start: dt.date) -> tuple[Deadline, ...]:
    def key(item: Deadline) -> tuple[str, object, str]:
        return item.rule, item.document, item.title

    # Two papers of one type give deadlines alike but for their dates: each key holds a queue,
    # paired in order, so that none of them is lost.
    pending: dict[tuple[str, object, str], list[Deadline]] = {}
    for item in later:
        pending.setdefault(key(item), []).append(item)
    result = []
    for item in now:
        queue = pending.get(key(item))
        match = queue.pop(0) if queue else None
        if item.due < start:
            result.append(item)
        elif match is not None:
            due = _moved(item.due, match.due, start)
            assert due is not None
            result.append(item._replace(due=due))
    result.extend(item for queue in pending.values() for item in queue if item.due >= start)
    # By date only: the sort is stable, so deadlines of one day keep the engine's order.
    return tuple(sorted(result, key=lambda d: d.due))


def _joined(now: Assessment, later: Assessment, start: dt.date,
            at_risk_days: int) -> Assessment:
    last = _moved(now.last_lawful_day, later.last_lawful_day, start)
    deadlines = _deadlines(now.deadlines, later.deadlines, start)
    if last == now.last_lawful_day and deadlines == now.deadlines:
        return now
    status, remaining = now.status, now.days_remaining
    if last is not None and now.present and remaining is not None:
        remaining = max((last - now.as_of).days, 0)
        if status in (Status.LAWFUL, Status.AT_RISK):
            status = Status.AT_RISK if remaining <= at_risk_days else Status.LAWFUL
    explain = later.explain if last != now.last_lawful_day else now.explain
    return Assessment(
        as_of=now.as_of, present=now.present, regime=now.regime, status=status,
        days_used_in_window=now.days_used_in_window, last_lawful_day=last,
        days_remaining=remaining, overstay_days=now.overstay_days,
        next_lawful_entry=_moved(now.next_lawful_entry, later.next_lawful_entry, start),
        deadlines=deadlines, explain=explain, texts=now.texts, book=now.book)
