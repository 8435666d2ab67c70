"""The parties of a case and the conflict-of-interest check.

A case against an employer, a landlord or an agency records that party (name, kind, an
identifier such as a BIN). Before the case is opened, ``check`` looks the party up among the
clients (by name in any script, by IIN) and among the parties of other cases (by identifier, or
a name alike once script, case, transliteration and legal-form words are folded away), so the
lawyer sees whether the office already acts for, or against, the same people.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import Engine

from legalaid.db import search as search_db
from legalaid.db.repositories import duplicates as duplicates_db
from legalaid.domain.names import search_key
from legalaid.errors import NotFoundError, ValidationError
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

PARTY_KINDS = ("employer", "landlord", "agency", "person", "other")
CLIENT_NAME_SCORE = 0.85  # the name search's score: every word matches or starts a word
PARTY_NAME_SIMILARITY = 90  # token_set_ratio between two parties' folded names
# Words of legal forms and quotes that say nothing about who the party is.
LEGAL_FORMS = frozenset({"too", "tov", "llp", "llc", "ooo", "ao", "jsc", "ip", "zao", "oao",
                         "kh", "ltd", "inc", "chp", "tdo"})


def party_key(name: str) -> str:
    """A party's name folded like a client's, legal forms (TOO, ТОО, LLP, ИП …) left out."""
    return " ".join(word for word in search_key(name).split() if word not in LEGAL_FORMS)


@dataclass(frozen=True)
class Party:
    id: int
    case_id: int
    client_id: int
    name: str
    kind: str
    identifier: str | None


@dataclass(frozen=True)
class ConflictMatch:
    """Someone on file the other party may be: a client (``case_id`` None) or a party."""

    client_id: int
    case_id: int | None
    name: str
    kind: str  # "client", or the kind of party
    reasons: tuple[str, ...]  # "name", "identifier"
    score: float

    def to_json(self) -> dict[str, object]:
        return {"client_id": self.client_id, "case_id": self.case_id, "name": self.name,
                "kind": self.kind, "reasons": list(self.reasons), "score": self.score}


def _identifier(value: str | None) -> str | None:
    cleaned = "".join(ch for ch in (value or "") if ch.isalnum()).upper()
    return cleaned or None


class PartyService:
    """Parties of cases; each public method is one unit of work."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._names = search_db.NameSearchRepository()

    @guarded("parties.parties", item=("case", "case_id"))
    def parties(self, case_id: int) -> list[Party]:
        with reading(self._engine) as connection:
            return [Party(row.id, row.case_id, row.client_id, row.name, row.kind, row.identifier)
                    for row in duplicates_db.parties_of_case(connection, case_id)]

    @guarded("parties.add_party", item=("case", "case_id"))
    def add_party(self, case_id: int, name: str, kind: str,
                  identifier: str | None = None) -> int:
        """Record the other side of a case; returns the party's id."""
        name = name.strip()
        if not name:
            raise ValidationError("name", "is required")
        if kind not in PARTY_KINDS:
            raise ValidationError("kind", f'"{kind}" is not one of {", ".join(PARTY_KINDS)}')
        if identifier is not None and len(identifier.strip()) > 40:
            raise ValidationError("identifier", "is longer than 40 characters")
        with writing(self._engine) as connection:
            owner = duplicates_db.case_owner(connection, case_id)
            if owner is None:
                raise NotFoundError(f"case {case_id} does not exist")
            return duplicates_db.add_party(connection, case_id, owner, {
                "name": name[:300], "kind": kind,
                "identifier": _identifier(identifier), "search_key": party_key(name)})

    @guarded("parties.check")
    def check(self, name: str, identifier: str | None = None,
              exclude_case: int | None = None) -> list[ConflictMatch]:
        """Clients and parties of other cases the named party may be, best first."""
        key, wanted = party_key(name), _identifier(identifier)
        if not key and wanted is None:
            raise ValidationError("name", "is required")
        found: dict[tuple[int, int | None], ConflictMatch] = {}

        def note(match: ConflictMatch) -> None:
            where = (match.client_id, match.case_id)
            known = found.get(where)
            if known is None or known.score < match.score:
                reasons = tuple(sorted(set(match.reasons) | set(known.reasons if known else ())))
                found[where] = ConflictMatch(match.client_id, match.case_id, match.name,
                                             match.kind, reasons, match.score)

        with reading(self._engine) as connection:
            ranked = self._names.matching_client_ids(connection, key, 20) if key else []
            hits = [(client_id, score) for client_id, score in ranked
                    if score >= CLIENT_NAME_SCORE]
            by_iin = duplicates_db.clients_with_iin(connection, [wanted] if wanted else [])
            summaries = search_db.client_summaries(
                connection, sorted({cid for cid, _ in hits} | set(by_iin)))
            for client_id, score in hits:
                if (summary := summaries.get(client_id)) is not None:
                    note(ConflictMatch(client_id, None, summary.names[0], "client", ("name",),
                                       round(score, 2)))
            for client_id in by_iin:
                if (summary := summaries.get(client_id)) is not None:
                    note(ConflictMatch(client_id, None, summary.names[0], "client",
                                       ("identifier",), 1.0))
            for row in duplicates_db.all_parties(connection, exclude_case):
                reasons, score = [], 0.0
                if wanted is not None and row.identifier == wanted:
                    reasons.append("identifier")
                    score = 1.0
                if key and row.search_key:
                    likeness = fuzz.token_set_ratio(key, row.search_key)
                    if likeness >= PARTY_NAME_SIMILARITY:
                        reasons.append("name")
                        score = max(score, likeness / 100)
                if reasons:
                    note(ConflictMatch(row.client_id, row.case_id, row.name, row.kind,
                                       tuple(reasons), round(score, 2)))
        return sorted(found.values(), key=lambda m: (-m.score, m.client_id, m.case_id or 0))
