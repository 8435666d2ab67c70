"""The slice of the services that the desktop GUI calls, written down as protocols.

Widgets depend on these shapes, not on the concrete service classes, so mypy checks every call and
a view can be exercised over the real services on a temporary database. Methods that a service
may not offer (yet) are reached through ``has``/``call`` so the GUI can show such parts read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, cast

from legalaid.domain.records import ClientRecord, TripRecord
from legalaid.services.api import ClientQuery, ClientRow, SearchHit

if TYPE_CHECKING:
    from legalaid.rules import Assessment, WhatIf


class ClientsApi(Protocol):
    def list_rows(self, query: ClientQuery, offset: int, limit: int) -> Sequence[ClientRow]: ...

    def count(self, query: ClientQuery) -> int: ...

    def get(self, client_id: int) -> ClientRecord: ...

    def add(self, record: ClientRecord) -> int: ...

    def bulk_insert(self, records: Any) -> Any: ...


class SearchApi(Protocol):
    def search(self, text: str, limit: int = ...) -> Sequence[SearchHit]: ...

    def find_duplicates(self, names: Sequence[str], date_of_birth: dt.date | None = ...,
                        document_numbers: Sequence[str] = ...,
                        exclude_client_id: int | None = ..., limit: int = ...
                        ) -> Sequence[SearchHit]: ...


class Desk:
    """Typed access to the services the client desk uses."""

    def __init__(self, services: object, at_risk_days: int = 14) -> None:
        self._services = services
        self.at_risk_days = at_risk_days

    @property
    def raw(self) -> object:
        return self._services

    @property
    def clients(self) -> ClientsApi:
        return cast(ClientsApi, self._services.clients)  # type: ignore[attr-defined]

    @property
    def search(self) -> SearchApi:
        return cast(SearchApi, self._services.search)  # type: ignore[attr-defined]

    def has(self, part: str, method: str) -> bool:
        """Whether the services offer ``part.method``."""
        return callable(getattr(getattr(self._services, part, None), method, None))

    def call(self, part: str, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call a service method by name (see ``has``)."""
        return getattr(getattr(self._services, part), method)(*args, **kwargs)

    def today(self) -> dt.date:
        return dt.date.today()

    # -- clients ---------------------------------------------------------------------------------
    def add_client(self, record: ClientRecord) -> int:
        """Validate and add one client (with its status computed); returns the new id."""
        return self.clients.add(record)

    def add_demo_clients(self, count: int, seed: int) -> int:
        """Synthetic clients through the bulk path, then their status snapshots."""
        from legalaid.domain.demo import generate_clients

        today = self.today()
        added = int(self.clients.bulk_insert(generate_clients(count, seed, today)))
        if self.has("status", "refresh"):
            self.call("status", "refresh", None, today)
        return added

    def duplicates(self, names: Sequence[str], date_of_birth: dt.date | None,
                   document_numbers: Sequence[str]) -> list[SearchHit]:
        """Clients who may be the person being typed in, with the reasons."""
        return list(self.search.find_duplicates(names, date_of_birth, document_numbers))

    def add_trip(self, client_id: int, trip: TripRecord) -> None:
        if self.has("clients", "add_trip"):
            self.call("clients", "add_trip", client_id, trip)
            return
        record = self.clients.get(client_id)
        self.call("clients", "update", replace(record, trips=(*record.trips, trip)))

    def warm_up(self) -> None:
        """Load the rules before the first client file is opened (called when the UI is idle)."""
        self._rulebook()

    # -- rules -----------------------------------------------------------------------------------
    def _rulebook(self) -> Any:
        status = getattr(self._services, "status", None)
        if status is not None and callable(getattr(status, "rulebook", None)):
            return status.rulebook()
        from legalaid.rules import load_rulebook

        return load_rulebook(None)

    def assess(self, record: ClientRecord, as_of: dt.date | None = None) -> Assessment:
        """The engine's verdict on one client's file (one client: fast enough on the UI thread)."""
        from legalaid.rules import Facts, evaluate

        facts = Facts.from_records(record.citizenship, record.category, record.documents,
                                   record.trips, record.events)
        return evaluate(facts, as_of or self.today(), self._rulebook(),
                        at_risk_days=self.at_risk_days)

    def what_if(self, record: ClientRecord, entry: dt.date, exit_: dt.date) -> WhatIf:
        from legalaid.rules import Facts, what_if

        facts = Facts.from_records(record.citizenship, record.category, record.documents,
                                   record.trips, record.events)
        return what_if(facts, entry, exit_, self._rulebook())

    def window_usage(self, record: ClientRecord, first: dt.date, last: dt.date) -> Any:
        from legalaid.rules import Facts, window_usage

        facts = Facts.from_records(record.citizenship, record.category, record.documents,
                                   record.trips, record.events)
        return window_usage(facts, first, last, self._rulebook())
