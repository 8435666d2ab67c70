"""One person, one file: the caseload-wide duplicate finder and the merge of two large files.

On a copy of the demo database (100,000 clients; 10,000 with --quick) a few hundred people are
entered a second time the way they come back in an office (another script, a typo, a birth date
one digit off or with day and month swapped, the same passport), then
``DuplicateService.pairs()`` builds the whole ranked list: target < 30 s at 100,000 clients,
reported with the pair count and how many of the planted pairs it found. Then two files of 500
documents and 500 trips each are merged: target < 1 s.

Runs on its own too: ``python bench/bench_duplicate_finder.py [CLIENTS]`` (a fresh database).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FINDER_TARGET_S = 30.0
MERGE_TARGET_S = 1.0
PLANTED = 300
LARGE = 500


def _variant(record: Any, rng: random.Random) -> Any:
    """The same person as entered again: a spelling left out, a typo or a date slip."""
    names = record.names[1:] or record.names
    born = record.date_of_birth
    slip = rng.randrange(3)
    if born is not None and slip == 0 and born.day <= 12 and born.day != born.month:
        born = born.replace(day=born.month, month=born.day)
    elif born is not None and slip == 1:
        born = born.replace(day=born.day % 9 + 1) if born.day < 10 else born
    return dataclasses.replace(record, names=names, date_of_birth=born, notes=(), cases=(),
                               phone=None)


def _plant(services: Any, clients: int, seed: int) -> set[tuple[int, int]]:
    """Enter ``PLANTED`` people of the database a second time, each with a spelling or detail
    changed as at a second intake; returns the planted pairs of ids (the demo database numbers
    its clients from 1, so the copies are numbered from ``clients + 1`` in this order). The
    originals are read back from the database: the demo generator's records depend on the day
    the database was built."""
    rng = random.Random(seed)
    wanted = sorted(rng.sample(range(1, clients + 1), min(PLANTED, clients)))
    again = [_variant(services.clients.get(original), rng) for original in wanted]
    services.clients.bulk_insert(again)
    return {(original, clients + 1 + offset) for offset, original in enumerate(wanted)}


def _large(services: Any, family: str) -> int:
    from legalaid.domain.enums import DocumentType, Script
    from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord

    trips = tuple(TripRecord(dt.date(2000, 1, 1) + dt.timedelta(days=3 * n),
                             dt.date(2000, 1, 2) + dt.timedelta(days=3 * n))
                  for n in range(LARGE))
    record = ClientRecord(names=(NameSpelling(family, "Bench", Script.LATIN),), trips=trips,
                          documents=tuple(DocumentRecord(DocumentType.LABOUR_PERMIT,
                                                         f"{family}{n}") for n in range(LARGE)))
    return int(services.clients.add(record))


def measure(database: Path, clients: int, seed: int) -> dict[str, Any]:
    from legalaid.db.session import create_engine_for
    from legalaid.services import build_services

    engine = create_engine_for(str(database))
    try:
        services = build_services(engine)
        planted = _plant(services, clients, seed)
        services.duplicates.pairs(limit=10)  # warm the imports and the page cache
        started = time.perf_counter()
        found = services.duplicates.pairs(limit=1_000_000)
        finder_s = time.perf_counter() - started
        keep, other = _large(services, "Keep"), _large(services, "Other")
        started = time.perf_counter()
        services.merge.merge(keep, other)
        merge_s = time.perf_counter() - started
    finally:
        engine.dispose()
    listed = {(pair.first, pair.second) for pair in found.pairs}
    # The records entered again are the only ones numbered after the demo's: how many of them
    # are paired with anyone, whatever number their first entry has in this database.
    paired = {client for pair in listed for client in pair if client > clients}
    return {"finder_s": finder_s, "pairs": len(found.pairs), "compared": found.clients,
            "planted": len(planted), "planted_found": len(planted & listed),
            "planted_paired": len(paired), "merge_s": merge_s}


def run(env: Any, quick: bool) -> list[dict[str, Any]]:
    from harness import result

    with tempfile.TemporaryDirectory(prefix="bench-duplicates-") as folder:
        copy = Path(folder) / "legalaid.sqlite"
        shutil.copyfile(env.db_path, copy)
        figures = measure(copy, env.clients, env.seed)
    target = FINDER_TARGET_S * env.clients / 100_000 if quick else FINDER_TARGET_S
    finder = result(f"duplicate finder, {figures['compared']:,} clients", [figures["finder_s"]],
                    f"< {target:.0f} s", max_seconds=target)
    finder.update(pairs=figures["pairs"], planted=figures["planted"],
                  planted_found=figures["planted_found"],
                  planted_paired=figures["planted_paired"])
    merge = result(f"merge of two files of {2 * LARGE} items", [figures["merge_s"]],
                   f"< {MERGE_TARGET_S:.0f} s", max_seconds=MERGE_TARGET_S)
    return [finder, merge]


def _fresh(folder: Path, clients: int, seed: int) -> Path:
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for
    from legalaid.demo import generate_clients
    from legalaid.services import build_services

    path = folder / "fresh.sqlite"
    engine = create_engine_for(str(path))
    migrate_to_head(engine)
    build_services(engine).clients.bulk_insert(generate_clients(clients, seed,
                                                                dt.date(2026, 1, 1)))
    engine.dispose()
    return path


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory(prefix="bench-duplicates-") as scratch:
        result_ = measure(_fresh(Path(scratch), count, 1), count, 1)
    print(f"{result_['compared']:,} clients: finder {result_['finder_s']:.1f} s, "
          f"{result_['pairs']:,} pairs ({result_['planted_found']} of {result_['planted']} "
          f"planted found); merge of {2 * LARGE} items {result_['merge_s'] * 1000:.0f} ms")
