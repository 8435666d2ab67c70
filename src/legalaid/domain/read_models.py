"""Plain rows and queries that services hand to the GUI and the CLI.

Widgets and commands depend on these shapes only, never on database rows. Lists over many clients
use ``ClientRow`` (a flat tuple-like record, cheap to build from Core rows, no ORM objects).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from legalaid.domain.enums import Category, Status


class SortColumn:
    """Columns the client list can be sorted by (values are stable identifiers)."""

    NAME = "name"
    DATE_OF_BIRTH = "date_of_birth"
    CITIZENSHIP = "citizenship"
    CATEGORY = "category"
    STATUS = "status"
    DAYS_REMAINING = "days_remaining"
    LAWYER = "lawyer"
    UPDATED = "updated"
    NEXT_DEADLINE = "next_deadline"


@dataclass(frozen=True)
class ClientQuery:
    """Filters of the client list; empty fields mean "any"."""

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    categories: frozenset[Category] = frozenset()
    citizenship: str | None = None  # ISO code, or "" for stateless
    lawyer: str | None = None
    documents_expiring_within_days: int | None = None
    sort: str = SortColumn.NAME
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the client list (slots: a scrolled list holds 100,000 of them)."""

    id: int
    name: str  # primary spelling, "Family Given Patronymic"
    other_name: str  # first spelling in the other script, or ""
    date_of_birth: dt.date | None
    citizenship: str | None
    category: str | None
    status: Status
    days_remaining: int | None
    last_lawful_day: dt.date | None
    overstay_days: int
    lawyer: str | None
    next_deadline: dt.date | None
    # Where the row stands in its list's order: the next page starts after it (keyset paging).
    sort_key: tuple[object, ...] = field(default=(), compare=False, repr=False)


class ClientPage(list[ClientRow]):
    """A page of the client list. ``total`` is how many clients match the whole query when that
    came with the page at no extra cost (the first page of a text search), else ``None``: ask
    ``ClientService.count``."""

    total: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """A ranked search result (``legalaid search`` and duplicate warnings)."""

    client_id: int
    names: tuple[str, ...]
    date_of_birth: dt.date | None
    citizenship: str | None
    score: float
    reasons: tuple[str, ...] = field(default=())  # e.g. "name", "date_of_birth", "document"


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a client's History tab: what changed (field names only), when and by whom."""

    at: dt.datetime
    by: str | None
    action: str  # create, update, delete, restore
    item: str  # client, document, trip, event, case, task, note, family_link
    item_id: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class DeletedItem:
    """An item in a client's bin, restorable with ``ClientService.restore_item(kind, item_id)``."""

    kind: str
    item_id: int
    deleted_at: dt.datetime
    summary: str  # e.g. "passport 2020-01-01 – 2030-01-01", for the user to recognise it


@dataclass(frozen=True)
class FamilyLinkRow:
    """A link from one client to a relative or household member who is also a client."""

    id: int
    other_client_id: int
    other_name: str
    relationship: str
