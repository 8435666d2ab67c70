"""The office installation on a PostgreSQL server, as its administrator and its desktops meet it:
``legalaid office setup``, the desktops' role and what it may not do, schema versions the app does
not match, many desktops at once, and ``legalaid selfcheck --db URL``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from tests import cli_runner, postgres
from tests.conftest import TEST_USER

LEGALAID = Path(sys.executable).with_name("legalaid")
pytestmark = pytest.mark.postgresql_only
OWNER_PASSWORD = "owner password, made up"
DATA_PASSWORD = "desk password, made up"


def run(base: Path, *args: str, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120,
                          env={**os.environ, **(env or {})})


def start(base: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([str(LEGALAID), "--base-dir", str(base), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


SETUP_ENV = {"LEGALAID_OWNER_PASSWORD": OWNER_PASSWORD, "LEGALAID_DATA_PASSWORD": DATA_PASSWORD}


@dataclass
class Office:
    server: postgres.Server
    database: str
    owner: str
    data: str

    @property
    def admin_url(self) -> str:
        return self.server.url(self.database)

    def url_as(self, role: str) -> str:
        return self.admin_url.replace(f"//{postgres.SUPERUSER}@", f"//{role}@")

    @property
    def data_url(self) -> str:
        return self.url_as(self.data)

    def connect(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(host="127.0.0.1", port=self.server.port, user=role,
                               dbname=self.database, autocommit=True)


@pytest.fixture
def empty_office(postgres_server: postgres.Server) -> Iterator[Office]:
    name = postgres_server.new_name("office")
    postgres_server.execute(f'CREATE DATABASE "{name}"')
    suffix = name.rsplit("_", 2)[-2] + "_" + name.rsplit("_", 1)[-1]
    yield Office(postgres_server, name, f"owner_{suffix}", f"desk_{suffix}")
    postgres_server.drop(name)


@pytest.fixture
def office(empty_office: Office, tmp_path: Path) -> Office:
    done = run(tmp_path / "admin", "office", "setup", "--db", empty_office.admin_url,
               "--owner-role", empty_office.owner, "--data-role", empty_office.data,
               env=SETUP_ENV)
    assert done.returncode == 0, done.stderr
    return empty_office


def test_setup_creates_the_roles_the_schema_and_the_first_administrator(
        empty_office: Office, tmp_path: Path) -> None:
    done = run(tmp_path / "admin", "office", "setup", "--db", empty_office.admin_url,
               "--owner-role", empty_office.owner, "--data-role", empty_office.data, "--json",
               env=SETUP_ENV)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["owner_role"] == empty_office.owner
    assert summary["data_role"] == empty_office.data
    assert summary["administrator"] == TEST_USER
    assert summary["audit_append_only"] is True
    assert summary["desktop_url"] == empty_office.data_url
    newest = max(p.name[:4] for p in (Path(__file__).resolve().parents[2] /
                 "src/legalaid/db/migrations/versions").glob("[0-9]*_*.py"))
    assert summary["schema"] == newest
    # The passwords are neither printed nor logged.
    written = done.stdout + done.stderr + "".join(
        path.read_text(errors="replace") for path in (tmp_path / "admin").rglob("*")
        if path.is_file())
    assert OWNER_PASSWORD not in written and DATA_PASSWORD not in written
    # The owner role owns every table; the desktops' role works as the administrator.
    with empty_office.connect(postgres.SUPERUSER) as connection:
        owners = {row[0] for row in connection.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'")}
    assert owners == {empty_office.owner}
    desk = tmp_path / "desk"
    client = {"names": [{"family": "Ofisova", "given": "Dana", "script": "latn"}],
              "citizenship": "KZ"}
    added = run(desk, "--db", empty_office.data_url, "clients", "add", "-",
                stdin=json.dumps(client))
    assert added.returncode == 0, added.stderr
    found = run(desk, "--db", empty_office.data_url, "search", "Ofisova", "--json")
    assert [hit["id"] for hit in json.loads(found.stdout)] == json.loads(added.stdout)
    verified = run(desk, "--db", empty_office.data_url, "audit", "verify")
    assert verified.returncode == 0, verified.stderr


def test_setup_without_the_role_passwords_names_the_variable(empty_office: Office,
                                                             tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in SETUP_ENV}
    done = cli_runner.run(["--base-dir", str(tmp_path), "office", "setup",
                           "--db", empty_office.admin_url], timeout=120, env=env)
    assert done.returncode == 2
    assert done.stderr == ("legalaid: LEGALAID_OWNER_PASSWORD: is not set: give the password "
                           "of role legalaid_owner\n")


def test_setup_refuses_a_role_name_it_would_have_to_quote(empty_office: Office,
                                                          tmp_path: Path) -> None:
    done = run(tmp_path, "office", "setup", "--db", empty_office.admin_url, "--data-role",
               "desk; DROP TABLE client", env=SETUP_ENV)
    assert done.returncode == 2
    assert done.stderr.startswith("legalaid: --data-role: ")


def _refused(connection: psycopg.Connection[tuple[object, ...]], statement: str) -> str:
    with pytest.raises(psycopg.Error) as raised:
        connection.execute(statement)  # type: ignore[arg-type]
    return str(raised.value)


def test_the_desktops_role_cannot_change_audit_rows_or_the_schema(office: Office) -> None:
    with office.connect(office.data) as desk:
        assert desk.execute("SELECT count(*) FROM audit_log").fetchone() != (0,)
        for statement in ("UPDATE audit_log SET action = 'nothing'",
                          "DELETE FROM audit_log",
                          "TRUNCATE audit_log",
                          "ALTER TABLE client ADD COLUMN spy text",
                          "DROP TABLE note",
                          "CREATE TABLE spy (id int)",
                          "CREATE SCHEMA spy",
                          "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                          "UPDATE alembic_version SET version_num = '0001'"):
            assert "permission denied" in _refused(desk, statement) \
                or "must be owner" in _refused(desk, statement), statement
    # The trigger holds even for the owner, who holds every privilege.
    with office.connect(office.owner) as owner:
        for statement in ("UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log"):
            assert "append-only" in _refused(owner, statement), statement


def _set_revision(office: Office, revision: str) -> None:
    with office.connect(postgres.SUPERUSER) as connection:
        connection.execute("UPDATE alembic_version SET version_num = %s", (revision,))


def test_a_newer_schema_is_one_sentence_telling_to_update_the_app(office: Office,
                                                                  tmp_path: Path) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    _set_revision(office, "0099")
    for command in (("search", "Nobody"), ("migrate",)):
        done = run(tmp_path, "--db", office.admin_url, *command)
        assert (done.returncode, done.stderr) == (
            2, f"legalaid: the database is at schema 0099, newer than this app "
               f"({SCHEMA_HEAD}): update LegalAid\n"), command


def test_an_older_schema_is_migrated_only_by_the_administrator(office: Office,
                                                               tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from legalaid.db.migrate import SCHEMA_HEAD, alembic_config
    from legalaid.db.session import create_engine_for

    config = alembic_config()
    older = ScriptDirectory.from_config(config).get_revision(SCHEMA_HEAD).down_revision
    assert isinstance(older, str)
    engine = create_engine_for(office.url_as(office.owner))
    try:  # as if the app before the newest migration had made the schema
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, older)
    finally:
        engine.dispose()
    desk = run(tmp_path, "--db", office.data_url, "search", "Nobody")
    assert (desk.returncode, desk.stderr) == (
        2, f"legalaid: the database is at schema {older}, older than this app ({SCHEMA_HEAD}): "
           "ask the administrator to run `legalaid migrate`\n")
    migrated = run(tmp_path, "migrate", "--db", office.url_as(office.owner))
    assert (migrated.returncode, migrated.stdout) == (0, f"{SCHEMA_HEAD}\n"), migrated.stderr
    assert run(tmp_path, "--db", office.data_url, "search", "Nobody").returncode == 0


def _no_traceback(done: list[tuple[int, str, str]]) -> None:
    for status, _out, err in done:
        assert "Traceback" not in err and "unexpected error" not in err, err
        assert status in (0, 2) and err.count("\n") <= 1, err


def _all_at_once(base: Path, count: int, *args: str) -> list[tuple[int, str, str]]:
    processes = [start(base / str(n), *args) for n in range(count)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        results.append((process.returncode, out, err))
    return results


def test_ten_desktops_opening_a_fresh_server_at_once(office: Office, tmp_path: Path) -> None:
    done = _all_at_once(tmp_path, 10, "--db", office.data_url, "users", "list", "--json")
    _no_traceback(done)
    assert [status for status, _out, _err in done] == [0] * 10
    assert all(json.loads(out)[0]["name"] == TEST_USER for _s, out, _e in done)


def test_three_starting_at_once_on_an_empty_database(empty_office: Office,
                                                     tmp_path: Path) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    done = _all_at_once(tmp_path, 3, "--db", empty_office.admin_url, "search", "Nobody")
    _no_traceback(done)
    again = _all_at_once(tmp_path / "again", 3, "migrate", "--db", empty_office.admin_url)
    _no_traceback(again)
    assert [out for _s, out, _e in again] == [f"{SCHEMA_HEAD}\n"] * 3


def test_three_migrations_of_an_empty_database_at_once(empty_office: Office,
                                                       tmp_path: Path) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    done = _all_at_once(tmp_path, 3, "--db", empty_office.admin_url, "migrate")
    _no_traceback(done)
    assert [(status, out) for status, out, _e in done] == [(0, f"{SCHEMA_HEAD}\n")] * 3


def _checks(done: subprocess.CompletedProcess[str]) -> dict[str, bool]:
    return {step["step"]: step["passed"] for step in json.loads(done.stdout)["steps"]}


def test_selfcheck_of_the_office_server_as_the_desktops_see_it(office: Office,
                                                               tmp_path: Path) -> None:
    done = run(tmp_path, "selfcheck", "--db", office.data_url)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 6 and all(line.startswith("OK") for line in lines), done.stdout
    as_json = run(tmp_path, "selfcheck", "--db", office.data_url, "--json")
    assert _checks(as_json) == {"connect": True, "schema version": True,
                                "no schema rights": True, "audit append-only": True,
                                "search index": True, "write and read": True}
    with office.connect(postgres.SUPERUSER) as connection:  # the probe left nothing behind
        assert connection.execute("SELECT count(*) FROM client").fetchone() == (0,)


def test_selfcheck_fails_where_the_installation_is_not_safe(office: Office,
                                                            tmp_path: Path) -> None:
    as_owner = run(tmp_path, "selfcheck", "--db", office.url_as(office.owner), "--json")
    assert as_owner.returncode == 1
    assert _checks(as_owner)["no schema rights"] is False
    with office.connect(office.owner) as owner:
        owner.execute("DROP TRIGGER audit_log_append_only ON audit_log")
    unguarded = run(tmp_path, "selfcheck", "--db", office.data_url, "--json")
    assert unguarded.returncode == 1
    assert _checks(unguarded)["audit append-only"] is False
    unreachable = run(tmp_path, "selfcheck", "--db",
                      office.data_url.replace(str(office.server.port), "1"))
    assert unreachable.returncode == 1
    assert unreachable.stdout.count("\n") == 1 and "No PostgreSQL server answers" \
        in unreachable.stdout, unreachable.stdout


def test_setup_by_a_managed_servers_administrator_who_is_no_superuser(
        postgres_server: postgres.Server, tmp_path: Path) -> None:
    name = postgres_server.new_name("managed")
    manager = f"manager_{name.rsplit('_', 1)[-1]}_{os.getpid()}"
    postgres_server.execute(f'CREATE ROLE "{manager}" LOGIN CREATEROLE CREATEDB',
                            f'CREATE DATABASE "{name}" OWNER "{manager}"')
    office = Office(postgres_server, name, f"owner_m_{os.getpid()}", f"desk_m_{os.getpid()}")
    try:
        done = run(tmp_path, "office", "setup", "--db", office.url_as(manager), "--owner-role",
                   office.owner, "--data-role", office.data, "--json", env=SETUP_ENV)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["administrator"] == TEST_USER
        checked = run(tmp_path, "selfcheck", "--db", office.data_url)
        assert checked.returncode == 0, checked.stdout
    finally:
        postgres_server.drop(name)
