"""The code stays typed, linted and layered: a new warning is a failing test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True)


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def test_ruff_is_clean() -> None:
    result = run_tool(tool("ruff"), "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_is_clean() -> None:
    result = run_tool(tool("mypy"), "src/legalaid")
    assert result.returncode == 0, result.stdout + result.stderr


def test_layers_are_respected() -> None:
    result = run_tool(tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
