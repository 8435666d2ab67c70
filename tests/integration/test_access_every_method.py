"""Every public service method in the access policy, called as every role on a client that is not
theirs: a lawyer is refused, or gets only their own clients' rows (the query leaves the others
out); intake never gets casework; supervisors and administrators get through.

The client is lawyer2's; the lawyer is lawyer1, whose only client has nothing dated, so any task,
note, case, document, deadline or count of the other client in a result is a leak.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.migrate import migrate_to_head
from legalaid.db.repositories import status as status_db
from legalaid.db.session import create_engine_for, session_factory
from legalaid.domain.enums import Category, DocumentType, EventType, Script, Sex
from legalaid.domain.partners import organisation_uid
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    EventRecord,
    NameSpelling,
    NoteRecord,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import AccessDenied, LegalAidError
from legalaid.exchange.packets import new_secrets
from legalaid.paths import resource
from legalaid.services import Services, build_services
from legalaid.services.access import guard, public_methods
from legalaid.services.accounts import Actor
from legalaid.services.attachments import AttachmentFile
from legalaid.services.audit import AuditFilter
from legalaid.services.clients import ClientService
from legalaid.services.letters.compose import LetterRequest
from legalaid.services.policy import POLICY
from legalaid.services.roles import Role

TODAY = dt.date(2024, 3, 15)
WEEK = TODAY + dt.timedelta(days=6)
YEAR = TODAY + dt.timedelta(days=365)
# Text only the other lawyer's client holds: none of it may reach lawyer1 (nor intake, casework).
CASEWORK = ("THEIRS-TASK", "THEIRS-NOTE", "THEIRS-CASE")
IDENTITY = ("THEIRS-DOC", "+7 702 222 22 22")
MINE = ClientRecord(names=(NameSpelling("Sadykova", "Aigerim", Script.LATIN),), lawyer="lawyer1")
THEIRS = ClientRecord(
    names=(NameSpelling("Ivanov", "Oleg", Script.LATIN),), lawyer="lawyer2",
    phone="+7 702 222 22 22", citizenship="UZ", category=Category.VISITOR, sex=Sex.MALE,
    date_of_birth=dt.date(1990, 4, 2),
    documents=(DocumentRecord(DocumentType.PASSPORT, "THEIRS-DOC-1", valid_from=dt.date(2020, 1, 1),
                              valid_until=TODAY + dt.timedelta(days=10)),),
    trips=(TripRecord(entry=dt.date(2024, 1, 5)),),
)
# A partner that takes packets (keys made here, for this test only).
_PARTNER_KEYS = new_secrets()
PARTNER = {"names": {"en": "Shelter One"}, "kind": "shelter", "regions": ["almaty"],
           "age_public": _PARTNER_KEYS.age_public, "sign_public": _PARTNER_KEYS.sign_public,
           "id": organisation_uid(_PARTNER_KEYS.sign_public),
           "services": [{"kind": "shelter", "categories": ["visitor"]}]}
SHIPPED = resource("rules", "kz.toml").read_text(encoding="utf-8")
POLICE_FIELDS = {"police_office": "Police office 1", "request": "extension", "reason": "care"}


@dataclass(frozen=True)
class World:
    mine: int
    theirs: int
    document: DocumentRecord
    trip: TripRecord
    event: EventRecord
    note: NoteRecord
    case: CaseRecord
    task: TaskRecord
    letter: int
    attachment: int  # a scan on the other client's passport
    case_attachment: int  # a ruling on their case (casework)
    facts: status_db.ClientFacts
    folder: Path
    engine: Engine  # only for the one method that is handed a connection
    referral: int = 0  # theirs, to a partner that takes packets
    partner: str = ""


def _build(raw: Services, folder: Path) -> World:
    mine, theirs = raw.clients.add(MINE), raw.clients.add(THEIRS)
    raw.clients.add_event(theirs, EventRecord(EventType.CONTRACT_TERMINATED, TODAY))
    raw.clients.add_note(theirs, NoteRecord("THEIRS-NOTE fled in 2023"))
    case_id = raw.clients.add_case(theirs, CaseRecord("THEIRS-CASE appeal", dt.date(2024, 1, 1)))
    raw.clients.add_task(theirs, TaskRecord("THEIRS-TASK file the appeal", TODAY + dt.timedelta(
        days=3)), case_id)
    raw.consent.record_consent(theirs, "referral", TODAY)
    raw.letters.save_organisation(SYNTHETIC_ORGANISATION)
    saved = raw.letters.save(LetterRequest("police_extension", theirs, "en", fields=POLICE_FIELDS,
                                           date=TODAY, lawyer="lawyer2"))
    partner = raw.partners.add(PARTNER)
    referral = raw.referrals.create(theirs, partner.uid, "shelter", "safety")
    raw.status.refresh(as_of=TODAY)
    record = raw.clients.get(theirs)
    scan = raw.attachments.attach(theirs, AttachmentFile("passport.pdf", b"%PDF-1.4 THEIRS-DOC"),
                                  record.documents[0].id)
    ruling = raw.attachments.attach_to_case(
        theirs, case_id, AttachmentFile("ruling.pdf", b"%PDF-1.4 THEIRS-CASE ruling"))
    with raw.engine.connect() as connection:
        [facts] = status_db.load_facts(connection, [theirs])
    return World(mine, theirs, record.documents[0], record.trips[0], record.events[0],
                 record.notes[0], record.cases[0], record.cases[0].tasks[0], saved.letter.id,
                 scan, ruling, facts, folder, raw.engine, referral, partner.uid)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """The two clients and their casework, built once (a letter takes a while to render)."""
    path = tmp_path_factory.mktemp("world") / "case.sqlite"
    engine = create_engine_for(str(path))
    migrate_to_head(engine)
    built = _build(_services(engine), path.parent)
    engine.dispose()
    return path, built


def _services(engine: Engine) -> Services:
    built = build_services(engine)
    built.clients = ClientService(engine, session_factory(engine), built.status, user="lawyer1",
                                  today=lambda: TODAY)
    return built


@pytest.fixture
def services(template: tuple[Path, World], tmp_path: Path) -> Iterator[Services]:
    """A fresh copy of the built database for each test (the calls change it)."""
    shutil.copy(template[0], tmp_path / "case.sqlite")
    engine = create_engine_for(str(tmp_path / "case.sqlite"))
    yield _services(engine)
    engine.dispose()


@pytest.fixture
def world(template: tuple[Path, World], services: Services, tmp_path: Path) -> World:
    (tmp_path / "backups").mkdir()
    return dataclasses.replace(template[1], folder=tmp_path, engine=services.engine)


Call = Callable[[Services, World], Any]
C = ClientRecord


def _refresh_in(s: Services, w: World) -> int:
    with w.engine.begin() as connection:
        return s.status.refresh_in(connection, [w.theirs], TODAY)


def _letter(w: World) -> LetterRequest:
    return LetterRequest("police_extension", w.theirs, "en", fields=POLICE_FIELDS, date=TODAY)


CALLS: dict[tuple[str, str], Call] = {
    ("clients", "add"): lambda s, w: s.clients.add(
        C(names=(NameSpelling("Nurlanov", "Timur", Script.LATIN),))),
    ("clients", "add_many"): lambda s, w: s.clients.add_many(
        [C(names=(NameSpelling("Nurlanova", "Dana", Script.LATIN),))]),
    ("clients", "bulk_insert"): lambda s, w: s.clients.bulk_insert(
        [C(names=(NameSpelling("Omarov", "Arman", Script.LATIN),))]),
    ("clients", "add_demo"): lambda s, w: s.clients.add_demo(1, seed=7),
    ("clients", "get"): lambda s, w: s.clients.get(w.theirs),
    ("clients", "file"): lambda s, w: s.clients.file(w.theirs, TODAY),
    ("clients", "version"): lambda s, w: s.clients.version(w.theirs),
    ("clients", "update_profile"): lambda s, w: s.clients.update_profile(
        w.theirs, dataclasses.replace(THEIRS, phone="+7 703 333 33 33")),
    ("clients", "delete"): lambda s, w: s.clients.delete(w.theirs),
    ("clients", "restore"): lambda s, w: s.clients.restore(w.theirs),
    ("clients", "list_rows"): lambda s, w: s.clients.list_rows(ClientQuery()),
    ("clients", "count"): lambda s, w: s.clients.count(ClientQuery()),
    ("clients", "lawyers"): lambda s, w: s.clients.lawyers(),
    ("clients", "lawyer_accounts"): lambda s, w: s.clients.lawyer_accounts(),
    ("clients", "delete_item"): lambda s, w: s.clients.delete_item("note", int(w.note.id or 0)),
    ("clients", "restore_item"): lambda s, w: s.clients.restore_item("note", int(w.note.id or 0)),
    ("clients", "add_document"): lambda s, w: s.clients.add_document(
        w.theirs, DocumentRecord(DocumentType.PASSPORT, "N1234567")),
    ("clients", "update_document"): lambda s, w: s.clients.update_document(
        dataclasses.replace(w.document, number="N7654321")),
    ("clients", "add_event"): lambda s, w: s.clients.add_event(
        w.theirs, EventRecord(EventType.CONTRACT_TERMINATED, TODAY)),
    ("clients", "update_event"): lambda s, w: s.clients.update_event(w.event),
    ("clients", "add_trip"): lambda s, w: s.clients.add_trip(w.theirs, TripRecord(TODAY, TODAY)),
    ("clients", "update_trip"): lambda s, w: s.clients.update_trip(w.trip),
    ("clients", "add_family_link"): lambda s, w: s.clients.add_family_link(
        w.theirs, w.mine, "sibling"),
    ("clients", "family_links"): lambda s, w: s.clients.family_links(w.theirs),
    ("clients", "add_note"): lambda s, w: s.clients.add_note(w.theirs, NoteRecord("called")),
    ("clients", "update_note"): lambda s, w: s.clients.update_note(w.note),
    ("clients", "add_case"): lambda s, w: s.clients.add_case(
        w.theirs, CaseRecord("asylum", TODAY)),
    ("clients", "update_case"): lambda s, w: s.clients.update_case(w.case),
    ("clients", "add_task"): lambda s, w: s.clients.add_task(w.theirs, TaskRecord("call", TODAY)),
    ("clients", "update_task"): lambda s, w: s.clients.update_task(w.task),
    ("clients", "history"): lambda s, w: s.clients.history(w.theirs),
    ("clients", "deleted_items"): lambda s, w: s.clients.deleted_items(w.theirs),
    ("status", "rulebook"): lambda s, w: s.status.rulebook().expiry_rules,
    ("status", "verdict"): lambda s, w: s.status.verdict(w.facts, TODAY).status,
    ("status", "assessment_of"): lambda s, w: s.status.assessment_of(w.facts, TODAY).status,
    ("status", "snapshot_of"): lambda s, w: s.status.snapshot_of(w.facts, TODAY).status,
    ("status", "assess"): lambda s, w: s.status.assess(w.theirs, TODAY),
    ("status", "plan"): lambda s, w: s.status.plan(w.theirs, [], as_of=TODAY),
    ("status", "get"): lambda s, w: s.status.get(w.theirs),
    ("status", "refresh"): lambda s, w: s.status.refresh(as_of=TODAY),
    ("status", "refresh_in"): _refresh_in,
    ("status", "refresh_stale"): lambda s, w: s.status.refresh_stale(as_of=TODAY),
    ("search", "search"): lambda s, w: s.search.search("Ivanov"),
    ("search", "find_duplicates"): lambda s, w: s.search.find_duplicates(["Ivanov Oleg"]),
    ("search", "names_changed"): lambda s, w: s.search.names_changed(),
    ("deadlines", "between"): lambda s, w: s.deadlines.between(TODAY, YEAR, TODAY),
    ("accounts", "has_accounts"): lambda s, w: s.accounts.has_accounts(),
    ("accounts", "create_first_administrator"): lambda s, w: s.accounts.
    create_first_administrator("root", "long enough 1"),
    ("accounts", "authenticate"): lambda s, w: s.accounts.authenticate("lawyer2", "x"),
    ("accounts", "users"): lambda s, w: s.accounts.users(),
    ("accounts", "add_user"): lambda s, w: s.accounts.add_user("nov", Role.INTAKE, "long enough"),
    ("accounts", "set_role"): lambda s, w: s.accounts.set_role("lawyer2", Role.LAWYER),
    ("accounts", "reset_password"): lambda s, w: s.accounts.reset_password("lawyer2", "new one 1"),
    ("accounts", "set_active"): lambda s, w: s.accounts.set_active("lawyer2", True),
    ("audit", "record"): lambda s, w: s.audit.record(None, "lock"),
    ("audit", "record_many"): lambda s, w: s.audit.record_many(None, "lock", None, [(None, None)]),
    ("audit", "entries"): lambda s, w: s.audit.entries(),
    ("audit", "filter_values"): lambda s, w: s.audit.filter_values(),
    ("audit", "verify"): lambda s, w: s.audit.verify(),
    ("audit", "head_code"): lambda s, w: s.audit.head_code(),
    ("consent", "record_consent"): lambda s, w: s.consent.record_consent(w.theirs, "reporting"),
    ("consent", "withdraw_consent"): lambda s, w: s.consent.withdraw_consent(w.theirs, "referral"),
    ("consent", "has_consent"): lambda s, w: s.consent.has_consent(w.theirs, "referral"),
    ("consent", "consents"): lambda s, w: s.consent.consents(w.theirs),
    ("consent", "require_consent_or_override"): lambda s, w: s.consent.
    require_consent_or_override(w.theirs, "referral"),
    ("retention", "due"): lambda s, w: s.retention.due(),
    ("retention", "anonymise_due"): lambda s, w: s.retention.anonymise_due(),
    ("backups", "due"): lambda s, w: s.backups.due(),
    ("backups", "take_if_due"): lambda s, w: s.backups.take_if_due(),
    ("backups", "quick_check"): lambda s, w: s.backups.quick_check(),
    ("backups", "last_good"): lambda s, w: s.backups.last_good(),
    ("backups", "list"): lambda s, w: s.backups.list(),
    ("backups", "configure"): lambda s, w: s.backups.configure(w.folder / "backups", 3),
    ("backups", "create"): lambda s, w: s.backups.create(),
    ("backups", "verify"): lambda s, w: s.backups.verify(w.folder / "missing.sqlite"),
    ("backups", "restore"): lambda s, w: s.backups.restore(w.folder / "missing.sqlite"),
    ("backups", "change_passphrase"): lambda s, w: s.backups.change_passphrase("a", "b"),
    ("today", "lawyers"): lambda s, w: s.today.lawyers(),
    ("today", "counts"): lambda s, w: s.today.counts(TODAY),
    ("today", "section_rows"): lambda s, w: [
        s.today.section_rows(section, TODAY) for section in
        ("overstay", "at_risk", "expiring", "this_week", "overdue")],
    ("calendar", "month_counts"): lambda s, w: s.calendar.month_counts(TODAY, YEAR),
    ("calendar", "agenda"): lambda s, w: s.calendar.agenda(TODAY, YEAR, TODAY),
    ("calendar", "client_deadlines"): lambda s, w: s.calendar.client_deadlines(
        w.theirs, TODAY, YEAR, TODAY),
    ("calendar", "to_ics"): lambda s, w: s.calendar.to_ics([]),
    ("today", "complete_task"): lambda s, w: s.today.complete_task(
        w.theirs, int(w.task.id or 0), TODAY),
    ("today", "news_since"): lambda s, w: s.today.news_since(TODAY - dt.timedelta(days=30),
                                                            TODAY + dt.timedelta(days=30)),
    ("case_templates", "case_templates"): lambda s, w: s.case_templates.case_templates(),
    ("case_templates", "open_case_from_template"): lambda s, w: s.case_templates.
    open_case_from_template(w.theirs, "unpaid_wages", TODAY),
    ("imports", "layout"): lambda s, w: s.imports.layout(w.folder / "missing.csv"),
    ("imports", "dry_run"): lambda s, w: s.imports.dry_run(w.folder / "missing.csv"),
    ("imports", "import_file"): lambda s, w: s.imports.import_file(w.folder / "missing.csv"),
    ("letters", "organisation"): lambda s, w: s.letters.organisation(),
    ("letters", "save_organisation"): lambda s, w: s.letters.save_organisation(
        SYNTHETIC_ORGANISATION),
    ("letters", "preview"): lambda s, w: s.letters.preview(_letter(w)),
    ("letters", "save"): lambda s, w: s.letters.save(_letter(w)),
    ("letters", "save_many"): lambda s, w: s.letters.save_many([_letter(w)]),
    ("letters", "letters"): lambda s, w: s.letters.letters(),
    ("letters", "letters_of_client"): lambda s, w: s.letters.letters_of_client(w.theirs),
    ("letters", "templates"): lambda s, w: s.letters.templates(w.theirs),
    ("letters", "fields"): lambda s, w: s.letters.fields("police_extension", w.theirs, "en"),
    ("letters", "letter"): lambda s, w: s.letters.letter(w.letter),
    ("letters", "pdf"): lambda s, w: s.letters.pdf(w.letter),
    ("reports", "funding_codes"): lambda s, w: s.reports.funding_codes(),
    ("reports", "activity"): lambda s, w: s.reports.activity(dt.date(2024, 1, 1), YEAR),
    ("exports", "client_rows"): lambda s, w: list(s.exports.client_rows(ClientQuery())),
    ("exports", "export_clients"): lambda s, w: _file(s.exports.export_clients(
        ClientQuery(), w.folder / "clients.csv", "csv"), w.folder / "clients.csv"),
    ("exports", "export_deadlines"): lambda s, w: _file(s.exports.export_deadlines(
        TODAY, YEAR, w.folder / "deadlines.csv", "csv", as_of=TODAY), w.folder / "deadlines.csv"),
    ("exports", "write_ics"): lambda s, w: s.exports.write_ics([], w.folder / "deadlines.ics"),
    ("status", "window_usage"): lambda s, w: s.status.window_usage(MINE, TODAY, WEEK),
    ("letters", "all_templates"): lambda s, w: [t.id for t in s.letters.all_templates()],
    ("letters", "consent_needed"): lambda s, w: s.letters.consent_needed("police_extension"),
    ("letters", "read_logo"): lambda s, w: s.letters.read_logo(w.folder / "missing.png"),
    ("letters", "write_copy"): lambda s, w: s.letters.write_copy(w.folder / "copy.pdf",
                                                                 b"%PDF-1.4"),
    ("reports", "export"): lambda s, w: s.reports.export(
        s.reports.activity(dt.date(2024, 1, 1), YEAR), w.folder / "report.csv", "csv", "en"),
    ("imports", "fields"): lambda s, w: s.imports.fields(),
    ("attachments", "attach"): lambda s, w: s.attachments.attach(
        w.theirs, AttachmentFile("visa.png", b"\x89PNG\r\n\x1a\n"), w.document.id),
    ("attachments", "attach_to_case"): lambda s, w: s.attachments.attach_to_case(
        w.theirs, int(w.case.id or 0), AttachmentFile("appeal.pdf", b"%PDF-1.4 appeal")),
    ("attachments", "attachments"): lambda s, w: s.attachments.attachments(w.theirs),
    ("attachments", "case_attachments"): lambda s, w: s.attachments.case_attachments(w.theirs),
    ("attachments", "content"): lambda s, w: s.attachments.content(w.attachment),
    ("attachments", "case_content"): lambda s, w: s.attachments.case_content(w.case_attachment),
    ("attachments", "save_copy"): lambda s, w: s.attachments.save_copy(
        w.attachment, w.folder / "scan.pdf"),
    ("attachments", "save_case_copy"): lambda s, w: s.attachments.save_case_copy(
        w.case_attachment, w.folder / "ruling.pdf"),
    ("attachments", "delete"): lambda s, w: s.attachments.delete(w.attachment),
    ("attachments", "restore"): lambda s, w: s.attachments.restore(w.attachment),
    ("partners", "add"): lambda s, w: s.partners.add({"names": {"en": "Clinic"},
                                                      "kind": "medical"}),
    ("partners", "update"): lambda s, w: s.partners.update(w.partner, {"notes": "full"}),
    ("partners", "get"): lambda s, w: s.partners.get(w.partner),
    ("partners", "listing"): lambda s, w: s.partners.listing(),
    ("partners", "me"): lambda s, w: s.partners.me().uid,
    ("partners", "add_demo"): lambda s, w: s.partners.add_demo(),
    ("partners", "export_sheet"): lambda s, w: s.partners.export_sheet(w.folder / "p.xlsx"),
    ("partners", "import_sheet"): lambda s, w: s.partners.import_sheet(w.folder / "no.xlsx"),
    ("referrals", "suggest"): lambda s, w: s.referrals.suggest(w.theirs),
    ("referrals", "create"): lambda s, w: s.referrals.create(w.theirs, w.partner, "shelter"),
    ("referrals", "get"): lambda s, w: s.referrals.get(w.referral),
    ("referrals", "steps"): lambda s, w: s.referrals.steps(w.referral),
    ("referrals", "of_client"): lambda s, w: s.referrals.of_client(w.theirs),
    ("referrals", "listing"): lambda s, w: s.referrals.listing(),
    ("referrals", "figures"): lambda s, w: s.referrals.figures(dt.date(2000, 1, 1), YEAR),
    ("referrals", "update_status"): lambda s, w: s.referrals.update_status(w.referral,
                                                                           "acknowledged"),
    ("referrals", "packet_preview"): lambda s, w: s.referrals.packet_preview(w.referral),
    ("referrals", "form_request"): lambda s, w: s.referrals.form_request(w.referral, "en"),
    ("referrals", "export_packet"): lambda s, w: s.referrals.export_packet(w.referral),
    ("referrals", "import_packet"): lambda s, w: s.referrals.import_packet(b"not a packet"),
    ("status", "use_rules"): lambda s, w: s.status.use_rules(s.status.rulebook(), None),
    ("rule_packs", "list"): lambda s, w: s.rule_packs.list(),
    ("rule_packs", "active"): lambda s, w: s.rule_packs.active(),
    ("rule_packs", "check"): lambda s, w: s.rule_packs.check(SHIPPED, "kz.toml").refused,
    ("rule_packs", "diff"): lambda s, w: s.rule_packs.diff(SHIPPED, "kz.toml"),
    ("rule_packs", "impact"): lambda s, w: s.rule_packs.impact(SHIPPED, "kz.toml", TODAY),
    ("rule_packs", "last_activation"): lambda s, w: s.rule_packs.last_activation(),
    # Refused by the service for everybody allowed: the shipped pack is the active one.
    ("rule_packs", "install"): lambda s, w: s.rule_packs.install(SHIPPED, "kz.toml"),
    ("rule_packs", "activate"): lambda s, w: s.rule_packs.activate("kz-2026.1"),
    ("rule_packs", "rollback"): lambda s, w: s.rule_packs.rollback(),
    ("clients", "add_to_existing"): lambda s, w: s.clients.add_to_existing(
        w.theirs, C(names=(NameSpelling("Иванов", "Олег", Script.CYRILLIC),))),
    ("merge", "plan"): lambda s, w: s.merge.plan(w.theirs, w.mine),
    ("merge", "merge"): lambda s, w: s.merge.merge(w.theirs, w.mine),
    ("merge", "can_undo"): lambda s, w: s.merge.can_undo(w.theirs),
    ("merge", "undo"): lambda s, w: s.merge.undo(w.theirs),
    ("duplicates", "at_the_door"): lambda s, w: s.duplicates.at_the_door(
        [C(names=(NameSpelling("Ivanov", "Oleg", Script.LATIN),))]),
    ("duplicates", "same_documents"): lambda s, w: s.duplicates.same_documents(
        C(names=(NameSpelling("Petrov", "Oleg", Script.LATIN),),
          documents=(DocumentRecord(DocumentType.PASSPORT, "THEIRS-DOC-1"),))),
    ("duplicates", "pairs"): lambda s, w: s.duplicates.pairs(),
    ("duplicates", "dismiss"): lambda s, w: s.duplicates.dismiss(w.theirs, w.mine),
    ("parties", "parties"): lambda s, w: s.parties.parties(int(w.case.id or 0)),
    ("parties", "add_party"): lambda s, w: s.parties.add_party(
        int(w.case.id or 0), "TOO Stroy", "employer", "123456789012"),
    ("parties", "check"): lambda s, w: s.parties.check("Ivanov Oleg"),
}

# What a lawyer may still do with another lawyer's client about: lists of names (to find a file
# and ask for it), their own session, and lists limited to their own clients. All else is refused.
LAWYER_MAY = {
    ("clients", "add"), ("clients", "add_many"), ("clients", "list_rows"), ("clients", "count"),
    ("clients", "lawyers"), ("clients", "lawyer_accounts"), ("status", "rulebook"),
    ("status", "verdict"), ("status", "assessment_of"),
    ("status", "snapshot_of"), ("status", "refresh"), ("status", "refresh_stale"),
    ("search", "search"), ("search", "find_duplicates"), ("search", "names_changed"),
    ("deadlines", "between"), ("accounts", "has_accounts"),
    ("accounts", "create_first_administrator"), ("accounts", "authenticate"), ("audit", "record"),
    ("audit", "record_many"),
    ("backups", "due"), ("backups", "take_if_due"), ("backups", "quick_check"),
    ("backups", "last_good"), ("today", "lawyers"), ("today", "counts"),
    ("today", "section_rows"), ("calendar", "month_counts"), ("calendar", "agenda"),
    ("calendar", "to_ics"), ("today", "news_since"), ("case_templates", "case_templates"),
    ("letters", "organisation"),
    ("letters", "letters"), ("exports", "export_deadlines"), ("exports", "write_ics"),
    ("status", "window_usage"), ("letters", "all_templates"),
    ("letters", "consent_needed"), ("letters", "write_copy"),
    ("partners", "get"), ("partners", "listing"), ("partners", "me"),
    ("partners", "export_sheet"), ("referrals", "listing"),
    ("rule_packs", "list"), ("rule_packs", "active"), ("rule_packs", "check"),
    ("rule_packs", "diff"), ("rule_packs", "last_activation"),
    ("duplicates", "at_the_door"), ("duplicates", "same_documents"), ("parties", "check"),
}
# Lists of names, where the other client's name and number are what the lawyer is looking for.
# (A conflict check must say which clients the other party may be, whoever the lawyer is.)
NAME_LISTS = {("clients", "list_rows"), ("search", "search"), ("search", "find_duplicates"),
              ("duplicates", "at_the_door"), ("duplicates", "same_documents"),
              ("parties", "check")}
# The service refuses these itself, for everybody (an administrator exists; wrong password).
REFUSED_TO_ALL = {("accounts", "create_first_administrator"), ("accounts", "authenticate"),
                  ("consent", "require_consent_or_override")}
ROLES = (Role.INTAKE, Role.LAWYER, Role.SUPERVISOR, Role.ADMINISTRATOR)


def _file(count: int, path: Path) -> tuple[int, str]:
    return count, path.read_text(encoding="utf-8-sig")


def _text(result: Any) -> str:
    if isinstance(result, bytes):
        return result.decode("latin-1")
    return repr(result)


def _ids_in(result: Any) -> set[int]:
    """Every ``client_id`` found in a result's rows."""
    found: set[int] = set()
    stack = [result]
    while stack:
        item = stack.pop()
        if isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            value = getattr(item, "client_id", None)
            if isinstance(value, int):
                found.add(value)
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
    return found


def _name(role: Role) -> str:
    return "lawyer1" if role is Role.LAWYER else f"{role.value}1"


def test_every_method_of_the_policy_is_called() -> None:
    assert set(CALLS) == set(POLICY)


def test_every_public_method_declares_its_own_row_of_the_policy(services: Services) -> None:
    """A method without ``@guarded``, or declaring another method's row, or a row no method
    declares: each would be refused to every user, or checked by the wrong rule."""
    methods = public_methods(services)
    misdeclared = sorted(".".join(key) for key, declaration in methods.items()
                         if declaration is None or declaration.key != key)
    assert misdeclared == []
    assert set(methods) == set(POLICY)


def test_every_declared_argument_is_one_the_method_takes(services: Services) -> None:
    """A client, item or lawyer argument the method does not take would skip its check."""
    wrong = []
    for (field, name), declaration in public_methods(services).items():
        assert declaration is not None
        taken = inspect.signature(getattr(getattr(services, field), name)).parameters
        kind, item = declaration.item or ("", None)
        named = (declaration.client, item, kind[1:] if kind.startswith("=") else None,
                 POLICY[(field, name)].scope)
        wrong += [f"{field}.{name}: {argument}" for argument in named
                  if argument is not None and argument.partition(".")[0] not in taken]
    assert wrong == []


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
@pytest.mark.parametrize("method", sorted(POLICY), ids=lambda key: ".".join(key))
def test_every_method_as_every_role_on_a_client_not_theirs(
    services: Services, world: World, role: Role, method: tuple[str, str]
) -> None:
    _check(services, world, role, method)


def _check(services: Services, world: World, role: Role, method: tuple[str, str]) -> None:
    guarded = guard(services, Actor(_name(role), role))
    try:
        result, refused = CALLS[method](guarded, world), False
    except AccessDenied:
        result, refused = None, True
    except LegalAidError:  # ran, and found nothing to give (a missing file, a wrong password)
        result, refused = None, False
    text = _text(result)
    if role is Role.LAWYER:
        assert refused is (method not in LAWYER_MAY) or method in REFUSED_TO_ALL
        assert not any(secret in text for secret in CASEWORK + IDENTITY)
        if method not in NAME_LISTS:
            assert world.theirs not in _ids_in(result) and "Ivanov" not in text
    elif role is Role.INTAKE:
        assert not any(secret in text for secret in CASEWORK)
    else:
        assert not refused or method in REFUSED_TO_ALL


@pytest.mark.parametrize("method", ["counts", "month_counts", "news_since"])
def test_a_lawyers_figures_count_their_own_clients_only(
    services: Services, world: World, method: str
) -> None:
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    key = ("calendar" if method == "month_counts" else "today", method)
    own = CALLS[key](lawyer, world)
    everyone = CALLS[key](services, world)
    assert own != everyone  # the other client's items are counted for everyone …
    calls: dict[str, Callable[[], object]] = {
        "counts": lambda: services.today.counts(TODAY, "lawyer1"),
        "month_counts": lambda: services.calendar.month_counts(TODAY, YEAR, "lawyer1"),
        "news_since": lambda: services.today.news_since(
            TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=30), "lawyer1"),
    }
    assert own == calls[method]()  # … and the lawyer's figures are those of their own clients


def test_a_lawyers_today_page_offers_their_own_clients_only(
    services: Services, world: World
) -> None:
    assert services.today.lawyers() == ["lawyer1", "lawyer2"]
    assert guard(services, Actor("lawyer1", Role.LAWYER)).today.lawyers() == ["lawyer1"]


def test_a_lawyer_naming_another_lawyer_gets_their_own_clients(
    services: Services, world: World
) -> None:
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    assert lawyer.calendar.agenda(TODAY, YEAR, TODAY, lawyer="lawyer2") == []
    assert lawyer.deadlines.between(TODAY, YEAR, TODAY, lawyer="lawyer2") == []
    assert lawyer.today.counts(TODAY, "lawyer2") == services.today.counts(TODAY, "lawyer1")
    assert services.calendar.agenda(TODAY, YEAR, TODAY, lawyer="lawyer2") != []


AUDITED = sorted(key for key, rule in POLICY.items() if rule.audit is not None)


@pytest.mark.parametrize("method", AUDITED, ids=lambda key: ".".join(key))
def test_every_audited_method_names_the_right_records(
    services: Services, world: World, method: tuple[str, str]
) -> None:
    rule = POLICY[method]
    declaration = public_methods(services)[method]
    assert declaration is not None
    try:
        result = CALLS[method](guard(services, Actor("administrator1", Role.ADMINISTRATOR)),
                               world)
    except LegalAidError:
        return  # refused or nothing done (a missing file): nothing to record as done
    what = ".".join(method)
    entry = next(e for e in services.audit.entries(AuditFilter(action=rule.audit))
                 if e.detail.startswith(what))
    if declaration.client is not None or declaration.item is not None:
        assert entry.client_id == world.theirs  # the client acted on, never another number
    if rule.audit in ("export", "import") and not declaration.item:
        assert (entry.table_name, entry.record_id) == (None, None)  # a count is no record id
    elif rule.creates is not None:
        created = result[0] if isinstance(result, list) else result
        assert (entry.table_name, entry.record_id) == (rule.creates, created)
    elif declaration.item is not None:  # the item (``delete_item``, ``restore_item``: a note)
        items = {"document": world.document.id, "trip": world.trip.id, "event": world.event.id,
                 "note": world.note.id, "case": world.case.id, "task": world.task.id,
                 "letter": world.letter, "referral": world.referral,
                 "attachment": world.case_attachment if method[1].startswith("case_")
                 or method[1] == "save_case_copy" else world.attachment}
        kind = "note" if declaration.item[0].startswith("=") else declaration.item[0]
        assert (entry.table_name, entry.record_id) == (kind, items[kind])
    elif declaration.client is not None:
        assert (entry.table_name, entry.record_id) == ("client", world.theirs)
