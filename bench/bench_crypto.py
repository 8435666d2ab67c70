"""Encryption at rest: the cost of SQLCipher against the same demo database in plaintext.

An encrypted copy of the demo database is made once with ``sqlcipher_export`` (beside it, reused
while the plaintext file is unchanged). Two figures, each against its plaintext twin measured in
the same run, interleaved:
- start-up: a fresh GUI process until the client list is filled (unlock = key derivation, quick
  check, migration check, first page), through the real start sequence; target: at most 1 s more
  than the plaintext start;
- name search: the service's queries of ``bench_search`` on both; target: at most 1.5x plaintext.
"""

from __future__ import annotations

import fcntl
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import harness
from bench_gui import CHILD_SCRIPTS
from bench_search import QUERIES
from harness import BenchEnv, result

PASSPHRASE = "benchmark passphrase, not a secret"
MAX_EXTRA_START_S = 1.0
MAX_SEARCH_RATIO = 1.5


def encrypted_copy(env: BenchEnv) -> Path:
    """The encrypted twin of the demo database, made on first use."""
    from legalaid.db import crypto

    target = env.base_dir / "encrypted" / "legalaid.sqlite"
    target.parent.mkdir(exist_ok=True)
    with (target.parent / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists() and target.stat().st_mtime >= env.db_path.stat().st_mtime:
            return target
        partial = target.with_name("building.sqlite")
        partial.unlink(missing_ok=True)
        started = time.perf_counter()
        source = crypto.connect(env.db_path, None)
        try:
            crypto.export_to(source, partial, PASSPHRASE)
        finally:
            source.close()
        os.replace(partial, target)
        crypto.remove_sidecars(target)
        print(f"encrypted copy made in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return target


def _start(database: Path, base: Path) -> float:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEGALAID_PASSPHRASE=PASSPHRASE)
    environment.update(getattr(harness, "BENCH_USER", {}))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD_SCRIPTS["app"], str(database), str(base), "ready"],
        capture_output=True, text=True, env=environment, check=False, timeout=600)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or int(done.stdout.strip() or 0) <= 0:
        lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
        raise RuntimeError(f"start-up failed (status {done.returncode}, output "
                           f"{done.stdout.strip()!r}): {' | '.join(lines)[-400:]}")
    return seconds


def _startup(env: BenchEnv, encrypted: Path, repeat: int) -> dict[str, Any]:
    plain_base, crypt_base = env.base_dir / "gui", encrypted.parent / "gui"
    _start(env.db_path, plain_base)  # warm the file cache for both
    _start(encrypted, crypt_base)
    plain: list[float] = []
    crypt: list[float] = []
    for _ in range(repeat):
        plain.append(_start(env.db_path, plain_base))
        crypt.append(_start(encrypted, crypt_base))
    extra = statistics.median(crypt) - statistics.median(plain)
    row = result("encrypted start-up to filled client list", crypt,
                 target=f"<= plaintext + {MAX_EXTRA_START_S:g} s",
                 floor="same start on the plaintext file", floor_samples=plain)
    row.update(extra_s=extra, passed=extra <= MAX_EXTRA_START_S)
    return row


def _search(env: BenchEnv, encrypted: Path, repeat: int) -> dict[str, Any]:
    from legalaid.db.session import create_engine_for
    from legalaid.services.search import SearchService

    engines = [create_engine_for(str(env.db_path)),
               create_engine_for(str(encrypted), passphrase=PASSPHRASE)]
    try:
        plain, crypt = (SearchService(engine) for engine in engines)

        def run_all(service: SearchService) -> None:
            for query in QUERIES:
                service.search(query, limit=50)

        plain_samples: list[float] = []
        crypt_samples: list[float] = []
        for _ in range(repeat):  # interleaved: load elsewhere hits both alike
            plain_samples += env.measure(lambda: run_all(plain), 1)
            crypt_samples += env.measure(lambda: run_all(crypt), 1)
    finally:
        for engine in engines:
            engine.dispose()
    per_query = len(QUERIES)
    return result(f"search on the encrypted database, per query ({per_query} queries)",
                  [s / per_query for s in crypt_samples],
                  target=f"<= {MAX_SEARCH_RATIO:g}x plaintext", floor="same search, plaintext",
                  floor_samples=[s / per_query for s in plain_samples],
                  max_ratio=MAX_SEARCH_RATIO)


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    encrypted = encrypted_copy(env)
    return [_search(env, encrypted, 5 if quick else 11),
            _startup(env, encrypted, 3 if quick else 5)]
