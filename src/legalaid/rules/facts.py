"""The facts the rules engine reasons about: one person's citizenship, category, documents,
trips and events, sorted once so that every evaluation can work on ordinals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from legalaid.domain.enums import Category
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord


@dataclass(frozen=True)
class Facts:
    """Everything known about one person; built with ``Facts.from_records``."""

    citizenship: str | None
    category: Category | None
    documents: tuple[DocumentRecord, ...]
    trips: tuple[TripRecord, ...]  # sorted by entry date
    events: tuple[EventRecord, ...]  # sorted by date

    @classmethod
    def from_records(
        cls,
        citizenship: str | None,
        category: Category | None,
        documents: Sequence[DocumentRecord],
        trips: Sequence[TripRecord],
        events: Sequence[EventRecord],
    ) -> Facts:
        return cls(
            citizenship=citizenship.upper() if citizenship else None,
            category=category,
            documents=tuple(documents),
            trips=tuple(sorted(trips, key=lambda trip: trip.entry)),
            events=tuple(sorted(events, key=lambda event: event.date)),
        )
