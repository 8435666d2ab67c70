"""A wheel built from the repository carries resources, forms and migrations and finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# The wheel is built once; which database it opens is the CLI suite's business.
pytestmark = pytest.mark.sqlite_only

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(REPO)],
        check=True, capture_output=True,
    )
    [built] = out.glob("legalaid-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_what_the_app_loads_at_run_time(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "legalaid/resources/fonts/DejaVuSans.ttf",
        "legalaid/resources/fonts/DejaVuSans-Bold.ttf",
        "legalaid/resources/fonts/LICENSE-DejaVu.txt",
        "legalaid/db/migrations/env.py",
    ):
        assert required in names, required
    assert any(name.startswith("legalaid/forms/") and name.endswith(".toml") for name in names)
    assert any(name.startswith("legalaid/resources/rules/") for name in names)


@pytest.mark.slow
def test_installed_wheel_finds_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = (
        "import legalaid.paths as p; "
        "print(p.resources_dir()); print(p.forms_dir()); "
        "print(p.resource('fonts', 'DejaVuSans.ttf').is_file())"
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                            text=True, check=True, cwd=tmp_path)
    resources, forms, font_found = result.stdout.splitlines()
    assert Path(resources) == unpacked / "legalaid" / "resources"
    assert Path(forms) == unpacked / "legalaid" / "forms"
    assert font_found == "True"
