"""A database at a schema this app does not know (a newer app migrated it): every command says so
in one sentence and leaves the database as it is, on a file and on a server alike."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text
from tests import cli_runner
from tests.conftest import base_engine

LEGALAID = Path(sys.executable).with_name("legalaid")


def run(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=120)


def _revision(base: Path, new: str | None = None) -> str:
    engine = base_engine(base)
    try:
        with engine.begin() as connection:
            if new is not None:
                connection.execute(text("UPDATE alembic_version SET version_num = :v"),
                                   {"v": new})
            return str(connection.execute(text("SELECT version_num FROM alembic_version"))
                       .scalar())
    finally:
        engine.dispose()


def test_a_newer_schema_is_one_sentence_and_nothing_changes(tmp_path: Path) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    _revision(tmp_path, "0099")
    for command in (("search", "Nobody"), ("migrate",), ("users", "list")):
        done = run(tmp_path, *command)
        assert (done.returncode, done.stdout, done.stderr) == (
            2, "", f"legalaid: the database is at schema 0099, newer than this app "
                   f"({SCHEMA_HEAD}): update LegalAid\n"), command
    assert _revision(tmp_path) == "0099"
