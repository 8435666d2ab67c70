"""Field-level encryption of casework: notes, the outcomes of cases and the bodies of letters.

The database file is encrypted as a whole (SQLCipher), but every account that may open it holds
that key, intake staff too. Casework is sealed a second time, field by field, under a *casework
key* (32 random bytes) that only lawyers, supervisors and administrators hold: an intake account
that opens the file with its own key reads ciphertext in these columns, nothing else.

A sealed text is ``cw1:`` + base64(nonce | ciphertext | tag) of AES-256-GCM; a sealed blob is the
same prefix in bytes followed by the raw nonce, ciphertext and tag. The associated data names the
table, the column and the row id, so a value copied into another row (or another column) no
longer opens, and a changed byte is detected. Values written before this change are plain text:
they read as before, and ``encrypt_existing_casework`` seals them all in one transaction.

The key of the open session travels in a ``CaseworkCipher`` given to the repositories that read
and write these columns; ``None`` stands for "this session holds no casework key": plain values
still read, sealed ones read as ``LOCKED`` (blobs as ``None``).
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, overload

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Connection, Engine, Table, bindparam, select, update

from legalaid.errors import LegalAidError

KEY_BYTES = 32
NONCE_BYTES = 12
PREFIX = "cw1:"
PREFIX_BYTES = PREFIX.encode("ascii")
# What a sealed field reads as in a session without the casework key (never written back: such
# a session may not write casework).
LOCKED = "casework is encrypted for lawyers"


@dataclass(frozen=True)
class CaseworkColumn:
    """One column that holds casework, and the column of its row id (the associated data)."""

    table: str
    column: str
    row_id: str = "id"
    binary: bool = False


NOTE_TEXT = CaseworkColumn("note", "text")
CASE_OUTCOME = CaseworkColumn("legal_case", "outcome")
LETTER_PDF = CaseworkColumn("letter_pdf", "data", row_id="letter_id", binary=True)
CASEWORK_COLUMNS = (NOTE_TEXT, CASE_OUTCOME, LETTER_PDF)


@dataclass(frozen=True)
class CaseworkAccess:
    """What the open session holds: the cipher, or (``locked``) no key to a database whose
    casework is encrypted. ``PLAIN`` is a database from before keys (casework in plain text)."""

    cipher: CaseworkCipher | None
    locked: bool


PLAIN = CaseworkAccess(None, False)


def casework_access(key: bytes | None) -> CaseworkAccess:
    """The session of an account with this casework key (``None``: an intake account)."""
    return CaseworkAccess(None, True) if key is None else CaseworkAccess(CaseworkCipher(key), False)


def new_casework_key() -> bytes:
    return os.urandom(KEY_BYTES)


class CaseworkTampered(LegalAidError):
    """A sealed field does not open under the key: it was changed, or moved from another row."""


def is_sealed(value: object) -> bool:
    """Whether a stored value is sealed casework (rather than plain text from before)."""
    if isinstance(value, str):
        return value.startswith(PREFIX)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value[:len(PREFIX_BYTES)]) == PREFIX_BYTES
    return False


def _associated(column: CaseworkColumn, row_id: int) -> bytes:
    return f"legalaid casework 1|{column.table}|{column.column}|{int(row_id)}".encode("ascii")


class CaseworkCipher:
    """AES-256-GCM under the casework key of the open session (one per set of services; two
    engines never share it through a global)."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"a casework key is {KEY_BYTES} bytes, not {len(key)}")
        self._aead = AESGCM(bytes(key))

    def __repr__(self) -> str:  # never the key
        return "CaseworkCipher(…)"

    def seal_bytes(self, column: CaseworkColumn, row_id: int, plain: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plain, _associated(column, row_id))

    def open_bytes(self, column: CaseworkColumn, row_id: int, sealed: bytes) -> bytes:
        if len(sealed) < NONCE_BYTES + 16:
            raise CaseworkTampered(f"{column.table} {row_id}: the encrypted {column.column} is "
                                   "cut short")
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                      _associated(column, row_id))
        except InvalidTag:
            raise CaseworkTampered(
                f"{column.table} {row_id}: the encrypted {column.column} does not open with "
                "this casework key (altered, or copied from another record)") from None


@overload
def seal(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int, value: None) -> None:
    ...


@overload
def seal(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
         value: str) -> str:
    ...


@overload
def seal(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
         value: bytes) -> bytes:
    ...


def seal(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
         value: str | bytes | None) -> str | bytes | None:
    """The value to store: sealed under ``cipher``, or as given without one (a database whose
    casework is not encrypted yet; services refuse casework writes to sessions that hold no key
    of a database that has one)."""
    if cipher is None or value is None:
        return value
    if isinstance(value, bytes):
        return PREFIX_BYTES + cipher.seal_bytes(column, row_id, value)
    sealed = cipher.seal_bytes(column, row_id, value.encode("utf-8"))
    return PREFIX + base64.b64encode(sealed).decode("ascii")


@overload
def unseal_text(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
                stored: str) -> str:
    ...


@overload
def unseal_text(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
                stored: str | None) -> str | None:
    ...


def unseal_text(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
                stored: str | None) -> str | None:
    """A stored text as the user reads it: plain text as it is, sealed text opened, or
    ``LOCKED`` without the key. ``CaseworkTampered`` when it does not open."""
    if stored is None or not stored.startswith(PREFIX):
        return stored
    if cipher is None:
        return LOCKED
    try:
        sealed = base64.b64decode(stored[len(PREFIX):], validate=True)
    except (binascii.Error, ValueError):
        raise CaseworkTampered(f"{column.table} {row_id}: the encrypted {column.column} is "
                               "damaged") from None
    return cipher.open_bytes(column, row_id, sealed).decode("utf-8")


def unseal_bytes(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
                 stored: bytes | None) -> bytes | None:
    """A stored blob: plain as it is, sealed opened, ``None`` without the key."""
    if stored is None or not is_sealed(stored):
        return stored
    if cipher is None:
        return None
    return cipher.open_bytes(column, row_id, bytes(stored)[len(PREFIX_BYTES):])


def unseal(cipher: CaseworkCipher | None, column: CaseworkColumn, row_id: int,
           stored: Any) -> Any:
    if column.binary:
        return unseal_bytes(cipher, column, row_id, None if stored is None else bytes(stored))
    return unseal_text(cipher, column, row_id, stored)


def _plain_rows(connection: Connection, table: Table, column: CaseworkColumn,
                batch: int) -> Iterator[list[tuple[int, Any]]]:
    """(row id, value) of every plain value of the column, in batches of ids."""
    key, value = table.c[column.row_id], table.c[column.column]
    last = None
    while True:
        statement = select(key, value).where(value.is_not(None)).order_by(key).limit(batch)
        if last is not None:
            statement = statement.where(key > last)
        rows = connection.execute(statement).all()
        if not rows:
            return
        last = rows[-1][0]
        yield [(int(row_id), stored) for row_id, stored in rows if not is_sealed(stored)]


def encrypt_existing_casework(engine: Engine, cipher: CaseworkCipher) -> dict[str, int]:
    """Seal every plain casework value in place, all in one transaction (values already sealed
    are left as they are); returns how many values of each ``table.column`` were sealed."""
    from legalaid.db.models import Base

    sealed: dict[str, int] = {}
    with engine.begin() as connection:
        for column in CASEWORK_COLUMNS:
            table = Base.metadata.tables[column.table]
            key = table.c[column.row_id]
            count = 0
            batch = 100 if column.binary else 2000  # letters' PDFs are tens of kB each
            for rows in _plain_rows(connection, table, column, batch):
                if rows:
                    connection.execute(
                        update(table).where(key == _bound(key)).values(
                            {column.column: _bound(table.c[column.column], "sealed")}),
                        [{"row": row_id,
                          "sealed": seal(cipher, column, row_id,
                                         bytes(stored) if column.binary else stored)}
                         for row_id, stored in rows])
                count += len(rows)
            sealed[f"{column.table}.{column.column}"] = count
    return sealed


def _bound(column: Any, name: str = "row") -> Any:
    return bindparam(name, type_=column.type)
