"""Help inside the app: the user guide, the keyboard shortcuts and About.

The guide is shipped as ``resources/help/{kk,ru,en}.html`` and shown in the interface language.
The shortcuts window lists the keys of the main window's actions as they are set (nothing is
listed by hand). About shows the version, the rules file's version and date (read from the
file itself) and where the database is.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from legalaid import __version__
from legalaid.gui.i18n import format_date
from legalaid.gui.widgets import named
from legalaid.paths import resource

if TYPE_CHECKING:
    from legalaid.context import AppContext

GUIDE_LANGUAGES = ("kk", "ru", "en")


def guide_path(language: str) -> Path:
    """The guide in ``language``, or in English when there is none in it."""
    return resource("help", f"{language if language in GUIDE_LANGUAGES else 'en'}.html")


class GuideWindow(QDialog):
    """The user guide, a window of its own beside the main one."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.browser = named(QTextBrowser(), "guideText")
        self.browser.setOpenExternalLinks(False)
        self.path = guide_path(language)
        self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.setWindowTitle(self.browser.documentTitle() or self.tr("User guide"))
        self.resize(720, 640)


def _keys_text(keys: list[QKeySequence]) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                     for key in keys if not key.isEmpty())


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def shortcut_rows(actions: list[QAction], shortcuts: list[QShortcut]) -> list[tuple[str, str]]:
    """(what it does, its keys) of every action with keys, then of every shortcut that says
    what it does (its "what's this"), as they are set now."""
    rows = [(_plain(action.text()), _keys_text(action.shortcuts())) for action in actions]
    rows += [(_plain(shortcut.whatsThis()), _keys_text([shortcut.key()]))
             for shortcut in shortcuts if shortcut.whatsThis()]
    return [row for row in rows if row[0] and row[1]]


class ShortcutsDialog(QDialog):
    """What each action does and its keys, as the actions hold them."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardShortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = named(QTableWidget(len(rows), 2), "shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def listed(self) -> dict[str, str]:
        """What the window lists: action -> keys."""
        cells = [(self.table.item(row, 0), self.table.item(row, 1))
                 for row in range(self.table.rowCount())]
        return {what.text(): keys.text() for what, keys in cells if what and keys}


@dataclass(frozen=True)
class RulesFileInfo:
    path: Path
    version: str
    date: dt.date | None


def rules_file_info(path: Path | None) -> RulesFileInfo:
    """The rules pack's id, version and publication date (the shipped file by default)."""
    path = path or resource("rules", "kz.toml")
    try:
        with path.open("rb") as file:
            raw = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError):
        return RulesFileInfo(path, "", None)
    pack = raw.get("pack")
    if not isinstance(pack, dict):
        return RulesFileInfo(path, "", None)
    published = pack.get("published")
    shown = " ".join(str(part) for part in (pack.get("id"), pack.get("version")) if part)
    return RulesFileInfo(path, shown, published if isinstance(published, dt.date) else None)


def shown_location(target: str) -> str:
    """The database's file, or its server URL without the password."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    host = parts.hostname or ""
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}{host}{port}"))


class AboutDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LegalAid"))
        rules = rules_file_info(context.rules_path)
        self.version = named(QLabel(__version__), "aboutVersion")
        self.rules = named(QLabel(self._rules_text(rules)), "aboutRules")
        self.rules.setToolTip(str(rules.path))
        self.database = named(QLabel(shown_location(context.database_target)), "aboutDatabase")
        self.backups = named(QLabel(str(context.backup_dir)), "aboutBackups")
        for label in (self.rules, self.database, self.backups):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(self.tr("Case management for organisations giving free legal aid to "
                               "migrants."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Rules file"), self.rules)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Backup folder"), self.backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _rules_text(self, rules: RulesFileInfo) -> str:
        if not rules.version and rules.date is None:
            return self.tr("%1 (no version given)").replace("%1", rules.path.name)
        return (self.tr("version %1 of %2").replace("%1", rules.version or "—")
                .replace("%2", format_date(rules.date) if rules.date else "—"))
