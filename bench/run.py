"""Run every benchmark over the synthetic demo database and print one table.

    python bench/run.py [--quick] [--json FILE] [--only NAME[,NAME]] [--rebuild]

Builds (or reuses) a 100,000-client demo database (10,000 with ``--quick``) under ``bench/.data/``,
imports each ``bench/bench_*.py`` and calls its ``run(env, quick)``. A module that fails is reported
as failed and the others still run. Results also go to a JSON file (``bench/results.json`` unless
``--json`` names another). Exit status 1 if a module failed or a target was missed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(1, str(REPO / "src"))  # a source checkout works without installing

import harness  # noqa: E402  (needs the paths above)


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_module(path: Path, env: harness.BenchEnv, quick: bool) -> list[dict[str, Any]]:
    print(f"running {path.stem}...", file=sys.stderr)
    try:
        rows = list(_load(path).run(env, quick))
    except Exception as error:  # one broken benchmark must not hide the others
        traceback.print_exc(file=sys.stderr)
        return [{"name": path.stem, "failed": f"{type(error).__name__}: {error}"}]
    finally:
        env.close()
    for row in rows:
        row.setdefault("module", path.stem)
    return rows


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value * 1000:,.2f}"


def _table(rows: list[dict[str, Any]]) -> str:
    header = ("name", "median ms", "floor", "floor ms", "ratio", "target", "ok")
    lines = [header]
    for row in rows:
        if "failed" in row:
            lines.append((row["name"], "FAILED", row["failed"][:60], "", "", "", "no"))
            continue
        ratio = row.get("ratio")
        passed = row.get("passed")
        lines.append((
            row["name"], _ms(row["median_s"]), row.get("floor") or "—",
            _ms(row.get("floor_median_s")), "—" if ratio is None else f"{ratio:.2f}x",
            row.get("target") or "—", "—" if passed is None else ("yes" if passed else "NO"),
        ))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(line, widths,
                                                                          strict=True)).rstrip()
                     for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help=f"{harness.QUICK_CLIENTS:,} clients instead of "
                        f"{harness.FULL_CLIENTS:,}")
    parser.add_argument("--json", type=Path, default=BENCH_DIR / "results.json", metavar="FILE")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only bench_NAME.py (repeatable, or NAME,NAME)")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    args = parser.parse_args(argv)

    clients = harness.QUICK_CLIENTS if args.quick else harness.FULL_CLIENTS
    env = harness.prepare(clients, rebuild=args.rebuild)
    modules = sorted(BENCH_DIR.glob("bench_*.py"))
    only = {name.strip() for names in args.only for name in names.split(",") if name.strip()}
    if only:
        modules = [path for path in modules if path.stem.removeprefix("bench_") in only]
    rows: list[dict[str, Any]] = []
    for path in modules:
        rows += _run_module(path, env, args.quick)

    print(f"{env.clients:,} clients, database {'reused' if env.reused else 'built'}: "
          f"{env.db_path}")
    print(_table(rows))
    report = {"clients": env.clients, "seed": env.seed, "quick": args.quick, "results": rows}
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    failed = any("failed" in row or row.get("passed") is False for row in rows)
    return 1 if failed else 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: Qt objects left by a GUI benchmark can crash it after the results
    # are already written, which would turn a good run into a failed one.
    os._exit(status)
