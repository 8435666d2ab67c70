"""The Reports page and the import wizard, driven through their widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from legalaid.domain.read_models import ClientQuery
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.wizards.import_wizard import ImportWizard


def _shown_figures(window: MainWindow) -> dict[str, str]:
    table = window.reports_page.figures
    return {table.item(row, 0).text(): table.item(row, 1).text()
            for row in range(table.rowCount())}


def test_report_shows_figures_and_charts_and_exports(
    qtbot: QtBot, window: MainWindow, client_ids: dict[str, int], tmp_path: Path
) -> None:
    for client_id in client_ids.values():  # breakdowns show only clients who agreed
        window.desk.services.consent.record_consent(client_id, "reporting")
    window.show_page("reports")
    page = window.reports_page
    today = dt.date.today()
    page.start.setDate(QDate(today.year, 1, 1))
    page.end.setDate(QDate(today.year, today.month, today.day))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=10000)
    figures = _shown_figures(window)
    # three clients registered today, each 1-4: shown as "<5", never the number
    assert figures["Clients served"] == "<5"
    assert figures["New clients"] == "<5"
    assert page.charts.count() >= 3
    assert page.charts.tabText(0) == "Clients by category"
    out = tmp_path / "report.csv"
    page.write(out, "csv")
    assert wait_idle()
    qtbot.waitUntil(out.exists, timeout=5000)
    assert "Clients served,<5" in out.read_text(encoding="utf-8-sig")


def test_import_wizard_dry_run_then_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Фамилия", "Имя", "Дата рождения"])
    sheet.append(["Омарова", "Динара", "12.12.1992"])
    sheet.append(["Ким", "Елена", "31.02.1979"])
    path = tmp_path / "clients.xlsx"
    workbook.save(path)
    wizard = ImportWizard(window.desk.services.imports, window)
    qtbot.addWidget(wizard)
    wizard.load(path)
    assert wizard.mapping.item(0, 0).text() == "Фамилия"
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.findings.rowCount() == 1, timeout=10000)
    assert wizard.findings.item(0, 0).text() == "3"
    assert wizard.findings.item(0, 2).text() == "31.02.1979"
    assert not wizard.import_button.isEnabled()

    sheet["C3"] = "28.02.1979"
    workbook.save(path)
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.import_button.isEnabled, timeout=10000)
    before = window.desk.services.clients.count(ClientQuery())
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported" in wizard.summary.text(), timeout=10000)
    assert window.desk.services.clients.count(ClientQuery()) == before + 2
