"""Fixtures for the rules tests: scenarios written as the JSON a lawyer would type.

(The test modules are imported with pytest's importlib mode, so helpers are handed out as
fixtures rather than imported.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from legalaid.rules import RuleBook, evaluate, load_rulebook, parse_scenario

Result = dict[str, Any]


@pytest.fixture(scope="session")
def book() -> RuleBook:
    return load_rulebook()


@pytest.fixture(scope="session")
def assess(book: RuleBook) -> Callable[..., Result]:
    """The assessment JSON of a scenario, through the same path as the command line."""
    def run(scenario: dict[str, Any], **options: Any) -> Result:
        facts, as_of = parse_scenario(scenario)
        return evaluate(facts, as_of, book, **options).to_json()
    return run


@pytest.fixture(scope="session")
def due() -> Callable[[Result, str], list[str]]:
    """The due dates of one rule's deadlines."""
    return lambda result, rule: [d["due"] for d in result["deadlines"] if d["rule"] == rule]


@pytest.fixture(scope="session")
def said() -> Callable[[Result, str], str]:
    """Everything the findings of one rule say, as one text."""
    return lambda result, rule: " | ".join(
        f"{f['severity']}: {f['message']}" for f in result["findings"] if f["rule"] == rule)
