"""Whom a new rules pack can touch (``impact.reach``): the impact preview reads and evaluates
only those clients, so everyone left out must come out the same under both packs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from tests import pack_texts

from legalaid.demo import generate_clients
from legalaid.rules import Assessment, Facts, RuleBook, evaluate, load_rulebook
from legalaid.rules.impact import reach
from legalaid.rules.rulebook import load_rulebook_text

TODAY = dt.date(2026, 6, 15)
EAEU = frozenset({"RU", "BY", "AM", "KG"})  # counted under STAY-02 in the shipped table


def book(text: str) -> RuleBook:
    return load_rulebook_text(text, "kz-test.toml")


@pytest.fixture(scope="module")
def people() -> list[Facts]:
    return [Facts.from_records(c.citizenship, c.category, c.documents, c.trips, c.events)
            for c in generate_clients(600, 5, TODAY)]


def verdict(assessment: Assessment) -> tuple[object, ...]:
    """Everything of an assessment a lawyer sees: numbers, deadlines and the explanation in
    the three languages."""
    return (assessment.status, assessment.regime, assessment.last_lawful_day,
            assessment.days_remaining, assessment.overstay_days, assessment.next_lawful_entry,
            assessment.deadlines,
            tuple((f.rule, f.severity, f.message, f.text("ru"), f.text("kk"), f.source)
                  for f in assessment.findings))


def differing(people: list[Facts], old: RuleBook, new: RuleBook) -> list[Facts]:
    return [person for person in people
            if verdict(evaluate(person, TODAY, old)) != verdict(evaluate(person, TODAY, new))]


def test_an_unchanged_copy_of_the_pack_reaches_nobody() -> None:
    assert reach(load_rulebook(), book(pack_texts.same_copy())) == frozenset()


@pytest.mark.parametrize("text", [pack_texts.stay_02_lowered, pack_texts.stay_02_retitled])
def test_a_change_to_the_eaeu_regime_reaches_eaeu_citizens_only(
        people: list[Facts], text: Callable[[], str]) -> None:
    old, new = load_rulebook(), book(text())
    assert reach(old, new) == EAEU
    assert {person.citizenship for person in differing(people, old, new)} <= EAEU


def test_a_lowered_eaeu_limit_moves_eaeu_citizens_of_the_demo(people: list[Facts]) -> None:
    moved = differing(people, load_rulebook(), book(pack_texts.stay_02_lowered()))
    assert len(moved) >= 5 and {person.citizenship for person in moved} <= EAEU


@pytest.mark.parametrize("text", [
    pack_texts.reg_01_longer,  # a deadline every visitor has
    lambda: pack_texts.stay_02_lowered_from(TODAY + dt.timedelta(days=30)),  # a dated version
    pack_texts.stay_02_with_documents,  # a document that allows a stay under it
    pack_texts.armenia_moved,  # the citizenship table
])
def test_any_other_change_may_reach_anyone(text: Callable[[], str]) -> None:
    assert reach(load_rulebook(), book(text())) is None


def test_a_host_notification_change_moves_clients_of_many_citizenships(
        people: list[Facts]) -> None:
    """Why ``reach`` gives up on other rules: REG-01 concerns visitors of every country."""
    moved = differing(people, load_rulebook(), book(pack_texts.reg_01_longer()))
    assert len({person.citizenship for person in moved} - EAEU) >= 3
