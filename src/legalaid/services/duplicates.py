"""One person, one file: duplicates stopped at the door and found across the caseload.

At the door (intake, ``clients add``, import) a record whose document has the number of a
document on file, of the same type and issued by the same country (the holder's citizenship), is
the same person: it is refused, naming the field (``documents[0].number: already on file for
client 501``), unless the user registers a new person with a reason (audited). Likely name
matches (``SearchService.find_duplicates``) are only reported: the user chooses.

Across the caseload, ``pairs()`` ranks likely duplicate pairs with their reasons and a score
(``exchange.duplicates.find_pairs``: blocking keys, never every pair), leaving out the pairs a
person marked "not the same person" (``dismiss``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from legalaid.db import search as search_db
from legalaid.db.repositories import duplicates as duplicates_db
from legalaid.domain.read_models import SearchHit
from legalaid.domain.records import ClientRecord
from legalaid.errors import NotFoundError, ValidationError
from legalaid.exchange.duplicates import Pair, Person, document_key, find_pairs
from legalaid.services.declarations import guarded
from legalaid.services.search import SearchService
from legalaid.services.unit_of_work import reading, writing


@dataclass(frozen=True)
class SameDocument:
    """A document of a record already on file for another client."""

    record: int  # the record's index in the input
    document: int  # the document's index in the record
    client_id: int


@dataclass(frozen=True)
class LikelyDuplicate:
    """A stored client a record may be (by name and birth date, or document)."""

    record: int
    hit: SearchHit

    def to_json(self) -> dict[str, object]:
        return {"record": self.record, "client_id": self.hit.client_id,
                "score": self.hit.score, "reasons": list(self.hit.reasons),
                "names": list(self.hit.names)}


@dataclass(frozen=True)
class DuplicatePair:
    """Two clients who may be one person, with what they share."""

    first: int
    second: int
    score: float
    reasons: tuple[str, ...]
    first_names: tuple[str, ...]
    second_names: tuple[str, ...]
    first_born: dt.date | None
    second_born: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {"clients": [self.first, self.second], "score": self.score,
                "reasons": list(self.reasons),
                "names": [list(self.first_names[:2]), list(self.second_names[:2])],
                "dates_of_birth": [_iso(self.first_born), _iso(self.second_born)]}


@dataclass(frozen=True)
class DuplicateList:
    pairs: tuple[DuplicatePair, ...]
    clients: int  # how many live clients were compared
    seconds: float

    def to_json(self) -> dict[str, object]:
        return {"clients": self.clients, "pair_count": len(self.pairs),
                "pairs": [pair.to_json() for pair in self.pairs]}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def same_documents(connection: Connection, records: Sequence[ClientRecord]
                   ) -> list[SameDocument]:
    """Documents of ``records`` whose type and number, and the holder's country, match a
    document of a live client on file."""
    wanted = [document.number for record in records for document in record.documents
              if document.number]
    if not wanted:
        return []
    holders: dict[str, list[tuple[int, str | None]]] = {}
    for row in duplicates_db.document_holders(connection, wanted):
        key = document_key(row.type, row.number)
        if key is not None:
            holders.setdefault(key, []).append((row.client_id, row.citizenship))
    found = []
    for index, record in enumerate(records):
        for position, document in enumerate(record.documents):
            key = document_key(document.type.value, document.number)
            for client_id, country in holders.get(key or "", ()):
                if country == record.citizenship or None in (country, record.citizenship):
                    found.append(SameDocument(index, position, client_id))
                    break
    return found


def refuse_same_documents(connection: Connection, records: Sequence[ClientRecord],
                          prefixed: bool) -> None:
    """``ValidationError`` naming the first document already on file for another client. The
    numbers are held until the registration's transaction ends, so that two desks registering
    the same person at once are served one after the other."""
    duplicates_db.hold_document_numbers(connection, [
        key for record in records for document in record.documents
        if (key := document_key(document.type.value, document.number)) is not None])
    found = same_documents(connection, records)
    if found:
        first = found[0]
        where = f"[{first.record}]." if prefixed else ""
        raise ValidationError(f"{where}documents[{first.document}].number",
                              f"already on file for client {first.client_id}")


def people(connection: Connection) -> list[Person]:
    """Every live client as the finder compares them."""
    clients, spellings, papers = duplicates_db.caseload(connection)
    names: dict[int, list[tuple[str, str]]] = {row[0]: [] for row in clients}
    for client_id, search_key, script in spellings:
        if search_key and (found := names.get(client_id)) is not None:
            found.append((search_key, script))
    documents: dict[int, list[str]] = {}
    for client_id, kind, number in papers:
        if client_id in names and (key := document_key(kind, number)) is not None:
            documents.setdefault(client_id, []).append(key)
    return [Person(client_id, _as_date(born), phone, tuple(names[client_id]),
                   tuple(documents.get(client_id, ())))
            for client_id, born, phone in clients]


def _as_date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class DuplicateService:
    """Duplicates at the door and across the caseload."""

    def __init__(self, engine: Engine, search: SearchService, user: str | None = None,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._engine = engine
        self._search = search
        self.user = user
        self._clock = clock

    @guarded("duplicates.at_the_door")
    def at_the_door(self, records: Sequence[ClientRecord]) -> list[LikelyDuplicate]:
        """Stored clients each record may be (same document, or name and birth date)."""
        found: list[LikelyDuplicate] = []
        for index, record in enumerate(records):
            names = [name.full for name in record.names]
            numbers = [document.number for document in record.documents if document.number]
            for hit in self._search.find_duplicates(names, record.date_of_birth, numbers,
                                                    limit=5):
                found.append(LikelyDuplicate(index, hit))
        return found

    @guarded("duplicates.same_documents")
    def same_documents(self, record: ClientRecord) -> list[int]:
        """The clients holding a document of ``record`` (same type, number and country)."""
        with reading(self._engine) as connection:
            return sorted({found.client_id for found in same_documents(connection, [record])})

    @guarded("duplicates.pairs")
    def pairs(self, limit: int = 10_000) -> DuplicateList:
        """Likely duplicate pairs across the caseload, best first, dismissed pairs left out."""
        started = time.perf_counter()
        with reading(self._engine) as connection:
            everyone = people(connection)
            dismissed = duplicates_db.dismissed_pairs(connection)
        found: list[Pair] = find_pairs(everyone, dismissed)[:max(0, limit)]
        by_ref = {person.ref: person for person in everyone}
        with reading(self._engine) as connection:
            summaries = search_db.client_summaries(
                connection, sorted({ref for pair in found for ref in (pair.first, pair.second)}))
        listed = []
        for pair in found:
            first, second = summaries.get(pair.first), summaries.get(pair.second)
            listed.append(DuplicatePair(
                pair.first, pair.second, pair.score, pair.reasons,
                first.names if first else (), second.names if second else (),
                by_ref[pair.first].born, by_ref[pair.second].born))
        return DuplicateList(tuple(listed), len(everyone), time.perf_counter() - started)

    @guarded("duplicates.dismiss")
    def dismiss(self, first: int, second: int) -> None:
        """Mark two clients "not the same person": the list leaves the pair out from now on."""
        if first == second:
            raise ValidationError("second", "is the same client as first")
        with writing(self._engine) as connection:
            for client_id in (first, second):
                if not search_db.client_summaries(connection, [client_id]):
                    raise NotFoundError(f"client {client_id} does not exist")
            duplicates_db.dismiss(connection, first, second,
                                  self._clock().replace(microsecond=0), self.user)
