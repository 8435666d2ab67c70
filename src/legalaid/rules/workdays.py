"""Working days (K6): weekends and Kazakhstan's public holidays, from the holiday table data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legalaid.errors import RuleDataError

# Fixed holidays are expanded over this span of years; movable ones are listed per year.
_FIRST_YEAR, _LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class Holidays:
    """The set of public days off, as date ordinals."""

    days_off: frozenset[int]
    # Answers already given: entry dates repeat across clients during a bulk refresh.
    _cache: dict[tuple[int, int], dt.date] = field(default_factory=dict, compare=False,
                                                   hash=False, repr=False)

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day.toordinal() not in self.days_off

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
        key = (start.toordinal(), count)
        known = self._cache.get(key)
        if known is not None:
            return known
        day = key[0]
        off = self.days_off
        remaining = count
        while remaining > 0:  # a handful of iterations: counts are a few days
            day += 1
            # Ordinal 1 (0001-01-01) is a Monday, so (ordinal - 1) % 7 is the weekday.
            if (day - 1) % 7 < 5 and day not in off:
                remaining -= 1
        result = self._cache[key] = dt.date.fromordinal(day)
        return result


def load_holidays(raw: dict[str, Any], path: Path) -> Holidays:
    """Validate the holiday table and expand it into a set of days off."""
    def fail(problem: str) -> None:
        raise RuleDataError(f"{path}: holidays: {problem}")

    unknown = sorted(set(raw) - {"schema", "fixed", "weekend_transfer", "movable"})
    if unknown:
        fail(f"unknown key {unknown[0]!r}")
    fixed = raw.get("fixed", [])
    movable = raw.get("movable", [])
    transfer = raw.get("weekend_transfer", False)
    if not isinstance(fixed, list) or not isinstance(movable, list) or not isinstance(
            transfer, bool):
        fail("fixed and movable must be lists, weekend_transfer true or false")
    month_days: list[tuple[int, int]] = []
    for text in fixed:
        try:
            month, day = (int(part) for part in str(text).split("-"))
            dt.date(2024, month, day)  # a leap year accepts 02-29
        except ValueError:
            fail(f"fixed date {text!r} is not MM-DD")
        month_days.append((month, day))
    off: set[int] = set()
    for item in movable:
        if not isinstance(item, dt.date) or isinstance(item, dt.datetime):
            fail(f"movable date {item!r} is not a date YYYY-MM-DD")
        off.add(item.toordinal())
    for year in range(_FIRST_YEAR, _LAST_YEAR + 1):
        for month, day in month_days:
            try:
                off.add(dt.date(year, month, day).toordinal())
            except ValueError:  # 02-29 in a common year
                continue
    if transfer:
        off |= _transfers(month_days, off)
    return Holidays(frozenset(off))


def _transfers(month_days: list[tuple[int, int]], off: set[int]) -> set[int]:
    """Next working day off for each fixed holiday falling on a weekend."""
    extra: set[int] = set()
    for year in range(_FIRST_YEAR, _LAST_YEAR + 1):
        for month, day in month_days:
            try:
                holiday = dt.date(year, month, day)
            except ValueError:
                continue
            if holiday.weekday() < 5:
                continue
            candidate = holiday + dt.timedelta(days=1)
            while (candidate.weekday() >= 5 or candidate.toordinal() in off
                   or candidate.toordinal() in extra):
                candidate += dt.timedelta(days=1)
            extra.add(candidate.toordinal())
    return extra
