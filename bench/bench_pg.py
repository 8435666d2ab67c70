"""The same work on PostgreSQL beside SQLite, on the same clients.

A throwaway PostgreSQL server (the test suite's, ``tests/postgres.py``) gets a copy of the demo
database, table by table, so both engines hold the very same rows. Each row below is PostgreSQL's
median with SQLite's as its floor, so the ratio says how much slower (or faster) the server is:
client-list search (the queries of ``bench_search``; target within 2x of SQLite and no query over
50 ms), opening a client file, the Today page's counts, the one-year report and a status refresh
of a thousand clients. The server runs on this machine, over loopback: a real office adds its
network's round trips.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_search import QUERIES
from harness import BenchEnv, bench_context, result

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # the server helper lives with the tests

SEARCH_RATIO = 2.0
SEARCH_MAX_S = 0.050
COPY_BATCH = 5000
REFRESHED = 1000


def _copy(source: Any, target: Any) -> None:
    """Every table of the models from ``source`` into the migrated, empty ``target``."""
    from sqlalchemy import insert, select, text

    from legalaid.db.models import Base

    with source.connect() as reading, target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            writing.execute(table.delete())
        for table in Base.metadata.sorted_tables:
            rows = reading.execute(select(table))
            while batch := rows.fetchmany(COPY_BATCH):
                writing.execute(insert(table), [row._asdict() for row in batch])
            if "id" in table.c:
                writing.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
    with target.connect().execution_options(isolation_level="AUTOCOMMIT") as tidying:
        tidying.execute(text("VACUUM ANALYZE"))  # as autovacuum leaves a table at rest


def _per_query(env: BenchEnv, services: Any, repeat: int) -> dict[str, float]:
    from legalaid.domain.read_models import ClientQuery

    return {query: statistics.median(env.measure(
        lambda query=query: services.clients.list_rows(ClientQuery(text=query), 0, 50),
        repeat, warmup=2)) for query in QUERIES}


def _pair(name: str, env: BenchEnv, work: Callable[[Any], Callable[[], object]],
          engines: dict[str, Any], repeat: int, target: str,
          max_seconds: float | None = None) -> dict[str, Any]:
    samples = {kind: env.measure(work(services), repeat) for kind, services in engines.items()}
    row = result(f"{name} on PostgreSQL", samples["postgresql"], target, f"{name} on SQLite",
                 samples["sqlite"], max_seconds=max_seconds)
    return row


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    from sqlalchemy import select
    from tests import postgres

    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.models import Client, table
    from legalaid.db.session import create_engine_for

    repeat = 5 if quick else 9
    server = postgres.server()
    try:
        name = server.new_name("bench")
        server.execute(f'CREATE DATABASE "{name}"')
        url = server.url(name)
        engine = create_engine_for(url)
        migrate_to_head(engine)
        sqlite = create_engine_for(str(env.db_path))
        started = time.perf_counter()
        _copy(sqlite, engine)
        copy_seconds = time.perf_counter() - started
        sqlite.dispose()
        engine.dispose()
        on_server = bench_context(env.base_dir, url)  # type: ignore[arg-type]
        engines = {"sqlite": env.context().services(), "postgresql": on_server.services()}
        try:
            rows = _rows(env, engines, repeat, quick)
        finally:
            on_server.close()
        with create_engine_for(url).connect() as connection:
            clients = len(connection.execute(select(table(Client).c.id)).all())
        for row in rows:
            row["postgresql_clients"] = clients
            row["copy_seconds"] = copy_seconds
        return rows
    finally:
        postgres.stop_server()


def _rows(env: BenchEnv, engines: dict[str, Any], repeat: int, quick: bool
          ) -> list[dict[str, Any]]:  # fmt: skip
    per_query = {kind: _per_query(env, services, repeat) for kind, services in engines.items()}
    search = result(
        f"client-list search on PostgreSQL, per query ({len(QUERIES)} queries)",
        list(per_query["postgresql"].values()), f"<= {SEARCH_RATIO:g}x SQLite, every query "
        f"< {SEARCH_MAX_S * 1000:.0f} ms", "client-list search on SQLite",
        list(per_query["sqlite"].values()), max_ratio=SEARCH_RATIO)
    slowest = max(per_query["postgresql"].values())
    search["slowest_query_ms"] = slowest * 1000
    search["passed"] = bool(search["passed"]) and slowest <= SEARCH_MAX_S
    search["per_query_ms"] = {query: [per_query["postgresql"][query] * 1000,
                                      per_query["sqlite"][query] * 1000] for query in QUERIES}
    rows = [search]
    ids = iter(range(1, 10**9))
    step = max(1, env.clients // 997)

    def open_file(services: Any) -> Callable[[], object]:
        return lambda: services.clients.get(next(ids) * step % env.clients + 1)

    today = dt.date.today()
    rows.append(_pair("open a client file", env, open_file, engines, repeat, "—"))
    rows.append(_pair("Today page counts", env, lambda services: lambda: services.today.counts(
        today), engines, repeat, "—"))
    start = today - dt.timedelta(days=364)
    rows.append(_pair(f"one-year report ({env.clients:,} clients)", env,
                      lambda services: lambda: services.reports.activity(start, today), engines,
                      3 if quick else 5, "—"))
    refreshed = list(range(1, min(REFRESHED, env.clients) + 1))
    rows.append(_pair(f"status refresh of {len(refreshed):,} clients", env,
                      lambda services: lambda: services.status.refresh(refreshed, today), engines,
                      3, "—"))
    return rows
