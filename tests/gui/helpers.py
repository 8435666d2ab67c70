"""Helpers for driving widgets in GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from legalaid.gui.wizards.intake import IntakeWizard
from legalaid.gui.wizards.letter_fields import FieldsForm


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, key by key (QTest's key clicks accept ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def fill_intake_person(wizard: IntakeWizard, family: str, given: str, citizenship: str,
                       category: str) -> None:
    """The intake wizard's first two pages as intake staff fill them: the name, then the
    citizenship (ISO code) and the category; leaves the wizard on the travel page."""
    type_text(wizard.names.family, family)
    type_text(wizard.names.given, given)
    wizard.next()
    details = wizard.details
    details.citizenship.setCurrentIndex(details.citizenship.findData(citizenship))
    details.category.setCurrentIndex(details.category.findData(category))
    wizard.next()


def fill_police_extension(form: FieldsForm) -> None:
    """The police extension letter's own fields, as a lawyer types them."""
    for name, text in (("police_office", "УМП ДП г. Алматы"), ("reason", "лечение")):
        editor = form.editors[name]
        assert isinstance(editor, QLineEdit)
        type_text(editor, text)
    request = form.editors["request"]
    assert isinstance(request, QComboBox)
    request.setCurrentIndex(request.findText("Extension of stay"))


def open_intake(qtbot: QtBot, window: QWidget) -> IntakeWizard:
    """The intake wizard as a user opens it (Ctrl+N)."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    return wizard
