"""Rules engine benchmarks: one client with 1,000 trips, and 100,000 typical clients (the status
snapshot refresh) against a floor doing only the day counting with ordinal arrays and prefix sums.

``run(env, quick)`` returns one dict per measurement: the engine rows use synthetic, deterministic
facts (no database); the refresh row runs the status service on a copy of ``env``'s demo database
(skipped when ``env`` is None, as in the standalone run ``python bench/bench_rules.py [--quick]``).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from legalaid.domain.enums import Category, DocumentType, EventType
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.rules import Facts, evaluate, load_rulebook

AS_OF = dt.date(2026, 11, 21)
CITIZENSHIPS = ["RU", "RU", "KG", "KG", "UZ", "UZ", "TJ", "US", "DE", "AF", "CN", "BY"]
DAY = dt.timedelta(days=1)


def long_history(trips: int = 1000) -> Facts:
    """A frequent traveller: short trips with gaps, ending with a stay in progress."""
    rng = random.Random(1)
    day = AS_OF - dt.timedelta(days=trips * 12)
    records = []
    for _ in range(trips - 1):
        entry = day + rng.randint(3, 8) * DAY
        exit_day = entry + rng.randint(0, 5) * DAY
        records.append(TripRecord(entry=entry, exit=exit_day))
        day = exit_day
    records.append(TripRecord(entry=AS_OF - 3 * DAY))
    return Facts.from_records("RU", Category.VISITOR, (), records, ())


def typical_clients(count: int) -> list[Facts]:
    """1-5 trips, 1-3 documents, a mix of citizenships and situations (deterministic)."""
    rng = random.Random(7)
    result = []
    for _ in range(count):
        citizenship = rng.choice(CITIZENSHIPS)
        day = AS_OF - dt.timedelta(days=rng.randint(100, 700))
        trips = []
        for _ in range(rng.randint(1, 5)):
            entry = day + rng.randint(2, 90) * DAY
            exit_day = entry + rng.randint(0, 80) * DAY
            trips.append(TripRecord(entry=entry, exit=None if exit_day >= AS_OF else exit_day))
            if exit_day >= AS_OF:
                break
            day = exit_day
        if rng.random() < 0.3 and trips[-1].exit is not None:
            trips[-1] = TripRecord(entry=trips[-1].entry)
        documents = [DocumentRecord(DocumentType.PASSPORT,
                                    valid_until=AS_OF + rng.randint(-30, 3000) * DAY)]
        for _ in range(rng.randint(0, 2)):
            start = AS_OF - rng.randint(0, 400) * DAY
            kind = rng.choice([DocumentType.VISA, DocumentType.TRP,
                               DocumentType.EMPLOYMENT_CONTRACT, DocumentType.ASYLUM_CERTIFICATE])
            documents.append(DocumentRecord(kind, valid_from=start,
                                            valid_until=start + rng.randint(30, 400) * DAY))
        events = [EventRecord(EventType.ASYLUM_REGISTERED, trips[0].entry + 3 * DAY)] \
            if rng.random() < 0.05 else []
        result.append(Facts.from_records(citizenship, None, documents, trips, events))
    return result


def floor_count(trips: tuple[TripRecord, ...], as_of: dt.date) -> tuple[int, int]:
    """The floor: days used in the window and last lawful day under 90/180, with sorted ordinal
    arrays, prefix sums and bisect only (no documents, no deadlines, no findings)."""
    day = as_of.toordinal()
    starts, ends, prefix = [], [], [0]
    for trip in trips:
        a = trip.entry.toordinal()
        b = day if trip.exit is None else min(trip.exit.toordinal(), day)
        if a <= day:
            starts.append(a)
            ends.append(b)
            prefix.append(prefix[-1] + b - a + 1)

    def count(first: int, last: int) -> int:
        i, j = bisect_left(ends, first), bisect_right(starts, last)
        if i >= j:
            return 0
        return (prefix[j] - prefix[i] - max(0, first - starts[i]) - max(0, ends[j - 1] - last))

    used = count(day - 179, day)
    if not starts or ends[-1] != day:
        return used, 0
    start = starts[-1]
    low, high = start, start + 90
    while low < high:
        middle = (low + high) // 2
        if (middle - start + 1) + count(middle - 179, start - 1) > 90:
            high = middle
        else:
            low = middle + 1
    return used, low - 1


def median_time(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(env: Any, quick: bool) -> list[dict[str, Any]]:
    book = load_rulebook()
    traveller = long_history()
    one = median_time(lambda: evaluate(traveller, AS_OF, book), 30 if quick else 200)
    clients = typical_clients(10_000 if quick else 100_000)
    scale = 100_000 / len(clients)

    def engine_all() -> None:
        for facts in clients:
            evaluate(facts, AS_OF, book)

    def floor_all() -> None:
        for facts in clients:
            floor_count(facts.trips, AS_OF)

    repeats = 3 if quick else 5
    bulk = median_time(engine_all, repeats) * scale
    floor = median_time(floor_all, repeats) * scale
    return [*_refresh_rows(env, quick), *_engine_rows(one, bulk, floor, quick)]


def _refresh_rows(env: Any, quick: bool) -> list[dict[str, Any]]:
    """The status snapshot refresh on a copy of the demo database: every client evaluated and
    the changed snapshots written, as on each new day (the day before was refreshed already).
    The engine's share is the same evaluation over facts already in memory."""
    if env is None:
        return []
    import shutil
    import tempfile
    from pathlib import Path

    from legalaid.db.repositories import status as status_db
    from legalaid.db.session import create_engine_for
    from legalaid.services.status import StatusService

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "refresh.sqlite"
        shutil.copy(env.db_path, copy)
        engine = create_engine_for(str(copy))
        try:
            service = StatusService(engine)
            service.refresh(None, AS_OF)
            days = iter(range(1, 100))
            samples = env.measure(
                lambda: service.refresh(None, AS_OF + next(days) * DAY), repeat=3 if quick else 5,
                warmup=0)
            with engine.connect() as connection:
                facts = status_db.facts_between(connection, 0, 10**12)
            book = service.rulebook()

            def engine_only() -> None:
                for f in facts:  # as the refresh does: each assessment dropped at once
                    evaluate(Facts(f.citizenship, f.category, f.documents, f.trips, f.events),
                             AS_OF, book)

            import gc

            gc.disable()  # as during the refresh (services.status pauses the collector)
            try:
                engine_part = env.measure(engine_only, repeat=3, warmup=0)
            finally:
                gc.enable()
        finally:
            engine.dispose()
    from harness import result

    row = result(f"status refresh, database of {env.clients:,} clients (next day)", samples,
                 target="< 5 s", max_seconds=5.0)
    row["engine_share_s"] = statistics.median(engine_part)
    return [row]


def _engine_rows(one: float, bulk: float, floor: float, quick: bool) -> list[dict[str, Any]]:
    return [
        {"name": "rules: one client, 1,000 trips", "median_s": one, "floor": None,
         "floor_median_s": None, "ratio": None, "target": "< 5 ms median",
         "passed": one < 0.005},
        {"name": "rules: 100,000 typical clients" + (" (scaled from 10,000)" if quick else ""),
         "median_s": bulk, "floor": "day counting with ordinal arrays, prefix sums and bisect",
         "floor_median_s": floor, "ratio": bulk / floor,
         "target": "< 5 s total and within 3x of the floor",
         "passed": bulk < 5.0 and bulk / floor <= 3.0},
    ]


if __name__ == "__main__":
    for row in run(None, quick="--quick" in sys.argv):
        ratio = "" if row["ratio"] is None else (
            f"  floor {row['floor_median_s']:.3f} s  ratio {row['ratio']:.2f}x")
        print(f"{row['name']}: {row['median_s'] * 1000:.2f} ms{ratio}  (target {row['target']})")
