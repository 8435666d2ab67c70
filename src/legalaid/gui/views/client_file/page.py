"""The client file page: header (names in both scripts, age, citizenship, category), the status
banner, and the tabs. Edits go to the services; the page then reloads the file and the verdict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from legalaid.domain.records import ClientRecord, NoteRecord, TripRecord
from legalaid.errors import LegalAidError, ValidationError
from legalaid.gui.application import show_error
from legalaid.gui.backend import Desk
from legalaid.gui.labels import category_label, country_label
from legalaid.gui.views.client_file.banner import StatusBanner
from legalaid.gui.views.client_file.tabs import (
    CasesTab,
    DocumentsTab,
    FamilyTab,
    HistoryTab,
    LettersTab,
    NotesTab,
    ProfileTab,
)
from legalaid.gui.views.client_file.travel import CHART_FUTURE_DAYS, CHART_PAST_DAYS, TravelTab


def age_on(born: dt.date | None, today: dt.date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ClientFilePage(QWidget):
    """One client's file; ``changed`` tells the list to refresh after an edit."""

    changed = Signal()
    open_client = Signal(int)

    def __init__(self, desk: Desk, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFile")
        self.desk = desk
        self.client_id = client_id
        self.record: ClientRecord | None = None
        self._undo: Callable[[], Any] | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.other_names = QLabel()
        self.other_names.setObjectName("clientOtherNames")
        self.facts = QLabel()
        self.facts.setObjectName("clientFacts")
        self.banner = StatusBanner()
        self.undo_bar = QWidget()
        self.undo_text = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.profile, self.documents, self.travel = ProfileTab(), DocumentsTab(), TravelTab()
        self.cases, self.family, self.notes = CasesTab(), FamilyTab(), NotesTab()
        self.letters, self.history = LettersTab(), HistoryTab()
        for tab, title in ((self.profile, self.tr("Profile")),
                           (self.documents, self.tr("Documents")),
                           (self.travel, self.tr("Travel")), (self.cases, self.tr("Cases")),
                           (self.family, self.tr("Family")), (self.notes, self.tr("Notes")),
                           (self.letters, self.tr("Letters")), (self.history, self.tr("History"))):
            self.tabs.addTab(tab, title)
        self.travel.add_trip.connect(self.add_trip)
        self.travel.delete_trip.connect(self.delete_trip)
        self.travel.plan.connect(self.check_plan)
        self.notes.add_note.connect(self.add_note)
        self.family.open_client.connect(self.open_client)
        self._chart_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.other_names)
        layout.addWidget(self.facts)
        layout.addWidget(self.banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        record = self.desk.clients.get(self.client_id)
        self.record = record
        today = self.desk.today()
        self._show_header(record, today)
        self.banner.show_assessment(self.desk.assess(record, today))
        self.profile.show_record(record)
        self.documents.show_documents(record.documents, today)
        self.travel.show_trips(record, today)
        self.cases.show_cases(record)
        self.notes.show_notes(record)
        self._show_extras()

    def _show_header(self, record: ClientRecord, today: dt.date) -> None:
        self.name_label.setText(record.display_name)
        self.other_names.setText(" · ".join(name.full for name in record.names[1:]))
        self.other_names.setVisible(len(record.names) > 1)
        age = age_on(record.date_of_birth, today)
        parts = [self.tr("%n year(s) old", "", age) if age is not None else "",
                 country_label(record.citizenship), category_label(record.category)]
        self.facts.setText(" · ".join(part for part in parts if part))

    def _show_extras(self) -> None:
        """Family links, history and the chart."""
        links = self.desk.family_links(self.client_id)
        self.family.show_links([(link.other_client_id, link.other_name, link.relationship)
                                for link in links])
        entries = self.desk.history(self.client_id)
        self.history.show_history([(e.at, e.by or "", f"{e.action} {e.item}",
                                    ", ".join(e.fields)) for e in entries])
        self._chart_stale = True
        if self.tabs.currentWidget() is self.travel:
            self.refresh_chart()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.travel and self._chart_stale:
            self.refresh_chart()

    def refresh_chart(self) -> None:
        """The window chart costs a day-by-day count: drawn only when the Travel tab is shown."""
        if self.record is None:
            return
        self._chart_stale = False
        today = self.desk.today()
        usage = self.desk.window_usage(self.record, today - dt.timedelta(days=CHART_PAST_DAYS),
                                       today + dt.timedelta(days=CHART_FUTURE_DAYS))
        self.travel.show_usage(list(usage))

    # -- edits -----------------------------------------------------------------------------------
    def _edit(self, action: Callable[[], Any], on_refused: Callable[[ValidationError], None]
              ) -> bool:
        try:
            action()
        except ValidationError as error:
            on_refused(error)
            return False
        except LegalAidError as error:
            show_error(self, error)
            return False
        self.reload()
        self.changed.emit()
        return True

    def add_trip(self, trip: TripRecord) -> None:
        self._edit(lambda: self.desk.add_trip(self.client_id, trip), self.travel.trip_refused)

    def delete_trip(self, trip_id: int) -> None:
        if self._edit(lambda: self.desk.delete_trip(trip_id),
                      lambda error: show_error(self, error)):
            self._offer_undo(self.tr("Trip deleted."), lambda: self.desk.restore_trip(trip_id))

    def add_note(self, text: str) -> None:
        note = NoteRecord(text)
        if self._edit(lambda: self.desk.add_note(self.client_id, note),
                      lambda error: self.notes.note_refused(error.problem)):
            self.notes.note_saved()

    def _offer_undo(self, text: str, undo: Callable[[], Any]) -> None:
        self._undo = undo
        self.undo_text.setText(text)
        self.undo_bar.show()

    def undo(self) -> None:
        if self._undo is not None and self._edit(self._undo, lambda e: show_error(self, e)):
            self._undo = None
            self.undo_bar.hide()

    def check_plan(self, entry: dt.date, exit_: dt.date) -> None:
        if self.record is None:
            return
        try:
            result = self.desk.what_if(self.record, entry, exit_)
        except LegalAidError as error:
            show_error(self, error)
            return
        self.travel.show_plan(result.lawful, result.last_lawful_day, result.overstay_days)

    def refresh(self) -> None:
        self.reload()
