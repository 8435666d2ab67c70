"""Auto-lock: after the idle time (Settings ``autolock_minutes``) or when Qt reports that the
application was suspended, the window is covered, every database connection is closed and the
user's password is asked again. Sensitive text copied with ``copy_sensitive`` leaves the clipboard
after 30 s.

What Qt can tell: ``applicationStateChanged`` reports ``ApplicationSuspended`` where the platform
says the session sleeps or locks (mobile platforms, some desktop sessions); on Linux desktops a
screen lock usually shows up only as ``ApplicationInactive``, which is also what switching to
another window gives, so only the idle timer covers that case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import AccessDenied, ValidationError
from legalaid.gui.widgets import named

if TYPE_CHECKING:
    from legalaid.services import Services

CLIPBOARD_CLEAR_MS = 30_000
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel})


def copy_sensitive(text: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
    """Copy ``text`` and take it off the clipboard later, unless something else was copied."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)

    def clear() -> None:
        if clipboard.text() == text:
            clipboard.clear()

    QTimer.singleShot(clear_after_ms, clear)


class LockCover(QWidget):
    """What covers the locked window: who is signed in, the password, Unlock."""

    unlock_requested = Signal(str)

    def __init__(self, user: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("LegalAid is locked"))
        title.setStyleSheet("font-size: 18pt")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Signed in as %1. Type your password to continue.")
                                .replace("%1", user)))
        self.password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "unlockPassword")
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._submit)
        layout.addWidget(self.password)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), "unlockButton")
        self.unlock_button.clicked.connect(self._submit)
        layout.addWidget(self.unlock_button)
        self.message = named(QLabel(), "unlockMessage")
        self.message.setStyleSheet("color: #b00020")
        layout.addWidget(self.message)

    def _submit(self) -> None:
        self.unlock_requested.emit(self.password.text())
        self.password.clear()


class AutoLock(QObject):
    """Watches for activity and locks the window after ``minutes`` without any."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, services: Services, minutes: float) -> None:
        super().__init__(window)
        self.setObjectName("autoLock")
        self._window = window
        self._services = services
        self.cover: LockCover | None = None
        self._disabled: list[QAction] = []
        self._timer = QTimer(self, singleShot=True, interval=max(1, int(minutes * 60_000)))
        self._timer.timeout.connect(self.lock)
        self._timer.start()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._state_changed)

    @property
    def is_locked(self) -> bool:
        return self.cover is not None

    def _user(self) -> str:
        access = getattr(self._services, "access", None)
        return access.actor.name if access is not None else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.is_locked:
            self._timer.start()
        elif watched is self._window and event.type() == QEvent.Type.Resize and self.cover:
            self.cover.setGeometry(self._window.rect())
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock()

    def lock(self) -> None:
        """Cover the window, disable its shortcuts and close the database connections."""
        if self.is_locked:
            return
        self._timer.stop()
        self._services.audit.record(self._user(), "lock")
        self._services.close()  # the engine reconnects on the first call after unlocking
        self._disabled = [a for a in self._window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self.cover = LockCover(self._user(), self._window)
        self.cover.unlock_requested.connect(self.try_unlock)
        self.cover.setGeometry(self._window.rect())
        self.cover.show()
        self.cover.raise_()
        self.cover.password.setFocus()
        self.locked.emit()

    def try_unlock(self, password: str) -> bool:
        """Unlock when the signed-in user's password is right; otherwise say why not."""
        from legalaid.gui.login import problem_text

        if self.cover is None:
            return True
        try:
            self._services.accounts.authenticate(self._user(), password)
        except (AccessDenied, ValidationError) as error:
            self._services.audit.record(self._user(), "unlock_failed")
            self.cover.message.setText(problem_text(error))
            return False
        self._services.audit.record(self._user(), "unlock")
        for action in self._disabled:
            action.setEnabled(True)
        self.cover.hide()
        self.cover.deleteLater()
        self.cover = None
        self._timer.start()
        self.unlocked.emit()
        return True


def start_autolock(startup: Startup) -> None:
    """Start-up step after the pages: lock after the configured idle minutes."""
    minutes = startup.context.settings.autolock_minutes
    if minutes > 0:
        AutoLock(startup.window, startup.require_desk().services, minutes)


if TYPE_CHECKING:
    from legalaid.gui.startup import Startup
