"""The desktop and the office server: the first start's choice, Test connection, TLS modes, the
password kept in the keyring and never in settings.json, a server at another schema, and Settings
→ Backups for a server database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests import postgres

from legalaid.gui.startup import AFTER_PAINT, StartMode, Startup
from legalaid.gui.views.office_server import OfficeServerDialog
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings

from .memory_keyring import MemoryKeyring, memory_keyring_installed

pytestmark = pytest.mark.fresh_database
SERVER_PASSWORD = "server password, made up"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring_installed() as store:
        yield store


@pytest.fixture
def server_copy(postgres_server: postgres.Server, postgres_initialised: str) -> Iterator[str]:
    """A server database with the test administrator; its name."""
    name = postgres_server.copy_of(postgres_initialised)
    yield name
    postgres_server.drop(name)


@pytest.fixture
def fresh_context(tmp_path: Path) -> Iterator[CommandContext]:
    context = CommandContext(paths=AppPaths.create(tmp_path / "desk").ensure(),
                             settings=Settings(last_page="clients"))
    yield context
    context.close()


def fill(dialog: OfficeServerDialog, server: postgres.Server, database: str,
         port: int | None = None) -> None:
    dialog.office_server.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port or server.port)
    dialog.database.setText(database)
    dialog.user.setText(postgres.SUPERUSER)
    dialog.password.setText(SERVER_PASSWORD)


def test_tls_is_at_least_require_and_verify_full_with_a_ca_file(qtbot: QtBot) -> None:
    dialog = OfficeServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.server_box.isEnabled()  # "This computer" is the first choice
    dialog.office_server.setChecked(True)
    assert dialog.server_box.isEnabled()
    assert dialog.tls_mode == "require"
    dialog.ca_file.setText("/etc/office/ca.pem")
    assert dialog.tls_mode == "verify-full"
    assert not dialog.tls_warning.isVisible()
    dialog.set_tls_mode("disable")  # a test server on this computer, chosen explicitly
    assert dialog.tls_warning.isVisible()
    assert "unencrypted" in dialog.tls_warning.text()
    dialog.ca_file.setText("")  # an explicit choice is not overridden by the CA file
    assert dialog.tls_mode == "disable"
    dialog.set_tls_mode("verify-ca")
    dialog.host.setText("db.office")
    dialog.accept()
    assert dialog.verdict.text() == "Checking the server's certificate needs the office's CA file."


@pytest.mark.postgresql_only
def test_test_connection_says_what_worked_or_what_failed(
        qtbot: QtBot, postgres_server: postgres.Server, server_copy: str) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD

    dialog = OfficeServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, postgres_server, server_copy)
    dialog.set_tls_mode("disable")
    assert dialog.test_connection()
    assert dialog.verdict.text().startswith("Connected to PostgreSQL ")
    assert f"as {postgres.SUPERUSER}, NOT encrypted; the database is at schema {SCHEMA_HEAD}" \
        in dialog.verdict.text()
    dialog.set_tls_mode("require")  # the test server offers no TLS
    assert not dialog.test_connection()
    assert "does not offer TLS" in dialog.verdict.text()
    dialog.set_tls_mode("disable")
    dialog.port.setValue(1)
    assert not dialog.test_connection()
    assert dialog.verdict.text() == ("No PostgreSQL server answers at 127.0.0.1:1: check the "
                                    "host name and port.")
    dialog.port.setValue(postgres_server.port)
    dialog.database.setText("no_such_database")
    assert not dialog.test_connection()
    assert dialog.verdict.text() == (f"The server at 127.0.0.1:{postgres_server.port} has no "
                                    "database named no_such_database.")
    assert dialog.verdict.text().count(".") >= 1 and "\n" not in dialog.verdict.text()


def _answer_location(server: postgres.Server, database: str, seen: list[str]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, OfficeServerDialog) or not dialog.isVisible() or seen:
        return
    seen.append(dialog.objectName())
    fill(dialog, server, database)
    dialog.set_tls_mode("disable")
    dialog.test_connection()
    seen.append(dialog.verdict.text())
    dialog.accept()


@pytest.mark.postgresql_only
def test_a_first_start_on_the_office_server_keeps_the_password_out_of_the_settings(
        qtbot: QtBot, postgres_server: postgres.Server, server_copy: str,
        fresh_context: CommandContext, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",  # no demo data on the empty database
                        lambda *_args: QMessageBox.StandardButton.No)
    seen: list[str] = []
    startup = Startup(fresh_context, mode=StartMode(location_dialog=True))
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: _answer_location(postgres_server, server_copy, seen))
    timer.start()
    window = startup.begin()
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.finished, timeout=30000):
        pass
    timer.stop()
    assert startup.done == [step.name for step in AFTER_PAINT]
    assert seen[0] == "officeServerDialog" and seen[1].startswith("Connected"), seen
    settings_file = fresh_context.paths.settings_file
    written = settings_file.read_text(encoding="utf-8")
    assert SERVER_PASSWORD not in written
    assert json.loads(written)["database"] == (
        f"postgresql+psycopg://{postgres.SUPERUSER}@127.0.0.1:{postgres_server.port}/"
        f"{server_copy}?sslmode=disable")
    assert list(memory_keyring.kept.values()) == [SERVER_PASSWORD]
    assert not fresh_context.paths.default_database.exists()  # no file was made instead
    # Settings changed later are saved without it too.
    fresh_context.settings.backup_keep = 4
    fresh_context.save_settings()
    assert SERVER_PASSWORD not in settings_file.read_text(encoding="utf-8")
    for path in fresh_context.paths.log_dir.rglob("*"):
        assert SERVER_PASSWORD not in path.read_text(errors="replace")


@pytest.mark.postgresql_only
def test_a_password_an_older_version_left_in_the_settings_moves_to_the_keyring(
        qtbot: QtBot, postgres_server: postgres.Server, server_copy: str,
        fresh_context: CommandContext, memory_keyring: MemoryKeyring) -> None:
    from legalaid.gui.views.office_server import server_password

    settings_file = fresh_context.paths.settings_file
    url = postgres_server.url(server_copy)
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"database": url.replace(
        f"{postgres.SUPERUSER}@", f"{postgres.SUPERUSER}:{SERVER_PASSWORD.replace(' ', '%20')}@"
    )}), encoding="utf-8")
    from legalaid.settings import load

    fresh_context.settings = load(settings_file)
    server_password(fresh_context, None, ask=False)
    assert SERVER_PASSWORD not in settings_file.read_text(encoding="utf-8")
    assert list(memory_keyring.kept.values()) == [SERVER_PASSWORD]
    assert fresh_context.database is not None  # this run still connects with it


def _set_revision(server: postgres.Server, database: str, revision: str) -> None:
    with psycopg.connect(host="127.0.0.1", port=server.port, user=postgres.SUPERUSER,
                         dbname=database, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = %s", (revision,))


@pytest.mark.postgresql_only
@pytest.mark.parametrize(("revision", "ending"), [
    ("0099", "newer than this app ({head}): update LegalAid"),
    ("0011", "older than this app ({head}): ask the administrator to run `legalaid migrate`"),
])
def test_a_desktop_never_migrates_a_server_database(
        qtbot: QtBot, postgres_server: postgres.Server, server_copy: str,
        fresh_context: CommandContext, monkeypatch: pytest.MonkeyPatch,
        revision: str, ending: str) -> None:
    from legalaid.db.migrate import SCHEMA_HEAD, current_revision
    from legalaid.db.session import create_engine_for

    _set_revision(postgres_server, server_copy, revision)
    shown: list[str] = []
    monkeypatch.setattr("legalaid.gui.application.report_error",
                        lambda _parent, error: shown.append(str(error)))
    exits: list[int] = []
    monkeypatch.setattr("legalaid.gui.startup.QCoreApplication.exit", exits.append)
    fresh_context.database = postgres_server.url(server_copy)
    startup = Startup(fresh_context)
    window = startup.begin()
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.failed, timeout=20000) as failed:
        pass
    assert failed.args == ["server"]
    assert shown == [f"the database is at schema {revision}, "
                     + ending.format(head=SCHEMA_HEAD)]
    assert exits == [2]
    engine = create_engine_for(postgres_server.url(server_copy))
    try:
        assert current_revision(engine) == revision  # untouched
    finally:
        engine.dispose()


@pytest.mark.postgresql_only
def test_backups_of_a_server_database_are_the_servers(
        qtbot: QtBot, postgres_server: postgres.Server, server_copy: str,
        fresh_context: CommandContext) -> None:
    from legalaid.gui.views.backup_settings import BackupSection

    fresh_context.database = postgres_server.url(server_copy)
    section = BackupSection(fresh_context.services().backups, fresh_context)
    qtbot.addWidget(section)
    section.show()
    assert section.server_note.isVisible()
    assert "pg_dump" in section.server_note.text()
    for control in (section.back_up, section.restore, section.list, section.folder,
                    section.passphrase):
        assert not control.isVisible()


@pytest.mark.postgresql_only
def test_a_desktop_on_an_empty_server_database_asks_for_the_office_setup(
        qtbot: QtBot, postgres_server: postgres.Server, fresh_context: CommandContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    name = postgres_server.new_name("empty")
    postgres_server.execute(f'CREATE DATABASE "{name}"')
    shown: list[str] = []
    monkeypatch.setattr("legalaid.gui.application.report_error",
                        lambda _parent, error: shown.append(str(error)))
    monkeypatch.setattr("legalaid.gui.startup.QCoreApplication.exit", lambda _status: None)
    fresh_context.database = postgres_server.url(name)
    try:
        startup = Startup(fresh_context)
        window = startup.begin()
        qtbot.addWidget(window)
        with qtbot.waitSignal(startup.failed, timeout=20000):
            pass
        assert shown == ["the server database has no LegalAid tables yet: ask the "
                         "administrator to run `legalaid office setup`"]
        with psycopg.connect(host="127.0.0.1", port=postgres_server.port,
                             user=postgres.SUPERUSER, dbname=name) as connection:
            assert connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                      "'public'").fetchone() == (0,)
    finally:
        postgres_server.drop(name)
