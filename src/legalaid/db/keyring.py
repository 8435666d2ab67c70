"""The keyring: one secret per person unlocks the case database.

The database is encrypted with a random 256-bit key, handed to SQLCipher as a raw key (no
passphrase derivation). That key never sits in plain text anywhere: a small JSON file beside the
database (``<database>.keyring``, mode 0600, written atomically) holds it wrapped once per active
account and once for the recovery key. Each entry has two layers:

* the password box: a key-encryption key is derived from the password and the entry's own
  16-byte salt with Argon2id (``KDF_DEFAULT``: 3 passes over 64 MiB with 4 lanes, RFC 9106's
  second recommended choice; about 0.45 s on a two-core laptop; the parameters are stored in the
  entry, so they can be raised later without locking anyone out), and AES-256-GCM seals the
  holder's private keys with it: an X25519 exchange key and the account's Ed25519 signing key;
* the grants: the database key, and the casework key for the roles that may read casework
  (never for intake), each sealed to the exchange key's public half (an ephemeral X25519 key,
  HKDF-SHA256, AES-256-GCM). An administrator can therefore grant a key (to a new user, at a
  promotion, after a rekey) without knowing anyone's password.

Every sealed box carries associated data binding it to this keyring's id, the holder's name and
(for a grant) the generation of the database key, so a box copied under another name or into
another keyring does not open, and a rekey (a new generation) leaves old grants useless.

The recovery entry is the same two layers for a printable recovery code (160 random bits in
base32 groups), shown once at setup; it is granted the database key and the casework key.

Failed unlocks are counted per name in the file, with the same doubling wait the accounts table
keeps (the database cannot be written before it is unlocked). The count protects against
guessing at the desk; someone who copies the file can guess offline, which only the cost of
Argon2id and the strength of the passwords hold back.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets as random
import tempfile
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from legalaid.errors import AccessDenied, ValidationError

FORMAT = 1
SUFFIX = ".keyring"
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_BYTES = 20  # 160 bits: 32 base32 letters in eight groups of four
RECOVERY_FIELD = "recovery key"
MAX_DELAY_SECONDS = 15 * 60
# Roles whose entries carry the casework key; an intake account's never does.
CASEWORK_ROLES = frozenset({"lawyer", "supervisor", "administrator"})


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id's cost: passes, memory in KiB, lanes."""

    time_cost: int
    memory_cost: int
    parallelism: int

    def as_json(self) -> dict[str, Any]:
        return {"algorithm": "argon2id", "version": 19, "time_cost": self.time_cost,
                "memory_cost_kib": self.memory_cost, "parallelism": self.parallelism}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KdfParameters:
        if data.get("algorithm") != "argon2id":
            raise ValueError("not argon2id")
        return cls(int(data["time_cost"]), int(data["memory_cost_kib"]),
                   int(data["parallelism"]))


KDF_DEFAULT = KdfParameters(time_cost=3, memory_cost=65536, parallelism=4)


@dataclass(frozen=True)
class AccountSecrets:
    """What one account's password unlocks."""

    database_key: bytes            # 32 random bytes, the SQLCipher raw key
    casework_key: bytes | None     # 32 random bytes; None for intake accounts (never wrapped)
    signing_key: bytes             # the account's Ed25519 private key, raw 32 bytes
    public_key: bytes              # its Ed25519 public key, raw 32 bytes

    def __repr__(self) -> str:  # never print a key
        return f"AccountSecrets(public_key={self.public_key.hex()})"


@dataclass(frozen=True)
class RecoverySecrets:
    """What the recovery key unlocks: the keys shared by the whole database."""

    database_key: bytes
    casework_key: bytes

    def __repr__(self) -> str:
        return "RecoverySecrets(...)"


@dataclass(frozen=True)
class Grant:
    """One key sealed to an account's X25519 public key: an ephemeral key pair's shared secret,
    stretched with HKDF-SHA256, keys AES-256-GCM."""

    ephemeral: bytes
    nonce: bytes
    sealed: bytes

    def as_json(self) -> dict[str, str]:
        return {"ephemeral": _b64(self.ephemeral), "nonce": _b64(self.nonce),
                "sealed": _b64(self.sealed)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Grant:
        return cls(_unb64(data["ephemeral"]), _unb64(data["nonce"]), _unb64(data["sealed"]))


@dataclass(frozen=True)
class Entry:
    """One holder of the keyring (an account, or the recovery key).

    The password box (Argon2id key, AES-256-GCM) seals the holder's private keys: its X25519
    exchange key and, for an account, its Ed25519 signing key. The shared keys are granted to the
    exchange key's public half, so an administrator can grant them (at a promotion, a rekey)
    without knowing the holder's password."""

    name: str
    role: str
    kdf: KdfParameters
    salt: bytes
    nonce: bytes
    sealed: bytes
    exchange_public: bytes
    public_key: bytes = b""  # Ed25519, for checking the holder's signatures
    grants: dict[str, Grant] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "kdf": self.kdf.as_json(),
                "salt": _b64(self.salt), "nonce": _b64(self.nonce), "sealed": _b64(self.sealed),
                "exchange_public": self.exchange_public.hex(), "public_key": self.public_key.hex(),
                "grants": {key: grant.as_json() for key, grant in sorted(self.grants.items())}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Entry:
        return cls(str(data["name"]), str(data["role"]), KdfParameters.from_json(data["kdf"]),
                   _unb64(data["salt"]), _unb64(data["nonce"]), _unb64(data["sealed"]),
                   bytes.fromhex(str(data["exchange_public"])),
                   bytes.fromhex(str(data.get("public_key", ""))),
                   {str(key): Grant.from_json(value)
                    for key, value in dict(data.get("grants", {})).items()})


@dataclass(frozen=True)
class Throttle:
    failures: int = 0
    retry_after: dt.datetime | None = None


@dataclass(frozen=True)
class Keyring:
    """The file's content: its id (fixed for the database's life), the generation of its
    database key (raised by every rekey), one entry per account (by folded name), the recovery
    entry and the failure counts (by a hash of the name typed)."""

    id: str
    generation: int = 1
    accounts: dict[str, Entry] = field(default_factory=dict)
    recovery: Entry | None = None
    throttles: dict[str, Throttle] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "id": self.id, "generation": self.generation,
            "accounts": [entry.as_json() for _key, entry in sorted(self.accounts.items())],
            "recovery": self.recovery.as_json() if self.recovery is not None else None,
            "throttles": {key: {"failures": value.failures, "retry_after": (
                value.retry_after.isoformat() if value.retry_after else None)}
                for key, value in sorted(self.throttles.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Keyring:
        if int(data.get("format", 0)) != FORMAT:
            raise ValueError("unknown keyring format")
        accounts = {fold(entry.name): entry
                    for entry in (Entry.from_json(item) for item in data.get("accounts", []))}
        recovery = data.get("recovery")
        throttles = {str(key): Throttle(int(value.get("failures", 0)), (
            dt.datetime.fromisoformat(value["retry_after"]) if value.get("retry_after")
            else None)) for key, value in dict(data.get("throttles", {})).items()}
        return cls(str(data["id"]), int(data.get("generation", 1)), accounts,
                   Entry.from_json(recovery) if recovery else None, throttles)

    def entry(self, name: str) -> Entry | None:
        return self.accounts.get(fold(name))

    def with_account(self, entry: Entry) -> Keyring:
        return replace(self, accounts={**self.accounts, fold(entry.name): entry})

    def without_account(self, name: str) -> Keyring:
        return replace(self, accounts={key: value for key, value in self.accounts.items()
                                       if key != fold(name)})

    def public_keys(self) -> dict[str, bytes]:
        """Every account's Ed25519 public key, by name (for checking signatures)."""
        return {entry.name: entry.public_key for entry in self.accounts.values()}


def fold(name: str) -> str:
    """The form under which a name is looked up (as the accounts table folds it)."""
    return unicodedata.normalize("NFKC", name.strip()).casefold()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


# -- files -------------------------------------------------------------------------------------
def keyring_path(database: Path) -> Path:
    """Where the keyring of ``database`` lives: beside it."""
    return database.with_name(database.name + SUFFIX)


def exists(database: Path) -> bool:
    return keyring_path(database).is_file()


def load(database: Path) -> Keyring:
    """The keyring beside ``database``; ValidationError when it is missing or unreadable."""
    return load_file(keyring_path(database))


def load_file(path: Path) -> Keyring:
    try:
        return parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError("keyring", f"{path} does not exist") from None
    except ValidationError:
        raise ValidationError("keyring", f"{path} is damaged (it cannot be read)") from None


def parse(text: str) -> Keyring:
    try:
        return Keyring.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValidationError("keyring", "cannot be read") from error


def dumps(keyring: Keyring) -> str:
    return json.dumps(keyring.as_json(), indent=1, sort_keys=True)


def save(database: Path, keyring: Keyring) -> Path:
    """Write the keyring beside ``database`` atomically (a temporary file made with mode 0600,
    flushed, then renamed over the old one)."""
    return save_file(keyring_path(database), keyring)


def save_file(path: Path, keyring: Keyring) -> Path:
    from legalaid.db.crypto import fsync_dir

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".keyring-", suffix=".tmp")
    try:
        os.chmod(temp_name, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(dumps(keyring))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return path


# -- sealing -----------------------------------------------------------------------------------
DATABASE, CASEWORK = "database_key", "casework_key"


def raw_key(database_key: bytes) -> str:
    """The database key as SQLCipher's raw-key form, given where a passphrase would go."""
    if len(database_key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    return f"x'{database_key.hex()}'"


def derive(secret: str, salt: bytes, kdf: KdfParameters) -> bytes:
    """Argon2id: the key-encryption key for ``secret`` under ``salt``."""
    return hash_secret_raw(secret.encode("utf-8"), salt, kdf.time_cost, kdf.memory_cost,
                           kdf.parallelism, KEY_BYTES, Type.ID)


def _associated(keyring: Keyring, what: str, name: str, generation: bool = False) -> bytes:
    """What a sealed box is bound to: this keyring, the holder's name, what it holds and (for
    a granted key) the key's generation."""
    parts = ["LegalAid keyring", str(FORMAT), keyring.id, what, fold(name)]
    if generation:
        parts.append(str(keyring.generation))
    return "\x00".join(parts).encode()


def _grant_key(shared: bytes, associated: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, None, associated).derive(shared)


def grant(keyring: Keyring, entry: Entry, what: str, key: bytes) -> Grant:
    """``key`` sealed to ``entry``'s exchange key (no password needed)."""
    ephemeral = X25519PrivateKey.generate()
    associated = _associated(keyring, what, entry.name, generation=True)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(entry.exchange_public))
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_grant_key(shared, associated)).encrypt(nonce, key, associated)
    return Grant(_public_raw(ephemeral.public_key()), nonce, sealed)


def _open_grant(keyring: Keyring, entry: Entry, what: str, exchange: X25519PrivateKey
                ) -> bytes | None:
    found = entry.grants.get(what)
    if found is None:
        return None
    associated = _associated(keyring, what, entry.name, generation=True)
    shared = exchange.exchange(X25519PublicKey.from_public_bytes(found.ephemeral))
    try:
        return AESGCM(_grant_key(shared, associated)).decrypt(found.nonce, found.sealed,
                                                              associated)
    except InvalidTag:
        return None  # granted under an older generation, or tampered with


def _public_raw(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _private_raw(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def new_signing_pair() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as raw bytes: (private, public)."""
    private = Ed25519PrivateKey.generate()
    return _private_raw(private), _public_raw(private.public_key())


@dataclass(frozen=True)
class _Private:
    """What a holder's password box holds."""

    exchange: X25519PrivateKey
    signing_key: bytes


def _box(role: str) -> str:
    return "recovery" if role == "recovery" else "account"


def _seal_box(keyring: Keyring, name: str, role: str, secret: str, private: _Private,
              kdf: KdfParameters, public_key: bytes) -> Entry:
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    payload = {"exchange_key": _private_raw(private.exchange).hex(),
               "signing_key": private.signing_key.hex()}
    sealed = AESGCM(derive(secret, salt, kdf)).encrypt(
        nonce, json.dumps(payload, sort_keys=True).encode(), _associated(keyring, _box(role), name))
    return Entry(name.strip(), role, kdf, salt, nonce, sealed,
                 _public_raw(private.exchange.public_key()), public_key)


def _open_box(keyring: Keyring, entry: Entry, secret: str) -> _Private | None:
    try:
        plain = AESGCM(derive(secret, entry.salt, entry.kdf)).decrypt(
            entry.nonce, entry.sealed, _associated(keyring, _box(entry.role), entry.name))
    except InvalidTag:
        return None
    data = json.loads(plain)
    return _Private(X25519PrivateKey.from_private_bytes(bytes.fromhex(data["exchange_key"])),
                    bytes.fromhex(data["signing_key"]))


def _with_grants(keyring: Keyring, entry: Entry, database_key: bytes,
                 casework_key: bytes | None) -> Entry:
    grants = {DATABASE: grant(keyring, entry, DATABASE, database_key)}
    if casework_key is not None and (entry.role in CASEWORK_ROLES or entry.role == "recovery"):
        grants[CASEWORK] = grant(keyring, entry, CASEWORK, casework_key)
    return replace(entry, grants=grants)


def seal_account(keyring: Keyring, name: str, role: str, password: str,
                 account: AccountSecrets, kdf: KdfParameters = KDF_DEFAULT) -> Keyring:
    """The keyring with ``name``'s entry (new or replaced) holding ``account`` under
    ``password``: a new exchange key, ``account``'s signing key, the database key and (only for
    the roles that may hold it) the casework key."""
    private = _Private(X25519PrivateKey.generate(), account.signing_key)
    entry = _seal_box(keyring, name, role, password, private, kdf, account.public_key)
    return keyring.with_account(_with_grants(keyring, entry, account.database_key,
                                             account.casework_key))


def regrant(keyring: Keyring, name: str, role: str, database_key: bytes,
            casework_key: bytes | None) -> Keyring:
    """``name``'s entry with its grants made again for ``role`` (a promotion grants the
    casework key, a demotion to intake withdraws it) without its password."""
    entry = keyring.entry(name)
    if entry is None:
        raise ValidationError("name", f"{name.strip()} has no key in the keyring")
    return keyring.with_account(_with_grants(keyring, replace(entry, role=role), database_key,
                                             casework_key))


def seal_recovery(keyring: Keyring, code: str, shared: RecoverySecrets,
                  kdf: KdfParameters = KDF_DEFAULT) -> Keyring:
    private = _Private(X25519PrivateKey.generate(), b"")
    entry = _seal_box(keyring, "recovery", "recovery", normalise_code(code), private, kdf, b"")
    return replace(keyring, recovery=_with_grants(keyring, entry, shared.database_key,
                                                  shared.casework_key))


def open_account(keyring: Keyring, name: str, password: str) -> AccountSecrets | None:
    """``name``'s secrets, or None for an unknown name or a wrong password (the same Argon2id
    work is done for a name without an entry)."""
    entry = keyring.entry(name)
    if entry is None:
        derive(password, bytes(SALT_BYTES), _dummy_kdf(keyring))
        return None
    private = _open_box(keyring, entry, password)
    if private is None:
        return None
    database_key = _open_grant(keyring, entry, DATABASE, private.exchange)
    if database_key is None:
        return None
    return AccountSecrets(database_key, _open_grant(keyring, entry, CASEWORK, private.exchange),
                          private.signing_key, entry.public_key)


def _dummy_kdf(keyring: Keyring) -> KdfParameters:
    kdfs = [entry.kdf for entry in keyring.accounts.values()]
    return kdfs[0] if kdfs else KDF_DEFAULT


def open_recovery(keyring: Keyring, code: str) -> RecoverySecrets:
    """The shared keys the recovery code unlocks; ValidationError naming the recovery key."""
    entry = keyring.recovery
    if entry is None:
        raise ValidationError(RECOVERY_FIELD, "this keyring has no recovery entry")
    private = _open_box(keyring, entry, normalise_code(code))
    found = None if private is None else (
        _open_grant(keyring, entry, DATABASE, private.exchange),
        _open_grant(keyring, entry, CASEWORK, private.exchange))
    if found is None or found[0] is None or found[1] is None:
        raise ValidationError(RECOVERY_FIELD, "does not open this database")
    return RecoverySecrets(found[0], found[1])


def rekey(keyring: Keyring, database_key: bytes, casework_key: bytes,
          keep: Callable[[Entry], bool] = lambda entry: True) -> Keyring:
    """The keyring for a new database key: the generation raised, the new key (and the casework
    key) granted again to every account ``keep`` accepts and to the recovery entry; the others'
    entries dropped. Grants of the old generation no longer open."""
    raised = replace(keyring, generation=keyring.generation + 1, accounts={})
    for entry in keyring.accounts.values():
        if keep(entry):
            raised = raised.with_account(_with_grants(raised, entry, database_key, casework_key))
    if keyring.recovery is not None:
        raised = replace(raised, recovery=_with_grants(raised, keyring.recovery, database_key,
                                                        casework_key))
    return raised


# -- recovery codes ----------------------------------------------------------------------------
def new_recovery_code() -> str:
    """160 random bits as eight groups of four base32 letters and digits, to print."""
    text = base64.b32encode(random.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[index:index + 4] for index in range(0, len(text), 4))


def normalise_code(code: str) -> str:
    """A typed recovery code as it was generated: case, spaces and dashes do not matter."""
    letters = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(letters[index:index + 4] for index in range(0, len(letters), 4))


# -- a new keyring -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Created:
    """A new keyring, the secrets of its first account and the recovery code to show once."""

    keyring: Keyring
    secrets: AccountSecrets
    recovery_code: str = field(repr=False)


def create(name: str, role: str, password: str, kdf: KdfParameters = KDF_DEFAULT,
           database_key: bytes | None = None, casework_key: bytes | None = None) -> Created:
    """A keyring for a new (or converted) database: random keys unless given, ``name``'s entry,
    the recovery entry."""
    database_key = database_key or random.token_bytes(KEY_BYTES)
    casework_key = casework_key or random.token_bytes(KEY_BYTES)
    keyring = Keyring(random.token_hex(16))
    account = secrets_for(role, database_key, casework_key)
    keyring = seal_account(keyring, name, role, password, account, kdf)
    code = new_recovery_code()
    keyring = seal_recovery(keyring, code, RecoverySecrets(database_key, casework_key), kdf)
    return Created(keyring, account, code)


def secrets_for(role: str, database_key: bytes, casework_key: bytes | None,
                signing: tuple[bytes, bytes] | None = None) -> AccountSecrets:
    """An account's secrets: the casework key only for the roles that may hold it, a new key
    pair unless one is kept."""
    private, public = signing if signing is not None else new_signing_pair()
    return AccountSecrets(database_key, casework_key if role in CASEWORK_ROLES else None,
                          private, public)


# -- failed unlocks ----------------------------------------------------------------------------
def retry_delay(failures: int) -> int:
    return 0 if failures <= 0 else min(2 ** (failures - 1), MAX_DELAY_SECONDS)


class LoginThrottled(AccessDenied):
    """Too soon after a failed unlock; ``seconds`` to wait."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"too many failed sign-ins: try again in {seconds} s")
        self.seconds = seconds


def _throttle_key(name: str) -> str:
    """Failures are counted under a hash of the name typed: a password typed into the name
    field is not kept."""
    return hashlib.sha256(fold(name).encode("utf-8")).hexdigest()


def failed_unlocks(database: Path, name: str) -> int:
    """How many unlocks under ``name`` failed since its last successful one."""
    return load(database).throttles.get(_throttle_key(name), Throttle()).failures


def clear_throttle(database: Path, name: str) -> None:
    """Lift the wait after failed unlocks for ``name`` (a new password was set)."""
    current = load(database)
    key = _throttle_key(name)
    if key in current.throttles:
        save(database, replace(current, throttles={
            other: value for other, value in current.throttles.items() if other != key}))


UnlockThrottled = LoginThrottled


def unlock(database: Path, name: str, password: str,
           clock: Callable[[], dt.datetime] = dt.datetime.now) -> AccountSecrets:
    """``name``'s secrets from the keyring beside ``database``; AccessDenied for an unknown name
    or a wrong password (counted: the next try waits), UnlockThrottled while a wait runs."""
    keyring = load(database)
    key = _throttle_key(name)
    throttle = keyring.throttles.get(key, Throttle())
    now = clock()
    if throttle.retry_after is not None and now < throttle.retry_after:
        raise UnlockThrottled(max(1, int((throttle.retry_after - now).total_seconds() + 0.999)))
    found = open_account(keyring, name, password)
    if found is None:
        failures = throttle.failures + 1
        counted = Throttle(failures, now + dt.timedelta(seconds=retry_delay(failures)))
        save(database, replace(load(database), throttles={**keyring.throttles, key: counted}))
        raise AccessDenied("unknown user or wrong password")
    if key in keyring.throttles:
        clear_throttle(database, name)
    return found
