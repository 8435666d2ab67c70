"""Kill a merge of two files (one of them holding 1,000 items) with SIGKILL, again and again.

    python merge_crash_driver.py FOLDER ROUNDS SEED

Each round copies a database holding KEEP and OTHER, forks a worker that merges OTHER into KEEP
and is killed after a random delay (within the time a merge takes); the driver then opens the
file as the app would after a crash and checks that it passes the integrity check and holds
either both files untouched or the merged one, never half. Prints one JSON object: rounds, how
many ended merged, how many untouched, problems.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

from legalaid.db.backup import check_connection
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.services import build_services

ITEMS = 1000
TODAY = dt.date(2026, 3, 1)


def _files() -> tuple[ClientRecord, ClientRecord]:
    keep = ClientRecord(names=(NameSpelling("Abdullaev", "Shukhrat", Script.LATIN),),
                        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1"),))
    trips = tuple(TripRecord(dt.date(2000, 1, 1) + dt.timedelta(days=3 * n),
                             dt.date(2000, 1, 2) + dt.timedelta(days=3 * n))
                  for n in range(ITEMS // 2))
    other = ClientRecord(names=(NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC),),
                         documents=tuple(DocumentRecord(DocumentType.LABOUR_PERMIT, f"P{n}")
                                         for n in range(ITEMS // 2)), trips=trips)
    return keep, other


def counts(path: Path) -> tuple[str, dict[str, int], int | None]:
    connection = sqlite3.connect(path)
    try:
        verdict = check_connection(connection)
        found = {f"{table}:{client}": count for table in ("document", "trip", "client_name")
                 for client, count in connection.execute(
                     f"SELECT client_id, count(*) FROM {table} GROUP BY client_id")}
        merged = connection.execute("SELECT merged_into FROM client WHERE id = 2").fetchone()[0]
    finally:
        connection.close()
    return verdict, found, merged


def main() -> int:
    folder, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    template = folder / "template.sqlite"
    engine = create_engine_for(str(template))
    migrate_to_head(engine)
    keep, other = _files()
    services = build_services(engine)
    services.clients.add(keep)
    services.clients.add(other)
    engine.dispose()
    before = counts(template)[1]
    # one merge without a kill: how long one takes, and what a finished one leaves
    trial = folder / "trial.sqlite"
    shutil.copy(template, trial)
    engine = create_engine_for(str(trial))
    started = time.perf_counter()
    build_services(engine).merge.merge(1, 2)
    duration = time.perf_counter() - started
    engine.dispose()
    after = counts(trial)[1]
    rng = random.Random(seed)
    outcomes = {"merged": 0, "untouched": 0}
    problems = []
    for round_ in range(rounds):
        database = folder / f"round-{round_}.sqlite"
        shutil.copy(template, database)
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(ready_r)
                engine = create_engine_for(str(database))
                merge = build_services(engine).merge
                os.write(ready_w, b"r")
                merge.merge(1, 2)
                time.sleep(60)  # finished: wait for the kill like an app left open
            finally:
                os._exit(1)
        os.close(ready_w)
        os.read(ready_r, 1)
        os.close(ready_r)
        time.sleep(rng.uniform(0.0, duration * 1.5))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        verdict, found, merged = counts(database)
        if verdict != "ok":
            problems.append(f"round {round_}: {verdict}")
        elif found == before and merged is None:
            outcomes["untouched"] += 1
        elif found == after and merged == 1:
            outcomes["merged"] += 1
        else:
            problems.append(f"round {round_}: half a merge: {found}")
        database.unlink()
    print(json.dumps({"rounds": rounds, **outcomes, "merge_seconds": round(duration, 3),
                      "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
