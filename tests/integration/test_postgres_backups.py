"""A database on a PostgreSQL server opens without the SQLite file's daily backup or integrity
check: the server's backups are pg_dump's, and the app says so instead of failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine
from tests import postgres

from legalaid.context import AppContext
from legalaid.errors import ValidationError
from legalaid.paths import AppPaths
from legalaid.services import Services
from legalaid.services.opening import Opened, open_case_database
from legalaid.settings import Settings

pytestmark = pytest.mark.postgresql_only


def test_a_server_database_takes_no_file_backup_and_says_why(services: Services) -> None:
    backups = services.backups
    assert backups.on_server
    assert (backups.due(), backups.take_if_due(), backups.list()) == (False, None, [])
    with pytest.raises(ValidationError) as refused:
        backups.create("manual")
    assert "pg_dump" in str(refused.value)
    assert backups.quick_check() == "ok"  # the server checks its own storage


def test_opening_a_server_database_day_after_day_needs_no_backup_folder(
        engine: Engine, tmp_path: Path) -> None:
    context = AppContext(paths=AppPaths.create(tmp_path).ensure(), settings=Settings(),
                         database=postgres.url_of(engine))
    for _day in range(2):  # the second open is the one a daily backup used to refuse
        opened = open_case_database(context, None)
        assert isinstance(opened, Opened)
        assert not opened.created
        opened.services.engine.dispose()
    assert not [path for path in context.backup_dir.rglob("*") if path.is_file()]
