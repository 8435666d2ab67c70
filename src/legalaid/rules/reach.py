"""Whom a difference between two sets of rules can touch: the citizenships of the only people
whose assessment can differ (the impact preview reads and evaluates only those clients, and a
rule's later version is worked out only for them)."""

from __future__ import annotations

from typing import Any

from legalaid.rules.rulebook import ENGINE_RULES, Rule, RuleBook

# The day-count regimes (STAY-01...04): the engine reads one only as the regime of a person's
# citizenship, never by its id, a document, a document term or a category note.
COUNT_REGIMES = frozenset(rule for rule, params in ENGINE_RULES.items()
                          if "window_limit" in params)


def _versions(book: RuleBook, rule_id: str) -> tuple[tuple[Rule, tuple[Any, ...]], ...]:
    """Every version of a rule with its titles (which ``Rule`` equality leaves out); () when
    the book has no such rule."""
    if rule_id not in book.rules:
        return ()
    return tuple((rule, tuple(sorted(rule.titles.items()))) for rule in book.versions(rule_id))


def changed_rules(old: RuleBook, new: RuleBook) -> frozenset[str]:
    """The rules that differ between two books in anything at all (parameters, dates, flags,
    documents, categories, titles, citation, later versions), added and removed ones too."""
    return frozenset(rule_id for rule_id in old.rules.keys() | new.rules.keys()
                     if _versions(old, rule_id) != _versions(new, rule_id))


def reach(old: RuleBook, new: RuleBook) -> frozenset[str] | None:
    """The citizenships (upper-case codes, as ``Facts`` holds them) of the only clients whose
    assessment can differ between the two books, or None when anyone's can.

    The engine reads a day-count regime only as the regime of the person's citizenship
    (``COUNT_REGIMES``). So when every rule that differs is such a regime listing no documents
    (none allows a stay or names a term), and everything else the engine reads is the same in
    both books (citizenship table, document terms, documents allowing a stay, alert days,
    holidays, texts, conventions, and the days on which later versions take over), a client
    whose citizenship is counted under none of the differing regimes goes through the same
    steps on the same data under both: the same numbers, deadlines and explanations."""
    changed = changed_rules(old, new)
    if not changed <= COUNT_REGIMES:
        return None
    if any(rule.documents for book in (old, new) for rule_id in changed
           for rule, _ in _versions(book, rule_id)):
        return None
    terms = {term.rule for term in old.document_terms.values()}
    if changed & terms:
        return None
    same = (old.regime_by_country == new.regime_by_country
            and old.document_terms == new.document_terms
            and old.stay_documents == new.stay_documents
            and {kind: rule.id for kind, rule in old.expiry_rules.items()}
            == {kind: rule.id for kind, rule in new.expiry_rules.items()}
            and old.alert_days == new.alert_days and old.holidays == new.holidays
            and old.texts == new.texts and old.conventions == new.conventions
            and old.changes == new.changes)
    if not same:
        return None
    return frozenset(country for country, rule in old.regime_by_country.items()
                     if rule in changed)


_KNOWN: dict[tuple[int, int], tuple[RuleBook, RuleBook, frozenset[str] | None]] = {}


def known_reach(old: RuleBook, new: RuleBook) -> frozenset[str] | None:
    """``reach``, worked out once per pair of books (a book is never changed after loading)."""
    key = (id(old), id(new))
    known = _KNOWN.get(key)
    if known is not None and known[0] is old and known[1] is new:
        return known[2]
    answer = reach(old, new)
    if len(_KNOWN) > 64:  # books of long ago
        _KNOWN.clear()
    _KNOWN[key] = (old, new, answer)
    return answer
