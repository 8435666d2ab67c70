"""Suite-wide settings: headless Qt, deterministic hypothesis, no access to the user's files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine
from tests import postgres

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


def cheap_argon2(patch: pytest.MonkeyPatch) -> None:
    """Accounts hash passwords (and keyring entries stretch them) with argon2's cheapest
    parameters, which the hashes and entries record: a database made meanwhile unlocks in
    microseconds instead of a third of a second, in every later command that opens it."""
    from argon2 import PasswordHasher, profiles

    from legalaid.services import accounts

    def hasher() -> PasswordHasher:
        return PasswordHasher.from_parameters(profiles.CHEAPEST)

    patch.setattr(accounts, "PasswordHasher", hasher)


def _initialise_cheaply(paths: AppPaths, database_url: str | None = None) -> None:
    """What ``legalaid users init`` does, in this process, with argon2's cheapest parameters."""
    from tests.organisation import SYNTHETIC_ORGANISATION

    from legalaid.services.command_context import CommandContext
    from legalaid.services.signin import initialise
    from legalaid.settings import Settings

    with pytest.MonkeyPatch.context() as patch:
        cheap_argon2(patch)
        context = CommandContext(paths=paths, settings=Settings(database=database_url))
        try:
            initialise(context)
            # The first start also asks for the organisation profile: letters need its
            # letterhead (tests/organisation.py holds a complete made-up one).
            context.services().letters.save_organisation(SYNTHETIC_ORGANISATION)
        finally:
            context.close()


def _initialised_template(factory: pytest.TempPathFactory) -> Path:
    base = factory.getbasetemp() / "initialised-template"
    if not base.exists():
        _initialise_cheaply(AppPaths.create(base).ensure())
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


# PostgreSQL: the integration and command suites run on both engines (tests/postgres.py).
@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.Server]:
    """The suite's own PostgreSQL server (one per worker), stopped and removed at the end."""
    server = postgres.server()
    yield server
    postgres.stop_server()


@pytest.fixture(scope="module")
def database_kind(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: set by ``postgres.parametrise_engines``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres_migrated(postgres_server: postgres.Server) -> str:
    """The name of a PostgreSQL database migrated to head, to copy for each test."""
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for

    name = postgres_server.new_name("migrated")
    postgres_server.execute(f'CREATE DATABASE "{name}"')
    engine = create_engine_for(postgres_server.url(name))
    try:
        migrate_to_head(engine)
    finally:
        engine.dispose()
    return name


@pytest.fixture(scope="session")
def postgres_initialised(postgres_server: postgres.Server,
                         tmp_path_factory: pytest.TempPathFactory) -> str:
    """The name of a PostgreSQL database whose administrator is the test user."""
    name = postgres_server.new_name("initialised")
    postgres_server.execute(f'CREATE DATABASE "{name}"')
    base = tmp_path_factory.mktemp("postgres-initialising")
    _initialise_cheaply(AppPaths.create(base).ensure(), postgres_server.url(name))
    return name


def point_base_at(base: Path, url: str) -> Path:
    """Make ``base`` a base directory whose settings select the database at ``url``."""
    from legalaid import settings as app_settings

    paths = AppPaths.create(base)
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    chosen = app_settings.load(paths.settings_file)
    chosen.database = url
    app_settings.save(chosen, paths.settings_file)
    return base


def base_engine(base: Path) -> Engine:
    """An engine on the database that commands run with ``--base-dir base`` use: the server
    database its settings select, or its own encrypted file."""
    from legalaid import settings as app_settings
    from legalaid.db.session import create_engine_for

    paths = AppPaths.create(base)
    url = app_settings.load(paths.settings_file).database
    if url is not None:
        return create_engine_for(url)
    return create_engine_for(str(paths.default_database), database_key(paths.default_database))


def database_key(database: Path, user: str = TEST_USER, password: str = TEST_PASSWORD) -> str:
    """The raw SQLCipher key of a keyring database, as ``user``'s password unlocks it (for
    tests that open the file directly)."""
    from legalaid.db import keyring

    return keyring.raw_key(keyring.unlock(database, user, password).database_key)


# -- nothing a test writes may land in the checkout -------------------------------------------
# A database file named after a test database once appeared at the top of the checkout and was
# nearly shipped; every test works under its own temporary base directory, so the checkout's
# top level must look the same after the run as before it.
_CHECKOUT = Path(__file__).resolve().parent.parent
_TOOL_CACHES = {".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache", ".coverage",
                ".import_linter_cache"}


def _checkout_entries() -> set[str]:
    return {entry.name for entry in _CHECKOUT.iterdir()} - _TOOL_CACHES


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_ENTRIES_BEFORE] = _checkout_entries()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # the controller compares once, after every worker has finished
    before = session.config.stash.get(_ENTRIES_BEFORE, None)
    if before is None:
        return
    appeared = sorted(_checkout_entries() - before)
    if appeared:
        session.config.stash[_APPEARED] = appeared
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    appeared = terminalreporter.config.stash.get(_APPEARED, None)
    if appeared:
        terminalreporter.write_line(
            f"FAILED: the run left files at the top of the checkout: {', '.join(appeared)}",
            red=True)


_ENTRIES_BEFORE = pytest.StashKey[set[str]]()
_APPEARED = pytest.StashKey[list[str]]()
