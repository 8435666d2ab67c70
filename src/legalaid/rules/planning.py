"""The day-by-day use of the rolling window, for the travel chart (the what-if questions are
``rules.planner``)."""

from __future__ import annotations

import datetime as dt

from legalaid.errors import ValidationError
from legalaid.rules.facts import Facts
from legalaid.rules.rulebook import RuleBook
from legalaid.rules.situation import Situation

_DEFAULT_WINDOW = 180


def window_usage(facts: Facts, start: dt.date, end: dt.date,
                 rulebook: RuleBook) -> list[tuple[dt.date, int, int | None]]:
    """For each day from ``start`` to ``end``: days used in the window ending that day and the
    limit (None when no day-count rule applies). Trips still open count up to ``end``."""
    if end < start:
        raise ValidationError("end", "is before the start")
    sit = Situation(facts, end, rulebook)
    rule = sit.count_rule
    if rule is not None and sit.count_rule_usable:
        days, window, limit = sit.counted, rule.number("window_days"), rule.number("window_limit")
        result_limit: int | None = limit
    else:
        days, window, result_limit = sit.presence, _DEFAULT_WINDOW, None
    first = start.toordinal()
    # One entry per day is the chart's own resolution; each count is two binary searches.
    return [(dt.date.fromordinal(d), days.count(d - window + 1, d), result_limit)
            for d in range(first, end.toordinal() + 1)]
