"""Saving with optimistic locking and taking letter numbers from the per-year counter, PostgreSQL
beside SQLite: one profile save (its version checked and bumped, the server's time read), one
letter number taken and registered, and twenty desktops taking a number at the same instant.

``env`` is unused: each engine gets its own small database (SQLite: a temporary file; PostgreSQL:
the test suite's throwaway server, ``tests/postgres.py``). Run standalone with
``python bench/bench_concurrency.py [--quick]``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from harness import BenchEnv, result

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # the server helper lives with the tests

DESKTOPS = 20
DAY = dt.date(2026, 11, 21)


def _measure(fn: Callable[[], object], repeat: int) -> list[float]:
    return BenchEnv.measure(None, fn, repeat)  # type: ignore[arg-type]  # uses no state


def _at_once(count: int, work: Callable[[int], object]) -> float:
    """Seconds from releasing ``count`` threads together until the last one is done."""
    barrier = threading.Barrier(count + 1)

    def run(index: int) -> None:
        barrier.wait()
        work(index)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    start = time.perf_counter()
    barrier.wait()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def _timings(url: str, repeat: int) -> dict[str, list[float]]:
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.repositories import letters
    from legalaid.db.session import create_engine_for
    from legalaid.domain.enums import Script
    from legalaid.domain.records import ClientRecord, NameSpelling
    from legalaid.services import build_services

    engine = create_engine_for(url)
    migrate_to_head(engine)
    services = build_services(engine)
    client_id = services.clients.add(ClientRecord(
        names=(NameSpelling("Testova", "Aigerim", Script.LATIN),), citizenship="UZ"))
    record = services.clients.get(client_id)
    new = letters.NewLetter(client_id, "police_extension", "", "ru", DAY, None,
                            dt.datetime(2026, 11, 21, 10, 0))

    def save() -> None:
        services.clients.update_profile(client_id, record, services.clients.version(client_id))

    def take(_index: int = 0) -> None:
        with engine.begin() as connection:
            letters.reserve_numbers(connection, [new], lambda year, n: f"LA-{year}/{n:04d}")

    engines = [create_engine_for(url) for _ in range(DESKTOPS)]

    def take_on_own(index: int) -> None:
        with engines[index].begin() as connection:
            letters.reserve_numbers(connection, [new], lambda year, n: f"LA-{year}/{n:04d}")

    try:
        return {"save": _measure(save, repeat), "number": _measure(take, repeat),
                "twenty": [_at_once(DESKTOPS, take_on_own) for _ in range(max(3, repeat // 4))]}
    finally:
        for own in engines:
            own.dispose()
        engine.dispose()


def run(env: Any = None, quick: bool = False) -> list[dict[str, Any]]:
    from tests import postgres

    repeat = 11 if quick else 41
    server = postgres.server()
    name = server.new_name("bench_concurrency")
    server.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as folder:
            sqlite = _timings(str(Path(folder) / "case.sqlite"), repeat)
            pg = _timings(server.url(name), repeat)
    finally:
        server.drop(name)
    return [
        result("profile save (version checked) on PostgreSQL", pg["save"], "<= 3x SQLite",
               "profile save on SQLite", sqlite["save"], max_ratio=3),
        result("take a letter number on PostgreSQL", pg["number"], "<= 3x SQLite",
               "take a letter number on SQLite", sqlite["number"], max_ratio=3),
        result(f"{DESKTOPS} desktops take a number at once on PostgreSQL", pg["twenty"],
               "<= 0.5 s", f"{DESKTOPS} at once on SQLite", sqlite["twenty"],
               max_seconds=0.5),
    ]


if __name__ == "__main__":
    try:
        for row in run(None, quick="--quick" in sys.argv):
            ratio = f"{row['ratio']:.2f}x" if row["ratio"] is not None else "-"
            print(f"{row['name']}: {row['median_s'] * 1000:.2f} ms "
                  f"(floor {row['floor_median_s'] * 1000:.2f} ms, {ratio}) "
                  f"{'ok' if row['passed'] else 'MISSED'} {row['target']}")
    finally:
        from tests import postgres

        postgres.stop_server()
