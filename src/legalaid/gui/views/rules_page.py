"""Settings → Rules: the active rules pack, and a new pack's rule diff and impact preview.

Choose a new rules file: the page lists which rules it adds, removes or changes (parameter by
parameter, both citations, in the interface language) and, in the background with progress and
Cancel, every client whose status, last lawful day, deadlines or findings it would change,
counted by rule. The list filters by rule and by kind of change, exports to XLSX, and a
double-click opens the client. A supervisor installs and activates the pack (the status of every
client is then brought up to date) or rolls back to the pack before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Status
from legalaid.gui.changes import CLIENT_DATA, Changes
from legalaid.gui.file_dialogs import open_file, save_file
from legalaid.gui.i18n import current_language, format_date, format_number
from legalaid.gui.labels import status_label
from legalaid.gui.ops import Op, Progress
from legalaid.gui.widgets import named
from legalaid.services.rule_packs import (
    ClientChange,
    Impact,
    RuleChange,
    RulePackService,
    changes_for,
    read_pack_file,
    write_impact,
)

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1
KINDS = ("status", "last_lawful_day", "deadlines", "findings")


def kind_label(kind: str) -> str:
    labels = {
        "status": QCoreApplication.translate("RulesPage", "status changed"),
        "last_lawful_day": QCoreApplication.translate("RulesPage", "last lawful day moved"),
        "deadlines": QCoreApplication.translate("RulesPage", "deadlines added or removed"),
        "findings": QCoreApplication.translate("RulesPage", "findings changed"),
        "added": QCoreApplication.translate("RulesPage", "added"),
        "removed": QCoreApplication.translate("RulesPage", "removed"),
        "changed": QCoreApplication.translate("RulesPage", "changed"),
    }
    return labels.get(kind, kind)


def impact_header() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("RulesPage", "Client"),
        translate("RulesPage", "Status before"),
        translate("RulesPage", "Status after"),
        translate("RulesPage", "Last lawful day before"),
        translate("RulesPage", "Last lawful day after"),
        translate("RulesPage", "Moved (days)"),
        translate("RulesPage", "Deadlines added"),
        translate("RulesPage", "Deadlines removed"),
        translate("RulesPage", "Findings changed"),
        translate("RulesPage", "Rules"),
    )


def _status(value: str) -> str:
    try:
        return status_label(Status(value))
    except ValueError:
        return value


def _table(name: str, columns: int) -> QTableWidget:
    table = named(QTableWidget(0, columns), name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))


class RulesPage(QWidget):
    """The rules packs window opened from Settings."""

    open_client = Signal(int, str)  # client id, tab name

    def __init__(
        self, packs: RulePackService, *, may_change: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rulesPage")
        self.packs = packs
        self.may_change = may_change
        self.text: str | None = None
        self.file_name = ""
        self.diff: tuple[RuleChange, ...] = ()
        self.impact: Impact | None = None
        self.shown: list[ClientChange] = []
        self.op: Op[Impact] | None = None
        self._build()
        self.retranslate()
        self.show_active()

    # -- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.active_label = named(QLabel(), "activePack")
        self.active_label.setWordWrap(True)
        self.choose_button = named(QPushButton(), "chooseRulesFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.install_button = named(QPushButton(), "installPack")
        self.install_button.clicked.connect(self.install_and_activate)
        self.rollback_button = named(QPushButton(), "rollbackPack")
        self.rollback_button.clicked.connect(self.rollback)
        for button in (self.install_button, self.rollback_button):
            button.setVisible(self.may_change)
        self.install_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.active_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.install_button)
        top.addWidget(self.rollback_button)
        self.new_label = named(QLabel(), "newPack")
        self.new_label.setWordWrap(True)
        self.diff_table = _table("ruleDiff", 5)
        self.counts_table = _table("impactByRule", 6)
        self.summary = named(QLabel(), "impactSummary")
        self.rule_filter = named(QComboBox(), "impactRuleFilter")
        self.kind_filter = named(QComboBox(), "impactKindFilter")
        for box in (self.rule_filter, self.kind_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.export_button = named(QPushButton(), "exportImpact")
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setEnabled(False)
        filters = QHBoxLayout()
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.rule_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.export_button)
        self.clients = _table("impactClients", 7)
        self.clients.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.diff_table, self.counts_table):
            splitter.addWidget(widget)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.clients, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.new_label)
        layout.addWidget(splitter, 1)
        self.resize(1000, 700)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rules packs"))
        self.choose_button.setText(self.tr("Preview a new rules file…"))
        self.install_button.setText(self.tr("Install and activate"))
        self.rollback_button.setText(self.tr("Roll back to the previous pack"))
        self.export_button.setText(self.tr("Export to XLSX…"))
        self.diff_table.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Change"),
                self.tr("What"),
                self.tr("Before → after"),
                self.tr("Citation before / after"),
            ]
        )
        self.counts_table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Clients"), *(kind_label(k) for k in KINDS)]
        )
        self.clients.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("Status before"),
                self.tr("Status after"),
                self.tr("Last lawful day before"),
                self.tr("Last lawful day after"),
                self.tr("Moved (days)"),
                self.tr("Rules"),
            ]
        )
        self._fill_filters()
        self.show_active()
        self.show_diff()
        self.show_impact()

    # -- the active pack -------------------------------------------------------------------------
    def show_active(self) -> None:
        Op(self, self.packs.active).quietly().success(self._show_active).run()

    def _show_active(self, row: Any) -> None:
        self.active_label.setText(
            self.tr("Active pack: %1, version %2, published %3 by %4")
            .replace("%1", row.pack_id)
            .replace("%2", str(row.version))
            .replace("%3", format_date(row.published))
            .replace("%4", row.prepared_by)
        )
        self.rollback_button.setEnabled(row.replaced is not None)

    # -- a new pack ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = open_file(self, self.tr("Rules file"), self.tr("Rules files (*.toml)"))
        if path is not None:
            Op(self, lambda: read_pack_file(path)).success(
                lambda text: self.preview(text, path.name)
            ).run()

    def preview(self, text: str, file_name: str) -> None:
        """Show the rule diff of ``text`` and start its impact preview in the background."""
        self.text, self.file_name = text, file_name
        self.impact = None
        self.install_button.setEnabled(False)
        packs = self.packs
        Op(self, lambda: packs.diff(text, file_name)).success(self._diff_read).run()
        if self.op is not None and self.op.running():
            self.op.cancel()

        def work(progress: Progress) -> Impact:
            return packs.impact(
                text, file_name, progress=progress.report, cancelled=progress.cancelled
            )

        self.op = (
            Op.tracked(self, work)
            .with_dialog(
                self.tr("Evaluating every client under both packs…"),
                cancel=self.tr("Cancel"),
                name="impactProgress",
            )
            .success(self._impact_read)
        )
        self.op.run()

    def _diff_read(self, diff: tuple[RuleChange, ...]) -> None:
        self.diff = diff
        self.show_diff()

    def _impact_read(self, impact: Impact) -> None:
        self.impact = impact
        self.install_button.setEnabled(not impact.cancelled)
        self._fill_filters()
        self.show_impact()

    def show_diff(self) -> None:
        language = current_language()
        rows: list[tuple[Any, ...]] = []
        titles: list[str] = []
        for change in self.diff:
            citations = f"{change.old_citation or '—'} / {change.new_citation or '—'}"
            items = [i for i in change.changes if i.name != "citation"]
            for item in items:
                rows.append(
                    (
                        change.rule,
                        kind_label(change.kind),
                        item.name,
                        f"{item.old or '—'} → {item.new or '—'}",
                        citations,
                    )
                )
            if not items:
                rows.append(
                    (change.rule, kind_label(change.kind), self.tr("citation"), "", citations)
                )
            titles += [change.title(language)] * max(len(items), 1)
        _fill(self.diff_table, rows)
        for row, title in enumerate(titles):
            cell = self.diff_table.item(row, 0)
            if cell is not None:
                cell.setToolTip(title)

    def show_impact(self) -> None:
        impact = self.impact
        if impact is None:
            self.summary.setText("" if self.text is None else self.tr("Not evaluated yet."))
            _fill(self.counts_table, [])
            self.show_changes()
            return
        text = (
            self.tr("%1 of %2 clients change under %3 (against %4)")
            .replace("%1", format_number(len(impact.changes)))
            .replace("%2", format_number(impact.evaluated))
            .replace("%3", impact.new)
            .replace("%4", impact.active)
        )
        if impact.cancelled:
            text += " " + self.tr("(cancelled: not every client was evaluated)")
        self.summary.setText(text)
        self.new_label.setText(self.tr("New pack: %1").replace("%1", impact.new))
        _fill(
            self.counts_table,
            [(c.rule, c.clients, *(c.by_kind[k] for k in KINDS)) for c in impact.by_rule],
        )
        self.show_changes()

    def _fill_filters(self) -> None:
        chosen_rule, chosen_kind = self.rule_filter.currentData(), self.kind_filter.currentData()
        for box in (self.rule_filter, self.kind_filter):
            box.blockSignals(True)
            box.clear()
        self.rule_filter.addItem(self.tr("Every rule"), None)
        for count in self.impact.by_rule if self.impact else []:
            self.rule_filter.addItem(count.rule, count.rule)
        self.kind_filter.addItem(self.tr("Every change"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.rule_filter.setCurrentIndex(max(self.rule_filter.findData(chosen_rule), 0))
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(chosen_kind), 0))
        for box in (self.rule_filter, self.kind_filter):
            box.blockSignals(False)

    def show_changes(self) -> None:
        if self.impact is None:
            self.shown = []
        else:
            self.shown = list(
                changes_for(
                    self.impact, self.rule_filter.currentData(), self.kind_filter.currentData()
                )
            )
        _fill(
            self.clients,
            [
                (
                    self.tr("Client %1").replace("%1", str(c.client_id)),
                    _status(c.status_from),
                    _status(c.status_to),
                    format_date(c.last_from),
                    format_date(c.last_to),
                    "" if c.moved_days is None else f"{c.moved_days:+d}",
                    ", ".join(c.rules),
                )
                for c in self.shown
            ],
        )
        for row, change in enumerate(self.shown):
            item = self.clients.item(row, 0)
            if item is not None:
                item.setData(CLIENT_ROLE, change.client_id)
        self.export_button.setEnabled(bool(self.shown))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.shown):
            self.open_client.emit(self.shown[row].client_id, "")

    # -- export ----------------------------------------------------------------------------------
    def choose_export(self) -> None:
        path = save_file(self, self.tr("Export the changed clients"), "impact.xlsx",
                         self.tr("Excel workbook (*.xlsx)"))
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> Op[None]:
        """Write the clients shown (as filtered) to an XLSX file, off the UI thread."""
        header, changes = impact_header(), list(self.shown)
        return Op(self, lambda: write_impact(path, header, changes, "file")).run()

    # -- changing the active pack (supervisors) --------------------------------------------------
    def install_and_activate(self) -> None:
        text, name, impact = self.text, self.file_name, self.impact
        if text is None or impact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Activate the new rules pack"),
            self.tr("Install %1 and make it the active pack? The status of %n client(s) "
                    "changes.", "", len(impact.changes))
            .replace("%1", impact.new),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        packs = self.packs

        def work() -> object:
            row = packs.install(text, name)
            return packs.activate(row.pack_id)

        Op(self, work, Changes.of(*CLIENT_DATA)).with_dialog(
            self.tr("Bringing every status up to date…")
        ).success(lambda _done: self._changed()).run()

    def rollback(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Roll back the rules pack"),
            self.tr(
                "Return to the pack the active one replaced? Every status is brought up to date."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            Op(self, self.packs.rollback, Changes.of(*CLIENT_DATA)).with_dialog(
                self.tr("Bringing every status up to date…")
            ).success(lambda _done: self._changed()).run()

    def _changed(self) -> None:
        self.text, self.impact, self.diff = None, None, ()
        self.install_button.setEnabled(False)
        self.new_label.clear()
        self.show_active()
        self.show_diff()
        self.show_impact()
