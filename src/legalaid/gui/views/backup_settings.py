"""Settings → Backups: where backups go, how many are kept, the list, back up now, restore (after
the backup is checked, what would change is shown and confirmed, and a backup with far fewer clients
confirmed by typing their number) and changing the passphrase. Every call to the backup service
runs off the UI thread; the list refreshes when it returns. A database on the office server has no
backup files here: the section says that its backups are the server's (``pg_dump``) instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legalaid.errors import LegalAidError, ValidationError
from legalaid.gui.application import user_message
from legalaid.gui.file_dialogs import choose_folder
from legalaid.gui.i18n import format_date
from legalaid.gui.ops import Op, one_at_a_time, run_op
from legalaid.gui.widgets import add_message_and_buttons, named
from legalaid.passphrase import check_new_passphrase

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.services.backups import BackupInfo, BackupService, Restored, RestorePlan


class PassphraseDialog(QDialog):
    """The current passphrase and a new one typed twice, with the warning about losing it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "A lost passphrase cannot be recovered: without it nobody, not even the "
            "administrator, can open the database or its backups."))
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.current, self.new, self.repeat = (
            named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), name)
            for name in ("currentPassphrase", "newPassphrase", "repeatPassphrase"))
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat the new passphrase"), self.repeat)
        layout.addLayout(form)
        self.message = add_message_and_buttons(self, layout, "passphraseMessage", self.accept)

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        try:
            check_new_passphrase(self.new.text())
        except ValidationError:
            self.message.setText(self.tr("The passphrase must be at least 8 characters long."))
            return
        super().accept()


class BackupSection(QGroupBox):
    """The Backups group of the Settings page."""

    restored = Signal()  # the database content was replaced: pages must reload

    def __init__(self, backups: BackupService, context: AppContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSection")
        self._backups = backups
        self._context = context
        self.folder = named(QLineEdit(str(context.backup_dir), readOnly=True), "backupFolder")
        self.choose = named(QPushButton(), "chooseBackupFolder")
        self.keep = named(QSpinBox(minimum=1, maximum=365), "backupKeep")
        self.keep.setValue(context.settings.backup_keep)
        self.list = named(QListWidget(), "backupList")
        self.back_up = named(QPushButton(), "backUpNow")
        self.restore = named(QPushButton(), "restoreBackup")
        self.passphrase = named(QPushButton(), "changePassphrase")
        self.passphrase.setEnabled(backups.encrypted)
        self.status = named(QLabel(), "backupStatus")
        self.status.setWordWrap(True)
        self.server_note = named(QLabel(wordWrap=True), "serverBackupNote")
        self._labels = [QLabel(), QLabel()]
        self._layout()
        self._show_server_note(backups.on_server)
        self.choose.clicked.connect(self._choose_folder)
        self.keep.valueChanged.connect(self._keep_changed)
        self.back_up.clicked.connect(self._back_up)
        self.restore.clicked.connect(self._restore)
        self.passphrase.clicked.connect(self._change_passphrase)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.retranslate()
        self.reload()

    def _layout(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self._labels[0], folder_row)
        form.addRow(self._labels[1], self.keep)
        buttons = QHBoxLayout()
        for button in (self.back_up, self.restore, self.passphrase):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.server_note)

    def _show_server_note(self, on_server: bool) -> None:
        """A server database: only the note, none of the file backups' controls."""
        self.server_note.setVisible(on_server)
        for widget in (self.folder, self.choose, self.keep, self.list, self.back_up,
                       self.restore, self.passphrase, self.status, *self._labels):
            widget.setVisible(not on_server)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self._labels[0].setText(self.tr("Backup folder:"))
        self._labels[1].setText(self.tr("Backups to keep:"))
        self.choose.setText(self.tr("Choose…"))
        self.back_up.setText(self.tr("Back up now"))
        self.restore.setText(self.tr("Restore…"))
        self.passphrase.setText(self.tr("Change passphrase…"))
        self.list.setAccessibleName(self.tr("Backups"))
        self.server_note.setText(self.tr(
            "This database is on the office server: its backups are the server's, taken there "
            "with pg_dump on a schedule (and brought back with pg_restore). LegalAid keeps no "
            "backup files of it on this computer; ask the administrator about them."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # -- list ------------------------------------------------------------------------------------
    def _describe(self, info: BackupInfo) -> str:
        reasons = {"daily": self.tr("daily"), "manual": self.tr("by hand"),
                   "before-restore": self.tr("before a restore")}
        reason = reasons.get(info.reason, self.tr("before an upgrade")
                             if info.reason.endswith("-upgrade") else info.reason)
        size = self.tr("%1 MB").replace("%1", f"{info.size_bytes / 1_000_000:.1f}")
        return f"{format_date(info.taken.date())} {info.taken:%H:%M}  ·  {reason}  ·  {size}"

    def reload(self) -> None:
        self.list.clear()
        for info in self._backups.list():
            item = QListWidgetItem(self._describe(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore.setEnabled(self.list.currentRow() >= 0)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    # -- actions ---------------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Backup folder"), self.folder.text())
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        self._context.settings.backup_folder = str(folder)
        self.folder.setText(str(folder))
        self._configure(folder, self.keep.value())

    def _keep_changed(self, value: int) -> None:
        self._context.settings.backup_keep = value
        self._configure(self._backups.folder, value)

    def _configure(self, folder: Path, keep: int) -> None:
        """The backup service takes the new folder and count at once (it only keeps them);
        the settings file is written off the UI thread."""
        self._backups.configure(folder, keep)
        run_op(self, one_at_a_time("settings", self._context.save_settings),
               lambda _result: self.reload())

    def _back_up(self) -> None:
        self.back_up.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))
        Op(self, lambda: self._backups.create("manual")).handle(LegalAidError, self._failed) \
            .finally_(lambda: self.back_up.setEnabled(True)).success(self._backed_up).run()

    def _backed_up(self, _info: BackupInfo) -> None:
        self._done(self.tr("Backup taken and verified."))

    def _done(self, message: str) -> None:
        self.back_up.setEnabled(True)
        self.status.setText(message)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self._done(user_message(error))

    def _restore(self) -> None:
        """Check the chosen backup first (off the UI thread), then show what would change."""
        path = self.selected()
        if path is None:
            return
        self.status.setText(self.tr("Checking the backup…"))
        run_op(self, lambda: self._backups.verify(path), self._confirm_restore, self._failed)

    def _confirm_restore(self, plan: RestorePlan) -> None:
        from legalaid.gui.unlock import describe_plan

        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace all current data with this backup?\n\n%1\n\nThe current "
                    "database is kept as a safety copy in %2.").replace(
                "%1", describe_plan(plan)).replace("%2", str(self._backups.safety_folder)))
        if answer != QMessageBox.StandardButton.Yes:
            self._done("")
            return
        accepted = self._fewer_clients_confirmed(plan)
        if plan.far_fewer_clients and accepted is None:
            self._done(self.tr("Nothing was restored."))
            return
        self.status.setText(self.tr("Restoring…"))
        run_op(self, lambda: self._backups.restore(plan.path, accept_fewer_clients=accepted),
               self._restored, self._failed)

    def _fewer_clients_confirmed(self, plan: RestorePlan) -> int | None:
        """A backup with under half the clients: the number must be typed to go on."""
        if not plan.far_fewer_clients:
            return None
        typed, ok = QInputDialog.getText(
            self, self.tr("Restore a backup"),
            self.tr("The backup holds only %1 clients; the database holds %2 now. Type %1 to "
                    "restore it anyway.").replace("%1", str(plan.clients_in_backup))
            .replace("%2", str(plan.clients_now)))
        return plan.clients_in_backup if ok and typed.strip() == str(
            plan.clients_in_backup) else None

    def _restored(self, restored: Restored) -> None:
        self._done(self.tr("The backup was restored. The replaced database is kept in %1.")
                   .replace("%1", str(restored.safety_copy)))
        self.restored.emit()

    def _change_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.current.text(), dialog.new.text()
        run_op(self, lambda: self._backups.change_passphrase(old, new),
               lambda _count: self._passphrase_changed(new), self._failed)

    def _passphrase_changed(self, new: str) -> None:
        self._context.passphrase = new
        self.status.setText(self.tr("The passphrase was changed."))


def add_backup_section(page: QWidget, backups: BackupService, context: AppContext,
                       on_restored: object = None) -> BackupSection:
    """Put the Backups group at the bottom of the Settings page."""
    section = BackupSection(backups, context, page)
    layout = page.layout()
    assert isinstance(layout, QFormLayout)
    layout.addRow(section)
    if callable(on_restored):
        section.restored.connect(on_restored)
    return section
