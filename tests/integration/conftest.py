"""Fixtures for database tests: a real database migrated from empty to head, on each engine.

Every test that uses ``engine`` (or ``services``) runs twice: on an SQLite file and on a database of
the suite's own PostgreSQL server, copied from a migrated template. ``@pytest.mark.sqlite_only`` and
``@pytest.mark.postgresql_only`` keep a test to one engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from tests import postgres

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for, session_factory
from legalaid.services import Services, build_services
from legalaid.services.clients import ClientService

TODAY = dt.date(2024, 3, 15)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    postgres.parametrise_engines(metafunc)


@pytest.fixture
def engine(database_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Engine]:
    if database_kind == "sqlite":
        engine = create_engine_for(str(tmp_path / "case.sqlite"))
        migrate_to_head(engine)
        yield engine
        engine.dispose()
        return
    server: postgres.Server = request.getfixturevalue("postgres_server")
    name = server.copy_of(request.getfixturevalue("postgres_migrated"))
    engine = create_engine_for(server.url(name))
    yield engine
    engine.dispose()
    server.drop(name)


@pytest.fixture
def services(engine: Engine) -> Services:
    """The services, with "today" fixed so that verdicts do not depend on the calendar."""
    built = build_services(engine)
    built.clients = ClientService(
        engine, session_factory(engine), built.status, user="lawyer1", today=lambda: TODAY
    )
    return built


@pytest.fixture
def letterhead(services: Services) -> Services:
    """The services, with the made-up organisation profile letters print (the first start's)."""
    from tests.organisation import SYNTHETIC_ORGANISATION

    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    return services
