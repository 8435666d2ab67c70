"""A database with a keyring, through the services as the commands use them: one password per
person opens it, intake never holds the casework key, a deactivated account's password opens
nothing, the recovery key opens it after every password is forgotten, a rekey leaves the old
keyring useless, backups carry the keyring and a restore brings it back, and a shared-passphrase
database converts keeping every row."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher, profiles
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.conftest import TEST_PASSPHRASE, TEST_PASSWORD, TEST_USER

from legalaid.db import backup as files
from legalaid.db import crypto, keyring
from legalaid.db.casework import CASEWORK_COLUMNS, CaseworkCipher, is_sealed, unseal
from legalaid.demo import generate_clients
from legalaid.domain.read_models import ClientQuery
from legalaid.errors import AccessDenied, ValidationError
from legalaid.paths import AppPaths
from legalaid.services import accounts
from legalaid.services.command_context import CommandContext
from legalaid.services.keys import convert_database, recover_account
from legalaid.services.opening import open_case_database, refused_as_error
from legalaid.services.roles import Role
from legalaid.services.signin import create_administrator, initialise
from legalaid.settings import Settings

INTAKE, LAWYER = ("ina", "intake password 1"), ("lev", "lawyer password 1")


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """New keyring entries (and password hashes) with argon2's cheapest parameters."""
    monkeypatch.setattr(accounts, "PasswordHasher",
                        lambda: PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.create(tmp_path / "base").ensure()


def run_as(paths: AppPaths, user: str = TEST_USER, password: str = TEST_PASSWORD,
           ) -> CommandContext:
    """A command's run signed in as ``user`` (the services opened)."""
    before = {name: os.environ.get(name) for name in ("LEGALAID_USER", "LEGALAID_PASSWORD")}
    os.environ["LEGALAID_USER"], os.environ["LEGALAID_PASSWORD"] = user, password
    context = CommandContext(paths=paths, settings=Settings())
    try:
        context.services()
    except BaseException:
        context.close()
        raise
    finally:  # the next test file on this worker signs in as the suite's administrator again
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return context


@pytest.fixture
def recovery_code(paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """``users init`` on a new database, then an intake worker and a lawyer added."""
    monkeypatch.setenv("LEGALAID_USER", TEST_USER)
    monkeypatch.setenv("LEGALAID_PASSWORD", TEST_PASSWORD)
    context = CommandContext(paths=paths, settings=Settings())
    initialise(context)
    code = context.recovery_code
    assert code is not None
    admin = run_as(paths)
    for (name, password), role in ((INTAKE, Role.INTAKE), (LAWYER, Role.LAWYER)):
        admin.services().accounts.add_user(name, role, password)
    admin.close()
    yield code


def opens(path: Path, key: str) -> bool:
    try:
        crypto.check_passphrase(path, key)
    except ValidationError:
        return False
    return True


def refused(paths: AppPaths, user: str, password: str) -> str:
    """Why ``user`` cannot sign in; the wait the failure starts is lifted for the next step."""
    with pytest.raises(AccessDenied) as denied:
        run_as(paths, user, password)
    keyring.clear_throttle(paths.default_database, user)
    return str(denied.value)


def test_users_init_makes_an_encrypted_database_that_each_password_opens(
        paths: AppPaths, recovery_code: str) -> None:
    database = paths.default_database
    assert keyring.exists(database)
    assert crypto.database_kind(database) is crypto.DatabaseKind.ENCRYPTED
    assert not opens(database, TEST_PASSPHRASE)  # no shared passphrase any more
    for user, password in ((TEST_USER, TEST_PASSWORD), INTAKE, LAWYER):
        context = run_as(paths, user, password)
        secrets = context.secrets
        assert secrets is not None and context.actor is not None
        assert context.actor.name == user
        # The key the password unlocked opens the file itself, as sqlcipher3 would.
        assert opens(database, keyring.raw_key(secrets.database_key))
        # The signing key is the private half of the public key the keyring lists.
        signed = Ed25519PrivateKey.from_private_bytes(secrets.signing_key)
        assert signed.public_key().public_bytes_raw() == secrets.public_key
        assert keyring.load(database).public_keys()[user] == secrets.public_key
        context.close()


def test_intake_never_holds_the_casework_key_until_promoted(
        paths: AppPaths, recovery_code: str) -> None:
    def casework_of(user: str, password: str) -> bytes | None:
        context = run_as(paths, user, password)
        assert context.secrets is not None
        context.close()
        return context.secrets.casework_key

    admin_casework = casework_of(TEST_USER, TEST_PASSWORD)
    assert admin_casework is not None and len(admin_casework) == 32
    assert casework_of(*LAWYER) == admin_casework
    assert casework_of(*INTAKE) is None
    admin = run_as(paths)
    admin.services().accounts.set_role(INTAKE[0], Role.LAWYER)
    admin.services().accounts.set_role(LAWYER[0], Role.INTAKE)
    admin.close()
    assert casework_of(*INTAKE) == admin_casework  # granted without knowing her password
    assert casework_of(*LAWYER) is None


def test_a_deactivated_accounts_password_no_longer_opens_the_database(
        paths: AppPaths, recovery_code: str) -> None:
    lawyer = run_as(paths, *LAWYER)
    assert lawyer.secrets is not None
    kept_key = lawyer.secrets.database_key
    lawyer.close()
    admin = run_as(paths)
    admin.services().accounts.set_active(LAWYER[0], False)
    admin.close()
    assert refused(paths, *LAWYER) == "unknown user or wrong password"
    assert keyring.load(paths.default_database).entry(LAWYER[0]) is None
    admin = run_as(paths)  # activated again: a new password seals a new key for him
    admin.services().accounts.set_active(LAWYER[0], True)
    admin.close()
    assert refused(paths, *LAWYER) == "unknown user or wrong password"
    admin = run_as(paths)
    admin.services().accounts.reset_password(LAWYER[0], "lawyer password 2")
    admin.close()
    again = run_as(paths, LAWYER[0], "lawyer password 2")
    assert again.secrets is not None and again.secrets.database_key == kept_key
    again.close()


def test_the_recovery_key_opens_it_after_every_password_is_forgotten(
        paths: AppPaths, recovery_code: str) -> None:
    with pytest.raises(ValidationError) as wrong:
        recover_account(CommandContext(paths=paths, settings=Settings()),
                        keyring.new_recovery_code(), TEST_USER, "a new password 9")
    assert wrong.value.field == "recovery key"
    typed = recovery_code.lower().replace("-", " ")
    recovered = recover_account(CommandContext(paths=paths, settings=Settings()), typed,
                                TEST_USER, "a new password 9")
    assert recovered.name == TEST_USER and recovered.role is Role.ADMINISTRATOR
    assert refused(paths, TEST_USER, TEST_PASSWORD) == "unknown user or wrong password"
    admin = run_as(paths, TEST_USER, "a new password 9")
    assert admin.secrets is not None and admin.secrets.casework_key is not None
    actions = [entry.action for entry in admin.services().audit.entries()]
    assert "recover_password" in actions
    admin.close()


def test_a_rekey_leaves_the_old_keyring_useless(paths: AppPaths, recovery_code: str) -> None:
    database = paths.default_database
    admin = run_as(paths)
    backup = admin.services().backups.create("manual").path
    admin.close()
    old_keyring = keyring.dumps(keyring.load(database))
    old_key = keyring.raw_key(keyring.unlock(database, *INTAKE).database_key)
    from legalaid.services.keys import rekey_database

    admin = run_as(paths)
    assert admin.actor is not None
    assert rekey_database(admin.services(), admin.actor, admin.keys) >= 1
    admin.services().clients.add(next(iter(generate_clients(1, 3, dt.date(2026, 1, 5)))))
    admin.close()
    assert not opens(database, old_key)
    assert not opens(backup, old_key)  # the backups were rekeyed too
    # Someone who kept the old keyring and a password it knew gets a key that opens nothing.
    stolen = paths.data_dir / "stolen.sqlite"
    keyring.keyring_path(stolen).write_text(old_keyring)
    assert not opens(database, keyring.raw_key(keyring.unlock(stolen, *INTAKE).database_key))
    for user, password in ((TEST_USER, TEST_PASSWORD), INTAKE, LAWYER):
        run_as(paths, user, password).close()
    new_key = keyring.raw_key(keyring.unlock(database, *INTAKE).database_key)
    assert opens(backup, new_key)
    # The keyring beside the backup opens it with the same passwords.
    carried = keyring.unlock(backup, *LAWYER)
    assert opens(backup, keyring.raw_key(carried.database_key))
    shared = keyring.open_recovery(keyring.load(database), recovery_code)
    assert keyring.raw_key(shared.database_key) == new_key


def test_a_rekey_cut_short_before_its_keyring_is_renamed_still_opens(
        paths: AppPaths, recovery_code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash after the database took its new key but before the new keyring replaced the old
    one: the next sign-in opens it with the pending keyring, which then takes its place."""
    from legalaid.services import keys
    from legalaid.services.keys import pending_keyring, rekey_database

    database = paths.default_database
    old_key = keyring.raw_key(keyring.unlock(database, *INTAKE).database_key)
    renamed = os.replace

    def crash_on_the_keyring(source: Any, target: Any) -> None:
        if Path(source) == pending_keyring(database):
            raise KeyboardInterrupt  # the power goes off
        renamed(source, target)

    admin = run_as(paths)
    assert admin.actor is not None
    monkeypatch.setattr(keys.os, "replace", crash_on_the_keyring)
    with pytest.raises(KeyboardInterrupt):
        rekey_database(admin.services(), admin.actor, admin.keys)
    monkeypatch.setattr(keys.os, "replace", renamed)
    admin.close()
    assert pending_keyring(database).is_file() and not opens(database, old_key)

    intake = run_as(paths, *INTAKE)  # opens: the pending keyring holds the new key
    assert intake.services().clients.count(ClientQuery()) >= 0
    intake.close()
    assert not pending_keyring(database).exists()
    assert opens(database, keyring.raw_key(keyring.unlock(database, *INTAKE).database_key))


def test_failed_unlocks_reach_the_audit_trail_at_the_next_sign_in(
        paths: AppPaths, recovery_code: str) -> None:
    """The database is closed while an unlock fails; the keyring counts it, and the next
    sign-in under that name writes the count to the audit trail."""
    from legalaid.services.audit import AuditFilter

    database = paths.default_database
    for hours in (2, 1):  # far apart: the wait after the first has run out by the second
        moment = dt.datetime.now() - dt.timedelta(hours=hours)
        with pytest.raises(AccessDenied):
            keyring.unlock(database, TEST_USER, "not the password",
                           clock=lambda moment=moment: moment)
    admin = run_as(paths)
    failed = admin.services().audit.entries(AuditFilter(action="login_failed"))
    assert [(entry.user, entry.detail) for entry in failed] == [
        (TEST_USER, "2 failed unlocks before this sign-in")]
    admin.close()
    again = run_as(paths)  # counted once: the count was cleared by the sign-in
    assert len(again.services().audit.entries(AuditFilter(action="login_failed"))) == 1
    again.close()


def test_backups_carry_the_keyring_and_a_restore_brings_it_back(
        paths: AppPaths, recovery_code: str) -> None:
    admin = run_as(paths)
    backups = admin.services().backups
    backup = backups.create("manual").path
    inspection = files.inspect_backup(backup, keyring.raw_key(
        keyring.unlock(paths.default_database, TEST_USER, TEST_PASSWORD).database_key))
    carried = files.backup_keyring(inspection)
    assert carried is not None and carried.entry(LAWYER[0]) is not None
    assert keyring.keyring_path(backup).is_file()
    admin.services().accounts.set_active(LAWYER[0], False)
    admin.services().accounts.add_user("late", Role.INTAKE, "late password 1")
    assert refused(paths, *LAWYER) == "unknown user or wrong password"
    admin.services().backups.restore(backup)
    admin.close()
    ring = keyring.load(paths.default_database)
    assert ring.entry("late") is None  # not an account of the restored data
    lawyer = run_as(paths, *LAWYER)  # active in the backup: his key is back
    lawyer.close()
    assert refused(paths, "late", "late password 1") == "unknown user or wrong password"


def _canaries(path: Path, key: str | None) -> tuple[dict[str, int], dict[str, Any]]:
    """Every table's row count and its first row."""
    connection = crypto.connect(path, key)
    try:
        counts = files.table_counts(connection)
        first = {table: connection.execute(
            f'SELECT * FROM "{table}" ORDER BY 1 LIMIT 1').fetchone() for table in counts
            if not table.startswith("search_") and counts[table]}
    finally:
        connection.close()
    return counts, first


def _opened_casework(path: Path, key: str, first: dict[str, Any],
                     cipher: CaseworkCipher) -> dict[str, Any]:
    """The first rows with every sealed casework value opened (the row id is the first column;
    a value must be sealed to count as converted)."""
    opened = dict(first)
    connection = crypto.connect(path, key)
    try:
        columns = {column.table: [info[1] for info in connection.execute(
            f'PRAGMA table_info("{column.table}")')] for column in CASEWORK_COLUMNS}
    finally:
        connection.close()
    for column in CASEWORK_COLUMNS:
        row = first.get(column.table)
        if row is None:
            continue
        index = columns[column.table].index(column.column)
        if row[index] is not None:
            assert is_sealed(row[index]), f"{column.table}.{column.column} left in plain text"
            values = list(row)
            values[index] = unseal(cipher, column, row[0], row[index])
            opened[column.table] = tuple(values)
    return opened


def test_a_shared_passphrase_database_converts_in_place_keeping_every_row(
        paths: AppPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    database = paths.default_database
    context = CommandContext(paths=paths, settings=Settings(), passphrase=TEST_PASSPHRASE)
    raw = refused_as_error(open_case_database(context, TEST_PASSPHRASE)).services
    create_administrator(raw, TEST_USER, TEST_PASSWORD)
    raw.accounts.add_user(LAWYER[0], Role.LAWYER, LAWYER[1])
    raw.clients.bulk_insert(generate_clients(30, 7, dt.date(2026, 1, 5)), batch_size=10)
    raw.backups.create("manual")
    raw.close()
    counts, first = _canaries(database, TEST_PASSPHRASE)
    assert counts["client"] == 30 and len(first) > 10

    converted = convert_database(context, TEST_USER, TEST_PASSWORD)
    assert converted.needs_password == [LAWYER[0]]
    assert converted.backups_rekeyed == 2  # the one taken by hand and the one taken first
    secrets = keyring.unlock(database, TEST_USER, TEST_PASSWORD)
    key = keyring.raw_key(secrets.database_key)
    assert not opens(database, TEST_PASSPHRASE)
    after_counts, after_first = _canaries(database, key)
    # Casework written before the keyring is sealed now, and opens to what it was.
    assert secrets.casework_key is not None
    after_first = _opened_casework(database, key, after_first,
                                   CaseworkCipher(secrets.casework_key))
    # Every row kept; the audit trail has the converting administrator's sign-in and the
    # conversion itself, and the sign-in made the administrator's (empty) failure count.
    signed_in = ("audit_log", "audit_head", "signin_throttle")
    assert {**after_counts, **{table: counts[table] for table in signed_in}} == counts
    assert after_counts["audit_log"] == counts["audit_log"] + 2
    assert after_counts["signin_throttle"] <= counts["signin_throttle"] + 1
    assert {table: tuple(row) for table, row in after_first.items() if table not in signed_in} == {
        table: tuple(row) for table, row in first.items() if table not in signed_in}
    assert after_first["audit_log"] == first["audit_log"]
    assert files.inspect_backup(converted.backup, key).counts["client"] == 30
    # From now on the password alone opens it; the lawyer needs a new password first.
    monkeypatch.delenv("LEGALAID_PASSPHRASE", raising=False)
    run_as(paths).close()
    assert refused(paths, *LAWYER) == "unknown user or wrong password"
    with pytest.raises(ValidationError):
        convert_database(context, TEST_USER, TEST_PASSWORD)


def test_only_an_administrator_converts(paths: AppPaths) -> None:
    context = CommandContext(paths=paths, settings=Settings(), passphrase=TEST_PASSPHRASE)
    raw = refused_as_error(open_case_database(context, TEST_PASSPHRASE)).services
    create_administrator(raw, TEST_USER, TEST_PASSWORD)
    raw.accounts.add_user(LAWYER[0], Role.LAWYER, LAWYER[1])
    raw.close()
    before = paths.default_database.read_bytes()
    with pytest.raises(AccessDenied):
        convert_database(context, *LAWYER)
    assert not keyring.exists(paths.default_database)
    assert opens(paths.default_database, TEST_PASSPHRASE)
    assert len(paths.default_database.read_bytes()) == len(before)
    shutil.rmtree(paths.backup_dir, ignore_errors=True)
