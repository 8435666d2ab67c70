"""The import wizard asks what becomes of rows that may be a client on file: a row with
Shukhrat's passport, imported with "add their names and papers to that file", grows his file
instead of making a second one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from legalaid.domain.read_models import ClientQuery
from legalaid.gui.main_window import MainWindow
from legalaid.gui.wizards.import_wizard import ImportWizard
from legalaid.services.command_context import CommandContext


def test_a_row_with_a_passport_on_file_is_added_to_that_file(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("ФИО,Дата рождения,Гражданство,Номер паспорта\n"
                    "Абдуллаев Шухрат,17.04.1991,UZ,FA1234567\n", encoding="utf-8")
    wizard = ImportWizard(window.desk.services.imports, window)
    qtbot.addWidget(wizard)
    wizard.load(path)
    qtbot.mouseClick(wizard.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.import_button.isEnabled, timeout=10000)
    before = context.services().clients.count(ClientQuery())
    # without a choice the row is refused, naming the client on file
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already on file" in wizard.summary.text(), timeout=10000)
    assert f"client {client_ids['shukhrat']}" in wizard.summary.text()
    wizard.duplicate_rows.setCurrentIndex(wizard.duplicate_rows.findData("merge"))
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "imported" in wizard.summary.text(), timeout=10000)
    services = context.services()
    assert services.clients.count(ClientQuery()) == before
    names = [name.full for name in services.clients.get(client_ids["shukhrat"]).names]
    assert names == ["Abdullaev Shukhrat", "Абдуллаев Шухрат"]
