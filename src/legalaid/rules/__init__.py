"""The status rules engine: pure functions over a person's facts, rules loaded from data.

Public API (the GUI, the services and the command line call exactly these):
``load_rulebook``, ``Facts``, ``evaluate``, ``Assessment``, ``parse_scenario``, ``plan_trips``
(the what-if planner), ``conventions_of`` (the counting conventions behind an assessment),
``window_usage`` and the value types they return.
"""

from __future__ import annotations

from legalaid.rules.conventions import ShownConvention, conventions_of
from legalaid.rules.engine import evaluate
from legalaid.rules.facts import Facts
from legalaid.rules.model import Assessment, Deadline, Finding
from legalaid.rules.planner import PlannedTrip, plan_trips
from legalaid.rules.planning import window_usage
from legalaid.rules.rulebook import Rule, RuleBook, load_rulebook
from legalaid.rules.scenario import parse_scenario

__all__ = [
    "Assessment",
    "Deadline",
    "Facts",
    "Finding",
    "PlannedTrip",
    "Rule",
    "RuleBook",
    "ShownConvention",
    "conventions_of",
    "evaluate",
    "load_rulebook",
    "parse_scenario",
    "plan_trips",
    "window_usage",
]
