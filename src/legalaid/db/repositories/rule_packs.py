"""The installed rules packs (``rule_pack``): the rules file's text, its id and version, which
one is active, who installed and activated it, and the history line a change of rules leaves in
each client file it changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, insert, select, update

from legalaid.db.models import ChangeLog, RulePack, table

pack_table = table(RulePack)
change_log = table(ChangeLog)
# The change-log entry a change of rules leaves in a client file (``fields``: new, old pack).
HISTORY_ITEM, HISTORY_ACTION = "rule_pack", "rules"


@dataclass(frozen=True)
class PackRow:
    """One installed pack, as stored."""

    id: int
    pack_id: str
    version: int
    published: dt.date
    prepared_by: str
    text: str
    active: bool
    installed_at: dt.datetime
    installed_by: str | None
    activated_at: dt.datetime | None
    activated_by: str | None
    replaced: int | None
    changed_clients: int | None

    @property
    def label(self) -> str:
        return f"{self.pack_id} (version {self.version})"


def _rows(connection: Connection, *where: ColumnElement[bool]) -> list[PackRow]:
    statement = select(*(pack_table.c[name] for name in PackRow.__dataclass_fields__))
    rows = connection.execute(statement.where(*where).order_by(pack_table.c.version,
                                                               pack_table.c.id)).all()
    return [PackRow(*row) for row in rows]


def all_packs(connection: Connection) -> list[PackRow]:
    """Every installed pack, oldest version first."""
    return _rows(connection)


def active(connection: Connection) -> PackRow | None:
    found = _rows(connection, pack_table.c.active.is_(True))
    return found[0] if found else None


def by_id(connection: Connection, row_id: int) -> PackRow | None:
    found = _rows(connection, pack_table.c.id == row_id)
    return found[0] if found else None


def by_pack_id(connection: Connection, pack_id: str) -> PackRow | None:
    found = _rows(connection, pack_table.c.pack_id == pack_id)
    return found[0] if found else None


def add(connection: Connection, *, pack_id: str, version: int, published: dt.date,
        prepared_by: str, text: str, at: dt.datetime, by: str | None) -> int:
    """Install a pack (not active yet); returns its row id."""
    result = connection.execute(insert(pack_table).values(
        pack_id=pack_id, version=version, published=published, prepared_by=prepared_by,
        text=text, active=False, installed_at=at, installed_by=by))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def activate(connection: Connection, row_id: int, *, at: dt.datetime, by: str | None,
             replaced: int | None) -> None:
    """Make ``row_id`` the one active pack; ``replaced`` is the pack it takes over from (None
    when rolling back: the pack keeps what it replaced before)."""
    connection.execute(update(pack_table).where(pack_table.c.active.is_(True))
                       .values(active=False))
    values: dict[str, object] = {"active": True, "activated_at": at, "activated_by": by,
                                 "changed_clients": None}
    if replaced is not None:
        values["replaced"] = replaced
    connection.execute(update(pack_table).where(pack_table.c.id == row_id).values(**values))


def set_changed(connection: Connection, row_id: int, count: int) -> None:
    connection.execute(update(pack_table).where(pack_table.c.id == row_id)
                       .values(changed_clients=count))


def record_history(connection: Connection, client_ids: Sequence[int], new: str, old: str,
                   at: dt.datetime, by: str | None) -> None:
    """A line in each client file: its status changed because pack ``new`` replaced ``old``."""
    if not client_ids:
        return
    connection.execute(insert(change_log), [
        {"table_name": HISTORY_ITEM, "row_id": owner, "client_id": owner,
         "action": HISTORY_ACTION, "fields": f"{new},{old}", "at": at, "by": by}
        for owner in client_ids])
