"""Clients: adding (one, a batch, or a fast bulk import), reading a file, editing the profile,
deleting and restoring, and the client list.

Input is validated before anything is written, and a batch is one transaction: one bad record and
nothing is written. Editing the items of a file lives in ``client_items.py`` (the base class).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from legalaid.db.repositories import client_list, items
from legalaid.db.repositories import clients as clients_db
from legalaid.db.repositories import consent as consent_db
from legalaid.db.repositories import merge as merge_db
from legalaid.db.search import NameSearchRepository
from legalaid.domain.read_models import (
    ClientPage,
    ClientQuery,
    ClientRow,
    FamilyLinkRow,
    HistoryEntry,
)
from legalaid.domain.records import ClientRecord
from legalaid.domain.validation import check_client, check_profile
from legalaid.errors import AccessDenied, ValidationError
from legalaid.rules.model import Assessment
from legalaid.services.casework import PLAIN, CaseworkAccess, CaseworkCipher, writer
from legalaid.services.client_items import ClientItemsMixin
from legalaid.services.clock import database_clock
from legalaid.services.consent import Purpose, as_purpose
from legalaid.services.declarations import guarded
from legalaid.services.duplicates import refuse_same_documents
from legalaid.services.roles import Action, Role, may
from legalaid.services.status import StatusService
from legalaid.services.unit_of_work import reading, together, unit_of_work

ADD_BATCH = 500
MAX_PAGE = 10_000


def _validate_batch(
    records: Sequence[ClientRecord], today: dt.date, start: int = 0, prefixed: bool = True
) -> None:
    """Check every record; paths start with the record's index ``[i]`` in the whole input."""
    for index, record in enumerate(records, start=start):
        try:
            check_client(record, today)
        except ValidationError as error:
            if not prefixed:
                raise
            raise ValidationError(f"[{index}].{error.field}", error.problem) from None


def _refuse_casework(records: Sequence[ClientRecord], role: Role | None, start: int = 0,
                     prefixed: bool = True) -> None:
    """Cases and notes come in only from a role that may write them (intake staff may not)."""
    if role is None:
        return
    for index, record in enumerate(records, start=start):
        for field, action in (("cases", Action.EDIT_CASES), ("notes", Action.NOTES)):
            if getattr(record, field) and not may(role, action):
                path = f"[{index}].{field}" if prefixed else field
                raise AccessDenied(f"{path}: the {role.value} role may not write {field} "
                                   "(casework is for lawyers and supervisors)")


def casework_cipher(records: Sequence[ClientRecord],
                    casework: CaseworkAccess) -> CaseworkCipher | None:
    """The cipher to seal the records' notes and cases with; a session that holds no key to
    the database's casework may still add records that carry none."""
    if casework.locked and not any(record.notes or record.cases for record in records):
        return None
    return writer(casework)


def stamp_notes(records: Iterable[ClientRecord], user: str | None, now: dt.datetime) \
        -> Iterator[ClientRecord]:
    """The records with every note by ``user``, written ``now``: never what the input says (a
    note's author and date are evidence)."""
    for record in records:
        if record.notes:
            notes = tuple(dataclasses.replace(note, author=user, created=now)
                          for note in record.notes)
            record = dataclasses.replace(record, notes=notes)
        yield record


def _batches(records: Iterable[ClientRecord], size: int) -> Iterable[list[ClientRecord]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclasses.dataclass(frozen=True)
class ClientFile:
    """A client's whole file as one moment saw it (``ClientService.file``): the record, its
    version to save against, the verdict on the day, the family links and the history."""

    record: ClientRecord
    version: int
    assessment: Assessment
    family_links: tuple[FamilyLinkRow, ...]
    history: tuple[HistoryEntry, ...]
    # The session holds no key to this database's casework: notes, outcomes and letters are
    # encrypted for lawyers, supervisors and administrators.
    casework_locked: bool = False


class ClientService(ClientItemsMixin):
    """Use cases over clients; each public method is one unit of work."""

    def __init__(
        self,
        engine: Engine,
        sessions: sessionmaker[Session],
        status: StatusService,
        user: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], dt.datetime] | None = None,
        casework: CaseworkAccess = PLAIN,
    ) -> None:
        self._engine = engine
        self._casework = casework
        self._sessions = sessions
        self._status = status
        self._names = NameSearchRepository()
        self.user = user
        # The signed-in user's role (set by ``access.guard`` with ``user``); None for services
        # built without one, as tests and the bulk tools build them.
        self.role: Role | None = None
        self._today = today
        # When notes and changes are stamped as written: by default the database's time (the
        # server's on PostgreSQL, so that desktops with drifting clocks cannot reorder history).
        self._clock = clock or database_clock(engine)

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    @guarded("clients.add")
    def add(self, record: ClientRecord, consents: Sequence[Purpose | str] = (),
            allow_duplicate: str | None = None) -> int:
        """Add one client with everything in its record and the consents they give today, all
        or nothing; returns the new id. The desktop asks before it calls this when the person
        may be on file (``SearchService.find_duplicates``: same document, name and birth date)
        and passes the reason a new person is registered all the same as ``allow_duplicate``
        (audited); the command line's ``add_many`` refuses a document on file by itself."""
        purposes = [as_purpose(purpose) for purpose in consents]
        return self._insert([record], purposes, allow_duplicate, refuse_documents=False)[0]

    @guarded("clients.add_many")
    def add_many(self, records: Sequence[ClientRecord],
                 allow_duplicate: str | None = None) -> list[int]:
        """Add clients all-or-nothing (field paths ``[i].…`` name the bad record); a document
        already on file for another client (same type, number and country) is refused unless
        ``allow_duplicate`` gives the reason this is another person (audited)."""
        return self._insert(records, (), allow_duplicate)

    @guarded("clients.add_to_existing", client="client_id")
    def add_to_existing(self, client_id: int, record: ClientRecord) -> int:
        """Add the spellings, documents, trips and events of ``record`` that the client's file
        does not hold yet (the person came back under another spelling); returns how many."""
        _validate_batch([record], self._today(), prefixed=False)
        now = self._now()
        with unit_of_work(self._sessions) as session:
            added = merge_db.add_to_file(session.connection(), client_id, record)
            if added:
                items.log_change(session, "client", client_id, client_id, "update",
                                 sorted(added), now, self.user)
                session.flush()
                clients_db.touch_client(session.connection(), client_id, now)
                self._status.refresh_in(session.connection(), [client_id], self._today())
        self._names.vocabulary.invalidate()
        return sum(added.values())

    def _insert(self, records: Sequence[ClientRecord], consents: Sequence[Purpose],
                allow_duplicate: str | None = None, refuse_documents: bool = True) -> list[int]:
        """Check and insert the records, with the consents of the first, in one transaction."""
        today, now = self._today(), self._now()
        _validate_batch(records, today, prefixed=len(records) > 1)
        _refuse_casework(records, self.role, prefixed=len(records) > 1)
        if allow_duplicate is not None and not allow_duplicate.strip():
            raise ValidationError("allow_duplicate", "give the reason this is another person")
        cipher = casework_cipher(records, self._casework)
        ids: list[int] = []
        with unit_of_work(self._sessions) as session:
            connection = session.connection()
            if allow_duplicate is None and refuse_documents:
                refuse_same_documents(connection, records, prefixed=len(records) > 1)
            for batch in _batches(stamp_notes(records, self.user, now), ADD_BATCH):
                ids += clients_db.insert_clients(connection, batch, now, self.user, cipher)
            for purpose in consents:
                consent_db.insert_consent(connection, ids[0], purpose.value, today, self.user)
            self._status.refresh_in(connection, ids, today)
        return ids

    @guarded("clients.add_demo")
    def add_demo(self, count: int, seed: int, language: str = "en") -> int:
        """Synthetic demo clients (``legalaid.demo``, deterministic for the seed and today,
        their cases, tasks and notes in ``language``) through the bulk path, then their status
        snapshots; returns how many."""
        from legalaid.demo import generate_clients

        today = self._today()
        added = self.bulk_insert(generate_clients(count, seed, today, language))
        self._status.refresh(None, today)
        return added

    @guarded("clients.bulk_insert")
    def bulk_insert(self, records: Iterable[ClientRecord], batch_size: int = 2000) -> int:
        """The fast path for demo data and imports: validated, batched, one transaction.

        Status snapshots are not computed here; call ``StatusService.refresh()`` afterwards.
        """
        today, now, count = self._today(), self._now(), 0
        with unit_of_work(self._sessions) as session:
            connection = session.connection()
            for batch in _batches(stamp_notes(records, self.user, now), batch_size):
                _validate_batch(batch, today, start=count)
                _refuse_casework(batch, self.role, start=count)
                clients_db.insert_clients(connection, batch, now, self.user,
                                          casework_cipher(batch, self._casework))
                count += len(batch)
        return count

    @guarded("clients.get", client="client_id")
    def get(self, client_id: int) -> ClientRecord:
        """The client's file (deleted items left out); ``NotFoundError`` if there is none.
        Without the casework key, encrypted notes and outcomes read as ``casework.LOCKED``."""
        with reading(self._engine) as connection:
            return clients_db.load_client(connection, client_id, self._casework.cipher)

    @guarded("clients.file", client="client_id")
    def file(self, client_id: int, as_of: dt.date | None = None) -> ClientFile:
        """The whole file read in one transaction, so its parts agree with each other (the
        verdict on ``as_of``, default today, is computed now)."""
        with together(self._engine):
            record = self.get(client_id)
            return ClientFile(record, self.version(client_id),
                              self._status.verdict(record, as_of or self._today()),
                              tuple(self.family_links(client_id)),
                              tuple(self.history(client_id)), self._casework.locked)

    @guarded("clients.version", client="client_id")
    def version(self, client_id: int) -> int:
        """The profile's version, to pass back as ``expected_version`` when saving."""
        with unit_of_work(self._sessions) as session:
            return items.client_version(session, client_id)

    @guarded("clients.update_profile", client="client_id")
    def update_profile(
        self, client_id: int, record: ClientRecord, expected_version: int | None = None
    ) -> ClientRecord:
        """Save the profile fields and name spellings of ``record`` (its lists are ignored)."""
        check_profile(record, self._today())
        now = self._now()
        with unit_of_work(self._sessions) as session:
            profile = clients_db.link_lawyers(session.connection(),
                                              [clients_db.profile_values(record)])[0]
            changed = [field for field in items.update_profile(
                session, client_id, profile, expected_version, now) if field != "lawyer_id"]
            if clients_db.load_client(session.connection(), client_id).names != record.names:
                clients_db.replace_names(session.connection(), client_id, record.names)
                changed.append("names")
            if changed:
                items.log_change(session, "client", client_id, client_id, "update", changed,
                                 now, self.user)  # fmt: skip
            session.flush()
            if {"citizenship", "category"} & set(changed):
                self._status.refresh_in(session.connection(), [client_id], self._today())
        self._names.vocabulary.invalidate()
        return self.get(client_id)

    @guarded("clients.delete", client="client_id")
    def delete(self, client_id: int) -> None:
        """Move the client to the bin (hidden from lists and search until restored)."""
        self._set_client_deleted(client_id, self._now())

    @guarded("clients.restore", client="client_id")
    def restore(self, client_id: int) -> None:
        """Bring a client back from the bin (not one merged into another file: its items are
        there now)."""
        with reading(self._engine) as connection:
            into = merge_db.merged_into(connection, client_id)
        if into is not None:
            raise ValidationError("client_id", f"client {client_id} was merged into client "
                                  f"{into}: its file is there")
        self._set_client_deleted(client_id, None)

    def _set_client_deleted(self, client_id: int, when: dt.datetime | None) -> None:
        now = self._now()
        with unit_of_work(self._sessions) as session:
            client = items.get_client(session, client_id, deleted=when is None)
            client.deleted_at = when
            client.updated_at = now
            action = "delete" if when else "restore"
            items.log_change(session, "client", client_id, client_id, action, [], now, self.user)

    @guarded("clients.list_rows")
    def list_rows(self, query: ClientQuery, offset: int = 0, limit: int = 200,
                  after: ClientRow | None = None) -> ClientPage:
        """One page of the client list: from ``offset``, or (``after`` given, offset ignored)
        the page after that row of an earlier page, as fast deep in the list as at its top.
        The first page of a text search carries the number of matches (``ClientPage.total``)."""
        limit = max(0, min(limit, MAX_PAGE))
        if after is not None and not after.sort_key:
            raise ValueError("after: a row from a page read without an offset")
        with reading(self._engine) as connection:
            if after is not None or offset <= 0:  # rows that know their place in the order
                rows, total = client_list.list_rows_after(
                    connection, self._names, query, after.sort_key if after else (), limit,
                    self._today()
                )
                page = ClientPage(rows)
                page.total = total
                return page
            return ClientPage(client_list.list_rows(
                connection, self._names, query, max(0, offset), limit, self._today()
            ))

    @guarded("clients.count")
    def count(self, query: ClientQuery) -> int:
        with reading(self._engine) as connection:
            return client_list.count_rows(connection, self._names, query, self._today())

    @guarded("clients.lawyer_accounts")
    def lawyer_accounts(self) -> list[str]:
        """The names of the user accounts with the lawyer role: a client's lawyer is chosen
        among them (the profile's list)."""
        with reading(self._engine) as connection:
            return [name for _id, name in clients_db.lawyer_accounts(connection)]

    @guarded("clients.lawyers")
    def lawyers(self) -> list[str]:
        """Distinct assigned lawyers (for the list's filter)."""
        with reading(self._engine) as connection:
            return client_list.lawyers(connection)
