"""The real main window over a real, migrated, temporary database with a few clients."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import FRESH_MARK, cheap_argon2, database_key
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db import crypto
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.services.signin import initialise
from legalaid.settings import Settings

ASEL = ClientRecord(
    names=(NameSpelling("Қоңыратова", "Әсел", Script.CYRILLIC),),
    sex=Sex.FEMALE, date_of_birth=dt.date(1994, 3, 8), citizenship="KG",
    category=Category.EAEU_WORKER,
)
SHUKHRAT = ClientRecord(
    names=(NameSpelling("Abdullaev", "Shukhrat", Script.LATIN, source="passport"),),
    sex=Sex.MALE, date_of_birth=dt.date(1991, 4, 17), citizenship="UZ",
    category=Category.LABOUR_IMMIGRANT,
    documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                              valid_until=dt.date(2031, 1, 1)),),
)
IVAN = ClientRecord(
    names=(NameSpelling("Петров", "Иван", Script.CYRILLIC, "Сергеевич"),),
    sex=Sex.MALE, date_of_birth=dt.date(1985, 11, 2), citizenship="RU",
    category=Category.VISITOR,
)


FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.when in ("setup", "call") and report.failed:
        item.stash[FAILED] = True
    return report


def _open_windows(collect: bool) -> set[QWidget]:
    """Every top-level widget alive; with ``collect``, once deleted ones are really gone."""
    if QApplication.instance() is None:
        return set()
    if collect:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()  # a window kept only by a reference cycle goes with it
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return set(QApplication.topLevelWidgets())


@pytest.fixture(autouse=True)
def _no_leaked_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """A window that outlives its test (one not handed to qtbot, which closes and deletes those)
    lingers into the next tests with its database open: the test fails naming its class."""
    before = _open_windows(collect=False)
    yield
    if request.node.stash.get(FAILED, False):
        return  # the failure itself is what matters; its windows are no news
    # pytest keeps the test's fixture values until the very end; what only they hold goes now.
    request.node.funcargs.clear()
    leaked = _open_windows(collect=True) - before
    # What is still alive now outlives the tests: later collections need not walk it again
    # (a full collection of the whole heap takes half a second).
    gc.freeze()
    if leaked:
        names = ", ".join(sorted(type(widget).__name__ for widget in leaked))
        pytest.fail(f"windows left open after the test: {names}", pytrace=False)


# A modal dialog nobody answers keeps Qt's event loop inside exec(), where pytest-timeout's
# signal never reaches Python: the run would wait for a click forever. Such a dialog is closed
# after this long and the test fails naming it.
UNANSWERED_DIALOG_SECONDS = 60


@pytest.fixture(autouse=True)
def _no_unanswered_dialogs() -> Iterator[None]:
    ensure_application()
    waiting: dict[int, float] = {}
    closed: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            waiting.clear()
            return
        since = waiting.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - since > UNANSWERED_DIALOG_SECONDS:
            closed.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            waiting.clear()
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    timer = QTimer(interval=500)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if closed:
        pytest.fail(f"dialogs left waiting for an answer: {', '.join(closed)}", pytrace=False)


LIGHT_KDF_ITERATIONS = 4_000  # PBKDF2 rounds for passphrase databases made in GUI tests


@pytest.fixture(scope="session")
def gui_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A base directory that every GUI test copies, and the raw key of its database.

    What each test would pay again is paid here once: the encrypted database is created and
    migrated with its keyring, its administrator added (as ``legalaid users init`` does, with
    argon2's cheapest parameters, so each test's unlock takes microseconds) and its daily
    backup taken."""
    base = tmp_path_factory.getbasetemp() / "gui-template"
    paths = AppPaths.create(base).ensure()
    with pytest.MonkeyPatch.context() as patch:
        cheap_argon2(patch)
        initialise(CommandContext(paths=paths, settings=Settings()))
        opened = CommandContext(paths=paths, settings=Settings())
        # signs in as a test does: the daily backup is taken; the first start's organisation
        opened.services().letters.save_organisation(SYNTHETIC_ORGANISATION)
        opened.close()
    return base, database_key(paths.default_database)


@contextmanager
def light_key_derivation() -> Iterator[None]:
    """Databases made and opened meanwhile (in this process) stretch the passphrase with fewer
    PBKDF2 rounds: the passphrase dialogs behave as they do, each key in milliseconds."""
    def set_rounds(rounds: int | None) -> int:
        probe = crypto.quiet_driver().connect(":memory:")
        try:
            if rounds is not None:
                probe.execute(f"PRAGMA cipher_default_kdf_iter = {int(rounds)}")
            return int(probe.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
        finally:
            probe.close()

    usual = set_rounds(None)
    set_rounds(LIGHT_KDF_ITERATIONS)
    try:
        yield
    finally:
        set_rounds(usual)


@pytest.fixture(autouse=True)
def _initialised_base(request: pytest.FixtureRequest, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """GUI tests open ``tmp_path / "base"``: a copy of the template, whose database has the test
    administrator, whose password (``LEGALAID_PASSWORD``) unlocks it. A test marked
    ``fresh_database`` starts with none."""
    cheap_argon2(monkeypatch)
    if request.node.get_closest_marker(FRESH_MARK) is not None:
        with light_key_derivation():
            yield
        return
    base, _key = request.getfixturevalue("gui_template")
    shutil.copytree(base, tmp_path / "base")
    yield


@pytest.fixture
def context(tmp_path: Path) -> Iterator[CommandContext]:
    paths = AppPaths.create(tmp_path / "base").ensure()
    context = CommandContext(paths=paths, settings=Settings(last_page="clients"))
    yield context
    context.close()


@pytest.fixture
def client_ids(context: CommandContext) -> dict[str, int]:
    clients = context.services().clients
    return {"asel": clients.add(ASEL), "shukhrat": clients.add(SHUKHRAT),
            "ivan": clients.add(IVAN)}


@pytest.fixture
def window(qtbot: QtBot, context: CommandContext,
           client_ids: dict[str, int]) -> Iterator[MainWindow]:
    ensure_application()
    install_language("en")
    main = MainWindow(context, Desk(context.services()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    install_language("en")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns that it cannot pass size hints to a window manager
    # it does not have; that says nothing about the app.
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))

