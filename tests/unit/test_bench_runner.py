"""The benchmark runner: result rows, the table, and a failing module not stopping the rest."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}_under_test", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def runner() -> ModuleType:
    saved = list(sys.path)
    try:
        return _load("run")
    finally:  # leave no trace of the bench directory in the rest of the suite
        sys.path[:] = saved
        sys.modules.pop("harness", None)


def test_result_row_has_medians_ratio_and_verdict(runner: ModuleType) -> None:
    row = runner.harness.result("search", [0.003, 0.001, 0.002], target="<= 5x floor",
                                floor="raw", floor_samples=[0.0004, 0.0005, 0.0006], max_ratio=5)
    assert row["median_s"] == 0.002
    assert row["floor_median_s"] == 0.0005
    assert row["ratio"] == pytest.approx(4.0)
    assert row["passed"] is True
    slow = runner.harness.result("build", [100.0], target="< 90 s", max_seconds=90)
    assert slow["passed"] is False and slow["ratio"] is None and slow["floor"] is None


class _Env:
    closed = 0

    def close(self) -> None:
        self.closed += 1


def test_a_failing_module_is_reported_and_the_next_one_runs(runner: ModuleType,
                                                            tmp_path: Path) -> None:
    broken = tmp_path / "bench_broken.py"
    broken.write_text("def run(env, quick):\n    raise RuntimeError('no data')\n")
    fine = tmp_path / "bench_fine.py"
    fine.write_text("def run(env, quick):\n    return [{'name': 'fine', 'median_s': 0.25,"
                    " 'floor': None, 'floor_median_s': None, 'ratio': None, 'target': '< 1 s'}]\n")
    env = _Env()
    rows = runner._run_module(broken, env, True) + runner._run_module(fine, env, True)
    assert rows[0] == {"name": "bench_broken", "failed": "RuntimeError: no data"}
    assert rows[1]["name"] == "fine" and rows[1]["module"] == "bench_fine"
    assert env.closed == 2  # contexts are closed after each module, failed or not

    table = runner._table(rows).splitlines()
    assert table[0].split() == ["name", "median", "ms", "floor", "floor", "ms", "ratio", "target",
                                "ok"]
    assert "FAILED" in table[1] and "RuntimeError: no data" in table[1]
    assert table[2].split()[:2] == ["fine", "250.00"]


@pytest.mark.slow  # two commands in subprocesses
def test_the_demo_database_is_built_with_the_benchmark_administrator(
        runner: ModuleType, tmp_path: Path) -> None:
    from legalaid.domain.read_models import ClientQuery

    env = runner.harness.prepare(20, data_dir=tmp_path)
    try:
        clients = env.context().services().clients
        assert clients.count(ClientQuery()) == 20
    finally:
        env.close()


def test_the_stall_meter_sees_the_ui_thread_blocked(runner: ModuleType) -> None:
    from legalaid.gui.application import ensure_application

    ensure_application()
    saved = list(sys.path)
    sys.path.insert(0, str(BENCH))
    try:
        meter = _load("bench_ui_stall").StallMeter()
    finally:
        sys.path[:] = saved
        sys.modules.pop("harness", None)
    blocked = meter.measure([(0, lambda: time.sleep(0.15))], lambda: True)
    assert 0.15 <= blocked < 1.0
    ticks = iter(range(40))  # done after 40 ticks of 5 ms: nothing blocks in between
    assert meter.measure([(0, lambda: None)], lambda: next(ticks) == 39) < 0.15
