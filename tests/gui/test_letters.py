"""The letter wizard from the client file's Letters tab, end to end over a real migrated
database: pick a template, a missing required field highlighted, fill it, preview, save."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from tests.gui.conftest import ASEL, SHUKHRAT
from tests.gui.helpers import type_text

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.views.client_file.letters_tab import LettersTab
from legalaid.gui.wizards.letter import LetterWizard
from legalaid.gui.wizards.letter_fields import MISSING_STYLE
from legalaid.services import build_services


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    engine = create_engine_for(str(tmp_path / "case.sqlite"))
    migrate_to_head(engine)
    yield Desk(build_services(engine))
    engine.dispose()


def _file(qtbot: QtBot, desk: Desk, client_id: int) -> tuple[QWidget, LettersTab]:
    """A stand-in for the client file page: the scope of Ctrl+L, holding the Letters tab."""
    ensure_application()
    install_language("en")
    page = QWidget()
    tab = LettersTab(desk, client_id, page)
    QVBoxLayout(page).addWidget(tab)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, tab


def _open_wizard(qtbot: QtBot, tab: LettersTab) -> LetterWizard:
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    wizard = tab.wizard
    assert isinstance(wizard, LetterWizard)
    qtbot.waitExposed(wizard)
    return wizard


def _choose(wizard: LetterWizard, template_id: str) -> None:
    items = wizard.template_page.list
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
            items.setCurrentRow(row)
            return
    raise AssertionError(template_id)


def test_wizard_highlights_a_missing_field_previews_and_saves_to_the_register(
        qtbot: QtBot, desk: Desk) -> None:
    _page, tab = _file(qtbot, desk, desk.clients.add(SHUKHRAT))
    wizard = _open_wizard(qtbot, tab)
    # A labour immigrant: the migration police letter suits him and is offered before
    # letters for other categories (the kandas application does not suit him).
    ids = [wizard.template_page.list.item(r).data(Qt.ItemDataRole.UserRole)
           for r in range(wizard.template_page.list.count())]
    assert ids.index("police_extension") < ids.index("kandas_application")
    _choose(wizard, "police_extension")
    wizard.next()
    form = wizard.fields_page.fields
    # Prefilled from the file: his passport number; required and empty: the police office.
    passport = form.editors["passport_number"]
    assert isinstance(passport, QLineEdit) and passport.text() == "FA1234567"
    assert "police_office" in form.missing_names()
    assert form.editors["police_office"].styleSheet() == MISSING_STYLE
    assert "Required for this letter" in form.editors["police_office"].toolTip()
    wizard.next()  # refused: the letter cannot go without the office
    assert wizard.currentPage() is wizard.fields_page
    office = form.editors["police_office"]
    assert isinstance(office, QLineEdit)
    type_text(office, "УМП ДП г. Алматы")
    form.editors["request"].setCurrentIndex(1)  # type: ignore[attr-defined]
    reason = form.editors["reason"]
    assert isinstance(reason, QLineEdit)
    type_text(reason, "лечение")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    qtbot.mouseClick(wizard.preview_page.save_button, Qt.MouseButton.LeftButton)
    number = f"LA-{dt.date.today().year}/0001"
    assert wizard.preview_page.saved_label.text() == f"Saved to the register as {number}."
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == number
    stored = desk.services.letters.pdf(desk.services.letters.letters()[0].id)
    assert stored == preview.pdf_bytes()
    wizard.close()


def test_ctrl_l_in_the_client_file_starts_a_letter(qtbot: QtBot, desk: Desk) -> None:
    page, tab = _file(qtbot, desk, desk.clients.add(ASEL))
    page.activateWindow()
    qtbot.waitActive(page)
    tab.table.setFocus()
    qtbot.keyClick(page.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wizard = tab.wizard
    assert isinstance(wizard, LetterWizard)
    assert wizard.template_page.list.count() == 12
    wizard.close()


def test_letters_page_lists_the_register_and_saves_the_organisation(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from legalaid.gui.views.letters_page import LettersPage, OrganisationDialog
    from legalaid.services.letters import LetterRequest

    ensure_application()
    install_language("en")
    page = LettersPage(desk)
    qtbot.addWidget(page)
    page.show()
    dialog = OrganisationDialog(desk, page)
    qtbot.addWidget(dialog)
    dialog.edits["name"].clear()
    type_text(dialog.edits["name"], "«Құқық» қоры")
    dialog.edits["prefix"].setText("KQ")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG not really")  # a broken logo must not stop a letter
    dialog.set_logo(logo)
    dialog.save()
    assert desk.services.letters.organisation().prefix == "KQ"
    client_id = desk.clients.add(SHUKHRAT)
    desk.services.letters.save(LetterRequest(
        "police_extension", client_id, "kk",
        fields={"police_office": "Алматы", "request": "trp", "reason": "жұмыс"}))
    page.refresh()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == f"KQ-{dt.date.today().year}/0001"
    assert page.table.item(0, 4).text() == str(client_id)


def test_batch_dialog_runs_in_the_background_and_sums_up(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from legalaid.gui.views.letters_batch import BatchDialog

    ensure_application()
    install_language("en")
    desk.clients.add(SHUKHRAT)
    desk.clients.add(ASEL)
    dialog = BatchDialog(desk)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("referral_medical"))
    dialog.group.setCurrentIndex(dialog.group.findData("all"))
    dialog.folder.setText(str(tmp_path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    summary = dialog.summary
    assert summary is not None and summary.total == 2
    # Required wizard fields were left empty: each client is skipped with the field named.
    assert len(summary.skipped) == 2 and all(s.field for s in summary.skipped)
    assert "Skipped: 2." in dialog.summary_box.text()
    assert list(tmp_path.glob("*.pdf")) == []
    dialog.summary_box.close()
