"""What a spreadsheet import reads and writes besides the clients themselves: remembered column
mappings per layout, the stored names, births and documents the dry run checks against, and the
fingerprints of the files and rows imported before.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Connection, String, delete, func, insert, select, type_coerce

from legalaid.db.models import (
    Client,
    ClientName,
    Document,
    ImportFingerprint,
    ImportLayout,
    table,
)

CHUNK = 500  # values per IN (...): well below SQLite's limit of bound parameters


def load_layout(connection: Connection, header_hash: str) -> dict[str, str] | None:
    tbl = table(ImportLayout)
    stored = connection.execute(
        select(tbl.c.mapping).where(tbl.c.header_hash == header_hash)).scalar()
    if stored is None:
        return None
    mapping = json.loads(stored)
    return {str(column): str(field) for column, field in mapping.items()}


def save_layout(connection: Connection, header_hash: str, mapping: dict[str, str],
                now: dt.datetime) -> None:
    tbl = table(ImportLayout)
    connection.execute(delete(tbl).where(tbl.c.header_hash == header_hash))
    connection.execute(insert(tbl).values(
        header_hash=header_hash, mapping=json.dumps(mapping, ensure_ascii=False), updated_at=now))


def stored_spellings(connection: Connection) -> Iterator[tuple[int, str, dt.date | None]]:
    """(client id, search key, date of birth) of every spelling of every live client."""
    client, name = table(Client), table(ClientName)
    # Birth dates as stored text, each distinct one parsed once: SQLAlchemy's per-value date
    # processing costs seconds over the 150,000 spellings of 100,000 clients (on SQLite).
    statement = (select(name.c.client_id, name.c.search_key,
                        type_coerce(client.c.date_of_birth, String))
                 .join(client, client.c.id == name.c.client_id)
                 .where(client.c.deleted_at.is_(None)))
    dates: dict[str, dt.date] = {}
    for client_id, key, born in connection.execute(statement):
        if born is None:
            yield (client_id, key, None)
            continue
        if isinstance(born, dt.date):  # PostgreSQL hands dates over as dates
            yield (client_id, key, born)
            continue
        day = dates.get(born)
        if day is None:
            day = dates[born] = dt.date.fromisoformat(born[:10])
        yield (client_id, key, day)


def stored_document_numbers(connection: Connection) -> Iterator[tuple[int, str]]:
    client, document = table(Client), table(Document)
    statement = (select(document.c.client_id, document.c.number)
                 .join(client, client.c.id == document.c.client_id)
                 .where(client.c.deleted_at.is_(None), document.c.deleted_at.is_(None),
                        document.c.number.is_not(None)))
    for row in connection.execute(statement):
        yield (row.client_id, row.number)


def max_client_id(connection: Connection) -> int:
    return int(connection.execute(select(func.coalesce(func.max(table(Client).c.id), 0)))
               .scalar_one())


def fingerprints(connection: Connection) -> set[str]:
    """Every fingerprint of a file or row imported before (64 hex digits each)."""
    return set(connection.execute(select(table(ImportFingerprint).c.digest)).scalars())


def save_fingerprints(connection: Connection, kind: str,
                      digests: Iterable[tuple[str, int | None]], now: dt.datetime) -> None:
    """Remember (digest, client id) pairs of ``kind`` ("file" or "row"), each digest once."""
    tbl = table(ImportFingerprint)
    unique: dict[str, int | None] = {}
    for digest, client_id in digests:  # the same row twice in one file: the first client
        unique.setdefault(digest, client_id)
    listed = list(unique)
    known: set[str] = set()
    for start in range(0, len(listed), CHUNK):
        known.update(connection.execute(select(tbl.c.digest).where(
            tbl.c.digest.in_(listed[start:start + CHUNK]))).scalars())
    rows = [{"digest": digest, "kind": kind, "client_id": client_id, "imported_at": now}
            for digest, client_id in unique.items() if digest not in known]
    if rows:
        connection.execute(insert(tbl), rows)


def forget_fingerprints(connection: Connection, client_ids: Sequence[int]) -> None:
    """Drop the row fingerprints of these clients (their files were anonymised)."""
    tbl = table(ImportFingerprint)
    for start in range(0, len(client_ids), CHUNK):
        connection.execute(delete(tbl).where(
            tbl.c.client_id.in_(client_ids[start:start + CHUNK])))
