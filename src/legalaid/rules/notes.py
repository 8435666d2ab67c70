"""Findings that explain rather than compute: the rules of the file that concern the person's
category without a date to derive (rights, permits, forms of irregularity), unconfirmed rules
flagged "check current law", and an entry outside a checkpoint."""

from __future__ import annotations

from legalaid.domain.enums import Severity
from legalaid.rules.model import Finding
from legalaid.rules.rulebook import ENGINE_RULES
from legalaid.rules.situation import Situation

CHECK_LAW = "check current law"


def category_notes(sit: Situation) -> list[Finding]:
    """One info finding per rule of the person's category that the engine does not compute."""
    category = sit.facts.category
    result: list[Finding] = []
    if category is not None:
        for rule in sit.book.rules.values():
            if rule.id in ENGINE_RULES or category not in rule.categories:
                continue
            if rule.unconfirmed or not rule.enabled:
                text = f"{rule.title}. This rule is not confirmed: {CHECK_LAW}."
            elif rule.confidence == "S":
                text = f"{rule.title} (stated in a source article; verify before relying on it)."
            else:
                text = f"{rule.title}."
            result.append(Finding(rule.id, Severity.INFO, text, rule.citation))
    trip = next((t for t in reversed(sit.facts.trips) if t.entry <= sit.as_of), None)
    if sit.present and trip is not None and trip.irregular_entry and "IRR-01" in sit.book.rules:
        rule = sit.book.rules["IRR-01"]
        result.append(Finding(rule.id, Severity.WARNING, (
            f"The entry on {trip.entry.isoformat()} was outside a checkpoint: this is an "
            "irregular entry (form b). Seek protection or regularisation without delay."),
            rule.citation))
    return result
