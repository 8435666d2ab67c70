"""The dialogs at start, driven as a user drives them: the one sign-in that unlocks a keyring
database (and creates it on a first start, with the recovery key shown once), and the passphrase
of a database not yet converted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from tests.conftest import TEST_PASSWORD, TEST_USER

from legalaid.db import crypto, keyring
from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling
from legalaid.errors import LegalAidError
from legalaid.gui.ops import wait_idle
from legalaid.gui.startup import Startup
from legalaid.gui.unlock import UnlockCancelled, check_in_background, open_unlocked
from legalaid.paths import AppPaths
from legalaid.services.access import guard
from legalaid.services.command_context import CommandContext
from legalaid.services.opening import Opened, open_case_database
from legalaid.services.roles import Role
from legalaid.services.signin import check_credentials, create_administrator
from legalaid.settings import Settings

from .helpers import type_text
from .memory_keyring import MemoryKeyring, memory_keyring_installed

PASSPHRASE = "gui test passphrase"


# Every test here starts without a database: the passphrase dialog creates or unlocks it.
pytestmark = pytest.mark.fresh_database


@pytest.fixture
def context(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CommandContext:
    monkeypatch.delenv("LEGALAID_PASSPHRASE")
    return CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(), settings=Settings())


def ask(context: CommandContext) -> Opened:
    """The start of a person: the unlock dialog, then the sign-in dialog."""
    return open_unlocked(context, None, passphrase_dialog=True, login_dialog=True)


def filled_database(context: CommandContext, clients: list[ClientRecord]) -> None:
    """An encrypted database with the test administrator, ``clients`` and one backup."""
    opened = open_case_database(context, PASSPHRASE)
    assert isinstance(opened, Opened)
    create_administrator(opened.services, TEST_USER, TEST_PASSWORD)
    opened.services.clients.add_many(clients)
    opened.services.backups.create()
    opened.services.close()


class Dialogs:
    """Answers each passphrase dialog as it opens with the next scripted action."""

    def __init__(self, actions: list[Callable[[QDialog], None]]) -> None:
        self.actions = actions
        self.seen: list[QDialog] = []
        self.names: list[str] = []  # the dialogs answered, by name (kept after ``stop``)
        self.count = 0
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in self.seen or not dialog.isVisible():
            return
        self.seen.append(dialog)
        self.names.append(dialog.objectName())
        if self.actions:
            self.actions.pop(0)(dialog)

    def stop(self) -> None:
        """No more answers; the dialogs answered are let go (counted, and named in ``names``)."""
        self.timer.stop()
        self.count = len(self.seen)
        self.seen.clear()


def field(dialog: QDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None
    return found


def text_of(dialog: QDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None
    return label.text()


def answer(passphrase: str, repeat: str | None = None,
           seen: list[str] | None = None) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        if seen is not None:
            seen.append(text_of(dialog, "unlockMessage"))
            seen.append(text_of(dialog, "unlockWarning"))
        type_text(field(dialog, "unlockPassphrase"), passphrase)
        if repeat is not None:
            type_text(field(dialog, "unlockRepeat"), repeat)
        dialog.accept()
        if dialog.isVisible() and seen is not None:  # refused: say why, then give up
            seen.append(text_of(dialog, "unlockMessage"))
            dialog.reject()
    return act


def sign_in(user: str, password: str, repeat: str | None = None,
            seen: list[str] | None = None) -> Callable[[QDialog], None]:
    """Type into the sign-in dialog (the password twice on a first start) and accept; when it
    stays open, note the reason in ``seen`` and close it."""
    def act(dialog: QDialog) -> None:
        assert dialog.objectName() == "loginDialog"
        type_text(field(dialog, "loginUser"), user)
        type_text(field(dialog, "loginPassword"), password)
        if repeat is not None:
            type_text(field(dialog, "loginRepeat"), repeat)
        press_ok(dialog)
        if dialog.isVisible() and seen is not None:
            seen.append(text_of(dialog, "loginMessage"))
            dialog.reject()
    return act


def press_ok(dialog: QDialog) -> None:
    """Click the dialog's OK button, as a person does (its checks run)."""
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def store_recovery_key(seen: list[str]) -> Callable[[QDialog], None]:
    """The recovery key dialog: refuses to close until the box is ticked."""
    def act(dialog: QDialog) -> None:
        assert dialog.objectName() == "recoveryKeyDialog"
        seen.append(text_of(dialog, "recoveryKey"))
        ok = dialog.findChild(QPushButton, "recoveryOk")
        assert ok is not None and not ok.isEnabled()
        dialog.reject()  # Escape: not yet
        assert dialog.isVisible()
        box = dialog.findChild(QCheckBox, "recoveryStored")
        assert box is not None
        box.setChecked(True)
        assert ok.isEnabled()
        ok.click()
    return act


def organisation_later(dialog: QDialog) -> None:
    """The first start's organisation profile, left for later."""
    assert dialog.objectName() == "firstStartOrganisation"
    later = dialog.findChild(QPushButton, "organisationLater")
    assert later is not None
    later.click()


def fill_organisation(texts: dict[str, tuple[str, str, str]],
                      seen: list[str]) -> Callable[[QDialog], None]:
    """The first start's organisation profile: name, address and signatory typed in each
    language's tab, then Save (what the dialog asked is noted in ``seen``)."""
    def act(dialog: QDialog) -> None:
        seen.append(dialog.objectName())
        save = dialog.findChild(QPushButton, "organisationSave")
        assert save is not None
        save.click()  # nothing typed yet: refused, the dialog stays
        wait_idle()
        seen.append(text_of(dialog, "orgProblem"))
        for language, values in texts.items():
            for what, value in zip(("name", "address", "signatory"), values, strict=True):
                type_text(field(dialog, f"org_{what}_{language}"), value)
        save.click()
    return act


def first_start(qtbot: QtBot, context: CommandContext,
                organisation: Callable[[QDialog], None], left_out: tuple[str, ...]) -> Startup:
    """The desktop's first start, as a person answers it: this computer, the new administrator,
    the recovery key stored, then ``organisation`` answering the organisation dialog."""
    from legalaid.gui.startup import AFTER_PAINT, StartMode

    dialogs = Dialogs([on_this_computer, sign_in(TEST_USER, TEST_PASSWORD, TEST_PASSWORD),
                       store_recovery_key([]), organisation])
    steps = [step for step in AFTER_PAINT if step.name not in left_out]
    startup = Startup(context, steps, StartMode(passphrase_dialog=True, login_dialog=True))
    window = startup.begin()
    qtbot.addWidget(window)
    with qtbot.waitSignal(startup.finished, timeout=20000):
        pass
    dialogs.stop()
    return startup


def test_the_first_start_asks_for_the_organisation_profile_that_letters_print(
        qtbot: QtBot, context: CommandContext) -> None:
    import io

    import pypdf

    from legalaid.services.letters.compose import LetterRequest

    texts = {"kk": ("«Көмек» қоры", "Астана қ., Бірлік к-сі, 5", "Төраға Ғ. Үсенова"),
             "ru": ("Фонд «Помощь»", "г. Астана, ул. Бирлик, 5", "Председатель Г. Усенова"),
             "en": ("Help Foundation", "5 Birlik Street, Astana", "Chair G. Usenova")}
    seen: list[str] = []
    startup = first_start(qtbot, context, fill_organisation(texts, seen), ("demo", "check"))
    assert seen == ["firstStartOrganisation",
                    "Give the organisation's name in at least one language."]
    services = startup.require_desk().services
    profile = services.letters.organisation()
    assert (profile.kk.name, profile.ru.address, profile.en.signatory) == (
        texts["kk"][0], texts["ru"][1], texts["en"][2])
    # ... and a Kazakh letter prints the Kazakh name, address and signatory, nothing Russian.
    client_id = services.clients.add(ClientRecord(
        names=(NameSpelling("Каримов", "Рустам", Script.CYRILLIC),),
        date_of_birth=dt.date(1990, 5, 17), citizenship="UZ", lawyer=TEST_USER,
        safe_to_contact=True, address="Астана қ., Жеңіс д-лы, 10",
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                                  valid_until=dt.date(2032, 1, 9)),)))
    services.consent.record_consent(client_id, "legal_aid")
    pdf = services.letters.save(LetterRequest(
        "embassy_documents", client_id, "kk",
        fields={"embassy": "Өзбекстан елшілігі", "document": "passport"})).pdf
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert all(value in text for value in texts["kk"]), text
    assert texts["ru"][0] not in text and texts["en"][0] not in text
    signature_lines = "Қолы: ______________________"  # signed by hand: the only lines to fill
    assert "____" not in text.replace(signature_lines, "")
    startup.window.close()
    startup.close()


def test_a_first_start_creates_the_database_and_shows_the_recovery_key_once(
        qtbot: QtBot, context: CommandContext) -> None:
    seen: list[str] = []
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD, "something else", seen)])
    with pytest.raises(UnlockCancelled):
        ask(context)
    dialogs.stop()
    assert seen == ["The two passwords differ."]
    assert not context.paths.default_database.exists()
    codes: list[str] = []
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD, TEST_PASSWORD),
                       store_recovery_key(codes)])
    opened = ask(context)
    dialogs.stop()
    opened.services.close()
    assert opened.created and opened.actor is not None and opened.actor.name == TEST_USER
    database = context.paths.default_database
    assert crypto.database_kind(database) is crypto.DatabaseKind.ENCRYPTED
    assert keyring.exists(database)
    # The code shown is the one that opens the database's keys.
    shared = keyring.open_recovery(keyring.load(database), codes[0])
    crypto.check_passphrase(database, keyring.raw_key(shared.database_key))


def on_this_computer(dialog: QDialog) -> None:
    """The first start's question where the database lives: this computer (the default)."""
    from legalaid.gui.views.office_server import OfficeServerDialog

    assert isinstance(dialog, OfficeServerDialog)
    assert dialog.this_computer.isChecked()
    dialog.accept()


def test_the_first_session_takes_the_first_backup(qtbot: QtBot,
                                                 context: CommandContext) -> None:

    startup = first_start(qtbot, context, organisation_later, ("demo",))
    assert startup.require_opened().created
    backups = startup.require_desk().services.backups
    # Taken in the background once the window is up: the folder is known to work on day one.
    qtbot.waitUntil(lambda: [info.reason for info in backups.list()] == ["daily"],
                    timeout=10000)
    assert backups.list()[0].path.parent == context.backup_dir
    assert not backups.due()  # and the next one is due a day later, as every day
    startup.window.close()
    startup.close()


def test_a_wrong_password_is_asked_again_in_the_one_dialog(
        qtbot: QtBot, context: CommandContext) -> None:
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD, TEST_PASSWORD), store_recovery_key([])])
    ask(context).services.close()
    dialogs.stop()
    seen: list[str] = []

    def wrong_then_close(dialog: QDialog) -> None:
        type_text(field(dialog, "loginUser"), TEST_USER)
        type_text(field(dialog, "loginPassword"), "not the password")
        press_ok(dialog)

        def asked_again() -> None:  # the same dialog opens again, saying why
            if not dialog.isVisible():
                QTimer.singleShot(20, asked_again)
                return
            seen.append(text_of(dialog, "loginMessage"))
            dialog.reject()
        QTimer.singleShot(20, asked_again)

    dialogs = Dialogs([wrong_then_close])
    with pytest.raises(UnlockCancelled):
        ask(context)
    dialogs.stop()
    assert seen == ["Unknown user or wrong password."]


def test_a_wrong_passphrase_is_asked_again_with_the_reason(
        qtbot: QtBot, context: CommandContext, tmp_path: Path) -> None:
    crypto.create_encrypted_database(context.paths.default_database, PASSPHRASE)
    seen: list[str] = []
    dialogs = Dialogs([answer("not the right one"), answer(PASSPHRASE, seen=seen)])
    services = ask(context).services
    dialogs.stop()
    assert seen[0] == "Wrong passphrase. Try again."
    assert dialogs.count == 2
    assert services.schema_revision() != ""
    assert services.backups.list() == []  # not while opening: the window is waiting
    # The start's step after the first page: the check, then the daily backup, in the background.
    check_in_background(services, None, then_backup=True)
    qtbot.waitUntil(lambda: [info.reason for info in services.backups.list()] == ["daily"],
                    timeout=10000)
    qtbot.wait(100)
    services.close()


def test_a_damaged_database_found_after_opening_is_replaced_by_the_last_good_backup(
        qtbot: QtBot, context: CommandContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from legalaid.domain.read_models import ClientQuery

    from .conftest import ASEL, IVAN

    database = context.paths.default_database
    filled_database(context, [ASEL, IVAN] * 200)
    monkeypatch.setenv("LEGALAID_PASSPHRASE", PASSPHRASE)
    with database.open("r+b") as stream:  # scribble over a page of client rows
        stream.seek(8 * 4096 + 50)
        stream.write(b"\xff" * 3000)
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    errors: list[str] = []
    monkeypatch.setattr("legalaid.gui.ops.report_error",
                        lambda _parent, error: errors.append(str(error)))
    # A script's start: the passphrase from the environment; the damage is found after opening.
    raw = open_unlocked(context, None, passphrase_dialog=False, login_dialog=False).services
    services = guard(raw, check_credentials(raw, TEST_USER, TEST_PASSWORD))
    refreshed: list[bool] = []
    check_in_background(services, None, then_backup=True,
                        restored=lambda: refreshed.append(True))
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    assert "failed its integrity check" in asked[0]
    qtbot.waitUntil(lambda: bool(refreshed) or bool(errors), timeout=15000)
    assert errors == []
    assert services.backups.quick_check() == "ok"
    assert services.clients.count(ClientQuery()) == 400
    qtbot.wait(100)
    services.close()


def test_a_database_that_does_not_open_is_replaced_only_for_an_account_of_the_backup(
        qtbot: QtBot, context: CommandContext, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from legalaid.domain.read_models import ClientQuery
    from legalaid.gui.login import LoginDialog

    from .conftest import ASEL, IVAN

    database = context.paths.default_database
    filled_database(context, [ASEL, IVAN] * 20)
    monkeypatch.setenv("LEGALAID_PASSPHRASE", PASSPHRASE)
    with database.open("r+b") as stream:  # inside the first page, after its salt
        stream.seek(100)
        stream.write(b"\xff" * 200)
    damaged = database.read_bytes()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    typed = [("admin", "not the password"), ("nobody", TEST_PASSWORD)]
    problems: list[str] = []

    def sign_in(dialog: LoginDialog) -> int:
        if dialog.message.text():
            problems.append(dialog.message.text())
        if not typed:
            return QDialog.DialogCode.Rejected.value
        name, password = typed.pop(0)
        dialog.user.setText(name)
        dialog.password.setText(password)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    # The passphrase from the environment, the sign-in with the dialog; nobody of the backup
    # signed in: nothing replaced.
    with pytest.raises(LegalAidError, match="is damaged"):
        open_unlocked(context, None, passphrase_dialog=False, login_dialog=True)
    assert problems == ["Unknown user or wrong password."] * 2
    assert "Clients: now damaged, in the backup 40" in asked[0]
    assert database.read_bytes() == damaged
    typed.append((TEST_USER, TEST_PASSWORD))
    services = open_unlocked(context, None, passphrase_dialog=False, login_dialog=True).services
    assert services.clients.count(ClientQuery()) == 40
    kept = list((context.backup_dir / "safety").glob("*-damaged.backup"))
    assert [path.read_bytes() for path in kept] == [damaged]
    qtbot.wait(100)
    services.close()


def test_a_daily_backup_that_cannot_be_written_is_a_warning_and_work_goes_on(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QMessageBox

    from legalaid.gui.unlock import backup_in_background
    from legalaid.services.backups import BackupNotWritten

    class NoRoom:
        def due(self) -> bool:
            return True

        def take_if_due(self, quiet: bool = True) -> None:
            assert not quiet
            raise BackupNotWritten("the daily backup could not be written (no room left)")

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warned.append(text))
    errors: list[str] = []
    monkeypatch.setattr("legalaid.gui.ops.report_error",
                        lambda _parent, error: errors.append(str(error)))
    backup_in_background(SimpleNamespace(backups=NoRoom()), None)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "Work goes on without it" in warned[0]
    assert errors == []


# --- the passphrase remembered by the system keyring --------------------------------------


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring_installed() as store:
        yield store


def sign_in_and_remember(user: str, password: str, offered: list[bool],
                         tick: bool = True) -> Callable[[QDialog], None]:
    """The sign-in dialog: note whether the offer to remember is shown (and off), tick it (or
    not), and sign in."""
    def act(dialog: QDialog) -> None:
        box = dialog.findChild(QCheckBox, "loginRemember")
        assert box is not None
        offered.append(box.isVisible() and not box.isChecked())
        box.setChecked(tick)
        sign_in(user, password)(dialog)
    return act


def names_of(dialogs: Dialogs) -> list[str]:
    return dialogs.names


def remembered_once(context: CommandContext) -> Opened:
    """A start that signs in, types the passphrase and asks to remember it."""
    offered: list[bool] = []
    dialogs = Dialogs([sign_in_and_remember(TEST_USER, TEST_PASSWORD, offered),
                       answer(PASSPHRASE)])
    opened = ask(context)
    dialogs.stop()
    assert offered == [True]
    assert names_of(dialogs) == ["loginDialog", "unlockDialog"]
    return opened


def test_a_remembered_passphrase_leaves_only_the_password_to_type_at_the_next_start(
        qtbot: QtBot, context: CommandContext, memory_keyring: MemoryKeyring,
        tmp_path: Path) -> None:
    filled_database(context, [])
    first = remembered_once(context)
    assert first.actor is not None and first.actor.name == TEST_USER
    first.services.close()
    # Kept in the keyring under the product's name, sealed: not the passphrase in plain, and
    # nowhere in the files the app writes.
    assert [service for service, _user in memory_keyring.kept] == ["LegalAid"]
    assert PASSPHRASE not in next(iter(memory_keyring.kept.values()))
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert written and not any(PASSPHRASE.encode() in path.read_bytes() for path in written)

    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD)])
    second = ask(context)
    dialogs.stop()
    second.services.close()
    assert names_of(dialogs) == ["loginDialog"]
    assert second.actor is not None and second.actor.name == TEST_USER


def test_the_passphrase_is_remembered_only_when_asked_and_only_for_that_account(
        qtbot: QtBot, context: CommandContext, memory_keyring: MemoryKeyring) -> None:
    filled_database(context, [])
    offered: list[bool] = []
    dialogs = Dialogs([sign_in_and_remember(TEST_USER, TEST_PASSWORD, offered, tick=False),
                       answer(PASSPHRASE)])
    ask(context).services.close()
    dialogs.stop()
    assert offered == [True] and memory_keyring.kept == {}

    remembered_once(context).services.close()
    # Another account of the same computer still needs the passphrase.
    opened = open_case_database(context, PASSPHRASE)
    assert isinstance(opened, Opened)
    admin = check_credentials(opened.services, TEST_USER, TEST_PASSWORD)
    guard(opened.services, admin).accounts.add_user("colleague", Role.LAWYER,
                                                     "colleague password", admin)
    opened.services.close()
    dialogs = Dialogs([sign_in("colleague", "colleague password"), answer(PASSPHRASE)])
    colleague = ask(context)
    dialogs.stop()
    colleague.services.close()
    assert names_of(dialogs) == ["loginDialog", "unlockDialog"]
    assert colleague.actor is not None and colleague.actor.name == "colleague"


def test_a_wrong_password_with_a_remembered_passphrase_asks_for_it_then_the_password_again(
        qtbot: QtBot, context: CommandContext, memory_keyring: MemoryKeyring) -> None:
    filled_database(context, [])
    remembered_once(context).services.close()
    seen: list[str] = []

    def wrong_password_noted(dialog: QDialog) -> None:
        seen.append(text_of(dialog, "unlockMessage"))
        answer(PASSPHRASE)(dialog)

    def right_password_after_the_refusal(dialog: QDialog) -> None:
        sign_in(TEST_USER, "not the password")(dialog)

        def asked_again() -> None:  # the same dialog opens again, saying why
            if not dialog.isVisible():
                QTimer.singleShot(20, asked_again)
                return
            seen.append(text_of(dialog, "loginMessage"))
            field(dialog, "loginUser").clear()
            sign_in(TEST_USER, TEST_PASSWORD)(dialog)
        # after the second the accounts make a failed sign-in wait
        QTimer.singleShot(1100, asked_again)

    dialogs = Dialogs([right_password_after_the_refusal, wrong_password_noted])
    opened = ask(context)
    dialogs.stop()
    opened.services.close()
    assert seen == ["The passphrase this computer remembers did not open with this password. "
                    "Type the passphrase (the password is checked next).",
                    "Unknown user or wrong password."]
    assert opened.actor is not None and opened.actor.name == TEST_USER


def test_a_stale_remembered_passphrase_is_asked_once_and_then_remembered_anew(
        qtbot: QtBot, context: CommandContext, memory_keyring: MemoryKeyring) -> None:
    filled_database(context, [])
    remembered_once(context).services.close()
    crypto.rekey_file(context.paths.default_database, PASSPHRASE, "the new passphrase")
    seen: list[str] = []
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD),
                       answer("the new passphrase", seen=seen)])
    ask(context).services.close()
    dialogs.stop()
    assert names_of(dialogs) == ["loginDialog", "unlockDialog"]
    assert seen[0] == ("The passphrase this computer remembered no longer opens the database. "
                       "Type it.")
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD)])
    ask(context).services.close()
    dialogs.stop()
    assert names_of(dialogs) == ["loginDialog"]


def test_without_a_system_keyring_nothing_is_offered(qtbot: QtBot,
                                                    context: CommandContext) -> None:
    from legalaid.gui.login import sign_in_with_dialog

    filled_database(context, [])
    offered: list[bool] = []
    dialogs = Dialogs([answer(PASSPHRASE),
                       sign_in_and_remember(TEST_USER, TEST_PASSWORD, offered, tick=False)])
    opened = ask(context)  # the passphrase first, as before
    actor = sign_in_with_dialog(opened.services)
    opened.services.close()
    dialogs.stop()
    assert names_of(dialogs) == ["unlockDialog", "loginDialog"] and offered == [False]
    assert actor.name == TEST_USER


def test_settings_forget_the_remembered_passphrase(
        qtbot: QtBot, context: CommandContext, memory_keyring: MemoryKeyring) -> None:
    from legalaid.gui.backend import Desk
    from legalaid.gui.main_window import MainWindow

    filled_database(context, [])
    opened = remembered_once(context)
    assert opened.actor is not None
    window = MainWindow(context, Desk(guard(opened.services, opened.actor)))
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    forget = window.settings_page.findChild(QPushButton, "forgetPassphrase")
    assert forget is not None and forget.isVisible() and forget.text() == "Forget"
    forget.click()
    assert memory_keyring.kept == {} and not forget.isVisible()
    opened.services.close()
    dialogs = Dialogs([sign_in(TEST_USER, TEST_PASSWORD), answer(PASSPHRASE)])
    ask(context).services.close()
    dialogs.stop()
    assert names_of(dialogs) == ["loginDialog", "unlockDialog"]
