"""Demo database build time: ``legalaid demo --clients N`` from an empty base directory.

Measured once, when the harness builds the database (read back from its build record when the
database is reused). The floor is generating the same clients in memory without a database, so the
ratio shows what validation, inserts, the name index and the status refresh cost on top.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from harness import BenchEnv, result

TARGET_SECONDS_PER_100K = 90.0


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    from legalaid.demo import generate_clients

    def generate() -> None:
        for _ in generate_clients(env.clients, env.seed, dt.date.today()):
            pass

    floor = env.measure(generate, repeat=1, warmup=0)
    limit = TARGET_SECONDS_PER_100K * env.clients / 100_000
    return [result(
        f"demo build ({env.clients:,} clients)", [env.build_seconds],
        target=f"< {limit:.0f} s", floor="generate in memory", floor_samples=floor,
        max_seconds=limit,
    )]
