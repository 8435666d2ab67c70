"""Finding clients by name, and warning about likely duplicates at intake and import.

Search answers "who is this?" from any spelling; duplicate detection answers "is this person
already on file?" by combining name similarity with the same date of birth or document number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rapidfuzz import fuzz
from sqlalchemy import Engine

from legalaid.db import search as search_db
from legalaid.domain.names import search_key
from legalaid.domain.read_models import SearchHit
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading

NAME_MATCH_THRESHOLD = 0.7  # average per-word score; 0.7 is one typo in every word
SAME_BIRTH_NAME_SIMILARITY = 0.5
DOCUMENT_WEIGHT, BIRTH_WEIGHT, NAME_WEIGHT = 0.5, 0.25, 0.6


class SearchService:
    """Ranked name search and duplicate detection over the normalised name index."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._names = search_db.NameSearchRepository()

    @guarded("search.search")
    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Clients whose name matches ``text`` in any script or spelling, best first."""
        limit = max(1, min(limit, 1000))
        with reading(self._engine) as connection:
            ranked = self._names.matching_client_ids(connection, text, limit)
            summaries = search_db.client_summaries(connection, [cid for cid, _ in ranked])
        return [
            SearchHit(client_id, summary.names, summary.date_of_birth, summary.citizenship,
                      round(score, 3), ("name",))
            for client_id, score in ranked
            if (summary := summaries.get(client_id)) is not None
        ]

    @guarded("search.find_duplicates")
    def find_duplicates(
        self,
        names: Sequence[str],
        date_of_birth: dt.date | None = None,
        document_numbers: Sequence[str] = (),
        exclude_client_id: int | None = None,
        limit: int = 10,
    ) -> list[SearchHit]:
        """Clients who may be the same person, with the reasons (name, date_of_birth, document)."""
        keys = [key for key in (search_key(name) for name in names) if key]
        scores: dict[int, float] = {}
        reasons: dict[int, set[str]] = {}

        def note(client_id: int, reason: str, weight: float) -> None:
            if client_id == exclude_client_id:
                return
            scores[client_id] = scores.get(client_id, 0.0) + weight
            reasons.setdefault(client_id, set()).add(reason)

        with reading(self._engine) as connection:
            name_scores: dict[int, float] = {}
            for name in names:
                for client_id, score in self._names.matching_client_ids(connection, name, 20):
                    if score >= NAME_MATCH_THRESHOLD:
                        name_scores[client_id] = max(name_scores.get(client_id, 0.0), score)
            if date_of_birth is not None and keys:
                for client_id, stored in search_db.clients_born_on(connection, date_of_birth):
                    likeness = max(fuzz.token_sort_ratio(key, stored) / 100 for key in keys)
                    if likeness >= SAME_BIRTH_NAME_SIMILARITY:
                        if client_id not in reasons or "date_of_birth" not in reasons[client_id]:
                            note(client_id, "date_of_birth", BIRTH_WEIGHT)
                        name_scores[client_id] = max(name_scores.get(client_id, 0.0), likeness)
            for client_id, score in name_scores.items():
                note(client_id, "name", NAME_WEIGHT * score)
            for client_id in search_db.clients_with_document_numbers(connection, document_numbers):
                note(client_id, "document", DOCUMENT_WEIGHT)
            ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
            summaries = search_db.client_summaries(connection, [cid for cid, _ in ranked])
        return [
            SearchHit(client_id, summary.names, summary.date_of_birth, summary.citizenship,
                      round(min(score, 1.0), 3), tuple(sorted(reasons[client_id])))
            for client_id, score in ranked
            if (summary := summaries.get(client_id)) is not None
        ]

    @guarded("search.names_changed")
    def names_changed(self) -> None:
        """Tell the typo index that names were added or edited."""
        self._names.vocabulary.invalidate()
