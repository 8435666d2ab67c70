"""The rules engine's answers as the services hand them out: an assessment of a client's file
and the planner's answer for a trip. Callers above the services name these types from here."""

from __future__ import annotations

from legalaid.rules import Assessment
from legalaid.rules.planner import PlannedTrip

__all__ = ["Assessment", "PlannedTrip"]
