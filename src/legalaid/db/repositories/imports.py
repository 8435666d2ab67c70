"""What a spreadsheet import reads and writes besides the clients themselves: remembered column
mappings per layout, and the stored names, births and documents the dry run checks against.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from sqlalchemy import Connection, String, delete, func, insert, select, type_coerce

from legalaid.db.models import Client, ClientName, Document, ImportLayout, table


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
    # processing costs seconds over the 150,000 spellings of 100,000 clients.
    statement = (select(name.c.client_id, name.c.search_key,
                        type_coerce(client.c.date_of_birth, String))
                 .join(client, client.c.id == name.c.client_id)
                 .where(client.c.deleted_at.is_(None)))
    dates: dict[str, dt.date] = {}
    for client_id, key, born in connection.execute(statement):
        if born is None:
            yield (client_id, key, None)
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
