"""Fixtures for database tests: a real SQLite file migrated from empty to head."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for, session_factory
from legalaid.services import Services, build_services
from legalaid.services.clients import ClientService

TODAY = dt.date(2024, 3, 15)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine_for(str(tmp_path / "case.sqlite"))
    migrate_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def services(engine: Engine) -> Services:
    """The services, with "today" fixed so that verdicts do not depend on the calendar."""
    built = build_services(engine)
    built.clients = ClientService(
        engine, session_factory(engine), built.status, user="lawyer1", today=lambda: TODAY
    )
    return built
