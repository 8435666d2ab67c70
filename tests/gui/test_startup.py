"""Start-up as a user sees it: the window first, then the list; shortcuts; remembered state."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot
from tests.conftest import TEST_PASSPHRASE, TEST_PASSWORD, TEST_USER

from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.errors import ValidationError
from legalaid.gui.main_window import PAGES, MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.startup import AFTER_PAINT, StartMode, Startup, Step
from legalaid.services.command_context import CommandContext
from legalaid.settings import load

LIGHT_MODULES = "import legalaid.app, legalaid.gui.startup, legalaid.gui.application"


def test_the_window_shell_does_not_load_the_database_layer() -> None:
    # What is imported before the first paint decides how soon the window appears.
    code = f"{LIGHT_MODULES}; import sys; print(sorted(m for m in sys.modules " \
           "if m.split('.')[0] in ('sqlalchemy', 'reportlab', 'alembic')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def _names(window: MainWindow) -> list[str]:
    model = window.clients_page.model
    return sorted(model.row_at(row).name for row in range(model.rowCount()))


def test_window_is_painted_before_the_list_fills(qtbot: QtBot, context: CommandContext,
                                                 client_ids: dict[str, int]) -> None:
    startup = Startup(context)
    window = startup.begin()
    qtbot.addWidget(window)
    assert not window.is_attached()
    assert window.findChild(QLineEdit, "globalSearch") is not None
    assert window.opening_page.label.text() == "Opening the client database…"
    assert window.nav.item(1).text() == "Clients"
    with qtbot.waitSignal(startup.finished, timeout=10000):
        pass
    assert startup.done == [step.name for step in AFTER_PAINT]
    assert window.stack.currentWidget() is window.clients_page
    assert _names(window) == ["Abdullaev Shukhrat", "Петров Иван Сергеевич", "Қоңыратова Әсел"]


def test_text_typed_while_opening_is_searched_once_open(qtbot: QtBot, context: CommandContext,
                                                        client_ids: dict[str, int]) -> None:
    startup = Startup(context)
    window = startup.begin()
    qtbot.addWidget(window)
    window.search_box.setText("petrov")
    with qtbot.waitSignal(startup.finished, timeout=10000):
        pass
    qtbot.waitUntil(lambda: _names(window) == ["Петров Иван Сергеевич"], timeout=3000)


def test_a_person_signs_in_once_to_unlock_after_the_window_is_painted(
        qtbot: QtBot, context: CommandContext, client_ids: dict[str, int]) -> None:
    shown: list[tuple[str, bool]] = []
    startup = Startup(context, mode=StartMode(passphrase_dialog=True, login_dialog=True))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible() \
                or (shown and shown[-1][0] == dialog.objectName()):
            return
        shown.append((dialog.objectName(), startup.window.is_attached()))
        if dialog.objectName() == "unlockDialog":
            field(dialog, "unlockPassphrase").setText(TEST_PASSPHRASE)
        else:
            field(dialog, "loginUser").setText(TEST_USER)
            field(dialog, "loginPassword").setText(TEST_PASSWORD)
        dialog.accept()

    timer = QTimer(interval=20)
    timer.timeout.connect(answer)
    timer.start()
    window = startup.begin()
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.finished, timeout=20000):
        pass
    timer.stop()
    # One dialog, one secret: the password unlocks the database (no passphrase is asked).
    assert shown == [("loginDialog", False)]
    assert _names(window) == ["Abdullaev Shukhrat", "Петров Иван Сергеевич", "Қоңыратова Әсел"]


def field(dialog: QDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None
    return found


def test_a_failing_step_shows_the_error_and_ends(qtbot: QtBot, context: CommandContext,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("legalaid.gui.application.report_error",
                        lambda _parent, error: shown.append(str(error)))
    exits: list[int] = []
    monkeypatch.setattr("legalaid.gui.startup.QCoreApplication.exit", exits.append)

    def refuse(_startup: Startup) -> None:
        raise ValidationError("database", "cannot be opened")

    startup = Startup(context, (Step("open", refuse), *AFTER_PAINT[1:]))
    window = startup.begin()
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.failed, timeout=10000) as failed:
        pass
    assert failed.args == ["open"]
    assert shown == ["database: cannot be opened"]
    assert exits == [2]
    assert not window.is_attached()


def test_ctrl_f_focuses_search_and_f5_shows_a_client_added_elsewhere(
        qtbot: QtBot, window: MainWindow, context: CommandContext) -> None:
    window.activateWindow()
    window.clients_page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    context.services().clients.add(ClientRecord(
        names=(NameSpelling("Omarova", "Dana", Script.LATIN),), sex=Sex.FEMALE,
        citizenship="KG", category=Category.EAEU_WORKER))
    assert "Omarova Dana" not in _names(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "Omarova Dana" in _names(window)
    assert window.clients_page.count_label.text() == "4 clients"


def test_ctrl_n_opens_the_intake_wizard(qtbot: QtBot, window: MainWindow) -> None:
    from legalaid.gui.wizards.intake import IntakeWizard

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(IntakeWizard) is not None, timeout=3000)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_ctrl_s_saves_the_client_file_shown(qtbot: QtBot, window: MainWindow,
                                            client_ids: dict[str, int],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # nothing to save
    window.open_client(client_ids["ivan"])
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None
    saved: list[str] = []
    monkeypatch.setattr(window.client_file, "save", lambda: saved.append("file"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == ["file"]


def test_geometry_and_last_page_come_back_at_next_start(qtbot: QtBot, window: MainWindow,
                                                        context: CommandContext) -> None:
    window.resize(760, 540)  # within the offscreen screen (800 x 800): restoring keeps it
    window.show_page("settings")
    qtbot.wait(10)
    size = (window.width(), window.height())
    window.close()
    context.settings = load(context.paths.settings_file)
    startup = Startup(context)
    again = startup.begin()
    qtbot.addWidget(again)
    with qtbot.waitSignal(startup.finished, timeout=10000):
        pass
    assert again.stack.currentWidget() is again.settings_page
    assert again.nav.currentRow() == PAGES.index("settings")
    assert (again.width(), again.height()) == size
