"""A signed audit trail against an attacker who holds the database key: they drop the guard
triggers, edit the entries, recompute every hash and the head with their own tools, and re-sign
what they touched with their own (valid) account key. Verifying against the latest backup names
what they did every time; an untouched trail verifies."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine

from legalaid.db import crypto
from legalaid.db.session import engine_passphrase
from legalaid.errors import ValidationError
from legalaid.services import Services
from legalaid.services.audit import AuditService, AuditSigner, Verification, attach_signer

VICTIM, ATTACKER = "lawyer1", "mallory"
Row = dict[str, Any]

# Signing keys come from the keyring of a database file; a server database has none yet.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def keys() -> dict[str, Ed25519PrivateKey]:
    return {VICTIM: Ed25519PrivateKey.generate(), ATTACKER: Ed25519PrivateKey.generate()}


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes_raw()


def _audit(engine: Engine, keys: dict[str, Ed25519PrivateKey], who: str) -> AuditService:
    audit = AuditService(engine)
    attach_signer(audit, AuditSigner(who, keys[who]),
                  lambda: {name: _public(key) for name, key in keys.items()})
    return audit


@pytest.fixture
def trail(services: Services, keys: dict[str, Ed25519PrivateKey], tmp_path: Path) -> Path:
    """Six entries (four by the victim, two by the attacker), a backup, then two more."""
    victim, attacker = _audit(services.engine, keys, VICTIM), _audit(services.engine, keys,
                                                                        ATTACKER)
    victim.record(VICTIM, "login", "user_account")
    victim.record(VICTIM, "view", "client", 1, 1, "clients.get")
    attacker.record(ATTACKER, "login", "user_account")
    victim.record(VICTIM, "change", "client", 2, 2, "clients.update")
    victim.record(VICTIM, "export", "client", 3, 3, "exports.client")
    attacker.record(ATTACKER, "view", "client", 4, 4, "clients.get")
    services.backups.configure(tmp_path / "backups", 10)
    backup = services.backups.create().path
    victim.record(VICTIM, "view", "client", 5, 5, "clients.get")
    attacker.record(ATTACKER, "view", "client", 6, 6, "clients.get")
    return backup


# -- the attacker's own tools: raw SQL with the key, hashes recomputed with hashlib ------------
def _connect(engine: Engine) -> Any:
    path = str(engine.url.database)
    connection = crypto.quiet_driver().connect(path, isolation_level=None)
    key = engine_passphrase(engine)
    if key is not None:
        connection.execute(f"PRAGMA key = {crypto.sql_string(key)}")
    return connection


COLUMNS = ("id", "at", "user", "action", "table_name", "record_id", "client_id", "detail",
           "prev_hash", "hash", "signature", "public_key")


def _read(engine: Engine) -> list[Row]:
    connection = _connect(engine)
    try:
        return [dict(zip(COLUMNS, row, strict=True)) for row in connection.execute(
            f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY id")]
    finally:
        connection.close()


def _body(row: Row) -> bytes:
    at = dt.datetime.fromisoformat(str(row["at"])).isoformat(timespec="microseconds")
    return json.dumps(["LegalAid audit 1", row["id"], row["prev_hash"], at, row["user"],
                       row["action"], row["table_name"], row["record_id"], row["client_id"],
                       row["detail"]], ensure_ascii=False, separators=(",", ":")).encode()


def _hash(row: Row) -> str:
    if row["signature"] is None:  # an entry recorded unsigned (before anyone was unlocked)
        at = dt.datetime.fromisoformat(str(row["at"])).isoformat(timespec="microseconds")
        plain = json.dumps([row["id"], at, row["user"], row["action"], row["table_name"],
                            row["record_id"], row["client_id"], row["detail"]],
                           ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256((row["prev_hash"] + plain).encode()).hexdigest()
    return hashlib.sha256(_body(row) + b"\x00" + row["signature"].encode() + b"\x00"
                          + row["public_key"].encode()).hexdigest()


def _rewrite(engine: Engine, rows: list[Row], resign: Ed25519PrivateKey,
             touched: Callable[[Row], bool] = lambda row: False) -> None:
    """Renumber, re-sign what was touched (or moved) with ``resign``, chain again, move the
    head: the trail is consistent in itself afterwards."""
    prev = "0" * 64
    for number, row in enumerate(rows, start=1):
        moved = row["id"] != number
        row["id"], row["prev_hash"] = number, prev
        if touched(row) or moved:
            row["signature"] = resign.sign(_body(row)).hex()
            row["public_key"] = _public(resign).hex()
        row["hash"] = _hash(row)
        prev = row["hash"]
    connection = _connect(engine)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        connection.execute("BEGIN")
        connection.execute("DELETE FROM audit_log")
        for row in rows:
            connection.execute(f"INSERT INTO audit_log ({', '.join(COLUMNS)}) VALUES "
                               f"({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])
        connection.execute("UPDATE audit_head SET entries = ?, last_id = ?, hash = ?",
                           (len(rows), len(rows), prev))
        connection.execute("COMMIT")
    finally:
        connection.close()


def _verdict(services: Services, keys: dict[str, Ed25519PrivateKey], backup: Path
             ) -> Verification:
    return _audit(services.engine, keys, VICTIM).verify(against=backup)


def _first(verdict: Verification) -> tuple[str, int]:
    assert not verdict.ok
    return verdict.findings[0].kind, verdict.findings[0].entry


def test_an_untouched_trail_verifies_against_its_backup_and_every_entry_is_signed(
        services: Services, keys: dict[str, Ed25519PrivateKey], trail: Path) -> None:
    verdict = _verdict(services, keys, trail)
    assert (verdict.ok, verdict.entries, verdict.signed) == (True, 8, 8)
    assert _audit(services.engine, keys, VICTIM).verify().ok


def test_an_altered_entry_is_named(services: Services, keys: dict[str, Ed25519PrivateKey],
                                   trail: Path) -> None:
    rows = _read(services.engine)
    rows[3]["detail"] = "clients.get"  # entry 4: a change made to look like a mere view
    rows[3]["action"] = "view"
    _rewrite(services.engine, rows, keys[ATTACKER], lambda row: row["id"] == 4)
    assert _first(_verdict(services, keys, trail)) == ("altered", 4)
    # without a backup the victim's entry signed by the attacker's key still shows
    plain = _audit(services.engine, keys, VICTIM).verify()
    assert ("unknown key", 4) in [(f.kind, f.entry) for f in plain.findings]


def test_a_deleted_entry_is_named(services: Services, keys: dict[str, Ed25519PrivateKey],
                                  trail: Path) -> None:
    rows = _read(services.engine)
    del rows[4]  # entry 5: the export
    _rewrite(services.engine, rows, keys[ATTACKER])
    verdict = _verdict(services, keys, trail)
    assert _first(verdict) == ("missing", 5)
    assert "export by lawyer1" in verdict.findings[0].message


def test_an_inserted_entry_is_named(services: Services, keys: dict[str, Ed25519PrivateKey],
                                    trail: Path) -> None:
    rows = _read(services.engine)
    forged = {**rows[2], "action": "view", "record_id": 9, "client_id": 9, "signature": "",
              "public_key": ""}
    rows.insert(2, forged)  # before entry 3
    _rewrite(services.engine, rows, keys[ATTACKER], lambda row: row is forged)
    assert _first(_verdict(services, keys, trail)) == ("inserted", 3)


def test_reordered_entries_are_named(services: Services, keys: dict[str, Ed25519PrivateKey],
                                     trail: Path) -> None:
    rows = _read(services.engine)
    rows[1], rows[3] = rows[3], rows[1]  # entries 2 and 4 swap places
    _rewrite(services.engine, rows, keys[ATTACKER])
    assert _first(_verdict(services, keys, trail)) == ("reordered", 2)


def test_a_truncated_tail_is_named(services: Services, keys: dict[str, Ed25519PrivateKey],
                                   trail: Path) -> None:
    rows = _read(services.engine)[:4]  # entries 5 to 8 gone, the head moved back to 4
    _rewrite(services.engine, rows, keys[ATTACKER])
    assert _audit(services.engine, keys, VICTIM).verify().ok  # consistent in itself
    verdict = _verdict(services, keys, trail)
    assert _first(verdict) == ("truncated", 5)


@pytest.mark.parametrize("name_kept", [True, False])
def test_a_trail_wiped_and_rebuilt_by_another_account_is_named(
        services: Services, keys: dict[str, Ed25519PrivateKey], trail: Path,
        name_kept: bool) -> None:
    """The attacker's own key cannot pass for the victim's: rebuilt under the victim's name
    the entries carry an unknown key; rebuilt under the attacker's own name they are altered."""
    rows = _read(services.engine)
    for row in rows:
        row["user"] = row["user"] if name_kept else ATTACKER
    _rewrite(services.engine, rows, keys[ATTACKER], lambda row: True)
    kind, entry = _first(_verdict(services, keys, trail))
    assert (kind, entry) == (("unknown key", 1) if name_kept else ("altered", 1))


def test_switching_signatures_off_is_named(services: Services,
                                           keys: dict[str, Ed25519PrivateKey],
                                           trail: Path) -> None:
    rows = _read(services.engine)
    connection = _connect(services.engine)
    try:  # the head forgets that entries are signed; a new unsigned entry is added
        connection.execute("UPDATE audit_head SET signed_from = NULL")
    finally:
        connection.close()
    AuditService(services.engine).record(VICTIM, "export", "client", 7, 7, "exports.client")
    verdict = _verdict(services, keys, trail)
    kinds = {(f.kind, f.entry) for f in verdict.findings}
    assert ("unsigned", 1) in kinds and ("unsigned", len(rows) + 1) in kinds


def test_the_noted_code_holds_until_the_trail_is_changed(
        services: Services, keys: dict[str, Ed25519PrivateKey], trail: Path) -> None:
    audit = _audit(services.engine, keys, VICTIM)
    code = audit.head_code()
    assert code.startswith("8-")
    audit.record(VICTIM, "view", "client", 8, 8, "clients.get")
    assert audit.verify(code=code).ok  # later entries do not break an earlier code
    typo = code[:-3] + ("1" if code[-3] != "1" else "2") + code[-2:]
    with pytest.raises(ValidationError, match="--code"):
        audit.verify(code=typo)
    rows = _read(services.engine)
    rows[6]["detail"] = "changed"
    _rewrite(services.engine, rows, keys[ATTACKER], lambda row: row["id"] == 7)
    assert _first(audit.verify(code=code))[0] == "altered"
