"""Suite-wide settings: headless Qt, deterministic hypothesis, no access to the user's files."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
