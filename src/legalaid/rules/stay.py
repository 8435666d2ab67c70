"""Day counting on date ordinals: presence intervals, rolling windows, per-stay caps (K1-K4).

Everything works on sorted, disjoint, closed intervals of date ordinals with prefix sums, so a
count over any window is two binary searches, and the last lawful day or the next lawful entry
is a binary search over a monotonic function: no loop over the days of a stay.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

Interval = tuple[int, int]  # closed [first, last] day ordinals


class Days:
    """A set of days held as sorted disjoint intervals, with O(log n) counts over any range."""

    __slots__ = ("ends", "prefix", "starts")

    def __init__(self, intervals: Iterable[Interval], *, merged: bool = False) -> None:
        """``merged=True`` when ``intervals`` are already sorted, disjoint and not touching."""
        starts: list[int] = []
        ends: list[int] = []
        prefix = [0]
        total = 0
        for a, b in intervals if merged else merge(intervals):
            starts.append(a)
            ends.append(b)
            total += b - a + 1
            prefix.append(total)
        self.starts, self.ends, self.prefix = starts, ends, prefix

    @property
    def intervals(self) -> list[Interval]:
        return list(zip(self.starts, self.ends, strict=True))

    def count(self, first: int, last: int) -> int:
        """Days of the set in [first, last] (K1: both ends included)."""
        if last < first:
            return 0
        i = bisect_left(self.ends, first)
        j = bisect_right(self.starts, last)
        if i >= j:
            return 0
        total = self.prefix[j] - self.prefix[i]
        if self.starts[i] < first:
            total -= first - self.starts[i]
        if self.ends[j - 1] > last:
            total -= self.ends[j - 1] - last
        return total

    def last_day(self) -> int | None:
        return self.ends[-1] if self.ends else None


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted union; intervals that touch (next day) are joined into one continuous stay."""
    result: list[Interval] = []
    for a, b in sorted(intervals):
        if result and a <= result[-1][1] + 1:
            if b > result[-1][1]:
                result[-1] = (result[-1][0], b)
        else:
            result.append((a, b))
    return result


def subtract(days: Sequence[Interval], holes: Sequence[Interval]) -> list[Interval]:
    """``days`` minus ``holes``; both sorted and disjoint."""
    if not holes:
        return list(days)
    result: list[Interval] = []
    k = 0
    for a, b in days:
        while k < len(holes) and holes[k][1] < a:
            k += 1
        start = a
        j = k
        while j < len(holes) and holes[j][0] <= b:
            if holes[j][0] > start:
                result.append((start, holes[j][0] - 1))
            start = max(start, holes[j][1] + 1)
            j += 1
        if start <= b:
            result.append((start, b))
    return result


def clip(days: Sequence[Interval], first: int, last: int) -> list[Interval]:
    """The part of ``days`` inside [first, last]."""
    return [(max(a, first), min(b, last)) for a, b in days if b >= first and a <= last]


def first_over_limit(earlier: Days, start: int, window: int, limit: int) -> int:
    """First day D >= start with more than ``limit`` days in [D-window+1, D] when the person is
    present every day from ``start`` on and ``earlier`` holds the counted days before ``start``.

    f(D) = (D - start + 1) + earlier days in [D-window+1, start-1] never decreases (each new day
    adds one, at most one old day drops out), so a binary search finds the first excess.
    """
    low, high = start, start + limit  # f(start + limit) >= limit + 1
    while low < high:
        middle = (low + high) // 2
        used = (middle - start + 1) + earlier.count(middle - window + 1, start - 1)
        if used > limit:
            high = middle
        else:
            low = middle + 1
    return low


def first_entry_day(days: Days, start: int, window: int, limit: int) -> int:
    """First day D >= start on which entering leaves room for that day: at most ``limit`` - 1
    counted days in [D-window+1, D-1]. ``days`` holds no day on or after ``start``, so the count
    only falls as D moves on; binary search again."""
    if days.count(start - window + 1, start - 1) <= limit - 1:
        return start  # the usual answer: room on the first day asked about
    low, high = start + 1, start + window
    while low < high:
        middle = (low + high) // 2
        if days.count(middle - window + 1, middle - 1) <= limit - 1:
            high = middle
        else:
            low = middle + 1
    return low
