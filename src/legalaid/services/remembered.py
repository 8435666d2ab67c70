"""The passphrase of a database not yet converted, remembered by the system keyring for one
account, so that the next start of that person asks for their password only.

Off unless the person asks for it at sign-in, and only where the computer has a system keyring
(``office.keyring_available``). The entry (service ``LegalAid``, one per database file and user
name) holds the passphrase sealed with a key derived from the account's password (Argon2id, the
accounts' cost; AES-256-GCM bound to the file and the name): the keyring alone does not give it
away, another account of the same computer cannot use it, and a changed password makes it stale.
A stale entry, one that no longer opens the database or one the keyring cannot read is simply
not there: the start asks for the passphrase as before. Nothing here is logged but the fact that
the keyring failed; the passphrase never reaches a file.
"""

from __future__ import annotations

import base64
import json
import logging
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from legalaid.db import keyring as database_keyring
from legalaid.services.accounts import kdf_parameters
from legalaid.services.office import _usable_keyring, keyring_available

log = logging.getLogger(__name__)

SERVICE = "LegalAid"
_FORMAT = 1


def _entry(path: Path, user: str) -> str:
    return f"database passphrase {path.expanduser().resolve()} {database_keyring.fold(user)}"


def _associated(path: Path, user: str) -> bytes:
    return f"LegalAid remembered passphrase\x00{_FORMAT}\x00{_entry(path, user)}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def available() -> bool:
    """Whether this computer can remember a passphrase (it has a system keyring)."""
    return keyring_available()


def remember(path: Path, user: str, password: str, passphrase: str) -> bool:
    """Keep ``passphrase`` for ``user`` of the database at ``path``, sealed with the password;
    False when there is no keyring or it refused."""
    store = _usable_keyring()
    if store is None:
        return False
    kdf = kdf_parameters()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    box = AESGCM(database_keyring.derive(password, salt, kdf)).encrypt(
        nonce, passphrase.encode("utf-8"), _associated(path, user))
    value = json.dumps({"format": _FORMAT, "kdf": kdf.as_json(), "salt": _b64(salt),
                        "nonce": _b64(nonce), "box": _b64(box)})
    try:
        store.set_password(SERVICE, _entry(path, user), value)
    except Exception:
        log.info("the system keyring could not be written")
        return False
    return True


def _stored(path: Path, user: str) -> str | None:
    store = _usable_keyring()
    if store is None:
        return None
    try:
        value = store.get_password(SERVICE, _entry(path, user))
    except Exception:  # locked or gone: as if nothing were kept
        log.info("the system keyring could not be read")
        return None
    return str(value) if value is not None else None


def is_remembered(path: Path, user: str) -> bool:
    """Whether the keyring keeps a passphrase for ``user`` of this database (opened or not)."""
    return _stored(path, user) is not None


def recall(path: Path, user: str, password: str) -> str | None:
    """The passphrase kept for ``user``, opened with ``password``; None when nothing is kept
    or it does not open (a wrong or changed password, an entry damaged or of another file)."""
    value = _stored(path, user)
    if value is None:
        return None
    try:
        entry = json.loads(value)
        kdf = database_keyring.KdfParameters.from_json(entry["kdf"])
        salt, nonce, box = (base64.b64decode(str(entry[key]), validate=True)
                            for key in ("salt", "nonce", "box"))
        key = database_keyring.derive(password, salt, kdf)
        return AESGCM(key).decrypt(nonce, box, _associated(path, user)).decode("utf-8")
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None


def forget(path: Path, user: str) -> None:
    """Remove what the keyring keeps for ``user`` of this database (nothing kept: nothing)."""
    store = _usable_keyring()
    if store is None or _stored(path, user) is None:
        return
    try:
        store.delete_password(SERVICE, _entry(path, user))
    except Exception:
        log.info("the system keyring could not be written")
