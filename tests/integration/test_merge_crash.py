"""A SIGKILL during a merge of a 1,000-item file, 20 times: each time the database passes the
integrity check and holds both files untouched or the merged one, never half of a merge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("merge_crash_driver.py")


@pytest.mark.slow
def test_sigkill_during_a_merge_leaves_both_files_or_the_merged_one(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(DRIVER), str(tmp_path), "20", "3"],
                          capture_output=True, text=True, check=False, timeout=240)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["rounds"] == 20
    assert summary["problems"] == []
    assert summary["merged"] + summary["untouched"] == 20
    assert summary["untouched"] > 0  # kills did land before the merge committed
