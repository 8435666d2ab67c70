"""A throwaway PostgreSQL server for the test suite, and a fresh database for each test.

The suite starts its own server (one per pytest-xdist worker): ``initdb`` into a temporary
folder, ``pg_ctl start`` on a free loopback port and a private socket folder. PostgreSQL refuses
to run as root, so as root the server runs as an unprivileged user (``nobody``). Each test gets a
database copied from a migrated template with ``CREATE DATABASE ... TEMPLATE``, which takes a few
milliseconds instead of a migration. If the server cannot start, the tests that need it fail with
the reason: nothing is skipped because PostgreSQL is missing.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")
SQLITE_ONLY, POSTGRESQL_ONLY = "sqlite_only", "postgresql_only"
# A command test about something no engine changes: run once, to keep the suite's time.
ENGINE_AGNOSTIC = "engine_agnostic"
SUPERUSER = "postgres"
UNPRIVILEGED = "nobody"
# Durability is of no use to a throwaway server: without fsync a test database is ready at once.
SERVER_OPTIONS = ("-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                  "-c max_connections=200 -c shared_buffers=64MB")


def binaries() -> Path:
    """The folder holding initdb and pg_ctl: pg_config's, Debian's, or on PATH."""
    candidates: list[str] = []
    with suppress(OSError, subprocess.CalledProcessError):
        candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True,
                                         text=True, check=True).stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    raise RuntimeError("PostgreSQL's initdb and pg_ctl were not found (./dev.sh installs the "
                       "postgresql package): the PostgreSQL half of the suite cannot run")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["setpriv", f"--reuid={UNPRIVILEGED}", f"--regid={_group_of(UNPRIVILEGED)}",
            "--clear-groups", "--", *command]


def _group_of(user: str) -> int:
    import pwd

    return pwd.getpwnam(user).pw_gid


def _run(command: list[str], timeout: float = 120) -> None:
    result = subprocess.run(_as_server_user(command), capture_output=True, text=True,
                            timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed ({result.returncode}): "
                           f"{result.stderr.strip() or result.stdout.strip()}")


@dataclass
class Server:
    """A running server: its folder, port, and a counter for database names."""

    root: Path
    port: int
    bindir: Path
    _names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    @classmethod
    def start(cls) -> Server:
        bindir = binaries()
        root = Path(tempfile.mkdtemp(prefix="legalaid-pg-"))
        if os.geteuid() == 0:
            import pwd

            account = pwd.getpwnam(UNPRIVILEGED)
            os.chown(root, account.pw_uid, account.pw_gid)
        server = cls(root, _free_port(), bindir)
        (root / "socket").mkdir()
        if os.geteuid() == 0:
            os.chown(root / "socket", account.pw_uid, account.pw_gid)
        _run([str(bindir / "initdb"), "-D", str(server.data), "-U", SUPERUSER, "-A", "trust",
              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = (f"{SERVER_OPTIONS} -p {server.port} -c listen_addresses=127.0.0.1 "
                   f"-c unix_socket_directories={root / 'socket'}")
        _run([str(bindir / "pg_ctl"), "-D", str(server.data), "-o", options, "-l",
              str(root / "server.log"), "-w", "-t", "60", "start"])
        return server

    def stop(self) -> None:
        with suppress(RuntimeError, subprocess.TimeoutExpired):
            _run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                  "stop"], timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname=database, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_name(self, prefix: str) -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def copy_of(self, template: str) -> str:
        """A new database holding what ``template`` holds; returns its name."""
        name = self.new_name("test")
        for attempt in range(20):
            try:
                self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
                return name
            except Exception as error:  # the template still had a closing connection
                if "being accessed by other users" not in str(error) or attempt == 19:
                    raise
                time.sleep(0.05)
        return name

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_started: Server | RuntimeError | None = None


def server() -> Server:
    """This process's server, started on first use; a failure to start fails every caller."""
    global _started
    if _started is None:
        import atexit

        atexit.register(stop_server)  # also when a run ends without its session teardown
        try:
            _started = Server.start()
        except (RuntimeError, OSError, KeyError, subprocess.TimeoutExpired) as error:
            _started = RuntimeError(f"the test PostgreSQL server did not start: {error}")
    if isinstance(_started, RuntimeError):
        raise _started
    return _started


def stop_server() -> None:
    global _started
    if isinstance(_started, Server):
        _started.stop()
    _started = None


def parametrise_engines(metafunc: pytest.Metafunc, fixture: str = "database_kind") -> None:
    """Run a test that uses ``fixture`` once per engine, or only on the one its marker names."""
    if fixture not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    kinds = list(ENGINES)
    if any(definition.get_closest_marker(mark) is not None
           for mark in (SQLITE_ONLY, ENGINE_AGNOSTIC)):
        kinds = ["sqlite"]
    elif definition.get_closest_marker(POSTGRESQL_ONLY) is not None:
        kinds = ["postgresql"]
    # module scope: a module's own fixtures (a base directory built once) follow the engine too
    metafunc.parametrize(fixture, kinds, indirect=True, scope="module")


def url_of(engine: object) -> str:
    """The URL that opens the same database as ``engine`` from another engine or process."""
    from sqlalchemy import Engine

    assert isinstance(engine, Engine)
    return engine.url.render_as_string(hide_password=False)


def drop_guard(connection: object, trigger: str) -> None:
    """What an attacker with the SQLite file does first: drop an append-only trigger. (On a
    server the guard is the desktop role's privileges; the test connects as the owner.)"""
    from sqlalchemy import Connection, text

    assert isinstance(connection, Connection)
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"DROP TRIGGER {trigger}"))
