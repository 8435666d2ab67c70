"""The Settings page: interface language (applied live), the at-risk threshold and the lawyer's
own name (whose clients "my clients" shows); the rules packs window opens from here, and a
database passphrase the system keyring remembers for the account is forgotten here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from legalaid.gui.i18n import language_names
from legalaid.gui.widgets import named
from legalaid.settings import Settings

if TYPE_CHECKING:
    from legalaid.gui.main_window import MainWindow
    from legalaid.gui.views.rules_page import RulesPage


class SettingsPage(QWidget):
    """Edits ``Settings`` in place and tells the main window to save them."""

    language_changed = Signal(str)
    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language_box = named(QComboBox(), "languageBox")
        for code, name in language_names().items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(settings.language))
        self.language_box.currentIndexChanged.connect(self._language_picked)
        self.threshold = named(QSpinBox(minimum=1, maximum=90), "atRiskThreshold")
        self.threshold.setValue(settings.at_risk_threshold_days)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.lawyer_name = named(QLineEdit(settings.lawyer_name), "lawyerName")
        self.lawyer_name.setMaxLength(200)
        self.lawyer_name.editingFinished.connect(self._lawyer_name_changed)
        self._labels = [QLabel(), QLabel(), QLabel()]
        self._labels[0].setBuddy(self.language_box)
        self._labels[1].setBuddy(self.threshold)
        self._labels[2].setBuddy(self.lawyer_name)
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.language_box)
        form.addRow(self._labels[1], self.threshold)
        form.addRow(self._labels[2], self.lawyer_name)
        self.retranslate()

    def _language_picked(self) -> None:
        code = str(self.language_box.currentData())
        if code != self._settings.language:
            self._settings.language = code
            self.language_changed.emit(code)

    def _threshold_changed(self, value: int) -> None:
        self._settings.at_risk_threshold_days = value
        self._unit()
        self.changed.emit()

    def _unit(self) -> None:
        """The threshold's unit agrees with its number ("1 day", "2 дня", "5 дней")."""
        self.threshold.setSuffix(self.tr(" day(s)", "after the number of days",
                                         self.threshold.value()))

    def _lawyer_name_changed(self) -> None:
        name = self.lawyer_name.text().strip()
        if name != self._settings.lawyer_name:
            self._settings.lawyer_name = name
            self.changed.emit()

    def retranslate(self) -> None:
        self._labels[0].setText(self.tr("Interface &language:"))
        self._labels[1].setText(self.tr("&At risk when fewer days left than:"))
        self._unit()
        self.language_box.setAccessibleName(self.tr("Interface language"))
        self._labels[2].setText(self.tr("&My name as lawyer (for \"my clients\"):"))
        self.lawyer_name.setPlaceholderText(self.tr("as written in the clients' files"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EntryButton(QWidget):
    """A Settings button that opens a window of its own; its text follows the interface
    language (``text`` is asked again on each change)."""

    def __init__(self, name: str, text: Callable[[], str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._text = text
        self.button = named(QPushButton(), name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self._text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RulesEntryPoint(EntryButton):
    """The Settings button that opens the rules packs window (``rules_page``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("openRulesPacks", lambda: self.tr("Rules packs…"),
                         window.settings_page)
        self._window = window
        self.button.clicked.connect(self.open_page)
        self.page: RulesPage | None = None

    def open_page(self) -> RulesPage:
        from PySide6.QtCore import Qt

        from legalaid.gui.views.rules_page import RulesPage
        from legalaid.services.roles import Action

        if self.page is None:
            desk = self._window.desk
            self.page = RulesPage(desk.services.rule_packs,
                                  may_change=desk.permissions.may(Action.RULES),
                                  parent=self._window)
            self.page.setWindowFlag(Qt.WindowType.Window)
            self.page.open_client.connect(lambda client_id, _tab: self._window.open_client(
                client_id))
        self.page.show()
        return self.page


def add_rules_section(window: MainWindow) -> RulesEntryPoint:
    """The rules packs entry on the Settings page (everyone previews; supervisors change)."""
    layout = window.settings_page.layout()
    assert isinstance(layout, QFormLayout)
    entry = RulesEntryPoint(window)
    layout.addRow(entry)
    return entry


class RememberedPassphraseEntry(QWidget):
    """The Settings row that makes this computer forget the database passphrase its keyring
    keeps for the signed-in account (shown only while it keeps one)."""

    def __init__(self, path: Path, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path, self._user = path, user
        self.note = named(QLabel(wordWrap=True), "rememberedPassphraseNote")
        self.forget = named(QPushButton(), "forgetPassphrase")
        self.forget.clicked.connect(self.forget_passphrase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.forget)
        self.retranslate()

    def forget_passphrase(self) -> None:
        from legalaid.services import remembered

        remembered.forget(self._path, self._user)
        self.setVisible(remembered.is_remembered(self._path, self._user))

    def retranslate(self) -> None:
        self.note.setText(self.tr("This computer remembers the database passphrase for your "
                                  "account."))
        self.forget.setText(self.tr("Forget"))
        self.forget.setAccessibleName(self.tr("Forget the remembered database passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_remembered_passphrase_section(window: MainWindow) -> RememberedPassphraseEntry | None:
    """The "Forget" row on the Settings page, when the keyring keeps the passphrase of this
    database for the user signed in."""
    from legalaid.services import remembered
    from legalaid.services.opening import database_file

    path, user = database_file(window.context), window.desk.permissions.user
    if path is None or not user or not remembered.is_remembered(path, user):
        return None
    layout = window.settings_page.layout()
    assert isinstance(layout, QFormLayout)
    entry = RememberedPassphraseEntry(path, user, window.settings_page)
    layout.addRow(entry)
    return entry
