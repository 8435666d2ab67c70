"""The one-year activity report over the demo database, against a floor of one raw count.

The floor counts, through sqlite3, the cases open at some time in the year (the biggest of the
report's selects), without reading them out or counting anything else. Target: < 2 s at 100,000
clients.

The demo data records no reporting consent, so over the demo database every breakdown is empty.
The report is therefore also measured over a scratch copy in which every client consented at
intake (``client.reporting_consent``): every served client then goes through every breakdown.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from harness import DATA_DIR, BenchEnv, result

TARGET_SECONDS = 2.0
FLOOR_SQL = ("SELECT count(*) FROM legal_case WHERE deleted_at IS NULL AND opened <= ? "
             "AND (closed IS NULL OR closed >= ?)")


def _floor(env: BenchEnv, start: dt.date, end: dt.date) -> list[float] | None:
    try:
        connection = sqlite3.connect(env.db_path)
        connection.execute("SELECT count(*) FROM legal_case").fetchone()
    except sqlite3.DatabaseError:  # an encrypted database: sqlite3 alone cannot read it
        return None
    arguments = (end.isoformat(), start.isoformat())
    samples = env.measure(lambda: connection.execute(FLOOR_SQL, arguments).fetchone(), repeat=5)
    connection.close()
    return samples


def _all_consenting(env: BenchEnv, start: dt.date, end: dt.date,
                    repeat: int) -> list[float] | None:
    """Report timings over a copy of the demo database where every client consented."""
    from legalaid.db.session import create_engine_for
    from legalaid.services.reports import ReportService

    with tempfile.TemporaryDirectory(dir=DATA_DIR) as scratch:
        copy = Path(scratch) / "consenting.sqlite"
        shutil.copyfile(env.db_path, copy)
        try:
            with sqlite3.connect(copy) as connection:
                connection.execute("UPDATE client SET reporting_consent = 1")
        except sqlite3.DatabaseError:
            return None
        engine = create_engine_for(str(copy))
        try:
            reports = ReportService(engine)
            return env.measure(lambda: reports.activity(start, end), repeat=repeat)
        finally:
            engine.dispose()


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    reports = env.context().services().reports
    end = dt.date.today()
    start = end - dt.timedelta(days=364)
    repeat = 3 if quick else 5
    samples = env.measure(lambda: reports.activity(start, end), repeat=repeat)
    floor_samples = _floor(env, start, end)
    rows = [result(f"one-year report ({env.clients:,} clients)", samples,
                   f"< {TARGET_SECONDS:.0f} s", "count of the year's cases (sqlite3)",
                   floor_samples, max_seconds=TARGET_SECONDS)]
    consenting = _all_consenting(env, start, end, repeat)
    if consenting is not None:
        rows.append(result(f"one-year report, all consenting ({env.clients:,} clients)",
                           consenting, f"< {TARGET_SECONDS:.0f} s",
                           "count of the year's cases (sqlite3)", floor_samples,
                           max_seconds=TARGET_SECONDS))
    return rows
