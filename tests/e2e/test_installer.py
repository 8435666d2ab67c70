"""The Linux bundle, built from a clean copy of the committed tree, starts and passes its self-check
without a display, and stays small enough to hand out."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

# The bundle is built once; which database it opens is the CLI suite's business.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]
# 250 MB before the keyring; cryptography (AES-GCM, X25519, Ed25519: 16 MB) is needed to unlock.
MAX_BUNDLE_BYTES = 280 * 1024 * 1024
EXPECTED_STEPS = ["encrypted database", "add a client", "rules engine", "letter in Kazakh",
                  "search"]


def _clean_checkout(target: Path) -> Path:
    """The committed tree only (``git archive``), as a release build would see it."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "HEAD"],
                             check=True, capture_output=True).stdout
    target.mkdir()
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def _size(directory: Path) -> int:
    return sum(path.stat().st_size for path in directory.rglob("*") if path.is_file()
               and not path.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the installer test needs the git checkout to copy the committed tree from")
    work = tmp_path_factory.mktemp("installer")
    checkout = _clean_checkout(work / "checkout")
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(work / "dist"),
           "WORK": str(work / "build")}
    result = subprocess.run(["bash", str(checkout / "installer" / "build.sh")], env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    archive = Path(result.stdout.strip().splitlines()[-1])
    assert archive.name.startswith("legalaid-") and archive.name.endswith(".tar.gz")
    with tarfile.open(archive) as packed:
        names = set(packed.getnames())
    assert {"legalaid/legalaid", "legalaid/legalaid.desktop", "legalaid/legalaid.png",
            "legalaid/install.sh"} <= names
    return work / "dist" / "legalaid"


def _run(bundle: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}  # nothing of the build environment leaks into the bundle
    return subprocess.run([str(bundle / "legalaid"), *args], env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.slow
def test_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    from legalaid import __version__

    result = _run(bundle, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"LegalAid {__version__}"


@pytest.mark.slow
@pytest.mark.fresh_database  # the self-check must leave no database behind
def test_bundle_passes_its_selfcheck(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle, "selfcheck", "--json", home=tmp_path)
    report = json.loads(result.stdout)
    failed = [step for step in report["steps"] if not step["passed"]]
    assert failed == []
    assert [step["step"] for step in report["steps"]] == EXPECTED_STEPS
    assert result.returncode == 0
    # The self-check works in a scratch directory: nothing is left in the user's home.
    assert list(tmp_path.rglob("*.sqlite*")) == []


@pytest.mark.slow
def test_bundle_is_under_280_mb(bundle: Path) -> None:
    assert _size(bundle) < MAX_BUNDLE_BYTES
