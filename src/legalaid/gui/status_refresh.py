"""Bringing stale status snapshots up to date in the background, after the first paint.

Snapshots are dated: when the app starts on a later day (or stays open past midnight), every
client's status, days remaining and next deadline must be computed again. ``StatusRefresh`` runs
``StatusService.refresh_stale`` in a worker on its own ``QThread`` (the service opens its own
database connections there; SQLite in WAL mode lets the UI keep reading), shows the progress in
the main window's status bar, and when it is done refreshes the client list and the page in view.
Closing the window cancels the refresh after the current chunk and waits for the thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QProgressBar

from legalaid.gui.widgets import named

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 10 * 60 * 1000  # a new day is noticed within ten minutes
BUSY_DELAY_MS = 400


class _Worker(QObject):
    """Lives on the refresh thread; talks to the UI only through queued signals."""

    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(object)

    def __init__(self, refresh_stale: Callable[..., int], as_of: dt.date,
                 stop: threading.Event) -> None:
        super().__init__()
        self._refresh_stale = refresh_stale
        self._as_of = as_of
        self._stop = stop

    @Slot()
    def run(self) -> None:
        try:
            done = self._refresh_stale(self._as_of, self.progress.emit, self._stop.is_set)
        except Exception as error:  # shown through the one error route on the UI thread
            self.failed.emit(error)
        else:
            self.finished.emit(done)


class StatusRefresh(QObject):
    """Keeps the status snapshots of today for a main window; ``start()`` after the first paint."""

    done = Signal(int)  # clients refreshed (emitted on the UI thread)

    def __init__(self, window: QMainWindow, refresh_stale: Callable[..., int],
                 on_done: Callable[[], None], today: Callable[[], dt.date] = dt.date.today
                 ) -> None:
        super().__init__(window)
        self._window = window
        self._refresh_stale = refresh_stale
        self._on_done = on_done
        self._today = today
        self._stop = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._last_day: dt.date | None = None
        self.bar = named(QProgressBar(), "statusRefreshProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        window.installEventFilter(self)
        # Quitting without closing the window (desktop logout, app.exit) must stop the thread
        # too: Qt aborts the process when a running QThread is destroyed.
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.start)
        self._timer.start()

    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Refresh snapshots older than today, unless that already ran today or is running."""
        today = self._today()
        if self._thread is not None or today == self._last_day:
            return
        self._last_day = today
        self._stop.clear()
        thread = QThread(self)
        thread.setObjectName("statusRefresh")
        worker = _Worker(self._refresh_stale, today, self._stop)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._thread, self._worker = thread, worker
        thread.start()
        # A busy bar if the first chunk takes a while (nothing flashes when all is up to date).
        QTimer.singleShot(BUSY_DELAY_MS, self._show_busy)

    def _show_busy(self) -> None:
        if self._thread is not None and not self.bar.isVisible():
            self.bar.setRange(0, 0)
            self.bar.setFormat(self.tr("Updating statuses: %p%"))
            self.bar.show()

    def stop(self) -> None:
        """Cancel after the current chunk and wait for the thread (the window is closing)."""
        self._timer.stop()
        self._stop.set()
        self._end_thread()

    def _end_thread(self) -> None:
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        if worker is not None:
            worker.deleteLater()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("Updating statuses: %p%"))
        self.bar.setVisible(done < total)

    @Slot(int)
    def _finished(self, done: int) -> None:
        self.bar.hide()
        self._end_thread()
        log.info("status refresh: %d clients brought up to date", done)
        if done and not self._stop.is_set():
            self._on_done()
        self.done.emit(done)

    @Slot(object)
    def _failed(self, error: object) -> None:
        from legalaid.gui.application import show_error

        self.bar.hide()
        self._end_thread()
        if isinstance(error, BaseException):
            show_error(self._window, error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Python tears this object down, Qt may still deliver the window's last events.
        window = getattr(self, "_window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def start_status_refresh(window: QMainWindow, refresh_stale: Callable[..., int],
                         on_done: Callable[[], None],
                         today: Callable[[], dt.date] = dt.date.today) -> StatusRefresh:
    """Create the background refresh for ``window`` and start it in the next turn of the event
    loop (after the pages have painted). ``today`` is the desk's idea of the date."""
    refresh = StatusRefresh(window, refresh_stale, on_done, today)
    QTimer.singleShot(0, refresh.start)
    return refresh
