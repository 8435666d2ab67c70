"""Retention: after the configured number of years since a client's last case closed, the file is
anonymised. Statistics survive (sex, year of birth, citizenship, category, dates); names leave
the search index. Only client ids are ever listed or logged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Engine

from legalaid.db.repositories import imports as imports_db
from legalaid.db.repositories import retention as retention_db
from legalaid.errors import ValidationError
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

MAX_YEARS = 100  # longer than any file is kept; and the cut-off stays a real date


def cutoff(today: dt.date, years: int) -> dt.date:
    """Cases closed before this day are past retention (29 February falls back to the 28th)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


class RetentionService:
    """Which files are due, and anonymising them."""

    def __init__(self, engine: Engine, years: int = 5,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._engine = engine
        self._years = years
        self._today = today

    def _checked_years(self, years: int | None) -> int:
        value = self._years if years is None else years
        if not 1 <= value <= MAX_YEARS:
            raise ValidationError("retention_years", f"{value} is not from 1 to {MAX_YEARS}")
        return value

    @guarded("retention.due")
    def due(self, years: int | None = None) -> list[int]:
        """Client ids whose last case closed more than ``years`` ago (the dry run)."""
        limit = cutoff(self._today(), self._checked_years(years))
        with reading(self._engine) as connection:
            return retention_db.past_retention(connection, limit)

    @guarded("retention.anonymise_due")
    def anonymise_due(self, years: int | None = None) -> list[int]:
        """Anonymise every file that is due, in one transaction; returns their ids."""
        limit = cutoff(self._today(), self._checked_years(years))
        now = dt.datetime.now().replace(microsecond=0)
        with writing(self._engine) as connection:
            ids = retention_db.past_retention(connection, limit)
            retention_db.anonymise(connection, ids, now)
            imports_db.forget_fingerprints(connection, ids)  # hashes of the rows they came from
        return ids
