"""Bringing stale status snapshots up to date in the background, after the first paint.

Snapshots are dated: when the app starts on a later day (or stays open past midnight), every
client's status, days remaining and next deadline must be computed again. ``StatusRefresh`` runs
``StatusService.refresh_stale`` as an op (see ``gui/ops.py``), shows its progress in the main
window's status bar and, when clients were brought up to date, announces the change so the client
list and the agenda pages show today's verdicts. Closing the window cancels the refresh after the
current chunk and waits for it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressBar

from legalaid.gui.changes import CLIENT_DATA, Changes
from legalaid.gui.ops import Op, Progress
from legalaid.gui.widgets import named

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 10 * 60 * 1000  # a new day is noticed within ten minutes
BUSY_DELAY_MS = 400
STOP_WAIT_MS = 30_000


class StatusRefresh(QObject):
    """Keeps the status snapshots of today for a main window; ``start()`` after the first paint."""

    done = Signal(int)  # clients refreshed (emitted on the UI thread)

    def __init__(self, window: QMainWindow, refresh_stale: Callable[..., int],
                 on_done: Callable[[], None] | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self._window = window
        self._refresh_stale = refresh_stale
        self._on_done = on_done
        self._today = today
        self._op: Op[int] | None = None
        self._last_day: dt.date | None = None
        self.bar = named(QProgressBar(), "statusRefreshProgress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        window.installEventFilter(self)
        # Quitting without closing the window (desktop logout, app.exit) must stop the work too.
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.start)
        self._timer.start()

    def running(self) -> bool:
        return self._op is not None and self._op.running()

    def start(self) -> None:
        """Refresh snapshots older than today, unless that already ran today or is running."""
        today = self._today()
        if self.running() or today == self._last_day:
            return
        self._last_day = today

        def work(progress: Progress) -> int:
            return self._refresh_stale(today, progress.report, progress.cancelled)

        self._op = Op.tracked(self._window, work, self._changes).quietly() \
            .on_progress(self._progress).success(self._finished) \
            .finally_(self.bar.hide).run()
        # A busy bar if the first chunk takes a while (nothing flashes when all is up to date).
        QTimer.singleShot(BUSY_DELAY_MS, self._show_busy)

    def _changes(self, done: int) -> Changes:
        return Changes.of(*CLIENT_DATA) if done and not self._op_cancelled() else Changes()

    def _show_busy(self) -> None:
        if self.running() and not self.bar.isVisible():
            self.bar.setRange(0, 0)
            self.bar.setFormat(self.tr("Updating statuses: %p%"))
            self.bar.show()

    def stop(self) -> None:
        """Cancel after the current chunk and wait for it (the window is closing)."""
        self._timer.stop()
        if self._op is not None and self._op.running():
            self._op.cancel()
            self._op.wait(STOP_WAIT_MS)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setFormat(self.tr("Updating statuses: %p%"))
        self.bar.setVisible(done < total)

    def _finished(self, done: int) -> None:
        log.info("status refresh: %d clients brought up to date", done)
        if done and self._on_done is not None and not self._op_cancelled():
            self._on_done()
        self.done.emit(done)

    def _op_cancelled(self) -> bool:
        return self._op is not None and self._op.progress.cancelled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Python tears this object down, Qt may still deliver the window's last events.
        window = getattr(self, "_window", None)
        if window is not None and watched is window and event.type() == QEvent.Type.Close:
            self.stop()
        return False


def start_status_refresh(window: QMainWindow, refresh_stale: Callable[..., int],
                         on_done: Callable[[], None] | None = None,
                         today: Callable[[], dt.date] = dt.date.today) -> StatusRefresh:
    """Create the background refresh for ``window`` and start it in the next turn of the event
    loop (after the pages have painted). ``today`` is the desk's idea of the date."""
    refresh = StatusRefresh(window, refresh_stale, on_done, today)
    QTimer.singleShot(0, refresh.start)
    return refresh
