"""The Today page and the calendar's month view over the demo database, after the snapshots exist.

Measured: building the Today page with every count, its first list and the chart, painted
offscreen (target under 300 ms at 100,000 clients); the month view (counts of six weeks, the grid
and the chosen day's agenda) painted (target under 100 ms). The floor is the cheapest query of
the page: counting the status snapshots by status through sqlite3 directly.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from typing import Any

from harness import BenchEnv, result

TODAY_TARGET_S = 0.300
MONTH_TARGET_S = 0.100
FLOOR_SQL = "SELECT status, count(*) FROM status_snapshot GROUP BY status"


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from legalaid.gui.application import ensure_application
    from legalaid.gui.views.calendar import CalendarPage
    from legalaid.gui.views.today import TodayPage

    ensure_application()
    repeat = 5 if quick else 9
    context = env.context()
    services = context.services()
    connection = sqlite3.connect(env.db_path)
    floor = env.measure(lambda: connection.execute(FLOOR_SQL).fetchall(), repeat)

    def today_page() -> None:
        page = TodayPage(services.today, services.status, services.case_templates,
                         context.settings)
        page.resize(1280, 760)
        page.grab()  # paints every child: counts, list and chart
        page.deleteLater()
        QApplication.processEvents()

    calendar = CalendarPage(services.calendar, services.today, services.status,
                            services.exports)
    calendar.resize(1280, 760)
    days = iter(range(10_000))

    def month_view() -> None:
        # A different month each time, so nothing is reused from the previous call.
        calendar.choose(dt.date.today() + dt.timedelta(days=31 * (next(days) % 12 + 1)))
        calendar.grab()

    rows = [
        result("Today page painted with all counts", env.measure(today_page, repeat),
               f"< {TODAY_TARGET_S * 1000:.0f} ms", "snapshot count by status", floor,
               max_seconds=TODAY_TARGET_S),
        result("Calendar month view painted", env.measure(month_view, repeat),
               f"< {MONTH_TARGET_S * 1000:.0f} ms", "snapshot count by status", floor,
               max_seconds=MONTH_TARGET_S),
    ]
    calendar.deleteLater()
    connection.close()
    return rows
