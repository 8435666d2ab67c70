"""Settings → Rules packs: the impact of a lowered EAEU limit lists the client it moves, a
double-click opens that client, and activating it leaves the line in Today and in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.paths import resource

TODAY = dt.date.today()
LIMIT_90 = "params = { window_days = 180, window_limit = 90 }\ncitation = \"research article"


def lowered_pack() -> str:
    text = resource("rules", "kz.toml").read_text(encoding="utf-8")
    assert LIMIT_90 in text
    return text.replace('id = "kz-2026.1"\nversion = 1', 'id = "kz-2026.2"\nversion = 2') \
        .replace(LIMIT_90, LIMIT_90.replace("= 90", "= 60")) + (
        '\n[[pack.changes]]\nversion = 2\nrules = ["STAY-02"]\n'
        'en = "EAEU limit lowered to 60 days."\nru = "Лимит ЕАЭС снижен до 60 дней."\n'
        'kk = "ЕАЭО шегі 60 күнге дейін азайтылды."\n')


def visitor(family: str, entered_days_ago: int) -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling(family, "Anna", Script.LATIN),), sex=Sex.FEMALE,
        date_of_birth=dt.date(1990, 1, 1), citizenship="RU", category=Category.VISITOR,
        trips=(TripRecord(entry=TODAY - dt.timedelta(days=entered_days_ago)),))


def test_the_impact_page_lists_the_moved_client_and_opens_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    clients = window.desk.services.clients
    moved = clients.add(visitor("Orlova", 70))  # 90 days: 20 left; 60 days: overstaying
    other = clients.add(visitor("Belova", 20))  # still lawful, 30 days sooner
    window.show_page("settings")
    page = window.rules_entry.open_page()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: "kz-2026.1" in page.active_label.text(), timeout=10000)
    page.preview(lowered_pack(), "lowered.toml")
    qtbot.waitUntil(lambda: page.impact is not None, timeout=30000)
    assert page.diff_table.item(0, 0).text() == "STAY-02"
    assert page.diff_table.item(0, 3).text() == "90 → 60"
    table = page.clients
    shown = {table.item(row, 0).text(): [table.item(row, c).text() for c in (1, 2, 5)]
             for row in range(table.rowCount())}
    assert shown == {f"Client {moved}": ["Lawful", "Overstay", "-30"],
                     f"Client {other}": ["Lawful", "Lawful", "-30"]}
    assert [page.counts_table.item(0, c).text() for c in (0, 1, 2, 3)] == [
        "STAY-02", "2", "1", "2"]  # rule, clients, status changed, last lawful day moved
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("status"))
    assert table.rowCount() == 1 and table.item(0, 0).text() == f"Client {moved}"
    out = tmp_path / "impact.xlsx"
    page.export(out)
    assert wait_idle()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "Client" and rows[1][0] == moved and len(rows) == 2

    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wait_idle()  # the file is read off the UI thread
    assert window.client_file is not None and window.client_file.client_id == moved

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kz-2026.2" in page.active_label.text(), timeout=30000)
    assert window.desk.services.status.get(moved).status.value == "OVERSTAY"
    window.today_page.refresh()
    qtbot.waitUntil(lambda: window.today_page.rules_note.isVisibleTo(window.today_page),
                    timeout=10000)
    assert window.today_page.rules_note.text() == (
        "Rules updated: 2 clients changed (kz-2026.2 (version 2) replaced kz-2026.1 "
        "(version 1))")
    window.open_client(other)
    assert wait_idle()
    history = window.client_file.history.table
    assert "Status changed because rules pack kz-2026.2 replaced kz-2026.1" in [
        history.item(row, 2).text() for row in range(history.rowCount())]
