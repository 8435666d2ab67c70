"""Suite-wide settings: headless Qt, deterministic hypothesis, no access to the user's files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from legalaid.paths import AppPaths

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A developer's own database or settings must never be touched by a test. New databases are
# encrypted: every test (and every command it runs) uses this made-up passphrase.
TEST_PASSPHRASE = "test passphrase, not a secret"
os.environ["LEGALAID_PASSPHRASE"] = TEST_PASSPHRASE
# Commands and the GUI sign in as this made-up administrator (created on each new database).
TEST_USER, TEST_PASSWORD = "admin", "test password, not a secret"
os.environ["LEGALAID_USER"] = TEST_USER
os.environ["LEGALAID_PASSWORD"] = TEST_PASSWORD

settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


# A new database has no accounts until `legalaid users init` (or the first-start dialog) creates
# the administrator, with the database's keyring. Tests start from one initialised database, made
# once per run and copied: its administrator's password unlocks it (LEGALAID_PASSPHRASE is read
# only by tests of databases not yet converted).
FRESH_MARK = "fresh_database"


def _initialised_template(factory: pytest.TempPathFactory) -> Path:
    base = factory.getbasetemp() / "initialised-template"
    if not base.exists():
        result = subprocess.run(
            [sys.executable, "-m", "legalaid", "--base-dir", str(base), "users", "init"],
            capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
    return AppPaths.create(base).data_dir


@pytest.fixture(scope="session")
def initialised_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of a database whose administrator is the test user."""
    return _initialised_template(tmp_path_factory)


def prepare_base(template_data: Path, base: Path) -> Path:
    """Make ``base`` a base directory holding the initialised test database; returns it."""
    target = AppPaths.create(base).data_dir
    if not target.exists():
        shutil.copytree(template_data, target)
    return base


def database_key(database: Path, user: str = TEST_USER, password: str = TEST_PASSWORD) -> str:
    """The raw SQLCipher key of a keyring database, as ``user``'s password unlocks it (for
    tests that open the file directly)."""
    from legalaid.db import keyring

    return keyring.raw_key(keyring.unlock(database, user, password).database_key)
