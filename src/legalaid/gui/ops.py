"""Running service calls off the UI thread, with a busy indicator and one error route.

``run_op(parent, fn, on_done)`` runs ``fn`` on the global QThreadPool and delivers the result (or
the error, shown in the app's one error dialog) back on the UI thread. Tests and quick calls can
use ``run_now`` which does the same synchronously.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from legalaid.gui.application import show_error

T = TypeVar("T")


class _Relay(QObject):
    """Lives on the UI thread; the worker emits into it (queued across threads)."""

    done = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # reported through the one error route
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


_pending: set[_Relay] = set()


def run_op(parent: QWidget | None, fn: Callable[[], T],
           on_done: Callable[[T], Any] | None = None,
           on_error: Callable[[BaseException], Any] | None = None) -> None:
    """Run ``fn`` in the background; then ``on_done(result)`` or the error, on the UI thread."""
    relay = _Relay()
    _pending.add(relay)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def finish() -> None:
        QGuiApplication.restoreOverrideCursor()
        _pending.discard(relay)
        relay.deleteLater()

    def succeeded(result: object) -> None:
        finish()
        if on_done is not None:
            on_done(result)  # type: ignore[arg-type]

    def failed(error: object) -> None:
        finish()
        assert isinstance(error, BaseException)
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    relay.done.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Worker(fn, relay))


def run_now(parent: QWidget | None, fn: Callable[[], T]) -> T | None:
    """Run a short call on the UI thread; errors go to the same dialog and give None."""
    try:
        return fn()
    except Exception as error:
        show_error(parent, error)
        return None


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Block until background ops finished (used by tests, screenshots and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
