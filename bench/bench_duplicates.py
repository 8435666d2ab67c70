"""The import's duplicate check when many rows share a birth date (registers write 01.01.YYYY for
an unknown birthday): the dry run of a 50,000-row CSV (10,000 with --quick) whose people are born
on one of ten days, into an empty database. Every row is compared with the earlier rows of its
birth date, so an all-pairs check grows with the square of the rows; the target is < 60 s.

Runs on its own too: ``python bench/bench_duplicates.py [ROWS] [DAYS]``.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROWS, QUICK_ROWS, DAYS = 50_000, 10_000, 10
TARGET_SECONDS = 60.0
HEADER = ("ФИО", "ФИО латиницей", "Дата рождения", "Гражданство", "Номер паспорта")


def write_sheet(path: Path, rows: int, days: int) -> Path:
    """Synthetic demo people (seed 3), each born on one of ``days`` days of January 1990."""
    from legalaid.demo import generate_clients

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, record in enumerate(generate_clients(rows, 3, dt.date(2026, 1, 1))):
            passport = next((d.number for d in record.documents if d.number), None)
            writer.writerow([record.names[0].full,
                             record.names[1].full if len(record.names) > 1 else None,
                             f"{number % days + 1:02d}.01.1990", record.citizenship or "stateless",
                             passport])
    return path


def dry_run_seconds(rows: int, days: int) -> tuple[float, int]:
    """Seconds of one dry run over a fresh database, and the duplicates it found."""
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for
    from legalaid.services import build_services

    with tempfile.TemporaryDirectory(prefix="legalaid-bench-") as scratch:
        sheet = write_sheet(Path(scratch) / "shared-births.csv", rows, days)
        engine = create_engine_for(str(Path(scratch) / "empty.sqlite"))
        try:
            migrate_to_head(engine)
            imports = build_services(engine).imports
            started = time.perf_counter()
            report = imports.dry_run(sheet)
            return time.perf_counter() - started, len(report.duplicates)
        finally:
            engine.dispose()


def run(env: Any, quick: bool) -> list[dict[str, Any]]:
    from harness import result

    rows = QUICK_ROWS if quick else ROWS
    seconds, _found = dry_run_seconds(rows, DAYS)
    target = TARGET_SECONDS * rows / ROWS
    return [result(f"import dry run, {rows:,} rows born on {DAYS} days", [seconds],
                   f"< {target:.0f} s", max_seconds=target)]


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    days = int(sys.argv[2]) if len(sys.argv) > 2 else DAYS
    took, found = dry_run_seconds(count, days)
    print(f"{count:,} rows born on {days} day(s): dry run {took:.1f} s, {found:,} likely "
          "duplicates")
