"""Settings → Backups on the real main window: back up now, restore after confirming."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from legalaid.domain.read_models import ClientQuery
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.services.command_context import CommandContext

from .conftest import ASEL


def test_back_up_now_then_restore_it_after_confirming(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    section = window.backup_section
    window.nav.setCurrentRow(window.nav.count() - 1)  # Settings
    assert section.isVisible()
    assert section.folder.text() == str(context.paths.backup_dir)
    assert not section.restore.isEnabled()  # nothing chosen yet
    before = section.list.count()
    section.back_up.click()
    qtbot.waitUntil(lambda: section.status.text() == "Backup taken and verified.", timeout=15000)
    assert section.list.count() == before + 1
    assert "by hand" in section.list.item(0).text()
    clients = context.services().clients
    clients.add(ASEL)
    assert clients.count(ClientQuery()) == 4
    section.list.setCurrentRow(0)
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    with qtbot.waitSignal(section.restored, timeout=15000):
        section.restore.click()
    assert "Clients: now 4, in the backup 3" in asked[0]
    assert "kept as a safety copy" in asked[0]
    assert clients.count(ClientQuery()) == 3
    assert section.status.text().startswith("The backup was restored.")
    safety = list((context.backup_dir / "safety").glob("*-before-restore.backup"))
    assert len(safety) == 1 and str(safety[0]) in section.status.text()
    assert section.list.count() == before + 1  # the safety copy is outside the rotation


def test_keep_and_folder_are_saved_in_the_settings(
        window: MainWindow, context: CommandContext, tmp_path: object) -> None:
    from pathlib import Path

    from legalaid.settings import load

    assert isinstance(tmp_path, Path)
    section = window.backup_section
    section.keep.setValue(3)
    section.set_folder(tmp_path / "usb")
    assert wait_idle()  # the settings file is written off the UI thread
    saved = load(context.paths.settings_file)
    assert saved.backup_keep == 3
    assert saved.backup_folder == str(tmp_path / "usb")
    assert context.services().backups.folder == tmp_path / "usb"


def test_a_backup_with_far_fewer_clients_needs_their_number_typed(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    section = window.backup_section
    window.nav.setCurrentRow(window.nav.count() - 1)  # Settings
    section.back_up.click()
    qtbot.waitUntil(lambda: section.status.text() == "Backup taken and verified.", timeout=15000)
    clients = context.services().clients
    clients.add_many([ASEL] * 4)
    assert clients.count(ClientQuery()) == 7
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    typed: list[str] = []

    def get_text(_parent: object, _title: str, label: str) -> tuple[str, bool]:
        typed.append(label)
        return ("7" if len(typed) == 1 else "3"), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    section.list.setCurrentRow(0)
    section.restore.click()
    qtbot.waitUntil(lambda: section.status.text() == "Nothing was restored.", timeout=15000)
    assert "only 3 clients; the database holds 7 now" in typed[0]
    assert clients.count(ClientQuery()) == 7
    section.list.setCurrentRow(0)
    with qtbot.waitSignal(section.restored, timeout=15000):
        section.restore.click()
    assert clients.count(ClientQuery()) == 3
