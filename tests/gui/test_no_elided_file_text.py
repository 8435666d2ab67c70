"""No label, button, tab, header or group title of an open client file (every tab) or of the
intake wizard (every page) is cut short in kk, ru or en at the default window size; the window
stays at most 1200 px wide by default."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.wizards.intake import IntakeWizard

from .helpers import type_text
from .test_no_elided_text import DEFAULT_SIZE, _cut

LANGUAGES = ["kk", "ru", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_short_on_any_tab_of_a_client_file(
        qtbot: QtBot, window: MainWindow, client_ids: dict[str, int], language: str) -> None:
    window.resize(*DEFAULT_SIZE)
    install_language(language)
    cut: dict[str, list[str]] = {}
    for client in ("asel", "ivan"):
        window.open_client(client_ids[client])
        assert wait_idle()
        page = window.client_file
        assert page is not None
        for index in range(page.tabs.count()):
            if not page.tabs.isTabVisible(index):
                continue
            page.tabs.setCurrentIndex(index)
            assert wait_idle()
            qtbot.wait(20)
            if found := _cut(window):
                cut[f"{client}: {page.tabs.tabText(index)}"] = found
    install_language("en")
    assert cut == {}
    assert window.width() <= 1200


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_text_is_cut_short_on_any_page_of_the_intake_wizard(
        qtbot: QtBot, window: MainWindow, language: str) -> None:
    window.resize(*DEFAULT_SIZE)
    install_language(language)
    services = window.desk.services
    wizard = IntakeWizard(services.clients, services.search, services.consent, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    cut: dict[int, list[str]] = {}

    def look() -> None:
        qtbot.wait(20)
        if found := _cut(wizard):
            cut[wizard.currentId()] = found

    look()
    type_text(wizard.names.family, "Тестова")
    type_text(wizard.names.given, "Айгүл")
    seen = set()
    while wizard.currentId() not in seen and wizard.currentId() != -1:
        seen.add(wizard.currentId())
        look()
        if wizard.currentPage() is wizard.details:
            details = wizard.details
            details.citizenship.setCurrentIndex(details.citizenship.findData("UZ"))
            details.category.setCurrentIndex(details.category.findData("labour_immigrant"))
        wizard.next()
        assert wait_idle()
    install_language("en")
    wizard.reject()
    assert cut == {}
    assert seen == set(wizard.pageIds())  # every page was looked at
