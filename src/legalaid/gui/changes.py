"""What an op changed, and the one place that hears about it.

Every op that writes says what it changed as a frozen ``Changes`` (which kinds of data, for which
clients); the op runner announces it on the hub, the main window re-emits it as its ``changes``
signal and each page refreshes only when a kind it shows changed. A page out of sight refreshes
when it is next shown, so a write costs one refresh of the page in view, not of every page.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class Kind(enum.Enum):
    """The kinds of data a page may show."""

    LIST_ROWS = "list_rows"  # a client's record: names, status, the client list
    DEADLINES = "deadlines"  # documents, trips, tasks: Today and the Calendar
    LETTERS = "letters"  # the letters register
    REFERRALS = "referrals"
    SETTINGS = "settings"  # the organisation profile, thresholds, the lawyer's name
    LANGUAGE = "language"  # the interface language: labels drawn from data change too


CLIENT_DATA = (Kind.LIST_ROWS, Kind.DEADLINES)


@dataclass(frozen=True)
class Changes:
    """Kinds changed, and the clients they concern (empty: any client, or none in particular)."""

    kinds: frozenset[Kind] = frozenset()
    clients: frozenset[int] = frozenset()

    @classmethod
    def of(cls, *kinds: Kind, clients: Iterable[int] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(clients))

    @classmethod
    def client(cls, client_id: int, *kinds: Kind) -> Changes:
        """An edit of one client's file (by default its record and deadlines)."""
        return cls.of(*(kinds or CLIENT_DATA), clients=(client_id,))

    @classmethod
    def everything(cls) -> Changes:
        return cls(frozenset(Kind))

    def touches(self, kinds: Iterable[Kind]) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def concerns(self, client_id: int) -> bool:
        return not self.clients or client_id in self.clients

    def __or__(self, other: Changes) -> Changes:
        clients = frozenset() if not self.clients or not other.clients \
            else self.clients | other.clients
        return Changes(self.kinds | other.kinds, clients)


class _Hub(QObject):
    changed = Signal(object)  # Changes


_hub: _Hub | None = None


def hub() -> _Hub:
    """The one sender of changes (created with the first op; lives as long as the app)."""
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub


def announce(changes: Changes) -> None:
    """Tell every page what changed (on the UI thread)."""
    if changes.kinds:
        hub().changed.emit(changes)


class Refresher(QObject):
    """Refreshes a page when a change of a kind it shows arrives: at once when the page is in
    view, else the next time it is shown."""

    def __init__(self, page: QWidget, kinds: Iterable[Kind], refresh: Callable[[], None],
                 client_id: int | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._kinds = frozenset(kinds)
        self._refresh = refresh
        self._client_id = client_id
        self.stale = False
        page.installEventFilter(self)

    def follow(self, client_id: int) -> None:
        """The page now shows another client: only that client's changes concern it, and what
        was missed of the previous one no longer matters."""
        self._client_id = client_id
        self.stale = False

    def apply(self, changes: object) -> None:
        if not isinstance(changes, Changes) or not changes.touches(self._kinds):
            return
        if self._client_id is not None and not changes.concerns(self._client_id):
            return
        if self._page.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.stale and watched is self._page and event.type() == QEvent.Type.Show:
            self.stale = False
            self._refresh()
        return False
