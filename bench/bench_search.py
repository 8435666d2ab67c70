"""Name search over the demo database against its floor, a raw FTS5 query on the same index.

The queries mix what intake staff type: a Latin spelling of a Cyrillic-recorded name, Kazakh
letters, a bare prefix and a one-letter typo. The floor runs, through sqlite3 directly, the FTS5
query for the already-normalised search key (every word as a prefix), without ranking, typo
tolerance or loading the matching clients. Target: the service's median at most 5x the floor's.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections.abc import Callable
from functools import partial
from typing import Any

from harness import BenchEnv, result

QUERIES = (
    "Shukhrat Abdullaev",  # Latin for a name recorded in Cyrillic
    "Abdullaev Shuxrat",  # Uzbek passport spelling, family name first
    "Қоңыратова",  # Kazakh letters
    "Konyratova A",  # the same without them, in Latin, with a prefix of the given name
    "Жұмабек",
    "Zhumabekov",
    "Abdu",  # a prefix
    "Нур",  # a Cyrillic prefix
    "Tursonov",  # one typo (Tursunov)
    "Ivanova Natalia",
    "Ahmadzai",
    "Mirzoev Firdavs",
)
FLOOR_SQL = "SELECT rowid FROM client_name_fts WHERE client_name_fts MATCH ? LIMIT 50"
MAX_RATIO = 5.0


def _floor_expression(text: str) -> str:
    from legalaid.domain.names import name_tokens

    return " ".join(f'"{token}"*' for token in name_tokens(text))


def _floor_query(connection: sqlite3.Connection, expression: str) -> list[Any]:
    return connection.execute(FLOOR_SQL, (expression,)).fetchall()


def _median_ms(env: BenchEnv, fn: Callable[[], object]) -> float:
    return statistics.median(env.measure(fn, 3)) * 1000


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    repeat = 5 if quick else 11
    search = env.context().services().search
    expressions = [_floor_expression(query) for query in QUERIES]
    connection = sqlite3.connect(env.db_path)
    try:
        def floor_all() -> None:
            for expression in expressions:
                _floor_query(connection, expression)

        def search_all() -> None:
            for query in QUERIES:
                search.search(query, limit=50)

        floor = [s / len(QUERIES) for s in env.measure(floor_all, repeat)]
        samples = [s / len(QUERIES) for s in env.measure(search_all, repeat)]
        missing = [query for query in QUERIES if not search.search(query, limit=50)]
        per_query = {
            query: [_median_ms(env, partial(search.search, query, limit=50)),
                    _median_ms(env, partial(_floor_query, connection, expression))]
            for query, expression in zip(QUERIES, expressions, strict=True)
        }
    finally:
        connection.close()
    row = result(
        f"search, per query ({len(QUERIES)} queries)", samples,
        target=f"<= {MAX_RATIO:g}x floor", floor="raw FTS5 MATCH", floor_samples=floor,
        max_ratio=MAX_RATIO,
    )
    row["queries_without_hits"] = missing
    row["per_query_ms"] = per_query  # query -> [search, floor], to see which kind is slow
    return [row]
