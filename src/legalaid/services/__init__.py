"""Use cases of LegalAid: the services the GUI and the commands call.

``open_services`` opens the database named by the context the commands' way (``opening``: migrated
to head, an older SQLite file copied aside first) and builds the services over one engine. Every
service call is one unit of work (``unit_of_work.py``) and returns frozen values, never live
database rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from legalaid.db.casework import PLAIN, CaseworkAccess
from legalaid.db.migrate import current_revision
from legalaid.db.session import session_factory
from legalaid.services.accounts import AccountService
from legalaid.services.attachments import DEFAULT_LIMIT_MB, AttachmentService
from legalaid.services.audit import AuditService
from legalaid.services.backups import BackupService
from legalaid.services.calendar import CalendarService
from legalaid.services.case_templates import CaseTemplateService
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.deadlines import DeadlineService
from legalaid.services.duplicates import DuplicateService
from legalaid.services.exports import ExportService
from legalaid.services.imports import ImportService
from legalaid.services.letters.register import LetterRegisterService
from legalaid.services.merge import MergeService
from legalaid.services.parties import PartyService
from legalaid.services.partners import PartnerDirectory
from legalaid.services.referrals import ReferralService
from legalaid.services.reports import ReportService
from legalaid.services.retention import RetentionService
from legalaid.services.rule_packs import RulePackService
from legalaid.services.search import SearchService
from legalaid.services.status import StatusService
from legalaid.services.today import TodayService

if TYPE_CHECKING:
    from legalaid.context import AppContext
    from legalaid.services.access import AccessSession
    from legalaid.services.command_context import CommandContext


@dataclass
class Services:
    """Every service over one database; ``close()`` releases the connections."""

    engine: Engine
    clients: ClientService
    status: StatusService
    search: SearchService
    deadlines: DeadlineService
    backups: BackupService
    today: TodayService
    calendar: CalendarService
    case_templates: CaseTemplateService
    imports: ImportService
    reports: ReportService
    exports: ExportService
    letters: LetterRegisterService
    partners: PartnerDirectory
    referrals: ReferralService

    accounts: AccountService
    audit: AuditService
    consent: ConsentService
    retention: RetentionService
    attachments: AttachmentService
    rule_packs: RulePackService
    merge: MergeService
    duplicates: DuplicateService
    parties: PartyService

    def schema_revision(self) -> str:
        """The database's migration revision."""
        return current_revision(self.engine) or ""

    def close(self) -> None:
        self.engine.dispose()


class GuardedServices(Services):
    """The services behind the access checks of one signed-in user (``access.guard``)."""

    access: AccessSession

    def schema_revision(self) -> str:
        return self.access.schema_revision()


def build_services(
    engine: Engine, rules_path: Path | None = None, at_risk_days: int = 14,
    retention_years: int = 5, casework: CaseworkAccess = PLAIN,
    attachment_limit_mb: int = DEFAULT_LIMIT_MB,
) -> Services:
    """Services over an engine whose database is already at head (tests build them this way).

    ``casework`` is what the signed-in account holds of the casework key
    (``db.casework.casework_access(key)``; ``None`` for intake); ``PLAIN``, a database whose
    casework is not encrypted yet."""
    sessions = session_factory(engine)
    status = StatusService(engine, rules_path=rules_path, at_risk_days=at_risk_days)
    clients = ClientService(engine, sessions, status, casework=casework)
    search = SearchService(engine)
    return Services(
        engine=engine,
        clients=clients,
        status=status,
        search=search,
        deadlines=DeadlineService(engine, status),
        backups=BackupService(engine),
        today=TodayService(engine, status, clients),
        calendar=CalendarService(engine, status),
        case_templates=CaseTemplateService(status, clients),
        imports=ImportService(engine, sessions, status, names_changed=search.names_changed,
                              casework=casework),
        reports=ReportService(engine, casework=casework),
        exports=ExportService(engine, clients, DeadlineService(engine, status)),
        letters=LetterRegisterService(engine, clients, status, casework),
        partners=PartnerDirectory(engine, casework),
        referrals=ReferralService(engine, clients, search, casework),
        accounts=AccountService(engine),
        audit=AuditService(engine),
        consent=ConsentService(engine),
        retention=RetentionService(engine, retention_years),
        attachments=AttachmentService(engine, casework, attachment_limit_mb),
        rule_packs=RulePackService(engine, status),
        merge=MergeService(engine, sessions, status, names_changed=search.names_changed),
        duplicates=DuplicateService(engine, search),
        parties=PartyService(engine),
    )


def open_services(context: CommandContext) -> Services:
    """The commands' services, guarded for the signed-in user (``signin.sign_in``)."""
    from legalaid.services.signin import sign_in

    return sign_in(context, open_unguarded(context))


def open_unguarded(context: AppContext) -> Services:
    """Open and migrate the context's database the commands' way (the passphrase from a script
    or the terminal, the daily backup when due, a refusal raised), then build the services."""
    from legalaid.services.opening import command_passphrase, open_case_database, refused_as_error

    return refused_as_error(open_case_database(context, command_passphrase(context))).services
