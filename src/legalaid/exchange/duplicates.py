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
import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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

    @classmethod
    def of(cls, refs: list[Ref], keys: list[str]) -> _SameBirth:
        """All the spellings of one day at once, filed as ``add`` one by one would."""
        same = cls(refs, keys)
        if len(keys) > BLOCK_ABOVE:
            same.blocks = {}
            for position in range(len(keys)):
                same._file(position)
        return same

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
            choices = self.keys
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


# -- the caseload-wide finder ---------------------------------------------------------------------
# Pairs come from blocks (people sharing a document, a phone, a name's words, or a birth date and a
# name within one typo), never from comparing everyone with everyone; each candidate pair is then
# scored on every reason at once.
PAIR_BLOCK_CAP = 40  # a block bigger than this (an office phone, a very common name) is split
COMPARED_ONE_BY_ONE = 16  # a block up to this size: each pair's dates compared, no grouping
PAIR_THRESHOLD = 0.5
SCORES = {"document": 0.6, "name": 0.4, "similar_name": 0.3, "phone": 0.2,
          "birth_date": 0.3, "birth_date_near": 0.2}
_NOT_DIGITS = re.compile(r"\D")
_NOT_ALNUM = re.compile(r"[\W_]")
DIFFERENT_BIRTH = -0.3  # both dates known and not a slip of one digit: likely namesakes


@dataclass(frozen=True)
class Person:
    """What the finder compares of one client: spellings as (search key, script)."""

    ref: int
    born: dt.date | None
    phone: str | None
    names: tuple[tuple[str, str], ...]
    documents: tuple[str, ...] = ()  # "type:NUMBER", numbers cleaned by ``document_key``


@dataclass(frozen=True)
class Pair:
    first: int
    second: int
    score: float
    reasons: tuple[str, ...]


def document_key(kind: str, number: str | None) -> str | None:
    """A document's type and number with spaces, dashes and case folded away."""
    cleaned = (number or "").upper()
    if not cleaned.isalnum():  # the letters and digits ``[\W_]`` keeps, without the regex
        cleaned = _NOT_ALNUM.sub("", cleaned)
    return f"{kind}:{cleaned}" if cleaned else None


def phone_key(phone: str | None) -> str | None:
    """The last ten digits of a phone number (enough to tell numbers apart), or None."""
    digits = _NOT_DIGITS.sub("", phone or "")
    return digits[-10:] if len(digits) >= 7 else None


def birth_dates_near(first: dt.date, second: dt.date) -> bool:
    """One digit apart (as written dd.mm.yyyy) or day and month swapped."""
    return first != second and _born_near(first.strftime("%Y%m%d"), second.strftime("%Y%m%d"))


def _name_blocks(key: str) -> list[str]:
    words = key.split()
    blocks = ["n:" + " ".join(sorted(words))]
    if len(words) > 2:  # a patronymic more or less
        blocks.append("n:" + " ".join(sorted(words[:2])))
    return blocks


def _pairs_of(members: list[int], people: dict[int, Person]) -> Iterator[tuple[int, int]]:
    if len(members) > PAIR_BLOCK_CAP:  # split by birth year and by day of the year
        parts: dict[object, list[int]] = {}
        for ref in members:
            born = people[ref].born
            if born is None:
                continue
            parts.setdefault(("y", born.year), []).append(ref)
            parts.setdefault(("d", born.month, born.day), []).append(ref)
        for part in parts.values():
            if 1 < len(part) <= PAIR_BLOCK_CAP:
                yield from _all_pairs(part)
        return
    yield from _all_pairs(members)


def _all_pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    ordered = sorted(set(members))
    for position, first in enumerate(ordered):
        for second in ordered[position + 1:]:
            yield first, second


@dataclass(frozen=True)
class _Features:
    """What ``score_pair`` compares of a person, worked out once per person."""

    phone: str | None
    blocks: frozenset[str]  # the name blocks of every spelling
    names: tuple[tuple[str, str, frozenset[str]], ...]  # (key, script, its blocks)
    born: str | None  # YYYYMMDD

    @classmethod
    def of(cls, person: Person) -> _Features:
        names = tuple((key, script, frozenset(_name_blocks(key))) for key, script in person.names)
        return cls(phone_key(person.phone), frozenset().union(*(n[2] for n in names)), names,
                   _digits(person.born) if person.born else None)


def _digits(born: dt.date) -> str:
    """YYYYMMDD."""
    return f"{born.year:04d}{born.month:02d}{born.day:02d}"


def _birth_keys(born: str) -> frozenset[str]:
    """Keys two dates of birth (YYYYMMDD) share when they are the same, one digit apart (the
    date with that digit left out) or the same year with day and month swapped."""
    return frozenset((*(born[:digit] + "*" + born[digit + 1:] for digit in range(8)),
                      born[:4] + "~" + "".join(sorted((born[4:6], born[6:8])))))


def _near_pairs(members: list[int], birth_keys: dict[int, frozenset[str]]
                ) -> Iterator[tuple[int, int]]:
    """The pairs of a name's or a phone's block that can reach the threshold without a document:
    born the same day or near it (sharing a ``_birth_keys`` key), or one date unknown (in a block
    of up to ``PAIR_BLOCK_CAP``). Two dates known and far apart sink a pair's score below the
    threshold whatever else it shares, so a block of a common name or a shared phone costs about
    its size, not its size squared."""
    if len(members) <= COMPARED_ONE_BY_ONE:
        for position, first in enumerate(members):
            mine = birth_keys.get(first)
            for second in members[position + 1:]:
                theirs = birth_keys.get(second)
                if first != second and (mine is None or theirs is None
                                        or not mine.isdisjoint(theirs)):
                    yield min(first, second), max(first, second)
        return
    groups: dict[str, list[int]] = {}
    unknown = []
    for ref in members:
        near = birth_keys.get(ref)
        if near is None:
            unknown.append(ref)
            continue
        for key in near:
            groups.setdefault(key, []).append(ref)
    for group in groups.values():
        if 1 < len(group) <= PAIR_BLOCK_CAP:
            yield from _all_pairs(group)
    if unknown and len(members) <= PAIR_BLOCK_CAP:
        for ref in unknown:
            for other in members:
                if other != ref:
                    yield min(ref, other), max(ref, other)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector off while the finder fills its dictionaries: they hold hundreds of
    thousands of small lists and tuples, none of them in a cycle, and each collection would walk
    them all again (a third of the finder's time at 100,000 clients)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _born_near(a: str, b: str) -> bool:
    """One digit apart, or the same year with day and month swapped (YYYYMMDD strings)."""
    if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    return a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]


def score_pair(a: Person, b: Person, features: dict[int, _Features] | None = None) -> Pair:
    """Every reason two people may be one, and the score they add up to (0 to 1)."""
    fa = features[a.ref] if features is not None else _Features.of(a)
    fb = features[b.ref] if features is not None else _Features.of(b)
    reasons: list[str] = []
    if a.documents and b.documents and set(a.documents) & set(b.documents):
        reasons.append("document")
    if fa.phone is not None and fa.phone == fb.phone:
        reasons.append("phone")
    best, scripts = "", False
    if fa.blocks & fb.blocks:
        best = "name"
        scripts = any(script_a != script_b for _ka, script_a, blocks_a in fa.names
                      for _kb, script_b, blocks_b in fb.names if blocks_a & blocks_b)
    else:
        for key_a, script_a, _blocks_a in fa.names:
            for key_b, script_b, _blocks_b in fb.names:
                if fuzz.token_set_ratio(key_a, key_b) >= SAME_BIRTH_SIMILARITY:
                    best = "similar_name"
                    scripts = scripts or script_a != script_b
    if best:
        reasons.append(best)
        if scripts:
            reasons.append("across_scripts")
    bonus = 0.0
    if fa.born is not None and fb.born is not None:
        if fa.born == fb.born:
            reasons.append("birth_date")
        elif _born_near(fa.born, fb.born):
            reasons.append("birth_date_near")
        elif "document" not in reasons:
            bonus = DIFFERENT_BIRTH
    score = sum(SCORES.get(reason, 0.0) for reason in reasons) + bonus
    first, second = sorted((a.ref, b.ref))
    return Pair(first, second, round(max(0.0, min(score, 1.0)), 2), tuple(reasons))


def find_pairs(people: Iterable[Person], dismissed: frozenset[tuple[int, int]] = frozenset(),
               threshold: float = PAIR_THRESHOLD) -> list[Pair]:
    """Likely duplicate pairs among ``people``, best first (pairs in ``dismissed`` left out)."""
    with _collector_paused():
        return _find_pairs(people, dismissed, threshold)


def _find_pairs(people: Iterable[Person], dismissed: frozenset[tuple[int, int]],
                threshold: float) -> list[Pair]:
    by_ref: dict[int, Person] = {}
    documents: dict[str, list[int]] = {}
    phones: dict[str, list[int]] = {}
    names: dict[str, list[int]] = {}
    births: dict[dt.date, tuple[list[Ref], list[str]]] = {}
    birth_keys: dict[int, frozenset[str]] = {}
    keys_of_day: dict[dt.date, frozenset[str]] = {}  # a few thousand days for 100,000 people
    for person in people:
        ref, born, spellings = person.ref, person.born, person.names
        by_ref[ref] = person
        for document in person.documents:
            documents.setdefault(document, []).append(ref)
        if (phone := phone_key(person.phone)) is not None:
            phones.setdefault(phone, []).append(ref)
        for block in (_name_blocks(spellings[0][0]) if len(spellings) == 1
                      else {block for key, _script in spellings for block in _name_blocks(key)}):
            names.setdefault(block, []).append(ref)
        if born is not None:
            if (keys := keys_of_day.get(born)) is None:
                keys = keys_of_day[born] = _birth_keys(_digits(born))
            birth_keys[ref] = keys
            if (day := births.get(born)) is None:
                day = births[born] = ([], [])
            for key, _script in spellings:
                day[0].append(("client", ref))
                day[1].append(key)
    candidates: set[tuple[int, int]] = set()
    for members in documents.values():
        if len(members) > 1:
            candidates.update(_pairs_of(members, by_ref))
    for members in phones.values():
        # an office's or a hostel's phone says nothing about who is who
        if len(members) > 1 and len(set(members)) <= PAIR_BLOCK_CAP:
            candidates.update(_near_pairs(members, birth_keys))
    for members in names.values():
        if len(members) > 1:
            candidates.update(_near_pairs(members, birth_keys))
    for refs, spelt in births.values():
        if len(refs) < 2:
            continue
        same_birth = _SameBirth.of(refs, spelt)
        for (_kind, ref), key in zip(refs, spelt, strict=True):
            for _other_kind, other in same_birth.alike(key):
                if other != ref:
                    candidates.add((min(ref, other), max(ref, other)))
    candidates -= dismissed
    features = {ref: _Features.of(by_ref[ref])
                for ref in {ref for pair in candidates for ref in pair}}
    pairs = [pair for first, second in candidates
             if (pair := score_pair(by_ref[first], by_ref[second], features)).score >= threshold]
    pairs.sort(key=lambda pair: (-pair.score, pair.first, pair.second))
    return pairs
