"""Reminders inside the app: on start and every hour, a notice in the status bar (never a modal
dialog) when something became due or critical since the user last saw the reminders, and a
message from the notification area where the desktop has one.

"Last seen" is ``settings.reminders_last_seen`` (an ISO date); showing or dismissing the notice
sets it to today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from legalaid.gui.widgets import named
from legalaid.services.today import ReminderNews, TodayService
from legalaid.settings import Settings

HOUR_MS = 60 * 60 * 1000


def last_seen(settings: Settings, today: dt.date) -> dt.date:
    """The stored day, or yesterday on first start (so today's items are announced once)."""
    try:
        return dt.date.fromisoformat(settings.reminders_last_seen)
    except ValueError:
        return today - dt.timedelta(days=1)


class ReminderBar(QWidget):
    """The inline notice: what is new, "Show" (opens Today) and "Dismiss"."""

    show_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setStyleSheet("#reminderBar { background: #fff3e0; border-radius: 4px; }")
        self.text = named(QLabel(), "reminderText")
        self.text.setWordWrap(True)  # the Russian and Kazakh sentences outgrow the status bar
        self.show_button = named(QPushButton(), "reminderShow")
        self.dismiss_button = named(QPushButton(), "reminderDismiss")
        self.show_button.clicked.connect(self.show_requested)
        self.dismiss_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.news: ReminderNews | None = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.news is not None:
            self.show_news(self.news)  # the notice in the new language
        super().changeEvent(event)

    def message(self, news: ReminderNews) -> str:
        parts = []
        if news.overstays:
            parts.append(self.tr("%n client(s) began to overstay", "", news.overstays))
        if news.deadlines_due:
            parts.append(self.tr("%n rule deadline(s) came due", "", news.deadlines_due))
        if news.tasks_due:
            parts.append(self.tr("%n task(s) came due", "", news.tasks_due))
        if news.documents_critical:
            parts.append(self.tr("%n document(s) end within a week", "",
                                 news.documents_critical))
        if news.referrals_overdue:
            parts.append(self.tr("%n referral(s) wait for the partner's answer past the due day",
                                 "", news.referrals_overdue))
        return self.tr("Since you last looked: %1.").replace("%1", "; ".join(parts))

    def show_news(self, news: ReminderNews) -> None:
        self.news = news
        self.text.setText(self.message(news))
        self.show_button.setText(self.tr("Show Today"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.show()


class Reminders(QObject):
    """Checks now and every hour; owns the bar (in the window's status bar) and the tray icon."""

    def __init__(self, window: QMainWindow, today: TodayService, settings: Settings,
                 save_settings: Callable[[], None], show_today: Callable[[], None],
                 clock: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self.today = today
        self.clock = clock
        self.settings = settings
        self._save = save_settings
        self._show_today = show_today
        self.news: ReminderNews | None = None
        self.bar = ReminderBar()
        window.statusBar().addWidget(self.bar, 1)
        self.bar.show_requested.connect(self._open_today)
        self.bar.dismissed.connect(self.mark_seen)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> ReminderNews:
        """Look for news now; show the bar (and a tray message) when there is any."""
        today = self.clock()
        lawyer = self.settings.lawyer_name or None
        days = min((d for d in self.settings.expiry_alert_days if d >= 0), default=7)
        news = self.today.news_since(last_seen(self.settings, today), today, lawyer, days)
        self.news = news
        if news.total:
            self.bar.show_news(news)
            if self.tray is not None:
                self.tray.showMessage(self.tr("LegalAid"), self.bar.message(news))
        else:
            self.bar.hide()
        return news

    def mark_seen(self) -> None:
        self.settings.reminders_last_seen = self.clock().isoformat()
        self._save()
        self.bar.news = None
        self.bar.hide()

    def _open_today(self) -> None:
        self.mark_seen()
        self._show_today()
