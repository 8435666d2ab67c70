"""Auto-lock covers the window after the idle time and only the password unlocks it; the sign-in
dialog creates the first administrator and refuses wrong passwords; sensitive copies expire."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import TEST_PASSWORD

from legalaid.gui.autolock import AutoLock, copy_sensitive
from legalaid.gui.login import LoginDialog, sign_in_with_dialog
from legalaid.gui.main_window import MainWindow
from legalaid.services.audit import AuditFilter
from legalaid.services.command_context import CommandContext

SHORT_MINUTES = 0.005  # 300 ms


def test_idle_window_is_covered_and_needs_the_password(
    qtbot: QtBot, window: MainWindow, context: CommandContext
) -> None:
    services = context.services()
    lock = AutoLock(window, services, SHORT_MINUTES)
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    cover = window.findChild(QWidget, "lockCover")
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()
    assert not window.search_action.isEnabled()  # Ctrl+K does nothing while locked

    password = cover.findChild(QLineEdit, "unlockPassword")
    qtbot.keyClicks(password, "not my password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert lock.is_locked
    message = cover.findChild(QLabel, "unlockMessage")
    assert message.text() == "Unknown user or wrong password."

    qtbot.wait(1100)  # the one-second wait after a failed attempt
    qtbot.keyClicks(password, TEST_PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.search_action.isEnabled()
    actions = [e.action for e in services.audit.entries(AuditFilter(user="admin"))]
    assert actions[:3] == ["unlock", "unlock_failed", "lock"]


def test_first_start_dialog_creates_the_administrator(
    qtbot: QtBot, context: CommandContext
) -> None:
    raw = context.services()  # the environment already created "admin": use a fresh database
    assert raw.accounts.has_accounts()
    dialog = LoginDialog(first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.repeat.isVisibleTo(dialog)
    dialog.user.setText("aliya")
    dialog.password.setText("first password")
    dialog.repeat.setText("different")
    dialog._accept_if_complete()
    assert dialog.message.text() == "The two passwords differ."
    assert dialog.result() == 0


def test_sign_in_dialog_refuses_a_wrong_password_then_accepts(
    qtbot: QtBot, context: CommandContext
) -> None:
    raw = context.services()
    answers = iter([("admin", "wrong password"), ("admin", TEST_PASSWORD)])
    messages: list[str] = []

    def fill() -> None:
        login = next((w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LoginDialog) and w.isVisible()), None)
        if login is None or login.password.text():
            return  # between two tries, or already filled
        messages.append(login.message.text())
        user, password = next(answers)
        if messages[-1]:
            qtbot.wait(1100)  # the wait after the failed attempt
        login.user.setText(user)
        login.password.setText(password)
        login._accept_if_complete()

    timer = QTimer(interval=50)
    timer.timeout.connect(fill)
    timer.start()
    try:
        actor = sign_in_with_dialog(raw)
    finally:
        timer.stop()
    assert actor.name == "admin"
    assert "Unknown user or wrong password." in messages


def test_copied_sensitive_text_leaves_the_clipboard(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    copy_sensitive("+7 700 000 00 00", clear_after_ms=200)
    assert clipboard.text() == "+7 700 000 00 00"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
