"""Commands on a database on a PostgreSQL server: they open it without the file's daily backup or
integrity check, and ``legalaid backup`` says that the server's backups are taken with pg_dump."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests import cli_runner

LEGALAID = Path(sys.executable).with_name("legalaid")
pytestmark = pytest.mark.postgresql_only


def run(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=60)


@pytest.mark.parametrize("listing", [(), ("--list",)])
def test_backup_of_a_server_database_says_pg_dump_takes_them(tmp_path: Path,
                                                             listing: tuple[str, ...]) -> None:
    done = run(tmp_path, "backup", *listing)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.count("\n") == 1
    assert "pg_dump" in done.stdout
    assert "server" in done.stdout
    # No backup file was written anywhere under the base directory.
    assert not [path for path in tmp_path.rglob("*.backup")]


def test_commands_open_a_server_database_without_a_file_backup(
        tmp_path: Path) -> None:
    client = {"names": [{"family": "Serverova", "given": "Aigul", "script": "latn"}],
              "citizenship": "KZ"}
    added = run(tmp_path, "clients", "add", "-", stdin=json.dumps(client))
    assert (added.returncode, added.stderr) == (0, ""), added.stderr
    found = run(tmp_path, "search", "Serverova", "--json")
    assert found.returncode == 0, found.stderr
    assert [hit["id"] for hit in json.loads(found.stdout)] == json.loads(added.stdout)
    typo = run(tmp_path, "search", "Servrova", "--json")
    assert [hit["id"] for hit in json.loads(typo.stdout)] == json.loads(added.stdout)
    assert not list(tmp_path.rglob("*.sqlite"))  # the commands never fell back to a file
