"""Which counting conventions of the rules file (K1-K9) stand behind an assessment, and how the
"Why? Rules and sources" explanation shows them: id, text, citation and confidence mark."""

from __future__ import annotations

from typing import NamedTuple

from legalaid.domain.enums import Status
from legalaid.rules.model import Assessment
from legalaid.rules.rulebook import Convention, RuleBook

_DAY_COUNT = ("K1", "K2", "K4")  # every day-count regime: days present, window, overstay
_PER_STAY = ("K3", "K7")  # a regime with a limit per stay
_WORKING_DAYS = "REG-01"
_CALENDAR_TERMS = frozenset({"ASY-01", "ASY-02", "ASY-03", "ASY-04", "ASY-05", "REG-02",
                             "REF-01", "STL-01", "STL-02", "KAN-01", "EAEU-03", "ENF-02"})


class ShownConvention(NamedTuple):
    """A convention as the explanation shows it, in one interface language."""

    id: str
    text: str
    citation: str
    confidence: str


def conventions_used(assessment: Assessment, book: RuleBook) -> tuple[Convention, ...]:
    """The conventions the numbers, deadlines and findings of ``assessment`` rely on, in the
    order of the rules file."""
    used: set[str] = set()
    counted = {rule_id for rule_id in book.regime_by_country.values()
               if book.rules[rule_id].enabled and not book.rules[rule_id].unconfirmed}
    if assessment.regime in counted and assessment.status is Status.UNKNOWN:
        used.add("K8")  # a usable day count gives no answer only before it took effect
    elif assessment.regime in counted or assessment.days_used_in_window:
        used.update(_DAY_COUNT)
        if assessment.regime is not None and \
                "per_stay_days" in book.rules[assessment.regime].params:
            used.update(_PER_STAY)
    rules = {deadline.rule for deadline in assessment.deadlines}
    if _WORKING_DAYS in rules:
        used.add("K6")
    if rules & _CALENDAR_TERMS:
        used.add("K5")
    used.update(f.rule for f in assessment.findings if f.rule in book.conventions)
    return tuple(c for c in book.conventions.values() if c.id in used)


def conventions_of(assessment: Assessment, language: str) -> list[ShownConvention]:
    """The conventions behind ``assessment`` with their texts in ``language`` ("kk", "ru" or
    "en"), for the explanation dialog."""
    return [ShownConvention(c.id, c.text(language), c.citation, c.confidence)
            for c in assessment.conventions]


def all_conventions(book: RuleBook, language: str) -> list[ShownConvention]:
    """Every convention of the rules file, in ``language``."""
    return [ShownConvention(c.id, c.text(language), c.citation, c.confidence)
            for c in book.conventions.values()]
