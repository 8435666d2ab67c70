"""Name search over the normalised search keys: FTS5 on SQLite, ``pg_trgm`` on PostgreSQL.

A query is folded with the same :func:`~legalaid.domain.names.name_tokens` as the stored keys, so
script, case and transliteration no longer matter here. What remains is matching words by prefix
and tolerating one typo. Typos are handled against the *vocabulary* of distinct indexed words
(a few thousand even for 100,000 clients): words within one edit of a query word are found with
rapidfuzz and added to the query as alternatives, so the index still does the work. On SQLite the
alternatives form an FTS5 ``MATCH``; on PostgreSQL one regular expression per query word that the
trigram index on ``client_name.search_key`` (migration 0013) answers. Both engines therefore find
the same candidate spellings, and the same scoring ranks them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import Connection, text

from legalaid.domain.names import name_tokens, prefix_alternatives

FUZZY_MIN_LENGTH = 4  # shorter words would match half the vocabulary with one edit
MAX_ALTERNATIVES = 40
VOCABULARY_TTL_S = 60.0
# On a server, names added by other desktops are read as they come (by id); an edited spelling
# reaches the typo tolerance of the other desktops when the whole vocabulary is read again.
SERVER_VOCABULARY_TTL_S = 900.0
# The words of every stored key (after a name id), as FTS5 indexes them.
_SERVER_WORDS = text(
    "SELECT DISTINCT word FROM client_name, unnest(string_to_array(search_key, ' ')) AS word "
    "WHERE id > :after AND word <> '' ORDER BY word"
)

EXACT, PREFIX, FUZZY = 1.0, 0.85, 0.7


@dataclass
class NameVocabulary:
    """The distinct indexed words, cached and refreshed when names were added or on a timer."""

    terms: list[str] = field(default_factory=list)
    _term_set: frozenset[str] = frozenset()
    _prefixes: dict[int, list[str]] = field(default_factory=dict)
    _max_name_id: int | None = None
    _loaded_at: float = 0.0

    def refresh(self, connection: Connection) -> None:
        max_id = connection.execute(text("SELECT max(id) FROM client_name")).scalar()
        on_sqlite = connection.dialect.name == "sqlite"
        fresh = time.monotonic() - self._loaded_at < (
            VOCABULARY_TTL_S if on_sqlite else SERVER_VOCABULARY_TTL_S)
        if fresh and max_id == self._max_name_id:
            return
        if on_sqlite:
            connection.execute(text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.client_name_vocab "
                "USING fts5vocab(main, 'client_name_fts', 'row')"
            ))
            self._load(connection.execute(text("SELECT term FROM temp.client_name_vocab")))
        elif fresh and self._max_name_id is not None and max_id is not None:
            # Only the words of the names added since: reading every word took a quarter of a
            # second at 100,000 clients, a pause in the middle of typing.
            added = connection.execute(_SERVER_WORDS, {"after": self._max_name_id}).scalars()
            self._use(sorted({*self.terms, *added}))
        else:
            self._load(connection.execute(_SERVER_WORDS, {"after": 0}))
        self._max_name_id = max_id

    def _load(self, words: Any) -> None:
        self._use(list(words.scalars()))
        self._loaded_at = time.monotonic()

    def _use(self, terms: list[str]) -> None:
        self.terms = terms
        self._term_set = frozenset(terms)
        self._prefixes = {}

    def invalidate(self) -> None:
        self._loaded_at = 0.0

    def near(self, word: str) -> list[str]:
        """Indexed words within one edit of ``word``."""
        if len(word) < FUZZY_MIN_LENGTH:
            return []
        found = process.extract(word, self.terms, scorer=OSA.distance, score_cutoff=1,
                                limit=MAX_ALTERNATIVES)
        return [term for term, _distance, _index in found if term != word]

    def near_prefix(self, word: str) -> list[str]:
        """Indexed words whose beginning is within one edit of ``word`` (a typo while typing)."""
        if len(word) < FUZZY_MIN_LENGTH:
            return []
        prefixes = self._prefixes.get(len(word))
        if prefixes is None:
            prefixes = self._prefixes[len(word)] = [term[: len(word)] for term in self.terms]
        found = process.extract(word, prefixes, scorer=OSA.distance, score_cutoff=1,
                                limit=MAX_ALTERNATIVES)
        return sorted({prefix for prefix, distance, _index in found if distance == 1})


def _word_score(query_word: str, name_words: Sequence[str]) -> float:
    best = 0.0
    for word in name_words:
        if word == query_word:
            return EXACT
        if word.startswith(query_word):
            best = max(best, PREFIX + 0.1 * len(query_word) / len(word))
        elif len(query_word) >= FUZZY_MIN_LENGTH and (
            OSA.distance(query_word, word, score_cutoff=1) <= 1
            or OSA.distance(query_word, word[: len(query_word)], score_cutoff=1) <= 1
        ):
            best = max(best, FUZZY)
    return best


def score_key(query_words: Sequence[str], stored_key: str) -> float:
    """How well a stored search key answers the query words (0 to 1)."""
    name_words = stored_key.split()
    if not query_words:
        return 0.0
    return sum(_word_score(word, name_words) for word in query_words) / len(query_words)


# Per query word, what may stand for it in a key: (text, whole word) pairs (``_alternatives``).
_Alternatives = list[list[tuple[str, bool]]]
_Candidates = Callable[[Connection, _Alternatives, int], list[tuple[int, str]]]


def _quoted(word: str) -> str:
    return '"' + word + '"'


def _fts_expression(alternatives: _Alternatives) -> str:
    """``("abdulaev"* OR "abdulaiev") AND ("shuhrat"* OR ...)`` for FTS5 MATCH."""
    return " AND ".join(
        "(" + " OR ".join(_quoted(text) + ("" if whole else "*") for text, whole in word) + ")"
        for word in alternatives)


class NameSearchRepository:
    """Finds clients by name; the only place that knows how the name index is queried."""

    def __init__(self) -> None:
        self.vocabulary = NameVocabulary()

    def matching_client_ids(
        self, connection: Connection, query: str, limit: int
    ) -> list[tuple[int, float]]:
        """Client ids best matching ``query``, with scores from 0 to 1, best first."""
        words = name_tokens(query)
        if not words:
            return []
        # FTS5 returns matches in index order, so a cap only trims the tail of a very broad query
        # (a two-letter prefix); the user narrows it by typing on.
        candidate_cap = max(limit * 2, 40)
        candidates = (self._fts_candidates if connection.dialect.name == "sqlite"
                      else self._trigram_candidates)
        exact = [_alternatives(word, None) for word in words]
        if _specific(words):
            rows = self._typo_first(connection, candidates, words, exact, limit, candidate_cap)
        else:
            rows = candidates(connection, exact, candidate_cap)
            if len(rows) < limit:  # few exact or prefix matches: allow one typo per word
                typos = self._with_typos(connection, candidates, words, exact, candidate_cap)
                rows = rows if typos is None else typos
        return _ranked(words, rows, limit)

    def _with_typos(self, connection: Connection, candidates: _Candidates,
                    words: Sequence[str], exact: _Alternatives, cap: int
                    ) -> list[tuple[int, str]] | None:  # fmt: skip
        """The candidates with one typo allowed per word, or ``None`` where the vocabulary
        offers no other spelling (the same query would find the same rows)."""
        self.vocabulary.refresh(connection)
        typos = [_alternatives(word, self.vocabulary) for word in words]
        return None if typos == exact else candidates(connection, typos, cap)

    def _typo_first(self, connection: Connection, candidates: _Candidates,
                    words: Sequence[str], exact: _Alternatives, limit: int, cap: int
                    ) -> list[tuple[int, str]]:  # fmt: skip
        """The same rows as exact-then-typos, usually in one query: a typo query finds every
        exact match too, so when it finds fewer than ``limit`` rows the exact query would have
        found fewer as well, and its answer would have been these rows."""
        typos = self._with_typos(connection, candidates, words, exact, cap)
        if typos is not None and len(typos) < limit:
            return typos
        rows = candidates(connection, exact, cap)
        return rows if typos is None or len(rows) >= limit else typos

    @staticmethod
    def _fts_candidates(connection: Connection, alternatives: _Alternatives, cap: int
                        ) -> list[tuple[int, str]]:  # fmt: skip
        statement = text(
            "SELECT n.client_id, n.search_key FROM client_name_fts "
            "JOIN client_name AS n ON n.id = client_name_fts.rowid "
            "JOIN client AS c ON c.id = n.client_id "
            "WHERE client_name_fts MATCH :expression AND c.deleted_at IS NULL "
            "LIMIT :cap"
        )
        expression = _fts_expression(alternatives)
        rows = connection.execute(statement, {"expression": expression, "cap": cap}).all()
        return [(row[0], row[1]) for row in rows]

    @staticmethod
    def _trigram_candidates(connection: Connection, alternatives: _Alternatives, cap: int
                            ) -> list[tuple[int, str]]:  # fmt: skip
        """PostgreSQL: for every query word, the key contains one of its alternatives (what the
        trigram index answers, ``LIKE ANY``) and one of them starts a word of the key (a regular
        expression, checked on those rows only). (Anchored
        ``LIKE`` patterns such as ``'% word%'`` plan far worse: up to ten times slower.)"""
        conditions = []
        params: dict[str, object] = {"cap": cap}
        for index, word in enumerate(alternatives):
            params[f"contains{index}"] = list(dict.fromkeys(
                f"%{_like_literal(text)}%" for text, _ in word))
            params[f"starts{index}"] = "(^| )(" + "|".join(
                _regex_literal(text) + ("( |$)" if whole else "") for text, whole in word) + ")"
            conditions.append(f"n.search_key LIKE ANY (:contains{index}) "
                              f"AND n.search_key ~ :starts{index}")
        # The Bin's few clients are left out through their partial index, read once: a join
        # with every matching name's client doubled the time of a short, common prefix. Rows
        # come in the heap's order, which is the order names were added until they are edited:
        # sorting by id first would read every match of a broad prefix to keep the first cap.
        statement = text(
            "SELECT n.client_id, n.search_key FROM client_name AS n "
            "WHERE n.client_id NOT IN (SELECT id FROM client WHERE deleted_at IS NOT NULL) "
            f"AND {' AND '.join(conditions)} LIMIT :cap"
        )
        return [(row[0], row[1]) for row in connection.execute(statement, params).all()]


def _specific(words: Sequence[str]) -> bool:
    """Whether a query is likely to match few names: two words long enough for typos (a family
    and a given name). Such a query is asked with its typos first."""
    return sum(len(word) >= FUZZY_MIN_LENGTH for word in words) >= 2


def _ranked(words: Sequence[str], rows: Sequence[tuple[int, str]], limit: int
            ) -> list[tuple[int, float]]:  # fmt: skip
    best: dict[int, float] = {}
    scores: dict[str, float] = {}  # a common prefix brings a thousand rows of a few keys
    for client_id, stored_key in rows:
        score = scores.get(stored_key)
        if score is None:
            score = scores[stored_key] = score_key(words, stored_key)
        if score > best.get(client_id, 0.0):
            best[client_id] = score
    ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:limit]


def _alternatives(word: str, vocabulary: NameVocabulary | None) -> list[tuple[str, bool]]:
    """What may stand for ``word`` in a key, as the FTS5 expression has it: (text, whole word)
    pairs, prefixes open at the end and typo-corrected whole words closed."""
    found = [(prefix, False) for prefix in prefix_alternatives(word)]
    if vocabulary is not None:
        found += [(term, True) for term in vocabulary.near(word)]
        found += [(prefix, False) for prefix in vocabulary.near_prefix(word)]
    return list(dict.fromkeys(found))


def _like_literal(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _regex_literal(word: str) -> str:
    """``word`` matched literally by a PostgreSQL regular expression."""
    return "".join(char if char.isalnum() else "\\" + char for char in word)


@dataclass(frozen=True)
class ClientSummaryRow:
    client_id: int
    names: tuple[str, ...]
    date_of_birth: dt.date | None
    citizenship: str | None


def client_summaries(
    connection: Connection, client_ids: Sequence[int]
) -> dict[int, ClientSummaryRow]:
    """Names (primary first), date of birth and citizenship of the given clients."""
    if not client_ids:
        return {}
    id_list = ",".join(str(int(client_id)) for client_id in client_ids)
    rows = connection.execute(text(
        "SELECT c.id, c.date_of_birth, c.citizenship, n.family, n.given, n.patronymic "
        f"FROM client AS c JOIN client_name AS n ON n.client_id = c.id WHERE c.id IN ({id_list}) "
        "ORDER BY c.id, n.position"
    )).all()
    names: dict[int, list[str]] = {}
    details: dict[int, tuple[dt.date | None, str | None]] = {}
    for client_id, born, citizenship, family, given, patronymic in rows:
        names.setdefault(client_id, []).append(
            " ".join(part for part in (family, given, patronymic) if part)
        )
        details[client_id] = (_as_date(born), citizenship)
    return {
        client_id: ClientSummaryRow(client_id, tuple(names[client_id]), *details[client_id])
        for client_id in names
    }


def _as_date(value: dt.date | str | None) -> dt.date | None:
    """A date column as read through text(): a string from SQLite, a date from PostgreSQL."""
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def clients_with_document_numbers(
    connection: Connection, numbers: Sequence[str]
) -> list[int]:
    """Clients holding a (not deleted) document with one of these numbers."""
    typed = {number.strip() for number in numbers if number.strip()}
    cleaned = sorted(typed | {number.upper() for number in typed})  # exact values use the index
    if not cleaned:
        return []
    params = {f"n{index}": number for index, number in enumerate(cleaned)}
    placeholders = ", ".join(f":n{index}" for index in range(len(cleaned)))
    statement = text(
        "SELECT DISTINCT d.client_id FROM document AS d JOIN client AS c ON c.id = d.client_id "
        f"WHERE d.number IN ({placeholders}) AND d.deleted_at IS NULL "
        "AND c.deleted_at IS NULL"
    )
    return [row[0] for row in connection.execute(statement, params)]


def clients_born_on(
    connection: Connection, born: dt.date, cap: int = 500
) -> list[tuple[int, str]]:
    """(client id, search key) of every spelling of clients born on that date."""
    statement = text(
        "SELECT n.client_id, n.search_key FROM client AS c "
        "JOIN client_name AS n ON n.client_id = c.id "
        "WHERE c.date_of_birth = :born AND c.deleted_at IS NULL LIMIT :cap"
    )
    params = {"born": born.isoformat(), "cap": cap}
    return [(row[0], row[1]) for row in connection.execute(statement, params)]
