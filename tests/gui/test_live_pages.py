"""Every page shows what an op changed, without F5: the real main window, driven as a user would.

Each change is made where a user makes it (demo data, a letter saved in a client file, a new
client typed into the intake wizard, the interface language in Settings); the page that shows it
is then opened and read. Background failures are logged without personal data and shown once.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from tests.gui.helpers import fill_intake_person, fill_police_extension

from legalaid import logs
from legalaid.db.repositories import today as today_db
from legalaid.domain.enums import Status
from legalaid.domain.records import CaseRecord, TaskRecord
from legalaid.gui.i18n import install_language
from legalaid.gui.labels import status_label
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.calendar import COUNTS_ROLE
from legalaid.gui.views.caseload_chart import BarList
from legalaid.gui.views.client_file.letters_tab import LettersTab
from legalaid.gui.wizards.intake import IntakeWizard
from legalaid.gui.wizards.letter import LetterWizard
from legalaid.services.command_context import CommandContext
from legalaid.services.today import TodayService

TODAY = dt.date.today()


def _grid_marks(window: MainWindow) -> int:
    """How many day cells of the Calendar month show a count (a ● per kind)."""
    grid = window.calendar_page.grid
    return sum(bool(grid.item(row, column).data(COUNTS_ROLE))
               for row in range(grid.rowCount()) for column in range(grid.columnCount()))


def test_the_calendar_shows_demo_deadlines_without_f5(qtbot: QtBot, window: MainWindow) -> None:
    from legalaid.gui import add_demo_clients

    window.show_page("calendar")
    assert _grid_marks(window) == 0  # the three test clients have nothing due this month
    add_demo_clients(window, window.desk.services.clients, 300)
    qtbot.waitUntil(lambda: _grid_marks(window) > 0, timeout=60_000)


def _tile(window: MainWindow, key: str) -> int:
    return int(window.today_page.buttons[key].text().split("\n")[0].replace("\u00a0", ""))


def test_a_new_at_risk_client_raises_the_today_tile_at_once(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.show_page("today")
    before = _tile(window, "at_risk")
    window.new_client()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None
    qtbot.waitExposed(wizard)
    fill_intake_person(wizard, "Visitor", "Jane", "US", "visitor")
    # 30 days per stay for a visitor: entered 20 days ago, 9 days are left (at risk).
    entry = TODAY - dt.timedelta(days=20)
    qtbot.keyClicks(wizard.travel.entry.edit, entry.strftime("%d.%m.%Y"))
    with qtbot.waitSignal(wizard.client_created, timeout=10_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    window.show_page("today")
    assert wait_idle()  # the page reads its counts again off the UI thread
    assert _tile(window, "at_risk") == before + 1


def _letters_tab(qtbot: QtBot, window: MainWindow, client_id: int) -> LettersTab:
    window.open_client(client_id, "letters")
    assert wait_idle()  # the file is read off the UI thread
    page = window.client_file
    assert page is not None and isinstance(page.letters, LettersTab)
    qtbot.waitExposed(page)
    return page.letters


def test_a_letter_saved_in_a_client_file_is_in_the_letters_register_at_once(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int]) -> None:
    client_id = client_ids["shukhrat"]
    services = context.services()
    services.consent.record_consent(client_id, "legal_aid")
    # the letter names the client's lawyer (a letter with an empty one is refused)
    services.clients.update_profile(client_id, replace(services.clients.get(client_id),
                                                       lawyer="С. Қалиева"))
    window.show_page("letters")
    register = window.letters_page.table
    assert register.rowCount() == 0
    tab = _letters_tab(qtbot, window, client_id)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    wizard = tab.wizard
    assert isinstance(wizard, LetterWizard)
    qtbot.waitExposed(wizard)
    items = wizard.template_page.list
    items.setCurrentRow(next(row for row in range(items.count())
                             if items.item(row).data(Qt.ItemDataRole.UserRole)
                             == "police_extension"))
    wizard.next()
    fill_police_extension(wizard.fields_page.fields)
    wizard.next()  # the preview renders off the UI thread, then the wizard moves on
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)
    qtbot.mouseClick(wizard.preview_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_letter is not None, timeout=10_000)
    number = f"LA-{TODAY.year}/0001"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == number
    wizard.close()
    window.show_page("letters")
    assert [register.item(row, 0).text() for row in range(register.rowCount())] == [number]


def _chart_labels(bars: BarList) -> list[str]:
    return bars.labels()


def test_switching_to_kazakh_relabels_the_today_charts(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    chart = window.today_page.chart
    english = _chart_labels(chart.by_status)
    assert english == ["Unknown"]  # the three test clients have no trips on file
    window.show_page("settings")
    box = window.settings_page.language_box
    box.setCurrentIndex(box.findData("kk"))
    wait_idle()
    window.show_page("today")
    assert wait_idle()
    kazakh = _chart_labels(chart.by_status)
    assert kazakh == [status_label(Status.UNKNOWN)] != english  # the label in Kazakh now
    assert chart.status_title.text() != "Clients by status"
    install_language("en")


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log file, as ``app.py`` configures it; the test logger setup is put back."""
    root = logging.getLogger("legalaid")
    handlers, level, propagate = list(root.handlers), root.level, root.propagate
    logs.configure(tmp_path / "logs")
    yield tmp_path / "logs" / "legalaid.log"
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    root.propagate = propagate


def test_an_unexpected_error_in_background_work_is_logged_without_data_and_shown_once(
        qtbot: QtBot, window: MainWindow, context: CommandContext, client_ids: dict[str, int],
        log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = client_ids["ivan"]
    services = window.desk.services
    services.clients.add_case(client_id, CaseRecord(
        "appeal", opened=TODAY, tasks=(TaskRecord("File the appeal", TODAY),)))
    window.show_page("today")
    window.today_page.show_section_key("this_week")

    name = services.clients.get(client_id).display_name  # planted in the error's message

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"could not close the task of {name}")

    monkeypatch.setattr(today_db, "open_task", broken)  # deep inside the op
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    done = window.today_page.table.cellWidget(0, 4)
    assert isinstance(done, QPushButton)
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert len(shown) == 1 and "written to the log file" in shown[0]
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected RuntimeError" in text and "in broken" in text  # type and frames
    assert "Петров" not in text and "Иван" not in text


def test_a_count_chosen_while_today_reads_again_keeps_its_list(
        qtbot: QtBot, window: MainWindow, context: CommandContext, client_ids: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    context.services().clients.add_case(client_ids["ivan"], CaseRecord(
        "appeal", opened=TODAY, tasks=(TaskRecord("File the appeal",
                                                  TODAY - dt.timedelta(days=2)),)))
    window.show_page("today")
    page = window.today_page
    release = threading.Event()
    section_rows = TodayService.section_rows

    @functools.wraps(section_rows)  # keeps its access declaration
    def slow(service: TodayService, *args: object, **kwargs: object) -> object:
        if threading.current_thread() is not threading.main_thread():
            release.wait(5)  # the background read is still under way when the user clicks
        return section_rows(service, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TodayService, "section_rows", slow)
    window.refresh()  # F5: the page in view reads again, off the UI thread
    qtbot.mouseClick(page.buttons["overdue"], Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    release.set()
    assert wait_idle()
    assert page.buttons["overdue"].isChecked()
    assert [page.table.item(r, 1).text() for r in range(page.table.rowCount())] == [
        "Task: File the appeal"]
    assert _tile(window, "overdue") == 1
