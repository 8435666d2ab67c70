"""The client file page: header (names in both scripts, age, citizenship, category), the status
banner, the tabs, and the edits they ask for.

The main window builds one page and shows every client in it: ``show_client(id)`` reads the file
off the UI thread (one op) and fills the page when it arrives, then says so with ``loaded``;
what belonged to the previous client (undo steps, revealed contact details, the bin) goes then.
Every edit is an op (``gui/ops.py``) that announces the client it changed; the page reloads the
file and the verdict when that change arrives, like every other page that shows the client. A
refusal is shown in the dialog or form that asked (which keeps what was typed); any other error
goes to the app's error dialog. Deleting is a soft delete: the page
offers Undo at once (button or Ctrl+Z, several steps back) and the Bin restores anything later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.read_models import SearchHit
from legalaid.domain.records import ClientRecord, NoteRecord
from legalaid.errors import ConflictError, LegalAidError, ValidationError
from legalaid.gui.application import user_message
from legalaid.gui.backend import FileServices
from legalaid.gui.changes import CLIENT_DATA, Changes, Kind, Refresher
from legalaid.gui.labels import category_label, country_label
from legalaid.gui.ops import Op
from legalaid.gui.views.client_file.attachments import AttachmentsPanel
from legalaid.gui.views.client_file.banner import StatusBanner
from legalaid.gui.views.client_file.cases import CasesTab
from legalaid.gui.views.client_file.consent import ConsentTab, restrict_tabs
from legalaid.gui.views.client_file.documents import DocumentsTab
from legalaid.gui.views.client_file.family import FamilyTab
from legalaid.gui.views.client_file.history import BinDialog, HistoryTab, item_label
from legalaid.gui.views.client_file.letters_tab import LettersTab
from legalaid.gui.views.client_file.notes import NotesTab
from legalaid.gui.views.client_file.profile import ProfileTab
from legalaid.gui.views.client_file.referrals import ReferralsTab, print_referral_form
from legalaid.gui.views.client_file.sensitive import ContactGuard
from legalaid.gui.views.client_file.travel import CHART_FUTURE_DAYS, CHART_PAST_DAYS, TravelTab
from legalaid.gui.views.client_file.travel_chart import ChartData
from legalaid.gui.views.merge_dialog import MergeDialog
from legalaid.gui.views.stale_dialog import PROFILE_FIELDS, Difference, StaleDialog, differences
from legalaid.services.audit import AuditService
from legalaid.services.clients import ClientFile
from legalaid.services.roles import Action
from legalaid.services.status import StatusService
from legalaid.services.verdicts import Assessment


def age_on(born: dt.date | None, today: dt.date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def departure(status: StatusService, client_id: int, today: dt.date) -> dt.date | None:
    """The day the current stay ends as the planner sees it (the last lawful day, today for an
    overstay); None when the client is away or nothing limits the stay."""
    try:
        answers = status.plan(client_id, (), None, as_of=today)
    except ValidationError:  # present, but nothing limits the stay
        return None
    return answers[0].exit if answers else None


class ClientFilePage(QWidget):
    """The file of the client shown; ``refresher`` is connected to the main window's changes."""

    open_client = Signal(int)
    loaded = Signal(int)  # the client whose file the page now shows (read again or newly shown)

    def __init__(self, services: FileServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientFile")
        self.clients = services.clients
        self.status = services.status
        self.search = services.search
        self.permissions = services.permissions
        self.clock = services.clock
        self.parties = services.parties
        self.merge = services.merge
        self.merge_ask: QInputDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.client_id = 0  # none yet: show_client() chooses
        self.record: ClientRecord | None = None
        self.version: int | None = None
        self.assessment: Assessment | None = None  # the verdict read with the record
        self.undo_stack: list[tuple[str, int]] = []  # (kind, id) of deleted items, newest last
        self.bin: BinDialog | None = None
        self.stale: StaleDialog | None = None  # "changed by someone else", when last shown
        self.casework_locked = False  # this account holds no key to the encrypted casework
        self._reads = 0  # the newest read started: an older one arriving later is dropped
        self._tab_wanted: str | None = None
        self._build(services)
        self._connect_tabs()
        self.retranslate_chrome()
        self.refresher = Refresher(self, (*CLIENT_DATA, Kind.LETTERS, Kind.REFERRALS),
                                   self._changed, self.client_id)

    def show_client(self, client_id: int, tab: str | None = None) -> None:
        """Read the client's file off the UI thread; the page shows it when it arrives (at
        ``tab`` if given, else at the profile when it is another client)."""
        self._tab_wanted = tab
        self._read(client_id)

    def _switch_to(self, client_id: int) -> None:
        """What belonged to the previous client goes: undo steps, the bin, shown contacts."""
        self.client_id = client_id
        self.refresher.follow(client_id)
        self.undo_stack.clear()
        self._show_undo()
        if self.bin is not None:
            self.bin.close()
            self.bin = None
        self.contact_guard.conceal()
        self.consent.show_client(client_id)
        self.attachments.show_client(client_id)
        if isinstance(self.letters, LettersTab):
            self.letters.show_client(client_id)
        if isinstance(self.referrals, ReferralsTab):
            self.referrals.show_client(client_id)
        self.tabs.setCurrentWidget(self.profile)

    def _build(self, services: FileServices) -> None:
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        self.name_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.other_names = QLabel()
        self.other_names.setObjectName("clientOtherNames")
        self.facts = QLabel()
        self.facts.setObjectName("clientFacts")
        self.bin_button = QPushButton()
        self.bin_button.setObjectName("binButton")
        self.bin_button.clicked.connect(self.open_bin)
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeWithButton")
        self.merge_button.clicked.connect(self.ask_merge)
        self.banner = StatusBanner()
        self.undo_bar = QWidget()
        self.undo_text = QLabel()
        self.undo_text.setObjectName("undoText")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_text, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.profile, self.documents, self.travel = ProfileTab(), DocumentsTab(), TravelTab()
        self.cases, self.family, self.notes = CasesTab(), FamilyTab(), NotesTab()
        self.letters: QWidget = LettersTab(services.letters, services.consent,
                                           services.permissions, self) \
            if self.permissions.may(Action.LETTERS) else QWidget()
        self.referrals: QWidget = ReferralsTab(
            services.referrals, services.consent, services.permissions,
            lambda referral_id: print_referral_form(services, referral_id, self)) \
            if self.permissions.may(Action.VIEW_CASES) else QWidget()
        self.history = HistoryTab()
        self.consent = ConsentTab(services.consent)
        self.attachments = AttachmentsPanel(services.attachments)
        self.documents.add_attachments(self.attachments)
        for tab in (self.profile, self.documents, self.travel, self.cases, self.family,
                    self.notes, self.letters, self.referrals, self.history, self.consent):
            self.tabs.addTab(tab, "")
        restrict_tabs(self.tabs, self.permissions,
                      (self.cases, self.notes, self.letters, self.referrals))
        from legalaid.gui.header_fit import keep_titles_whole

        for table_header in self.tabs.findChildren(QHeaderView):
            if table_header.orientation() == Qt.Orientation.Horizontal:
                keep_titles_whole(table_header)
        self.contact_guard = ContactGuard(self.profile, lambda: self._contacts_shown(
            services.audit))
        self._chart_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        header = QHBoxLayout()
        names = QVBoxLayout()
        for label in (self.name_label, self.other_names, self.facts):
            names.addWidget(label)
        header.addLayout(names, 1)
        header.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.bin_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)
        # once it has a parent: shown before, it would open as a window of its own
        self.merge_button.setVisible(self.permissions.may(Action.DELETE_CLIENT))

    def _connect_tabs(self) -> None:
        clients = self.clients
        self.profile.save_requested.connect(self.save_profile)
        self.profile.reload_requested.connect(lambda: self.reload(force_profile=True))
        self.documents.save_document = lambda d: self._saving(
            d, lambda: clients.update_document(d) if d.id else clients.add_document(
                self.client_id, d))
        self.documents.delete.connect(lambda item_id: self.delete_item("document", item_id))
        self.travel.save_trip = lambda t: self._saving(
            t, lambda: clients.update_trip(t) if t.id else clients.add_trip(self.client_id, t))
        self.travel.delete_trip.connect(lambda item_id: self.delete_item("trip", item_id))
        self.travel.plan.connect(self.check_plan)
        self.cases.save_case = lambda c: self._saving(
            c, lambda: clients.update_case(c) if c.id else clients.add_case(self.client_id, c))
        self.cases.save_task = lambda task, case_id: self._write(
            lambda: clients.add_task(self.client_id, task, case_id))
        self.cases.set_task_done = lambda task: self._saving(
            task, lambda: clients.update_task(task)).run()
        parties = self.parties
        self.cases.save_party = lambda case_id, name, kind, identifier: self._write(
            lambda: parties.add_party(case_id, name, kind, identifier))
        self.cases.check_party = lambda name, identifier, case_id: Op(
            self, lambda: parties.check(name, identifier, case_id))
        self.cases.delete_item.connect(self.delete_item)
        self.family.search = self._search_others
        self.family.save_link = self._save_link
        self.family.open_client.connect(self.open_client)
        self.family.remove_link.connect(lambda item_id: self.delete_item("family_link", item_id))
        self.notes.add_note.connect(self.add_note)
        self.notes.save_note = lambda n: self._saving(n, lambda: clients.update_note(n))
        self.notes.delete_note.connect(lambda item_id: self.delete_item("note", item_id))

    # -- loading ---------------------------------------------------------------------------------
    def _contacts_shown(self, audit: AuditService) -> None:
        client_id = self.client_id
        Op(self, lambda: audit.record(None, "view", "client", client_id, client_id,
                                      "contact details shown")).quietly().run()

    def reload(self, *, force_profile: bool = False) -> None:
        """Read the whole file again, off the UI thread."""
        self._read(self.client_id, force_profile=force_profile)

    def _read(self, client_id: int, *, force_profile: bool = False) -> None:
        """The whole file in one transaction (record, version, verdict, links and history agree
        with each other), shown when it arrives unless a newer read was started meanwhile."""
        self._reads += 1
        read, clients, today = self._reads, self.clients, self.clock()
        Op(self, lambda: (clients.file(client_id, today), clients.lawyer_accounts())) \
            .success(lambda answer: self._arrived(read, client_id, *answer, force_profile)).run()

    def _arrived(self, read: int, client_id: int, found: ClientFile, lawyers: list[str],
                 force_profile: bool) -> None:
        if read != self._reads:
            return
        self.profile.set_lawyer_accounts(lawyers)
        if client_id != self.client_id:
            self._switch_to(client_id)
            force_profile = True
        self.record, self.version, self.assessment = found.record, found.version, found.assessment
        if found.casework_locked != self.casework_locked:
            self.casework_locked = found.casework_locked
            restrict_tabs(self.tabs, self.permissions,
                          (self.cases, self.notes, self.letters, self.referrals),
                          self.casework_locked)
        self._render(self.record, force_profile=force_profile)
        self.family.show_links(found.family_links)
        self.history.show_history(found.history)
        self._chart_stale = True
        if self._tab_wanted:
            self.show_tab(self._tab_wanted)
            self._tab_wanted = None
        if self.tabs.currentWidget() is self.travel:
            self.refresh_chart()
        self.loaded.emit(client_id)

    def _render(self, record: ClientRecord, *, force_profile: bool = False) -> None:
        """Everything shown from the record itself (no database call: also used on retranslate)."""
        today = self.clock()
        self._show_header(record, today)
        if self.assessment is not None:
            self.banner.show_assessment(self.assessment)
        self.profile.show_record(record, self.version, force=force_profile)
        if isinstance(self.letters, LettersTab):  # its letters start in the client's language
            self.letters.client_languages = record.languages
        self.documents.show_documents(record.documents, today)
        self.travel.show_trips(record.trips, today)
        self.cases.show_cases(record.cases)
        self.notes.show_notes(record.notes)

    def _show_header(self, record: ClientRecord, today: dt.date) -> None:
        self.name_label.setText(record.display_name)
        self.other_names.setText(" · ".join(name.full for name in record.names[1:]))
        self.other_names.setVisible(len(record.names) > 1)
        age = age_on(record.date_of_birth, today)
        parts = [self.tr("%n year(s) old", "", age) if age is not None else "",
                 country_label(record.citizenship), category_label(record.category)]
        self.facts.setText(" · ".join(part for part in parts if part))

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.travel and self._chart_stale:
            self.refresh_chart()

    def refresh_chart(self) -> None:
        """The window chart costs a day-by-day count: drawn only when the Travel tab is shown."""
        if self.record is None:
            return
        self._chart_stale = False
        today = self.clock()
        leaves = departure(self.status, self.client_id, today)
        usage = self.status.window_usage(self.record, today - dt.timedelta(days=CHART_PAST_DAYS),
                                         today + dt.timedelta(days=CHART_FUTURE_DAYS), leaves)
        self.travel.show_chart(ChartData(usage, today, leaves))

    def show_tab(self, name: str) -> None:
        """Bring a tab to the front by name: profile, documents, travel, cases, family, notes,
        letters, referrals or history (the Today and Calendar pages open files this way)."""
        tab = getattr(self, name, None)
        if isinstance(tab, QWidget) and self.tabs.isTabEnabled(self.tabs.indexOf(tab)):
            self.tabs.setCurrentWidget(tab)

    # -- language --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate_chrome(self) -> None:
        titles = (self.tr("Profile"), self.tr("Documents"), self.tr("Travel"), self.tr("Cases"),
                  self.tr("Family"), self.tr("Notes"), self.tr("Letters"), self.tr("Referrals"),
                  self.tr("History"), self.tr("Consent"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_action.setText(self.tr("Undo delete"))
        self.bin_button.setText(self.tr("&Bin…"))
        self.merge_button.setText(self.tr("&Merge with…"))
        self.merge_button.setToolTip(self.tr("Another file of this person moves into this one"))
        self.bin_button.setToolTip(self.tr("Deleted items of this client, to restore"))
        self._show_undo()
        restrict_tabs(self.tabs, self.permissions, (self.cases, self.notes, self.letters),
                      self.casework_locked)

    def retranslate(self) -> None:
        """Re-set every text in the new language; what the user typed in the profile stays."""
        self.retranslate_chrome()
        self.banner.retranslate()
        self.profile.retranslate()
        self.documents.retranslate()
        self.travel.retranslate()
        self.cases.retranslate()
        self.family.retranslate()
        self.notes.retranslate()
        self.history.retranslate()
        self.consent.retranslate()
        if isinstance(self.letters, LettersTab):  # a blank tab for a role without letters
            self.letters.retranslate()
        if self.record is not None:
            self._render(self.record)
            self._chart_stale = True
            if self.tabs.currentWidget() is self.travel:
                self.refresh_chart()

    # -- edits -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        """This client changed (here or on another page): read the file again."""
        self.reload()
        if isinstance(self.letters, LettersTab):
            self.letters.refresh()
        if isinstance(self.referrals, ReferralsTab):
            self.referrals.refresh()

    def _write(self, action: Callable[[], Any], *others: int) -> Op[Any]:
        """The op of an edit of this client (and of ``others``, e.g. a relative), not yet run:
        a dialog adds its own handling of refusals."""
        return Op(self, action, Changes.of(*CLIENT_DATA, clients=(self.client_id, *others)))

    def _edit(self, action: Callable[[], Any], done: Callable[[], object] | None = None) -> None:
        """An edit not made in a dialog: any refusal goes to the error dialog."""
        op = self._write(action)
        if done is not None:
            op.success(lambda _result: done())
        op.run()

    def save(self) -> None:
        """Ctrl+S (the main window's Save): saves the profile form."""
        self.profile.save()

    def save_profile(self, record: ClientRecord) -> None:
        clients, client_id, version = self.clients, self.client_id, self.version
        self._write(lambda: clients.update_profile(client_id, record, version)) \
            .handle(ValidationError, self.profile.refuse) \
            .handle(ConflictError, lambda _error: self._profile_stale(record)) \
            .success(lambda _result: self._profile_saved()).run()

    # -- saved by someone else meanwhile -------------------------------------------------------
    def _saving(self, yours: Any, action: Callable[[], Any]) -> Op[Any]:
        """An item dialog's save: a conflict shows what the other person saved."""
        return self._write(action).handle(ConflictError, lambda _error: self._item_stale(yours))

    def _profile_stale(self, yours: ClientRecord) -> None:
        self.profile.show_conflict()  # the form keeps what was typed either way
        clients, client_id = self.clients, self.client_id
        Op(self, lambda: clients.get(client_id)).success(lambda theirs: self._offer_reload(
            differences(theirs, yours, PROFILE_FIELDS), self, force_profile=True)).run()

    def _item_stale(self, yours: Any) -> None:
        dialog = QApplication.activeModalWidget()  # the item's own dialog, still open
        clients, client_id = self.clients, self.client_id

        def compared(theirs: ClientRecord) -> None:
            stored = [item for item in _items_of(theirs)
                      if type(item) is type(yours) and item.id == yours.id]
            self._offer_reload(differences(stored[0], yours) if stored else [],
                               dialog if isinstance(dialog, QDialog) else self,
                               gone=not stored)

        Op(self, lambda: clients.get(client_id)).success(compared).run()

    def _offer_reload(self, rows: list[Difference], parent: QWidget, *, gone: bool = False,
                      force_profile: bool = False) -> None:
        """The "changed by someone else" dialog; Reload closes the edit dialog (``parent``,
        when it is one) and reads the file again."""
        self.stale = StaleDialog(rows, parent, gone=gone)

        def reload() -> None:
            if isinstance(parent, QDialog) and parent is not self.stale:
                parent.reject()
            self.reload(force_profile=force_profile)

        self.stale.accepted.connect(reload)
        self.stale.open()

    def _profile_saved(self) -> None:
        self.search.names_changed()
        self.profile.saved()

    def add_note(self, text: str) -> None:
        clients, client_id = self.clients, self.client_id
        self._write(lambda: clients.add_note(client_id, NoteRecord(text))) \
            .handle(LegalAidError, lambda error: self.notes.note_refused(user_message(error))) \
            .success(lambda _result: self.notes.note_saved()).run()

    def _search_others(self, text: str) -> list[SearchHit]:
        return [hit for hit in self.search.search(text, limit=20)
                if hit.client_id != self.client_id]

    def _save_link(self, other_client_id: int | None, relationship: str) -> Op[Any]:
        problem = self.tr("Choose the client from the list")
        clients, client_id = self.clients, self.client_id

        def link() -> int:
            if other_client_id is None:
                raise ValidationError("other_client_id", problem)
            return clients.add_family_link(client_id, other_client_id, relationship)

        return self._write(link, *([other_client_id] if other_client_id is not None else []))

    def check_plan(self, leave: dt.date | None, entry: dt.date | None,
                   exit_: dt.date | None) -> None:
        """The planner's answer for the current stay (when present) and the planned trip."""
        trips = [(entry, exit_)] if entry is not None and exit_ is not None else []
        status, client_id, today = self.status, self.client_id, self.clock()
        Op(self, lambda: status.plan(client_id, trips, leave, as_of=today)) \
            .handle(ValidationError, lambda error: self.travel.show_plan_problem(error.problem)) \
            .success(lambda answers: self.travel.show_plan(
                answers, present=len(answers) > len(trips))).run()

    # -- delete, undo, bin -----------------------------------------------------------------------
    def delete_item(self, kind: str, item_id: int) -> None:
        """Soft delete; Undo (or the Bin) brings it back."""
        clients, client_id = self.clients, self.client_id
        self._edit(lambda: clients.delete_item(kind, item_id, client_id),
                   lambda: self._deleted(kind, item_id))

    def _deleted(self, kind: str, item_id: int) -> None:
        self.undo_stack.append((kind, item_id))
        self._show_undo()

    def _show_undo(self) -> None:
        if not self.undo_stack:
            self.undo_bar.hide()
            return
        kind = self.undo_stack[-1][0]
        self.undo_text.setText(self.tr("Deleted: %1. It is in the bin until you restore it.")
                               .replace("%1", item_label(kind)))
        self.undo_bar.show()

    def undo(self) -> None:
        if self.undo_stack:
            self.restore_item(*self.undo_stack[-1])

    def restore_item(self, kind: str, item_id: int) -> None:
        clients, client_id = self.clients, self.client_id
        self._edit(lambda: clients.restore_item(kind, item_id, client_id),
                   lambda: self._restored(kind, item_id))

    def _restored(self, kind: str, item_id: int) -> None:
        if (kind, item_id) in self.undo_stack:
            self.undo_stack.remove((kind, item_id))
        self._show_undo()
        if self.bin is not None and self.bin.isVisible():
            self.bin.reload()

    def ask_merge(self) -> QInputDialog:
        """Ask for the number of the person's other file, then show what merging it would do."""
        ask = QInputDialog(self)
        ask.setObjectName("mergeWithDialog")
        ask.setInputMode(QInputDialog.InputMode.IntInput)
        ask.setIntRange(1, 2**31 - 1)
        ask.setWindowTitle(self.tr("Merge with another file"))
        ask.setLabelText(self.tr("Number of this person's other file (it moves into this one):"))
        ask.intValueSelected.connect(self.open_merge)
        self.merge_ask = ask
        ask.open()
        return ask

    def open_merge(self, other: int) -> MergeDialog:
        dialog = MergeDialog(self.merge, self.client_id, other, self)
        dialog.merged.connect(lambda _keep, _other: self.reload())
        dialog.unmerged.connect(lambda _keep, _other: self.reload())
        self.merge_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def open_bin(self) -> None:
        clients, client_id = self.clients, self.client_id
        self.bin = BinDialog(lambda: clients.deleted_items(client_id),
                             self.restore_item, self)
        self.bin.open()


def _items_of(record: ClientRecord) -> list[Any]:
    """Every item of a file, a case's tasks included (to find the one saved meanwhile)."""
    return [*record.documents, *record.trips, *record.events, *record.notes, *record.cases,
            *(task for case in record.cases for task in case.tasks)]
