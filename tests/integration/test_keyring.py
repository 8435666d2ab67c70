"""The keyring file: each password opens only its own entry, intake never gets the casework key,
a rekey leaves old grants useless, the recovery code opens the shared keys, nothing secret is in
the file in plain text."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest
from argon2 import profiles

from legalaid.db import keyring
from legalaid.errors import AccessDenied, ValidationError

CHEAP = keyring.KdfParameters(profiles.CHEAPEST.time_cost, profiles.CHEAPEST.memory_cost,
                              profiles.CHEAPEST.parallelism)


def _with_users(database: Path) -> tuple[keyring.Keyring, keyring.Created]:
    created = keyring.create("Admin", "administrator", "admin password 1", CHEAP)
    ring = created.keyring
    admin = created.secrets
    assert admin.casework_key is not None
    for name, role in (("ina", "intake"), ("lev", "lawyer")):
        secrets = keyring.secrets_for(role, admin.database_key, admin.casework_key)
        ring = keyring.seal_account(ring, name, role, f"{name} password 1", secrets, CHEAP)
    keyring.save(database, ring)
    return ring, created


def test_each_password_opens_its_own_entry_and_intake_never_holds_casework(
        tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    _ring, created = _with_users(database)
    admin = keyring.unlock(database, "admin", "admin password 1")  # case does not matter
    intake = keyring.unlock(database, "ina", "ina password 1")
    lawyer = keyring.unlock(database, "lev", "lev password 1")
    assert admin.database_key == intake.database_key == lawyer.database_key
    assert len(admin.database_key) == 32
    assert intake.casework_key is None
    assert lawyer.casework_key == admin.casework_key and len(admin.casework_key or b"") == 32
    assert len({admin.signing_key, intake.signing_key, lawyer.signing_key}) == 3
    assert admin.public_key == created.secrets.public_key
    with pytest.raises(AccessDenied):
        keyring.unlock(database, "ina", "lev password 1")


def test_the_file_is_private_and_holds_no_key_in_plain_text(tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    _ring, created = _with_users(database)
    path = keyring.keyring_path(database)
    assert path.name == "case.sqlite.keyring"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    secrets = created.secrets
    for secret in (secrets.database_key, secrets.casework_key or b"", secrets.signing_key):
        for form in (secret, secret.hex().encode(), secret.hex().upper().encode()):
            assert form not in raw
        import base64

        assert base64.b64encode(secret) not in raw
    assert b"admin password" not in raw
    assert created.recovery_code.encode() not in raw
    assert not list(tmp_path.glob(".keyring-*"))  # the temporary file was renamed


def test_an_entry_copied_under_another_name_does_not_open(tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    ring, _created = _with_users(database)
    data = json.loads(keyring.dumps(ring))
    lawyer = next(entry for entry in data["accounts"] if entry["name"] == "lev")
    intake = next(entry for entry in data["accounts"] if entry["name"] == "ina")
    # The intake worker pastes the lawyer's grants into their own entry.
    intake["grants"] = lawyer["grants"]
    keyring.keyring_path(database).write_text(json.dumps(data))
    with pytest.raises(AccessDenied):
        keyring.unlock(database, "ina", "ina password 1")


def test_promotion_grants_the_casework_key_without_the_password(tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    ring, created = _with_users(database)
    admin = created.secrets
    promoted = keyring.regrant(ring, "ina", "lawyer", admin.database_key, admin.casework_key)
    keyring.save(database, promoted)
    assert keyring.unlock(database, "ina", "ina password 1").casework_key == admin.casework_key
    demoted = keyring.regrant(promoted, "lev", "intake", admin.database_key, None)
    keyring.save(database, demoted)
    assert keyring.unlock(database, "lev", "lev password 1").casework_key is None


def test_a_rekey_makes_the_old_grants_useless(tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    ring, created = _with_users(database)
    old_file = keyring.dumps(ring)
    new_key = b"\x01" * 32
    casework = created.secrets.casework_key
    assert casework is not None
    raised = keyring.rekey(ring, new_key, casework, keep=lambda entry: entry.name != "lev")
    keyring.save(database, raised)
    assert keyring.unlock(database, "ina", "ina password 1").database_key == new_key
    with pytest.raises(AccessDenied):
        keyring.unlock(database, "lev", "lev password 1")  # dropped
    assert keyring.open_recovery(raised, created.recovery_code).database_key == new_key
    # Someone who kept the old file's grants and pastes them into the new one gets nothing.
    old = json.loads(old_file)
    new = json.loads(keyring.dumps(raised))
    for entry in new["accounts"]:
        entry["grants"] = next(item["grants"] for item in old["accounts"]
                               if item["name"] == entry["name"])
    keyring.keyring_path(database).write_text(json.dumps(new))
    with pytest.raises(AccessDenied):
        keyring.unlock(database, "ina", "ina password 1")


def test_the_recovery_code_opens_the_shared_keys_whatever_its_spacing(tmp_path: Path) -> None:
    _ring, created = _with_users(tmp_path / "case.sqlite")
    code = created.recovery_code
    groups = code.split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    typed = " ".join(groups).lower()
    shared = keyring.open_recovery(created.keyring, typed)
    assert shared.database_key == created.secrets.database_key
    assert shared.casework_key == created.secrets.casework_key
    with pytest.raises(ValidationError) as refused:
        keyring.open_recovery(created.keyring, keyring.new_recovery_code())
    assert refused.value.field == "recovery key"


def test_failed_unlocks_make_the_next_try_wait_and_store_no_typed_name(tmp_path: Path) -> None:
    database = tmp_path / "case.sqlite"
    _with_users(database)
    start = dt.datetime(2026, 1, 5, 9, 0)
    for minute in range(3):  # waits of 1, 2 and 4 s; a minute apart, the first two lapse
        with pytest.raises(AccessDenied):
            keyring.unlock(database, "lev", "wrong password",
                           clock=lambda minute=minute: start + dt.timedelta(minutes=minute))
    with pytest.raises(keyring.UnlockThrottled) as throttled:
        keyring.unlock(database, "lev", "lev password 1",
                       clock=lambda: start + dt.timedelta(minutes=2, seconds=1))
    assert throttled.value.seconds == 3
    now = start + dt.timedelta(minutes=3)
    with pytest.raises(AccessDenied):
        keyring.unlock(database, "my secret typed as a name", "x", clock=lambda: now)
    assert b"my secret typed" not in keyring.keyring_path(database).read_bytes()
    assert keyring.unlock(database, "lev", "lev password 1", clock=lambda: now).database_key
    assert len(keyring.load(database).throttles) == 1  # the success cleared lev's count


def test_the_default_parameters_are_those_stated() -> None:
    assert keyring.KdfParameters(3, 65536, 4) == keyring.KDF_DEFAULT
