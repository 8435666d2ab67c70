"""Phone and address in the profile: hidden until asked for, copied through the expiring
clipboard, and a warning while the client is not safe to contact.

The fields keep their real text (so saving never writes the mask); they only display it masked,
which also keeps Qt from copying it. "Show" reveals both and records a "view" in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QVBoxLayout

from legalaid.gui.autolock import copy_sensitive
from legalaid.gui.views.client_file.profile import ProfileTab
from legalaid.gui.widgets import named


class ContactGuard(QObject):
    """Attached to a profile tab; ``reveal`` records that the contact details were shown."""

    def __init__(self, profile: ProfileTab, reveal: Callable[[], object]) -> None:
        super().__init__(profile)
        self._reveal = reveal
        self.fields = (profile.phone, profile.address)
        self.revealed = False
        self.show_actions: list[QAction] = []
        self.copy_actions: list[QAction] = []
        for field in self.fields:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            icon = field.style().standardIcon
            show = named(QAction(icon(QStyle.StandardPixmap.SP_FileDialogContentsView), "", field),
                         f"{field.objectName()}Show")
            show.triggered.connect(self.reveal)
            copy = named(QAction(icon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "", field),
                         f"{field.objectName()}Copy")
            copy.triggered.connect(lambda _checked=False, field=field: copy_sensitive(field.text()))
            field.addAction(show, QLineEdit.ActionPosition.TrailingPosition)
            field.addAction(copy, QLineEdit.ActionPosition.TrailingPosition)
            self.show_actions.append(show)
            self.copy_actions.append(copy)
        self.warning = named(QLabel(wordWrap=True), "notSafeToContact")
        self.warning.setStyleSheet("color: #c62828; font-weight: bold;")
        layout = profile.contact_box.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.warning)
        self._checkbox = profile.safe_to_contact
        self._checkbox.toggled.connect(self._update_warning)
        profile.installEventFilter(self)
        self.retranslate()
        self._update_warning()

    def reveal(self) -> None:
        if not self.revealed:
            self._reveal()
            self.revealed = True
        for field in self.fields:
            field.setEchoMode(QLineEdit.EchoMode.Normal)
        for action in self.show_actions:
            action.setVisible(False)

    def conceal(self) -> None:
        """Masked again (another client's file is shown): the next Show is recorded again."""
        self.revealed = False
        for field in self.fields:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        for action in self.show_actions:
            action.setVisible(True)

    def _update_warning(self) -> None:
        self.warning.setVisible(not self._checkbox.isChecked())

    def retranslate(self) -> None:
        for action in self.show_actions:
            action.setText(self.tr("Show"))
            action.setToolTip(self.tr("Show the contact details (recorded in the audit trail)"))
        for action in self.copy_actions:
            action.setText(self.tr("Copy"))
            action.setToolTip(self.tr("Copy; the clipboard is cleared after 30 seconds"))
        self.warning.setText(self.tr("Not safe to contact: do not call, write or visit without "
                                     "the lawyer's agreement."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
