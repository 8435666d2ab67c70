"""What the client desk asks of the services, in one typed place.

The desk adds nothing of its own to the services: the verdict on the file being shown and the
window chart are the status service's (the same evaluation as the snapshots behind the client
list), what-if plans are its planner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from legalaid.domain.read_models import ClientQuery, ClientRow
from legalaid.domain.records import ClientRecord

if TYPE_CHECKING:
    from legalaid.gui.permissions import Permissions
    from legalaid.services import Services
    from legalaid.services.clients import ClientService
    from legalaid.services.search import SearchService
    from legalaid.services.verdicts import Assessment, PlannedTrip


class ClientsApi(Protocol):
    """What the paged client list needs: rows and their count for a query."""

    def list_rows(self, query: ClientQuery, offset: int, limit: int,
                  after: ClientRow | None = None) -> Sequence[ClientRow]: ...

    def count(self, query: ClientQuery) -> int: ...


class Desk:
    """Typed access to the services the client desk uses."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._permissions: Permissions | None = None

    @property
    def services(self) -> Services:
        """Every service, for pages that need one the desk does not wrap."""
        return self._services

    @property
    def permissions(self) -> Permissions:
        """What the signed-in user may do (pages hide or disable the rest, with the reason)."""
        if self._permissions is None:
            from legalaid.gui.permissions import Permissions

            self._permissions = Permissions(self._services)
        return self._permissions

    @property
    def clients(self) -> ClientService:
        return self._services.clients

    @property
    def search(self) -> SearchService:
        return self._services.search

    @property
    def at_risk_days(self) -> int:
        """The threshold the services were built with (Settings), so banner and list agree."""
        return self._services.status.at_risk_days

    def today(self) -> dt.date:
        return dt.date.today()

    # -- clients ---------------------------------------------------------------------------------
    def add_demo_clients(self, count: int, seed: int) -> int:
        """Synthetic clients through the bulk path, then their status snapshots."""
        return self.clients.add_demo(count, seed)

    def warm_up(self) -> None:
        """Load the rules before the first client file is opened (called when the UI is idle)."""
        self._services.status.rulebook()

    # -- rules -----------------------------------------------------------------------------------
    def assess(self, record: ClientRecord, as_of: dt.date | None = None) -> Assessment:
        """The verdict on one client's file, as the client list's snapshots compute it."""
        return self._services.status.verdict(record, as_of or self.today())

    def plan(self, client_id: int, leave: dt.date | None,
             trips: Sequence[tuple[dt.date, dt.date]]) -> tuple[PlannedTrip, ...]:
        """The planner on the stored client today: the current stay ending on ``leave`` (default
        its last lawful day) when present, then ``trips``; one answer each."""
        return self._services.status.plan(client_id, trips, leave, as_of=self.today())

    def departure(self, client_id: int) -> dt.date | None:
        """The day the current stay ends as the planner sees it (the last lawful day, today for
        an overstay); None when the client is away or nothing limits the stay."""
        from legalaid.errors import ValidationError

        try:
            answers = self.plan(client_id, None, ())
        except ValidationError:  # present, but nothing limits the stay
            return None
        return answers[0].exit if answers else None

    def window_usage(
        self, record: ClientRecord, first: dt.date, last: dt.date,
        departure: dt.date | None = None,
    ) -> list[tuple[dt.date, int, int | None]]:
        """Days used per day from ``first`` to ``last``; a stay still open ends on ``departure``
        when one is given (the projection), else it runs on to ``last``."""
        return self._services.status.window_usage(record, first, last, departure)
