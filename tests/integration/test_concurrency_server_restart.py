"""The office server restarted or gone mid-session: the next operation reconnects, or says in one
sentence that the server at HOST:PORT is unreachable (a command exits 2), never a traceback. The
test runs its own server, so stopping it disturbs no other test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from tests import postgres

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.domain.enums import Script
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.errors import ServerUnreachable
from legalaid.services import Services, build_services

pytestmark = pytest.mark.postgresql_only


def _pg_ctl(server: postgres.Server, *arguments: str) -> None:
    options = (f"{postgres.SERVER_OPTIONS} -p {server.port} -c listen_addresses=127.0.0.1 "
               f"-c unix_socket_directories={server.root / 'socket'}")
    postgres._run([str(server.bindir / "pg_ctl"), "-D", str(server.data), "-o", options,
                   "-l", str(server.root / "server.log"), "-w", "-t", "60", *arguments])


def stop(server: postgres.Server) -> None:
    _pg_ctl(server, "-m", "fast", "stop")


def start(server: postgres.Server) -> None:
    _pg_ctl(server, "start")


@pytest.fixture
def own_server(database_kind: str) -> Iterator[postgres.Server]:
    server = postgres.Server.start()
    yield server
    server.stop()


@pytest.fixture
def office(own_server: postgres.Server) -> Iterator[tuple[Engine, Services, str]]:
    own_server.execute('CREATE DATABASE "office"')
    url = own_server.url("office")
    engine = create_engine_for(url)
    migrate_to_head(engine)
    yield engine, build_services(engine), url
    engine.dispose()


def client() -> ClientRecord:
    return ClientRecord(names=(NameSpelling("Omarova", "Aliya", Script.LATIN),),
                        citizenship="KG")


def test_a_restarted_server_is_reconnected_to_by_the_next_operation(
        own_server: postgres.Server, office: tuple[Engine, Services, str]) -> None:
    _, services, _ = office
    client_id = services.clients.add(client())
    assert services.clients.get(client_id).names[0].family == "Omarova"
    stop(own_server)
    start(own_server)
    assert services.clients.get(client_id).names[0].family == "Omarova"
    second = services.clients.add(client())
    assert services.clients.version(second) == 1


def test_a_server_that_is_down_is_named_in_one_sentence(
        own_server: postgres.Server, office: tuple[Engine, Services, str]) -> None:
    _, services, url = office
    client_id = services.clients.add(client())
    stop(own_server)
    where = f"127.0.0.1:{own_server.port}"
    with pytest.raises(ServerUnreachable, match=f"the database server at {where} is "
                                                "unreachable"):
        services.clients.get(client_id)
    with pytest.raises(ServerUnreachable):
        services.audit.record("lawyer1", "view", "client", client_id, client_id)
    result = subprocess.run([sys.executable, "-m", "legalaid", "--db", url, "search", "Omarova"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"legalaid: the database server at {where} is unreachable; check that it is running "
        "and that this computer can reach it"]
    start(own_server)  # back: the same services work again
    assert services.clients.get(client_id).names[0].family == "Omarova"


def test_server_connections_carry_the_statement_timeout(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "2min"
