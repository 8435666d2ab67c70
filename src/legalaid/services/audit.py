"""The audit trail as a service: recording acts, reading them with filters, verifying the chain.

Entries name the user, the act, the table and record id and the client id, never names or other
personal data. The guard (``access.py``) records views, changes, exports, prints and refusals;
sign-ins and locks are recorded by whoever performs them.

With a signer attached (the signed-in account's Ed25519 key, from its keyring entry), every entry
that names that account is signed; ``verify`` checks the signatures, the chain and the head, and
against a backup's manifest or a noted head code (docs/AUDIT.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Engine

from legalaid.db import backup as files
from legalaid.db.repositories import audit as audit_db
from legalaid.db.repositories.audit import AuditFilter, AuditRow
from legalaid.db.session import database_now, engine_passphrase
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

__all__ = [
    "AuditFilter",
    "AuditRow",
    "AuditService",
    "AuditSigner",
    "Finding",
    "TrailReference",
    "Verification",
    "attach_signer",
]
MAX_DETAIL = 200
# Acts recorded when no account's key is at hand: a failed sign-in or unlock (nobody is
# unlocked), a restore (recorded on the restored file), a recovery and a conversion (made before
# the account's new key is in use), and acts naming no user. Any other unsigned entry after the
# first signed one is reported.
UNSIGNED_ACTIONS = frozenset({"login_failed", "unlock_failed", "restore", "recover_password",
                              "convert_keyring"})


def _fold(name: str | None) -> str:
    return (name or "").strip().casefold()


@dataclass(frozen=True)
class AuditSigner:
    """The signed-in account and its Ed25519 signing key."""

    account: str
    private_key: Ed25519PrivateKey = field(repr=False)

    @classmethod
    def from_raw(cls, account: str, signing_key: bytes) -> AuditSigner:
        return cls(account, Ed25519PrivateKey.from_private_bytes(signing_key))

    def public_hex(self) -> str:
        return self.private_key.public_key().public_bytes_raw().hex()

    def sign(self, body: bytes) -> tuple[str, str]:
        return self.private_key.sign(body).hex(), self.public_hex()


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the trail: its kind, the entry, and a sentence for the user."""

    kind: str  # altered, missing, inserted, reordered, truncated, unsigned, unknown key, head
    entry: int
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "entry": self.entry, "message": self.message}


@dataclass(frozen=True)
class TrailReference:
    """What the trail is checked against: a backup's pinned head, keys and entries, or a code."""

    entries: int
    hash_prefix: str  # the chain hash at entry ``entries`` (all of it, or the code's part)
    signed_from: int | None = None
    keys: dict[str, list[str]] = field(default_factory=dict)
    rows: list[AuditRow] | None = None
    source: str = ""


@dataclass(frozen=True)
class Verification:
    """What ``verify`` found: how many entries, how many signed, and every finding."""

    entries: int
    findings: tuple[Finding, ...] = ()
    signed: int = 0

    @property
    def first_broken(self) -> int | None:
        return self.findings[0].entry if self.findings else None

    @property
    def ok(self) -> bool:
        return not self.findings


class AuditService:
    """Append-only, hash-chained record of who did what to which record."""

    def __init__(self, engine: Engine,
                 clock: Callable[[], dt.datetime] | None = None) -> None:
        """``clock`` stamps entries; by default the database's time when each is appended (the
        server's on PostgreSQL: desktops' drifting clocks cannot reorder the trail)."""
        self._engine = engine
        self._clock = clock
        self._signer: AuditSigner | None = None
        self._known_keys: Callable[[], dict[str, bytes]] = dict

    def _stamp(self) -> dt.datetime | None:
        """The injected clock's time, or None: the database's, taken as the entry is appended."""
        return self._clock() if self._clock is not None else None

    def _sign_for(self, user: str | None) -> audit_db.Signer | None:
        signer = self._signer
        if signer is None or user is None or _fold(user) != _fold(signer.account):
            return None
        return signer.sign

    @guarded("audit.record")
    def record(self, user: str | None, action: str, table_name: str | None = None,
               record_id: int | None = None, client_id: int | None = None,
               detail: str = "") -> int:
        """Append one entry; returns its id."""
        with writing(self._engine) as connection:
            return audit_db.append(connection, self._stamp(), user, action, table_name,
                                   record_id, client_id, detail[:MAX_DETAIL],
                                   self._sign_for(user))

    @guarded("audit.record_many")
    def record_many(self, user: str | None, action: str, table_name: str | None,
                    records: Sequence[tuple[int | None, int | None]], detail: str = "") -> None:
        """One entry per (record id, client id), appended in one transaction (a batch of new
        clients costs one commit, not one per client)."""
        with writing(self._engine) as connection:
            at = self._stamp()
            for record_id, client_id in records:
                audit_db.append(connection, at, user, action, table_name, record_id, client_id,
                                detail[:MAX_DETAIL], self._sign_for(user))
                # The head is locked now: the rest of the batch shares one time read after it.
                at = at or database_now(connection)

    @guarded("audit.entries")
    def entries(self, wanted: AuditFilter | None = None, limit: int = 1000) -> list[AuditRow]:
        """Matching entries, newest first."""
        with reading(self._engine) as connection:
            wanted = wanted or AuditFilter()
            return audit_db.entries(connection, wanted, max(1, min(limit, 100_000)))

    @guarded("audit.filter_values")
    def filter_values(self) -> tuple[list[str], list[str]]:
        """The users and the actions that occur in the trail."""
        with reading(self._engine) as connection:
            return audit_db.users_and_actions(connection)

    @guarded("audit.verify")
    def verify(self, against: Path | None = None, code: str | None = None) -> Verification:
        """Check every entry's signature, the chain and the head; with ``against`` (a backup)
        its entries must be the start of today's trail and its pinned keys sign them; with
        ``code`` (``head_code``) the trail must start with the noted head."""
        reference = None
        if against is not None:
            reference = backup_reference(against, engine_passphrase(self._engine))
        elif code is not None:
            from legalaid.services.audit_code import parse_code

            count, prefix = parse_code(code)
            reference = TrailReference(count, prefix, source="the noted code")
        with reading(self._engine) as connection:
            rows = list(audit_db.all_in_order(connection))
            recorded = audit_db.head(connection)
            signed_from = audit_db.signed_from(connection)
        known = {_fold(name): key.hex() for name, key in self._known_keys().items()}
        return check_trail(rows, recorded, signed_from, known, reference)

    @guarded("audit.head_code")
    def head_code(self) -> str:
        """The head as a short code to note on paper (``audit_code.make_code``)."""
        from legalaid.services.audit_code import make_code

        with reading(self._engine) as connection:
            recorded = audit_db.head(connection)
        count, _, digest = recorded or (0, 0, audit_db.GENESIS)
        return make_code(count, digest)


def attach_signer(audit: AuditService, signer: AuditSigner,
                  known_keys: Callable[[], dict[str, bytes]] | None = None) -> None:
    """Sign ``audit``'s entries naming ``signer.account`` from now on; ``known_keys`` gives the
    accounts' public keys (the keyring's) that ``verify`` trusts besides a backup's. A function,
    not a method: only the opening code attaches a signer, never a signed-in user's call."""
    audit._signer = signer
    if known_keys is not None:
        audit._known_keys = known_keys


def _row_of(values: tuple[Any, ...]) -> AuditRow:
    data = dict(zip(files.AUDIT_COLUMNS, values, strict=True))
    at = data["at"]
    data["at"] = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(str(at))
    return AuditRow(**data)


def backup_reference(path: Path, passphrase: str | None) -> TrailReference:
    """The trail as the backup at ``path`` pinned it (its manifest, checked) and its entries."""
    inspection = files.inspect_backup(path, passphrase)
    rows = [_row_of(values) for values in files.audit_rows(path, inspection.passphrase)]
    pin = inspection.manifest.audit
    if pin is None:  # a backup from before the pin: its own entries stand for it
        last = rows[-1].hash if rows else audit_db.GENESIS
        pin = {"entries": len(rows), "hash": last, "signed_from": None, "keys": {}}
    keys = {_fold(name): list(values) for name, values in dict(pin.get("keys") or {}).items()}
    signed_from = pin.get("signed_from")
    return TrailReference(int(pin["entries"]), str(pin["hash"]),
                          None if signed_from is None else int(signed_from), keys, rows,
                          source=f"the backup {path.name}")


def _signature_holds(row: AuditRow) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.public_key or "")).verify(
            bytes.fromhex(row.signature or ""), row.canonical())
    except (ValueError, InvalidSignature):
        return False
    return True


def _entry_findings(rows: list[AuditRow], signed_from: int | None, known: dict[str, str],
                    pinned: dict[str, list[str]]) -> list[Finding]:
    """Each entry on its own: its place, link, hash, signature and key."""
    found: list[Finding] = []
    first_keys: dict[str, str] = {}
    prev_hash = audit_db.GENESIS
    for place, row in enumerate(rows, start=1):
        if row.id != place or row.prev_hash != prev_hash or row.hash != row.expected_hash():
            found.append(Finding("altered", row.id, f"entry {row.id} was altered, removed or "
                                 "inserted (the chain breaks there)"))
        prev_hash = row.hash
        name = _fold(row.user)
        if row.signature is None:
            required = signed_from is not None and row.id >= signed_from
            if required and row.user is not None and row.action not in UNSIGNED_ACTIONS:
                found.append(Finding("unsigned", row.id, f"entry {row.id} ({row.action} by "
                                     f"{row.user}) is not signed"))
            continue
        if not _signature_holds(row):
            found.append(Finding("altered", row.id, f"entry {row.id} was altered: its "
                                 f"signature does not match it"))
            continue
        key = row.public_key or ""
        trusted = pinned.get(name, []) + ([known[name]] if name in known else [])
        if not pinned and not trusted:
            trusted = [first_keys.setdefault(name, key)]  # no reference: the first key seen
        if key not in trusted:
            found.append(Finding("unknown key", row.id, f"entry {row.id} is signed by a key "
                                 f"that is not {row.user}'s"))
    return found


def _compare(rows: list[AuditRow], reference: TrailReference) -> list[Finding]:
    """Today's trail against a backup's entries: the first difference, named."""
    then = reference.rows or []
    for place, old in enumerate(then):
        if place >= len(rows):
            return [Finding("truncated", old.id, f"the trail was cut short: entries from "
                            f"{old.id} on, in {reference.source}, are missing")]
        new = rows[place]
        if (new.id, new.content(), new.signature) == (old.id, old.content(), old.signature):
            continue
        later_now = [r.content() for r in rows[place + 1:]]
        later_then = [r.content() for r in then[place + 1:]]
        if old.content() in later_now and new.content() in later_then:
            kind, text = "reordered", f"entry {old.id} was moved: entries were reordered"
        elif old.content() in later_now:
            kind, text = "inserted", f"an entry was inserted before entry {old.id}"
        elif new.content() == old.content():
            pinned = reference.keys.get(_fold(new.user), [])
            kind, text = ("unknown key", f"entry {old.id} is signed again by a key that is not "
                          f"{new.user}'s") if new.public_key not in pinned else (
                "altered", f"entry {old.id} was altered (its signature changed)")
        elif new.content() in later_then:
            kind, text = "missing", f"entry {old.id} ({old.action} by {old.user}) was removed"
        else:
            kind, text = "altered", f"entry {old.id} was altered ({old.action} by {old.user} " \
                f"in {reference.source})"
        return [Finding(kind, old.id, text)]
    return []


def check_trail(rows: list[AuditRow], recorded: tuple[int, int, str] | None,
                signed_from: int | None, known: dict[str, str],
                reference: TrailReference | None = None) -> Verification:
    """Every finding about ``rows`` (the trail oldest first), its recorded head, and the
    reference; the comparison with the reference comes first."""
    found: list[Finding] = []
    pinned = reference.keys if reference is not None else {}
    if reference is not None:
        if reference.rows is not None:
            found += _compare(rows, reference)
        if not found and reference.entries:
            if len(rows) < reference.entries:
                found.append(Finding("truncated", len(rows) + 1, f"the trail was cut short: "
                                     f"{reference.source} has {reference.entries} entries, "
                                     f"today's {len(rows)}"))
            elif not rows[reference.entries - 1].hash.startswith(reference.hash_prefix.lower()):
                found.append(Finding("altered", reference.entries, f"the trail up to entry "
                                     f"{reference.entries} is not the one in "
                                     f"{reference.source}"))
        if (reference.signed_from is not None and signed_from != reference.signed_from):
            found.append(Finding("unsigned", reference.signed_from, f"signing was switched off: "
                                 f"{reference.source} has entries signed from "
                                 f"{reference.signed_from}"))
            signed_from = reference.signed_from
    found += _entry_findings(rows, signed_from, known, pinned)
    last_id = rows[-1].id if rows else 0
    last_hash = rows[-1].hash if rows else audit_db.GENESIS
    if (recorded is None and rows) or (recorded is not None
                                       and recorded != (len(rows), last_id, last_hash)):
        found.append(Finding("truncated", last_id + 1, f"the trail ends at entry {last_id} "
                             "but its head records more or other entries"))
    signed = sum(1 for row in rows if row.signature is not None)
    return Verification(len(rows), tuple(found), signed)
