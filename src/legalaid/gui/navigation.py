"""Browser-like navigation of the main window.

``History`` remembers the places visited (a page, or a client's file) for Back and Forward;
``RecentClients`` the clients opened this session, newest first; ``MouseButtons`` turns the
mouse's back and forward buttons, pressed anywhere over the window, into Back and Forward;
``SearchBox`` is the top search box, whose Return and Down keys the window acts on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

HISTORY_LIMIT = 100
RECENT_LIMIT = 10


@dataclass(frozen=True)
class Place:
    """Where the user was: a page of the navigation list, or a client's file."""

    page: str
    client_id: int | None = None

    @classmethod
    def client(cls, client_id: int) -> Place:
        return cls("client", client_id)


class History:
    """The places visited, as a browser keeps them: visiting a new place forgets what lay
    ahead; visiting the place one is at changes nothing."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self.current: Place | None = None
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[:-self.limit]
        self.current = place
        self._forward.clear()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Place | None:
        """The previous place (now the current one), or None at the start."""
        return self._step(self._back, self._forward)

    def forward(self) -> Place | None:
        """The next place (now the current one), or None at the end."""
        return self._step(self._forward, self._back)

    def _step(self, towards: list[Place], behind: list[Place]) -> Place | None:
        if not towards or self.current is None:
            return None
        behind.append(self.current)
        self.current = towards.pop()
        return self.current


class RecentClients:
    """The clients whose files were opened this session, newest first, each once."""

    def __init__(self, limit: int = RECENT_LIMIT) -> None:
        self.limit = limit
        self._items: list[tuple[int, str]] = []

    def add(self, client_id: int, name: str) -> None:
        others = [item for item in self._items if item[0] != client_id]
        self._items = [(client_id, name), *others[: self.limit - 1]]

    def items(self) -> list[tuple[int, str]]:
        return list(self._items)


class MouseButtons(QObject):
    """The mouse's back and forward buttons over ``window`` (or any widget inside it)."""

    def __init__(self, window: QWidget, back: Callable[[], object],
                 forward: Callable[[], object]) -> None:
        super().__init__(window)
        self._window, self._back, self._forward = window, back, forward

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(watched, QWidget):
            return False
        if watched is not self._window and not self._window.isAncestorOf(watched):
            return False
        assert isinstance(event, QMouseEvent)
        if event.button() == Qt.MouseButton.BackButton:
            self._back()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self._forward()
            return True
        return False


class SearchBox(QLineEdit):
    """The top search box: Down moves on into the results (``down_pressed``)."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
