"""Planning questions for the lawyer and the GUI: "what if the person enters on D1 and leaves on
D2?" and the day-by-day use of the rolling window for the chart."""

from __future__ import annotations

import dataclasses
import datetime as dt

from legalaid.domain.enums import Severity, Status
from legalaid.domain.records import TripRecord
from legalaid.errors import ValidationError
from legalaid.rules.deadlines import say
from legalaid.rules.engine import evaluate
from legalaid.rules.facts import Facts
from legalaid.rules.model import WhatIf
from legalaid.rules.rulebook import RuleBook
from legalaid.rules.situation import Situation
from legalaid.rules.texts import Phrase

_DEFAULT_WINDOW = 180


def what_if(facts: Facts, planned_entry: dt.date, planned_exit: dt.date,
            rulebook: RuleBook) -> WhatIf:
    """Would a stay from ``planned_entry`` to ``planned_exit`` be lawful, and until when could
    the person stay? Recorded trips up to the day before the planned entry are taken as they are."""
    if planned_exit < planned_entry:
        raise ValidationError("planned_exit", "is before the planned entry")
    day_before = planned_entry - dt.timedelta(days=1)
    earlier = [dataclasses.replace(t, exit=day_before if t.exit is None or t.exit > day_before
                                   else t.exit)
               for t in facts.trips if t.entry < planned_entry]
    planned = dataclasses.replace(facts, trips=(*earlier, TripRecord(entry=planned_entry)))
    assessment = evaluate(planned, planned_entry, rulebook)
    relevant = tuple(f for f in assessment.findings
                     if f.rule in (assessment.regime, "ENF-02", "DATA"))
    banned = any(f.rule == "ENF-02" and f.severity == Severity.CRITICAL for f in relevant)
    if assessment.status == Status.UNKNOWN or banned:
        return WhatIf(planned_entry, planned_exit, False, None, 0, relevant)
    last = assessment.last_lawful_day
    if last is None:
        return WhatIf(planned_entry, planned_exit, True, None, 0, relevant)
    overstay = max(0, (planned_exit - max(last, day_before)).days)
    phrase = Phrase("what_if_lawful", {"entry": planned_entry, "last": last}) if overstay == 0 \
        else Phrase("what_if_too_late", {"entry": planned_entry, "last": last,
                                         "exit": planned_exit, "days": overstay})
    summary = say(rulebook, assessment.regime or "DATA",
                  Severity.INFO if overstay == 0 else Severity.CRITICAL, phrase,
                  relevant[0].source if relevant else "")
    return WhatIf(planned_entry, planned_exit, overstay == 0, last, overstay,
                  (summary, *relevant))


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
