"""The slice of the services that the desktop GUI calls, written down as protocols.

Widgets depend on these shapes, not on the concrete service classes, so a view can be exercised over
the real services on a temporary database or over a small stand-in, and mypy checks every call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol, cast

from legalaid.domain.records import ClientRecord, StatusSnapshot, TripRecord
from legalaid.services.api import ClientQuery, ClientRow, SearchHit


class ClientsApi(Protocol):
    def list_rows(self, query: ClientQuery, offset: int, limit: int) -> Sequence[ClientRow]: ...

    def count(self, query: ClientQuery) -> int: ...

    def get(self, client_id: int) -> ClientRecord: ...

    def add(self, record: ClientRecord) -> int: ...

    def bulk_insert(self, records: Sequence[ClientRecord]) -> Any: ...


class SearchApi(Protocol):
    def search(self, text: str, limit: int = ...) -> Sequence[SearchHit]: ...


class Desk:
    """Typed access to the services the client desk uses; absent parts are reported, not guessed."""

    def __init__(self, services: object) -> None:
        self._services = services

    @property
    def raw(self) -> object:
        return self._services

    @property
    def clients(self) -> ClientsApi:
        return cast(ClientsApi, self._part("clients"))

    @property
    def search(self) -> SearchApi:
        return cast(SearchApi, self._part("search"))

    def _part(self, name: str) -> object:
        return getattr(self._services, name)

    def has(self, part: str, method: str) -> bool:
        """Whether the services offer ``part.method`` (tabs without it are shown read-only)."""
        return callable(getattr(getattr(self._services, part, None), method, None))

    def call(self, part: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call an optional service method by name (see ``has``)."""
        return getattr(getattr(self._services, part), method)(*args, **kwargs)

    def duplicates(self, draft: ClientRecord, text: str) -> list[SearchHit]:
        """Possible duplicates of a draft: the dedicated check when present, else a name search."""
        if self.has("clients", "find_duplicates"):
            return list(self.call("clients", "find_duplicates", draft))
        if not text.strip():
            return []
        return list(self.search.search(text))

    def status(self, client_id: int) -> StatusSnapshot | None:
        for part, method in (("status", "snapshot"), ("status", "get"), ("clients", "status")):
            if self.has(part, method):
                return cast(StatusSnapshot | None, self.call(part, method, client_id))
        return None

    def add_trip(self, client_id: int, trip: TripRecord) -> None:
        if self.has("trips", "add"):
            self.call("trips", "add", client_id, trip)
            return
        record = self.clients.get(client_id)
        from dataclasses import replace

        self.call("clients", "update", replace(record, trips=(*record.trips, trip)))

    def today(self) -> dt.date:
        return dt.date.today()
