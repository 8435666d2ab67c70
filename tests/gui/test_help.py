"""Help inside the app: the guide in the interface language (F1), the shortcuts as the actions
hold them, About with the version and the rules file's date; and where save dialogs start."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.views.help import shown_location
from legalaid.paths import resource
from legalaid.services.command_context import CommandContext


def _heading(language: str) -> str:
    text = resource("help", f"{language}.html").read_text(encoding="utf-8")
    found = re.search(r"<h1>(.*?)</h1>", text)
    assert found is not None
    return found.group(1)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_f1_opens_the_guide_in_the_interface_language(qtbot: QtBot, window: MainWindow,
                                                      language: str) -> None:
    install_language(language)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    qtbot.waitUntil(guide.isVisible, timeout=2000)
    assert guide.browser.toPlainText().startswith(_heading(language))
    guide.close()


def test_every_guide_covers_the_same_sections() -> None:
    sections = {language: re.findall(r'<h2 id="(\w+)">',
                                     resource("help", f"{language}.html").read_text("utf-8"))
                for language in ("kk", "ru", "en")}
    assert sections["en"] == ["intake", "banner", "letters", "backups", "keys"]
    assert sections["kk"] == sections["ru"] == sections["en"]


def test_shortcuts_window_lists_the_actions_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.show_shortcuts()
    listed = window.shortcuts_dialog.listed()
    assert listed["User guide"] == "F1"
    assert listed["Refresh"] == "F5"
    assert listed["Back"].split(", ")[0] == "Alt+Left"
    assert listed["Forward"].split(", ")[0] == "Alt+Right"
    assert "Backspace" not in listed["Back"]  # a key pressed while typing never goes back
    assert listed["Search clients"] == "Ctrl+K"
    window.shortcuts_dialog.close()
    window.file_page()  # the client file's own keys, once it is built
    window.show_shortcuts()
    assert window.shortcuts_dialog.listed()["New letter"] == "Ctrl+L"
    window.shortcuts_dialog.close()
    # Read from the actions: a key given to an action is listed, not a list kept by hand.
    window.about_action.setShortcut(QKeySequence("Ctrl+Shift+F1"))
    window.show_shortcuts()
    assert window.shortcuts_dialog.listed()["About LegalAid"] == "Ctrl+Shift+F1"
    window.shortcuts_dialog.close()


def test_about_shows_version_rules_date_and_database(qtbot: QtBot, window: MainWindow,
                                                     context: CommandContext) -> None:
    with resource("rules", "kz.toml").open("rb") as file:
        rules = tomllib.load(file)
    assert isinstance(rules["pack"]["published"], dt.date)
    window.show_about()
    about = window.about
    assert about.version.text() == version("legalaid")
    assert rules["pack"]["published"].strftime("%d.%m.%Y") in about.rules.text()
    assert f'{rules["pack"]["id"]} {rules["pack"]["version"]}' in about.rules.text()
    assert about.database.text() == context.database_target
    assert Path(about.database.text()).parent == context.paths.data_dir
    about.close()


def test_a_server_database_is_shown_without_its_password() -> None:
    shown = shown_location("postgresql+psycopg://desk:s3cret@db.example:5432/legalaid")
    assert shown == "postgresql+psycopg://desk@db.example:5432/legalaid"


def test_save_dialogs_start_in_the_documents_folder(qtbot: QtBot, window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    asked: list[str] = []

    def get_save_file_name(parent: object, title: str, where: str,
                           filters: str) -> tuple[str, str]:
        asked.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    window.show_page("calendar")
    qtbot.mouseClick(window.calendar_page.export_button, Qt.MouseButton.LeftButton)
    # In tests the base dir stands for the documents folder.
    assert asked == [str(tmp_path / "base" / "deadlines.ics")]
