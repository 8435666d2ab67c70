"""Opening the case database gives one answer: opened, wrong passphrase, or damaged with the last
good backup; the commands say each refusal in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.integration.test_encryption import ASEL, IVAN, PASSPHRASE

from legalaid.db import crypto
from legalaid.errors import LegalAidError, ValidationError
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.services.opening import (
    Damaged,
    Opened,
    PassphraseRequest,
    WrongPassphrase,
    open_case_database,
    passphrase_request,
    refused_as_error,
)
from legalaid.settings import Settings


@pytest.fixture
def context(tmp_path: Path) -> CommandContext:
    return CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(), settings=Settings())


def opened(context: CommandContext, passphrase: str | None = PASSPHRASE, **options: bool) -> Opened:
    answer = open_case_database(context, passphrase, **options)
    assert isinstance(answer, Opened), answer
    return answer


def with_a_backup(context: CommandContext) -> Path:
    """An encrypted database holding clients, and its one backup."""
    services = opened(context).services
    services.clients.add_many([ASEL, IVAN] * 200)
    good = services.backups.create().path
    services.close()
    return good


def test_a_new_database_is_created_encrypted_and_backed_up_daily_only_when_asked(
        context: CommandContext) -> None:
    database = context.paths.default_database
    assert passphrase_request(context) == PassphraseRequest(database, new=True)
    first = opened(context)
    assert first.created
    assert first.services.backups.list() == []  # nothing to keep yet
    first.services.close()
    assert passphrase_request(context) == PassphraseRequest(database, new=False)
    quiet = opened(context, daily_backup=False)
    assert not quiet.created and quiet.services.backups.list() == []
    quiet.services.close()
    again = opened(context)
    assert [info.reason for info in again.services.backups.list()] == ["daily"]
    again.services.close()


def test_a_plaintext_database_needs_no_passphrase(tmp_path: Path) -> None:
    context = CommandContext(paths=AppPaths.create(tmp_path / "base").ensure(),
                         settings=Settings(encrypt_new_databases=False))
    assert passphrase_request(context) is None
    opened(context, None).services.close()
    assert crypto.database_kind(context.paths.default_database) is crypto.DatabaseKind.PLAIN


def test_a_wrong_passphrase_is_an_answer_and_changes_nothing(context: CommandContext) -> None:
    with_a_backup(context)
    database = context.paths.default_database
    before = database.read_bytes()
    assert open_case_database(context, "not the passphrase") == WrongPassphrase(database)
    assert database.read_bytes() == before
    with pytest.raises(ValidationError) as raised:
        refused_as_error(WrongPassphrase(database))
    assert str(raised.value) == f"passphrase: wrong passphrase for {database}"


def test_damage_found_by_the_check_names_the_last_good_backup(context: CommandContext) -> None:
    good = with_a_backup(context)
    database = context.paths.default_database
    with database.open("r+b") as stream:  # scribble over a page of client rows
        stream.seek(8 * 4096 + 50)
        stream.write(b"\xff" * 3000)
    assert open_case_database(context, PASSPHRASE) == Damaged(database, good)
    with pytest.raises(LegalAidError) as raised:
        refused_as_error(Damaged(database, good))
    assert str(raised.value) == (f"database: {database} is damaged (it fails the integrity "
                                 f"check); the last good backup is {good} (legalaid restore FILE)")
    # The desktop app checks after its first page: opening without the check still opens.
    late = opened(context, check_integrity=False, daily_backup=False)
    assert late.services.backups.quick_check() != "ok"
    late.services.close()


def test_a_first_page_that_does_not_open_is_damaged_without_the_check(
        context: CommandContext) -> None:
    good = with_a_backup(context)
    database = context.paths.default_database
    with database.open("r+b") as stream:  # inside the first page, after its salt
        stream.seek(100)
        stream.write(b"\xff" * 200)
    assert open_case_database(context, PASSPHRASE, check_integrity=False) \
        == Damaged(database, good)
    assert open_case_database(context, "not the passphrase") == WrongPassphrase(database)
