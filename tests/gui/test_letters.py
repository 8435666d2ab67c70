"""The letter wizard from the client file's Letters tab, end to end over a real migrated
database: pick a template, a missing required field highlighted, fill it, preview, save."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from tests.gui import conftest as gui
from tests.gui.helpers import fill_police_extension, type_text
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.domain.records import ClientRecord
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.letters_tab import LettersTab
from legalaid.gui.views.pdf_preview import PdfPreview
from legalaid.gui.wizards.letter import LetterWizard
from legalaid.gui.wizards.letter_fields import MISSING_STYLE, FieldsForm
from legalaid.services import build_services
from legalaid.services.letters.compose import LetterRequest

# Letters are signed by the client's lawyer: a letter naming an empty one is refused.
ASEL = replace(gui.ASEL, lawyer="С. Қалиева")
SHUKHRAT = replace(gui.SHUKHRAT, lawyer="С. Қалиева")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    engine = create_engine_for(str(tmp_path / "case.sqlite"))
    migrate_to_head(engine)
    services = build_services(engine)
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)  # as the first start asks
    yield Desk(services)
    engine.dispose()


def _file(qtbot: QtBot, desk: Desk, client_id: int) -> tuple[QWidget, LettersTab]:
    """A stand-in for the client file page: the scope of Ctrl+L, holding the Letters tab."""
    ensure_application()
    install_language("en")
    page = QWidget()
    tab = LettersTab(desk.services.letters, desk.services.consent, desk.permissions, page)
    tab.show_client(client_id)
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
    client_id = desk.services.clients.add(SHUKHRAT)
    desk.services.consent.record_consent(client_id, "legal_aid")
    _page, tab = _file(qtbot, desk, client_id)
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
    assert wait_idle()
    assert wizard.currentPage() is wizard.fields_page
    office = form.editors["police_office"]
    assert isinstance(office, QLineEdit)
    type_text(office, "УМП ДП г. Алматы")
    form.editors["request"].setCurrentIndex(1)  # type: ignore[attr-defined]
    reason = form.editors["reason"]
    assert isinstance(reason, QLineEdit)
    type_text(reason, "лечение")
    wizard.next()
    assert wait_idle()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    qtbot.mouseClick(wizard.preview_page.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    number = f"LA-{dt.date.today().year}/0001"
    assert wizard.preview_page.saved_label.text() == f"Saved to the register as {number}."
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 0).text() == number
    stored = desk.services.letters.pdf(desk.services.letters.letters()[0].id)
    assert stored == preview.pdf_bytes()
    wizard.close()


def _form_label(form: FieldsForm, name: str) -> str:
    label = form.form.labelForField(form.editors[name])
    assert isinstance(label, QLabel)
    return label.text().removesuffix(" *")


def test_wizard_marks_every_missing_field_at_once_by_its_label(qtbot: QtBot,
                                                               desk: Desk) -> None:
    client_id = desk.services.clients.add(ASEL)  # no passport recorded
    desk.services.consent.record_consent(client_id, "legal_aid")
    _page, tab = _file(qtbot, desk, client_id)
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    wizard.next()  # refused: four required fields are empty
    assert wait_idle()
    assert wizard.currentPage() is wizard.fields_page
    form = wizard.fields_page.fields
    empty = {"passport_number", "police_office", "request", "reason"}
    assert set(form.missing_names()) == empty
    message = form.problem.text()
    labels = {name: _form_label(form, name) for name in empty}
    assert labels["police_office"] == "Migration police office"  # the template's own label
    assert labels["passport_number"] == "Passport number"
    for label in labels.values():
        assert label in message
    for cli_or_internal in ("--field", "VALUE", "police_office", "passport_number"):
        assert cli_or_internal not in message
    # A field filled in loses its mark; the message goes with the last one.
    office = form.editors["police_office"]
    assert isinstance(office, QLineEdit)
    type_text(office, "УМП ДП г. Алматы")
    assert "police_office" not in form.missing_names()
    assert form.problem.text()
    passport = form.editors["passport_number"]
    assert isinstance(passport, QLineEdit)
    qtbot.keyClicks(passport, "N1234567")
    fill_police_extension(form)
    assert form.missing_names() == []
    assert form.problem.text() == ""
    wizard.close()


def test_ctrl_l_in_the_client_file_starts_a_letter(qtbot: QtBot, desk: Desk) -> None:
    page, tab = _file(qtbot, desk, desk.services.clients.add(ASEL))
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
    from legalaid.services.letters.compose import LetterRequest

    ensure_application()
    install_language("en")
    page = LettersPage(desk.services.letters, desk.services.clients, desk.services.consent)
    qtbot.addWidget(page)
    page.show()
    dialog = OrganisationDialog(desk.services.letters, page)
    qtbot.addWidget(dialog)
    name = dialog.languages.edits[("name", "kk")]
    name.clear()
    type_text(name, "«Құқық» қоры")
    dialog.prefix.setText("KQ")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG not really")  # a broken logo must not stop a letter
    dialog.set_logo(logo)
    dialog.save()
    assert wait_idle()
    assert desk.services.letters.organisation().prefix == "KQ"
    client_id = desk.services.clients.add(SHUKHRAT)
    desk.services.letters.save(LetterRequest(
        "police_extension", client_id, "kk",
        fields={"police_office": "Алматы", "request": "trp", "reason": "жұмыс"}))
    page.refresh()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == f"KQ-{dt.date.today().year}/0001"
    # The client by name and the language by its name, in the interface language.
    assert page.table.item(0, 4).text() == "Abdullaev Shukhrat"
    assert page.table.item(0, 2).text() == "Kazakh"
    install_language("ru")  # the page follows the switch by itself
    qtbot.waitUntil(lambda: page.table.item(0, 2).text() == "Казахский", timeout=2000)
    header = page.table.horizontalHeaderItem(4)
    assert header is not None and header.text() not in ("", "Client")
    install_language("en")


def test_batch_dialog_runs_in_the_background_and_sums_up(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from legalaid.gui.views.letters_batch import BatchDialog

    ensure_application()
    install_language("en")
    desk.services.clients.add(SHUKHRAT)
    desk.services.clients.add(ASEL)
    dialog = BatchDialog(desk.services.letters, desk.services.clients, desk.services.consent)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("referral_medical"))
    dialog.group.setCurrentIndex(dialog.group.findData("all"))
    dialog.folder.setText(str(tmp_path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    summary = dialog.summary
    assert summary is not None and summary.total == 2
    # Neither client consented to referral: both skipped for that reason, before any field.
    assert [s.reason for s in summary.skipped] == ["no consent for referral"] * 2
    assert "Skipped: 2." in dialog.summary_box.text()
    assert list(tmp_path.glob("*.pdf")) == []
    dialog.summary_box.close()


def test_batch_summary_names_the_client_and_the_field_skipped(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    from legalaid.gui.views.letters_batch import BatchDialog

    ensure_application()
    install_language("en")
    for record in (SHUKHRAT, ASEL):  # Asel has no passport recorded
        desk.services.consent.record_consent(desk.services.clients.add(record), "legal_aid")
    dialog = BatchDialog(desk.services.letters, desk.services.clients, desk.services.consent)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("police_extension"))
    dialog.group.setCurrentIndex(dialog.group.findData("all"))
    dialog.folder.setText(str(tmp_path))
    fill_police_extension(dialog.fields)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    text = dialog.summary_box.text()
    assert "Produced: 1 of 2." in text
    assert "Client Қоңыратова Әсел: no value for Passport number" in text
    assert "--field" not in text and "passport_number" not in text
    dialog.summary_box.close()
    # Several fields left empty are named at once, by their labels, never "also missing: a_b".
    both = dialog._skip_reason("passport_number", "required field has no value; also missing: "
                               "police_office (give --field passport_number=VALUE --field "
                               "police_office=VALUE)", ("passport_number", "police_office"))
    assert both.startswith("no value for Passport number, ")
    assert "police_office" not in both and "also missing" not in both and "_" not in both


def _to_preview(qtbot: QtBot, desk: Desk,
                record: ClientRecord) -> tuple[int, LetterWizard, QWidget]:
    """The police letter for a new client, filled in, on its preview page (and the file page,
    which the caller keeps alive)."""
    client_id = desk.services.clients.add(record)
    page, tab = _file(qtbot, desk, client_id)
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    fill_police_extension(wizard.fields_page.fields)
    wizard.next()
    assert wait_idle()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.preview.page_count() > 0, timeout=5000)
    return client_id, wizard, page


def test_choices_show_their_labels_not_the_stored_words(qtbot: QtBot, desk: Desk) -> None:
    _page, tab = _file(qtbot, desk, desk.services.clients.add(SHUKHRAT))
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    request = wizard.fields_page.fields.editors["request"]
    assert isinstance(request, QComboBox)
    shown = [request.itemText(index) for index in range(request.count())]
    assert shown == ["", "Extension of stay", "Temporary residence permit"]
    request.setCurrentIndex(2)
    assert wizard.fields_page.fields.values()["request"] == "trp"
    wizard.close()


def test_without_consent_saving_waits_for_the_consent(qtbot: QtBot, desk: Desk) -> None:
    client_id, wizard, _file_page = _to_preview(qtbot, desk, SHUKHRAT)
    page = wizard.preview_page
    assert page.consent_problem.isVisible()
    assert "has not consented to legal aid" in page.consent_problem.text()
    assert not page.save_button.isEnabled()
    qtbot.mouseClick(page.record_consent, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert desk.services.consent.has_consent(client_id, "legal_aid")
    assert not page.consent_problem.isVisible() and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert len(desk.services.letters.letters_of_client(client_id)) == 1
    wizard.close()


def test_a_supervisor_overrides_a_missing_consent_with_a_reason(
        qtbot: QtBot, desk: Desk) -> None:
    client_id, wizard, _file_page = _to_preview(qtbot, desk, SHUKHRAT)
    page = wizard.preview_page
    assert page.override_reason.isVisible() and not page.save_button.isEnabled()
    type_text(page.override_reason, "hearing tomorrow, client in hospital")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert len(desk.services.letters.letters_of_client(client_id)) == 1
    assert not desk.services.consent.has_consent(client_id, "legal_aid")  # nothing recorded
    wizard.close()


def test_an_address_is_left_out_for_a_client_not_safe_to_contact(
        qtbot: QtBot, desk: Desk) -> None:
    hidden = replace(SHUKHRAT, address="Алматы, ул. Тайная 7", safe_to_contact=False)
    client_id = desk.services.clients.add(hidden)
    desk.services.consent.record_consent(client_id, "legal_aid")
    _page, tab = _file(qtbot, desk, client_id)
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    form = wizard.fields_page.fields
    assert form.contact_warning.isVisible()
    assert "not marked safe to contact" in form.contact_warning.text()
    address = form.editors["address"]
    assert isinstance(address, QLineEdit) and address.text() == ""
    wizard.close()
    fields = {"police_office": "УМП", "request": "extension", "reason": "лечение"}
    pdf = desk.services.letters.preview(LetterRequest("police_extension", client_id, "ru",
                                                      fields=fields))
    assert "Тайная" not in _text(pdf)
    safe = desk.services.clients.add(replace(hidden, safe_to_contact=True))
    pdf = desk.services.letters.preview(LetterRequest("police_extension", safe, "ru",
                                                      fields=fields))
    assert "Тайная" in _text(pdf)


def test_preview_prints_to_a_pdf_printer_and_saves_as(qtbot: QtBot, desk: Desk,
                                                      tmp_path: Path) -> None:
    ensure_application()
    install_language("en")
    preview = PdfPreview(desk.services.letters.write_copy)
    qtbot.addWidget(preview)
    data = render_for_letter_test()
    preview.show_pdf(data, "letter.pdf")
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    assert len(pypdf.PdfReader(printed).pages) == preview.page_count()
    with qtbot.waitSignal(preview.saved_as, timeout=5000) as signal:
        preview.save_to(tmp_path / "copy")  # the .pdf suffix is added
    assert signal.args == [str(tmp_path / "copy.pdf")]
    assert (tmp_path / "copy.pdf").read_bytes() == data
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def render_for_letter_test() -> bytes:
    from legalaid.pdf.context import LetterContext, Organisation
    from legalaid.pdf.loader import find_template
    from legalaid.pdf.render import render_letter

    context = LetterContext(
        client=SHUKHRAT, organisation=Organisation("«Құқық» қоры", "Алматы"), lawyer="С. К.",
        number="LA-2026/0001", date=dt.date(2026, 11, 21),
        fields={"police_office": "УМП", "request": "extension", "reason": "лечение"})
    return render_letter(find_template("police_extension"), context, "ru")


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_letter_from_the_client_file_of_the_real_main_window(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int]) -> None:
    services = window.desk.services  # signed by his lawyer
    services.clients.update_profile(client_ids["shukhrat"], replace(
        services.clients.get(client_ids["shukhrat"]), lawyer="С. Қалиева"))
    window.open_client(client_ids["shukhrat"], tab="letters")
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None
    tab = page.letters
    assert isinstance(tab, LettersTab) and tab.isVisible()
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    form = wizard.fields_page.fields
    for name, text in (("police_office", "УМП ДП г. Алматы"), ("reason", "лечение")):
        editor = form.editors[name]
        assert isinstance(editor, QLineEdit)
        type_text(editor, text)
    request = form.editors["request"]
    assert isinstance(request, QComboBox)
    request.setCurrentIndex(request.findText("Temporary residence permit"))
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.preview.page_count() > 0, timeout=5000)
    qtbot.mouseClick(preview.record_consent, Qt.MouseButton.LeftButton)
    assert wait_idle()
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    number = f"LA-{dt.date.today().year}/0001"
    assert preview.saved_label.text() == f"Saved to the register as {number}."
    assert tab.table.item(0, 0).text() == number
    wizard.close()


def test_a_draft_saved_from_the_preview_is_in_the_audit_trail(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    client_id = desk.services.clients.add(SHUKHRAT)
    desk.services.consent.record_consent(client_id, "legal_aid")
    _page, tab = _file(qtbot, desk, client_id)
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "embassy_documents")
    wizard.next()
    embassy = wizard.fields_page.fields.editors["embassy"]
    assert isinstance(embassy, QLineEdit)
    type_text(embassy, "Embassy of Uzbekistan")
    wizard.fields_page.fields.editors["document"].setCurrentIndex(1)  # type: ignore[attr-defined]
    wizard.next()
    assert wait_idle()
    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.preview
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=5000)
    preview.save_to(tmp_path / "draft")  # before saving to the register: a draft
    assert wait_idle()
    assert (tmp_path / "draft.pdf").read_bytes().startswith(b"%PDF")
    drafts = [e for e in desk.services.audit.entries() if e.action == "print"]
    assert [(e.client_id, "(draft)" in e.detail) for e in drafts] == [(client_id, True)]
    assert desk.services.letters.letters() == []  # a draft takes no number
    wizard.close()


def test_a_letter_in_the_clients_language_says_which_profile_detail_is_missing(
        qtbot: QtBot, desk: Desk) -> None:
    from legalaid.services.letters.register import LanguageProfile

    kk = SYNTHETIC_ORGANISATION.kk
    desk.services.letters.save_organisation(replace(
        SYNTHETIC_ORGANISATION, kk=LanguageProfile(kk.name, "", kk.signatory)))
    client_id = desk.services.clients.add(replace(SHUKHRAT, languages=("uz", "kk", "ru"),
                                                  lawyer="С. Қалиева"))
    desk.services.consent.record_consent(client_id, "legal_aid")
    _page, tab = _file(qtbot, desk, client_id)
    tab.client_languages = ("uz", "kk", "ru")  # as the client file gives them
    wizard = _open_wizard(qtbot, tab)
    _choose(wizard, "police_extension")
    wizard.next()
    # Uzbek is no letter language: the letter starts in Kazakh, the next one he speaks.
    assert wizard.fields_page.current_language() == "kk"
    fill_police_extension(wizard.fields_page.fields)
    wizard.next()
    assert wait_idle()
    assert wizard.currentPage() is wizard.fields_page  # refused: no blank is printed
    problem = wizard.fields_page.profile_problem
    assert problem.isVisibleTo(wizard) and problem.text() == (
        "The organisation's address in kazakh is missing: fill it in Settings → "
        "Organisation profile.")
    wizard.fields_page.language.setCurrentIndex(
        wizard.fields_page.language.findData("ru"))  # the Russian profile is complete
    wizard.next()
    assert wait_idle()
    assert wizard.currentPage() is wizard.preview_page
    wizard.close()
