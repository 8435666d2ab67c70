"""The one op runner: every service call the GUI makes that may write or take a while.

``Op(parent, work, changes)`` runs ``work`` on the thread pool (the services open their own
connections there; SQLite in WAL mode lets the UI keep reading), shows a busy cursor and, when
asked, a progress dialog with Cancel; on the UI thread it then announces what changed (a frozen
``Changes``, see ``gui/changes.py``) and calls the success callback. A failure goes to the
handler registered for its type (a refusal shown beside the form's fields) or else through
``report_error``, the app's one error route. No other module of the GUI starts threads.

    Op(self, lambda: clients.add_note(client_id, note), Changes.client(client_id)) \
        .success(lambda _: self.notes.note_saved()) \
        .handle(ValidationError, self.notes.refused) \
        .run()
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from legalaid.errors import LegalAidError
from legalaid.gui.application import report_error
from legalaid.gui.changes import Changes, announce

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)
DIALOG_DELAY_MS = 400  # quick work finishes before a progress dialog would flash


class Progress:
    """Handed to long work: ``report(done, total)`` from the worker, ``cancelled()`` to stop
    between chunks. Both are safe to call from the worker thread."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the UI thread; the worker emits into it (queued across threads)."""

    finished = Signal()
    progressed = Signal(int, int)


class _Outcome:
    """What the work returned or raised, written by the worker before it signals."""

    def __init__(self) -> None:
        self.result: object = None
        self.error: BaseException | None = None
        self.ready = threading.Event()


class _Worker(QRunnable):
    def __init__(self, fn: Callable[[], object], outcome: _Outcome, relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._outcome = outcome
        self._relay = relay

    def run(self) -> None:
        try:
            self._outcome.result = self._fn()
        except Exception as error:  # reported on the UI thread
            self._outcome.error = error
        # Signal first: once ``ready`` is set the UI thread may deliver and delete the relay.
        with contextlib.suppress(RuntimeError):  # the app is shutting down: nobody to tell
            self._relay.finished.emit()
        self._outcome.ready.set()


_running: set[Op[Any]] = set()


class Op(Generic[T]):
    """One service call off the UI thread; build it, chain the callbacks, then ``run()``."""

    def __init__(self, parent: QWidget | None, work: Callable[[], T],
                 changes: Changes | Callable[[T], Changes] | None = None) -> None:
        self._parent = parent
        self._work = work
        self._changes = changes
        self._on_success: Callable[[T], object] | None = None
        self._handlers: list[tuple[type[BaseException], Callable[[Any], object]]] = []
        self._on_progress: Callable[[int, int], object] | None = None
        self._on_finish: Callable[[], object] | None = None
        self._dialog_label: str | None = None
        self._dialog_name = "opProgress"
        self._cancel_text: str | None = None
        self._busy_cursor = True
        self._dialog: QProgressDialog | None = None
        self._relay = _Relay()
        self._outcome = _Outcome()
        self._delivered = False
        self.progress = Progress(self._relay)

    @classmethod
    def tracked(cls, parent: QWidget | None, work: Callable[[Progress], T],
                changes: Changes | Callable[[T], Changes] | None = None) -> Op[T]:
        """An op whose work reports progress and may be cancelled between chunks."""
        holder: list[Op[T]] = []
        op = cls(parent, lambda: work(holder[0].progress), changes)
        holder.append(op)
        return op

    # -- building --------------------------------------------------------------------------------
    def success(self, fn: Callable[[T], object]) -> Op[T]:
        self._on_success = fn
        return self

    def handle(self, kind: type[E], fn: Callable[[E], object]) -> Op[T]:
        """Errors of ``kind`` go to ``fn`` (shown where the user acted) instead of the dialog."""
        self._handlers.append((kind, fn))
        return self

    def finally_(self, fn: Callable[[], object]) -> Op[T]:
        """Called after success or failure (re-enable a button, hide a bar)."""
        self._on_finish = fn
        return self

    def on_progress(self, fn: Callable[[int, int], object]) -> Op[T]:
        self._on_progress = fn
        return self

    def with_dialog(self, label: str, *, cancel: str | None = None,
                    name: str = "opProgress") -> Op[T]:
        """A progress dialog (after a short delay) for long work such as batches and imports;
        with a ``cancel`` button text, that button asks the work to stop between chunks."""
        self._dialog_label = label
        self._dialog_name = name
        self._cancel_text = cancel
        return self

    def quietly(self) -> Op[T]:
        """No busy cursor: background upkeep the user did not ask for."""
        self._busy_cursor = False
        return self

    # -- running ---------------------------------------------------------------------------------
    def run(self) -> Op[T]:
        _running.add(self)
        if self._busy_cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        relay = self._relay
        relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        if self._dialog_label is not None:
            self._open_dialog(self._dialog_label)
        QThreadPool.globalInstance().start(_Worker(self._work, self._outcome, relay))
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def wait(self, timeout_ms: int) -> bool:
        """Block until the work ended and deliver its outcome now (the window is closing and
        the event loop may not turn again); False if it is still running after the timeout."""
        if not self._outcome.ready.wait(timeout_ms / 1000):
            return False
        self._deliver()
        return True

    def running(self) -> bool:
        return self in _running

    def _open_dialog(self, label: str) -> None:
        dialog = QProgressDialog(label, self._cancel_text or "", 0, 0, self._live_parent())
        dialog.setObjectName(self._dialog_name)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(DIALOG_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancel_text:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog

    def _live_parent(self) -> QWidget | None:
        """The parent unless it was deleted meanwhile (a dialog closed while the op ran)."""
        parent = self._parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setRange(0, max(total, 1))
            self._dialog.setValue(done)
        if self._on_progress is not None and self._parent_alive():
            self._on_progress(done, total)

    def _parent_alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _finish(self) -> None:
        if self._busy_cursor:
            QGuiApplication.restoreOverrideCursor()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        self._relay.deleteLater()
        _running.discard(self)
        if self._on_finish is not None and self._parent_alive():
            self._on_finish()

    def _deliver(self) -> None:
        if self._delivered:
            return
        self._delivered = True
        self._finish()
        if self._outcome.error is None:
            self._succeeded(cast(T, self._outcome.result))
        else:
            self._failed(self._outcome.error)

    def _succeeded(self, result: T) -> None:
        # The widget that asked first (a dialog closes, a form is marked saved), then the pages.
        if self._on_success is not None and self._parent_alive():
            self._on_success(result)
        changes = self._changes(result) if callable(self._changes) else self._changes
        if changes is not None:
            announce(changes)

    def _failed(self, error: BaseException) -> None:
        for kind, handler in self._handlers:
            if isinstance(error, kind) and self._parent_alive():
                handler(error)
                return
        report_error(self._live_parent(), error)


def run_op(parent: QWidget | None, fn: Callable[[], T],
           on_done: Callable[[T], Any] | None = None,
           on_error: Callable[[BaseException], Any] | None = None) -> None:
    """``Op`` without changes, for callers that refresh by themselves; ``on_error`` gets the
    app's own refusals, anything unexpected goes through ``report_error`` (logged, then shown)."""
    op = Op(parent, fn)
    if on_done is not None:
        op.success(on_done)
    if on_error is not None:
        op.handle(LegalAidError, on_error)
    op.run()


_locks: dict[str, threading.Lock] = {}


def one_at_a_time(key: str, fn: Callable[[], T]) -> Callable[[], T]:
    """``fn`` run under one lock per ``key``: two saves of the same file never overtake each
    other, so the last one started writes the newest state."""
    lock = _locks.setdefault(key, threading.Lock())

    def locked() -> T:
        with lock:
            return fn()

    return locked


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Block until every op finished and delivered its result (tests, screenshots, shutdown)."""
    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        QThreadPool.globalInstance().waitForDone(50)
        QCoreApplication.processEvents()
    return not _running
