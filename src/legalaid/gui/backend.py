"""What the pages of the desk are given: the signed-in user's services and what they may do.

The main window receives one ``Desk`` (the services guarded for the user, and the permissions
read from them) and hands each page the typed services that page uses, nothing more: the client
list gets ``ClientService``, the Today page the Today service, and so on. The client file uses
several, gathered in ``FileServices``. Nothing here forwards a call: a page calls its service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from legalaid.domain.read_models import ClientQuery, ClientRow
from legalaid.gui.permissions import Permissions

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.attachments import AttachmentService
    from legalaid.services.audit import AuditService
    from legalaid.services.clients import ClientService
    from legalaid.services.consent import ConsentService
    from legalaid.services.letters.register import LetterRegisterService
    from legalaid.services.merge import MergeService
    from legalaid.services.parties import PartyService
    from legalaid.services.referrals import ReferralService
    from legalaid.services.search import SearchService
    from legalaid.services.status import StatusService


class ClientsApi(Protocol):
    """What the paged client list needs: rows and their count for a query."""

    def list_rows(self, query: ClientQuery, offset: int, limit: int,
                  after: ClientRow | None = None) -> Sequence[ClientRow]: ...

    def count(self, query: ClientQuery) -> int: ...


@dataclass(frozen=True)
class Desk:
    """The services of the signed-in user, what that user may do, and the day it is for the
    pages (tests fix it)."""

    services: Services
    today: Callable[[], dt.date] = dt.date.today
    permissions: Permissions = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "permissions", Permissions(self.services))

    def client_file(self) -> FileServices:
        services = self.services
        return FileServices(services.clients, services.status, services.search,
                            services.letters, services.consent, services.audit,
                            self.permissions, self.today, services.attachments,
                            services.referrals, services.parties, services.merge)


@dataclass(frozen=True)
class FileServices:
    """What the client file page uses: the file and its edits, the verdict and the planner,
    the names of other clients (family links), the letters register, consent, and the audit
    entry written when contact details are shown; and the day it is."""

    clients: ClientService
    status: StatusService
    search: SearchService
    letters: LetterRegisterService
    consent: ConsentService
    audit: AuditService
    permissions: Permissions
    clock: Callable[[], dt.date]
    attachments: AttachmentService
    referrals: ReferralService
    parties: PartyService  # the other side of a case, and the conflict-of-interest check
    merge: MergeService  # another file of the same person merged into this one
