"""The benchmark environment: one synthetic demo database, timing helpers, result rows.

``prepare(clients, seed)`` builds the demo database with ``legalaid demo`` (timed, as a user would
run it) under ``bench/.data/``, or reuses one built earlier for the same client count, seed and
schema revision. Every ``bench_*.py`` module receives the resulting :class:`BenchEnv` and returns
rows made with :func:`result`. See ``bench/README.md`` for the contract.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / ".data"
DEFAULT_SEED = 1
FULL_CLIENTS = 100_000
QUICK_CLIENTS = 10_000
BUILD_RECORD = "build.json"
# The demo database is plaintext (timings of the plain engine) and has one administrator, created
# at build time from these variables and signed in with them by every context.
BENCH_USER = {"LEGALAID_USER": "bench", "LEGALAID_PASSWORD": "bench-only-password"}


@dataclass
class BenchEnv:
    """What a benchmark module may use."""

    base_dir: Path
    db_path: Path
    clients: int
    seed: int
    build_seconds: float  # wall-clock time of ``legalaid demo`` when this database was built
    reused: bool
    _contexts: list[CommandContext]

    def context(self, database: Path | None = None) -> CommandContext:
        """A fresh command context over the demo database, or over ``database`` (a copy of it),
        signed in as the benchmark's administrator, closed by the runner at the end."""
        context = bench_context(self.base_dir, database or self.db_path)
        self._contexts.append(context)
        return context

    def measure(self, fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
        """Seconds per call of ``fn``, ``repeat`` times, after ``warmup`` untimed calls."""
        for _ in range(warmup):
            fn()
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        return samples

    def close(self) -> None:
        for context in self._contexts:
            context.close()
        self._contexts.clear()


def bench_context(base_dir: Path, database: Path, *, new: bool = False) -> CommandContext:
    """A command context over ``database`` (plaintext) whose services open without the daily
    backup or the integrity check (neither is what a benchmark times) and sign in as the
    benchmark's administrator (made first when the database is ``new``), whatever the
    environment's LEGALAID_* variables say."""
    from legalaid.paths import AppPaths
    from legalaid.services.access import guard
    from legalaid.services.command_context import CommandContext
    from legalaid.services.opening import open_case_database, refused_as_error
    from legalaid.services.signin import check_credentials, create_administrator
    from legalaid.settings import Settings

    context = CommandContext(paths=AppPaths.create(base_dir).ensure(),
                             settings=Settings(encrypt_new_databases=False),
                             database=str(database))
    opened = refused_as_error(open_case_database(context, None, check_integrity=False,
                                                 daily_backup=False))
    user, password = BENCH_USER.values()
    context.actor = (create_administrator(opened.services, user, password) if new
                     else check_credentials(opened.services, user, password))
    context._services = guard(opened.services, context.actor)
    return context


def main_window(context: CommandContext) -> Any:
    """The real main window over ``context`` on the client list, shown (offscreen) in English:
    the one place the GUI benchmarks build it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from legalaid.gui.application import ensure_application
    from legalaid.gui.backend import Desk
    from legalaid.gui.i18n import install_language
    from legalaid.gui.main_window import MainWindow

    app = ensure_application()
    install_language("en")
    context.settings.last_page = "clients"
    window = MainWindow(context, Desk(context.services()))
    window.show()
    app.processEvents()
    return window


def result(name: str, samples: list[float], target: str, floor: str | None = None,
           floor_samples: list[float] | None = None, max_ratio: float | None = None,
           max_seconds: float | None = None) -> dict[str, Any]:
    """One result row: medians, the ratio to the floor, and whether the target is met."""
    median = statistics.median(samples)
    floor_median = statistics.median(floor_samples) if floor_samples else None
    ratio = median / floor_median if floor_median else None
    checks = []
    if max_ratio is not None and ratio is not None:
        checks.append(ratio <= max_ratio)
    if max_seconds is not None:
        checks.append(median <= max_seconds)
    return {
        "name": name,
        "median_s": median,
        "floor": floor,
        "floor_median_s": floor_median,
        "ratio": ratio,
        "target": target,
        "passed": all(checks) if checks else None,
        "samples": len(samples),
    }


def schema_revision() -> str:
    from legalaid.db.migrate import head_revision

    return head_revision()


def _build(target: Path, clients: int, seed: int) -> float:
    """Run ``legalaid demo`` into a scratch directory, then move it into place; returns seconds."""
    scratch = target.with_name(target.name + ".building")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    from legalaid.paths import AppPaths
    from legalaid.settings import Settings, save

    save(Settings(encrypt_new_databases=False), AppPaths.create(scratch).settings_file)
    legalaid = [sys.executable, "-m", "legalaid", "--base-dir", str(scratch),
                "--db", str(scratch / "legalaid.sqlite")]
    environment = {k: v for k, v in os.environ.items() if k != "LEGALAID_PASSPHRASE"}
    environment.update(BENCH_USER)
    # A new database has no accounts: the administrator comes first, as on a first start.
    subprocess.run([*legalaid, "users", "init"], check=True, stdout=subprocess.DEVNULL,
                   env=environment)
    print(f"building a {clients:,}-client demo database (seed {seed})...", file=sys.stderr)
    start = time.perf_counter()
    subprocess.run([*legalaid, "demo", "--clients", str(clients), "--seed", str(seed)],
                   check=True, stdout=subprocess.DEVNULL, env=environment)
    seconds = time.perf_counter() - start
    shutil.rmtree(target, ignore_errors=True)
    scratch.rename(target)
    return seconds


def _plaintext(path: Path) -> bool:
    """Whether the file is a plain SQLite database (one built encrypted is built again)."""
    with path.open("rb") as stream:
        return stream.read(16) == b"SQLite format 3\x00"


def prepare(clients: int, seed: int = DEFAULT_SEED, data_dir: Path = DATA_DIR,
            rebuild: bool = False) -> BenchEnv:
    """The demo database for these parameters, built now or reused from an earlier run."""
    revision = schema_revision()
    base_dir = data_dir / f"demo-{clients}-seed{seed}-{revision}"
    record_file = base_dir / BUILD_RECORD
    data_dir.mkdir(parents=True, exist_ok=True)
    # Two benchmark runs at once must not build the same database twice, nor read a half-built one.
    with (data_dir / ".build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        reused = record_file.exists() and not rebuild and _plaintext(base_dir / "legalaid.sqlite")
        if reused:
            record = json.loads(record_file.read_text(encoding="utf-8"))
        else:
            seconds = _build(base_dir, clients, seed)
            record = {"clients": clients, "seed": seed, "revision": revision,
                      "build_seconds": seconds, "built": time.strftime("%Y-%m-%d %H:%M:%S")}
            record_file.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return BenchEnv(base_dir=base_dir, db_path=base_dir / "legalaid.sqlite", clients=clients,
                    seed=seed, build_seconds=float(record["build_seconds"]), reused=reused,
                    _contexts=[])
