"""Kill a bulk import with SIGKILL at random moments, again and again, and check what is left.

    python crash_driver.py DATABASE ROUNDS SEED

The driver imports LegalAid once, then each round forks a worker that opens the encrypted
database and adds clients in committed batches, writing each committed id to a report file only
after the commit returned. After a random delay the worker is killed with SIGKILL; the driver then
opens the database as the app would after a crash and checks that it passes the integrity check
and holds every reported id. Prints one JSON object: rounds, reported ids, problems.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sys
import time
from pathlib import Path

from legalaid.db import crypto
from legalaid.db.backup import check_connection
from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.demo import generate_clients
from legalaid.services import build_services

PASSPHRASE = "crash test passphrase"
TODAY = dt.date(2026, 3, 1)
BATCH = 5


def worker(database: Path, report: Path, seed: int) -> None:
    """Runs in the forked child until it is killed."""
    engine = create_engine_for(str(database), passphrase=PASSPHRASE)
    clients = build_services(engine).clients
    handle = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    records = generate_clients(100_000, seed, TODAY)
    ready = b"ready\n"  # after the first commit: the kill lands among the writes
    while True:
        ids = clients.add_many([next(records) for _ in range(BATCH)])
        os.write(handle, ready + "".join(f"{i}\n" for i in ids).encode())
        ready = b""


def reported_ids(report: Path) -> set[int]:
    lines = report.read_text().split("\n")[1:-1]  # a torn last line was never reported
    return {int(line) for line in lines if line.isdigit()}


def wait_ready(report: Path, pid: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if report.exists() and report.read_bytes().startswith(b"ready\n"):
            return
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    raise SystemExit("the worker did not start")


def check(database: Path, expected: set[int]) -> str | None:
    connection = crypto.connect(database, PASSPHRASE)
    try:
        verdict = check_connection(connection)
        present = {row[0] for row in connection.execute("SELECT id FROM client")}
    finally:
        connection.close()
    if verdict != "ok":
        return verdict
    missing = expected - present
    return f"{len(missing)} reported ids missing" if missing else None


def main() -> int:
    database, rounds, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    engine = create_engine_for(str(database), passphrase=PASSPHRASE)
    migrate_to_head(engine)
    # Load the rules and warm every import once; the forked workers inherit it.
    build_services(engine).clients.add_many(list(generate_clients(BATCH, seed, TODAY)))
    engine.dispose()
    rng = random.Random(seed)
    expected: set[int] = set()
    problems = []
    for round_ in range(rounds):
        report = database.with_name(f"report-{round_}.txt")
        pid = os.fork()
        if pid == 0:
            try:
                worker(database, report, seed * 1000 + round_)
            finally:
                os._exit(1)
        wait_ready(report, pid)
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        expected |= reported_ids(report)
        problem = check(database, expected)
        if problem:
            problems.append(f"round {round_}: {problem}")
    print(json.dumps({"rounds": rounds, "reported": len(expected), "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
