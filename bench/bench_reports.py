"""The one-year activity report over the demo database, against a floor of one raw count.

The floor counts, through sqlite3, the cases open at some time in the year (the biggest of the
report's selects), without reading them out or counting anything else. Target: < 2 s at 100,000
clients.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from harness import BenchEnv, result

TARGET_SECONDS = 2.0
FLOOR_SQL = ("SELECT count(*) FROM legal_case WHERE deleted_at IS NULL AND opened <= ? "
             "AND (closed IS NULL OR closed >= ?)")


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    reports = env.context().services().reports
    end = dt.date.today()
    start = end - dt.timedelta(days=364)
    samples = env.measure(lambda: reports.activity(start, end), repeat=3 if quick else 5)
    floor_samples: list[float] | None
    try:
        connection = sqlite3.connect(env.db_path)
        connection.execute("SELECT count(*) FROM legal_case").fetchone()
    except sqlite3.DatabaseError:  # an encrypted database: sqlite3 alone cannot read it
        floor_samples = None
    else:
        arguments = (end.isoformat(), start.isoformat())
        floor_samples = env.measure(lambda: connection.execute(FLOOR_SQL, arguments).fetchone(),
                                    repeat=5)
        connection.close()
    return [result(f"one-year report ({env.clients:,} clients)", samples,
                   f"< {TARGET_SECONDS:.0f} s", "count of the year's cases (sqlite3)",
                   floor_samples, max_seconds=TARGET_SECONDS)]
