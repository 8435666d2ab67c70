"""Likely duplicates among many people at once: the import's dry run over a whole spreadsheet.

Asking the search service once per row would cost a few queries per row (minutes for 100,000
rows), so the dry run loads every stored spelling's search key, date of birth and document number
once and matches in memory with the same keys (``domain.names.search_key``: script, case and
transliteration folded away). A row is a likely duplicate of a person when

- a document number is the same (``document``), or
- a spelling has the same words (in any order) and the dates of birth do not differ (``name``), or
- the dates of birth are the same and the names are alike, one typo or a missing patronymic
  allowed (``name`` and ``date_of_birth``).

Rows of the file are added to the index as they are checked, so a person entered twice in the same
spreadsheet is found too.

The work per row stays bounded however many people share a birth date (registers often put
01.01.YYYY for an unknown birthday): a birth date shared by more than ``BLOCK_ABOVE`` spellings is
searched through blocks instead of compared with every spelling. A block holds the spellings that
have one word exactly and another word of a given length starting, or ending, with given letters;
one typo keeps the other words, the length within one and the start or the end of the word, so a
name with one typo (or a patronymic more or less) shares a block with the original.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

SAME_BIRTH_SIMILARITY = 85  # token_set_ratio: a patronymic more or less still scores 100
MAX_MATCHES = 5  # per row: enough to decide, and bounded when many share one name and birthday
BLOCK_ABOVE = 64  # spellings of one birth date compared one by one; more are searched by block
BLOCK_CAP = 200  # spellings kept per block: the same name entered thousands of times stays cheap
BLOCK_WORDS = 4  # words of a spelling that make blocks (family, given, patronymic and one more)

Ref = tuple[str, int]  # ("client", id) or ("row", spreadsheet row number)
Block = tuple[str, int, str]  # (a word, another word's length, "^its start" or "its end$")


def _word_pairs(key: str) -> Iterator[tuple[str, str]]:
    words = key.split()[:BLOCK_WORDS]
    if len(words) == 1:
        words.insert(0, "")
    for first, kept in enumerate(words):
        for second, other in enumerate(words):
            if first != second and other:
                yield kept, other


def _affix(length: int) -> int:
    """Letters a block takes from the start or the end of a word of ``length`` letters: two
    where one typo in a word one letter shorter still leaves the start or the end whole."""
    return 2 if length >= 5 else 1


def _filed(kept: str, length: int, word: str) -> tuple[Block, Block]:
    letters = _affix(length)
    return (kept, length, "^" + word[:letters]), (kept, length, word[-letters:] + "$")


def _blocks(key: str) -> set[Block]:
    """The blocks a spelling is filed under."""
    return {block for kept, other in _word_pairs(key)
            for block in _filed(kept, len(other), other)}


def _probes(key: str) -> set[Block]:
    """The blocks where a spelling within one typo of this one is filed."""
    return {block for kept, other in _word_pairs(key)
            for length in (len(other) - 1, len(other), len(other) + 1)
            for block in _filed(kept, length, other)}


@dataclass
class _SameBirth:
    """The spellings of the people born on one day, blocked once there are many."""

    refs: list[Ref] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    blocks: dict[Block, list[int]] | None = None

    def add(self, ref: Ref, key: str) -> None:
        self.refs.append(ref)
        self.keys.append(key)
        if self.blocks is not None:
            self._file(len(self.keys) - 1)
        elif len(self.keys) > BLOCK_ABOVE:
            self.blocks = {}
            for position in range(len(self.keys)):
                self._file(position)

    def _file(self, position: int) -> None:
        assert self.blocks is not None
        for block in _blocks(self.keys[position]):
            members = self.blocks.setdefault(block, [])
            if len(members) < BLOCK_CAP:
                members.append(position)

    def alike(self, key: str) -> Iterator[Ref]:
        """Who has a spelling like ``key`` (one typo or a patronymic more or less), best first."""
        if self.blocks is None:
            positions: list[int] | range = range(len(self.keys))
        else:
            positions = sorted({position for block in _probes(key)
                                for position in self.blocks.get(block, ())})
        choices = [self.keys[position] for position in positions]
        # rapidfuzz compares against the whole list in C
        for _match, _score, index in process.extract(
                key, choices, scorer=fuzz.token_set_ratio, score_cutoff=SAME_BIRTH_SIMILARITY,
                limit=MAX_MATCHES):
            yield self.refs[positions[index]]


def _keep_first(refs: list[Ref], ref: Ref) -> None:
    """Keep ``refs`` the ``MAX_MATCHES`` smallest references, sorted: all a match ever reads."""
    if ref not in refs:
        bisect.insort(refs, ref)
        del refs[MAX_MATCHES:]


def words_key(key: str) -> str:
    """A search key with its words sorted: the same for ``Family Given`` and ``Given Family``."""
    return " ".join(sorted(key.split()))


@dataclass
class PersonIndex:
    """Search keys, dates of birth and document numbers of known people, by reference."""

    by_words: dict[str, list[Ref]] = field(default_factory=dict)
    by_birth: dict[dt.date, _SameBirth] = field(default_factory=dict)
    by_document: dict[str, list[Ref]] = field(default_factory=dict)
    births: dict[Ref, dt.date | None] = field(default_factory=dict)

    def add(self, ref: Ref, keys: Iterable[str], born: dt.date | None,
            documents: Iterable[str] = ()) -> None:
        self.births.setdefault(ref, born)
        for key in keys:
            if not key:
                continue
            _keep_first(self.by_words.setdefault(words_key(key), []), ref)
            if born is not None:
                self.by_birth.setdefault(born, _SameBirth()).add(ref, key)
        for number in documents:
            self.add_document(ref, number)

    def add_document(self, ref: Ref, number: str) -> None:
        cleaned = number.strip().upper()
        if cleaned:
            _keep_first(self.by_document.setdefault(cleaned, []), ref)

    def matches(self, keys: Iterable[str], born: dt.date | None,
                documents: Iterable[str] = ()) -> dict[Ref, set[str]]:
        """Known people who may be this one (by the search keys of the person's spellings,
        ``domain.names.search_key``), with the reasons."""
        found: dict[Ref, set[str]] = {}
        keys = [key for key in keys if key]
        for number in documents:
            for ref in self.by_document.get(number.strip().upper(), ()):
                found.setdefault(ref, set()).add("document")
        for key in keys:
            for ref in self.by_words.get(words_key(key), ()):
                other_born = self.births.get(ref)
                if born is None or other_born is None or other_born == born:
                    found.setdefault(ref, set()).add("name")
        same_birth = self.by_birth.get(born) if born is not None else None
        if same_birth is not None:
            for key in keys:
                for ref in same_birth.alike(key):
                    found.setdefault(ref, set()).update(("name", "date_of_birth"))
        return dict(sorted(found.items())[:MAX_MATCHES])
