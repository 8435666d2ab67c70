"""Findings that explain rather than compute: the rules of the file that concern the person's
category without a date to derive (rights, permits, forms of irregularity), unconfirmed rules
flagged "check current law", and an entry outside a checkpoint."""

from __future__ import annotations

from legalaid.domain.enums import Severity
from legalaid.rules.deadlines import finding
from legalaid.rules.model import Finding
from legalaid.rules.rulebook import ENGINE_RULES
from legalaid.rules.situation import Situation


def category_notes(sit: Situation) -> list[Finding]:
    """One info finding per rule of the person's category that the engine does not compute."""
    category = sit.facts.category
    result: list[Finding] = []
    if category is not None:
        for rule in sit.book.rules.values():
            if rule.id in ENGINE_RULES or category not in rule.categories:
                continue
            if rule.unconfirmed or not rule.enabled:
                key = "note_unconfirmed"
            elif rule.confidence == "S":
                key = "note_seed_only"
            else:
                key = "note_confirmed"
            result.append(finding(sit.book, rule, Severity.INFO, key,
                                  title=rule.localised_title))
    trip = next((t for t in reversed(sit.facts.trips) if t.entry <= sit.as_of), None)
    if sit.present and trip is not None and trip.irregular_entry and "IRR-01" in sit.book.rules:
        rule = sit.book.rules["IRR-01"]
        result.append(finding(sit.book, rule, Severity.WARNING, "irregular_entry",
                              date=trip.entry))
    return result
