"""A rules pack with later versions of a rule: the engine works a later period out only for the
people it can touch, and everyone's assessment is what working out every period gives."""

from __future__ import annotations

import datetime as dt

import pytest
from tests import pack_texts

from legalaid.demo import generate_clients
from legalaid.rules import Assessment, Facts, RuleBook, evaluate
from legalaid.rules.engine import evaluate_general
from legalaid.rules.rulebook import load_rulebook_text
from legalaid.rules.timeline import _joined

TODAY = dt.date(2026, 6, 15)


def every_period(person: Facts, book: RuleBook) -> Assessment:
    """The assessment with each later period worked out in full (the definition of dated rules:
    today's answer joined with each later period's, in order)."""
    result = evaluate_general(person, TODAY, book.on(TODAY))
    for start in book.changes:
        if start > TODAY:
            result = _joined(result, evaluate_general(person, TODAY, book.on(start)), start, 14)
    return result


def seen(assessment: Assessment) -> tuple[object, ...]:
    return (assessment.status, assessment.regime, assessment.last_lawful_day,
            assessment.days_remaining, assessment.next_lawful_entry, assessment.deadlines,
            tuple((f.rule, f.severity, f.message, f.text("kk")) for f in assessment.findings))


@pytest.mark.parametrize("days", [20, 200])
def test_every_demo_client_gets_what_working_out_every_period_gives(days: int) -> None:
    book = load_rulebook_text(pack_texts.stay_02_lowered_from(TODAY + dt.timedelta(days=days)),
                              "kz-later.toml")
    people = [Facts.from_records(c.citizenship, c.category, c.documents, c.trips, c.events)
              for c in generate_clients(500, 9, TODAY)]
    differ = [p for p in people if seen(evaluate(p, TODAY, book)) != seen(every_period(p, book))]
    assert differ == []
    moved = [p for p in people if evaluate(p, TODAY, book).last_lawful_day
             != evaluate_general(p, TODAY, book.on(TODAY)).last_lawful_day]
    if days == 20:  # the lower limit from three weeks on shortens some EAEU visitors' stays
        assert moved and {p.citizenship for p in moved} <= {"RU", "BY", "AM", "KG"}
