"""Commands run against a base directory whose database already has the test administrator,
unless a test is marked ``fresh_database`` (it then starts with no database at all).

Each command test runs twice: with the base directory's own SQLite file, and with its settings
selecting a database of the suite's PostgreSQL server (``sqlite_only`` / ``postgresql_only`` keep a
test to one engine)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import postgres
from tests.conftest import FRESH_MARK, point_base_at, prepare_base


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    postgres.parametrise_engines(metafunc)


def engine_base(request: pytest.FixtureRequest, directory: Path, database_kind: str) -> Path:
    """``directory`` made a base directory holding an initialised database of the engine: a
    copy of the SQLite template, or settings selecting a copy of the server's template. (For
    the module fixtures that build one base directory for all their tests.)"""
    if database_kind == "sqlite":
        return prepare_base(request.getfixturevalue("initialised_data"), directory)
    server: postgres.Server = request.getfixturevalue("postgres_server")
    name = server.copy_of(request.getfixturevalue("postgres_initialised"))
    return point_base_at(directory, server.url(name))


@pytest.fixture(autouse=True)
def _initialised_base(request: pytest.FixtureRequest, tmp_path: Path,
                      database_kind: str) -> Iterator[None]:
    fresh = request.node.get_closest_marker(FRESH_MARK) is not None
    # the tests use either tmp_path itself or tmp_path / "base" as --base-dir
    bases = (tmp_path, tmp_path / "base")
    if database_kind == "sqlite":
        if not fresh:
            template = request.getfixturevalue("initialised_data")
            for base in bases:
                prepare_base(template, base)
        yield
        return
    server: postgres.Server = request.getfixturevalue("postgres_server")
    names = []
    for base in bases:
        if fresh:
            name = server.new_name("fresh")
            server.execute(f'CREATE DATABASE "{name}"')
        else:
            name = server.copy_of(request.getfixturevalue("postgres_initialised"))
        names.append(name)
        point_base_at(base, server.url(name))
    yield
    for name in names:
        server.drop(name)
