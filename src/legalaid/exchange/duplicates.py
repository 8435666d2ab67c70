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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

SAME_BIRTH_SIMILARITY = 85  # token_set_ratio: a patronymic more or less still scores 100
MAX_MATCHES = 5  # per row: enough to decide, and bounded when many share one name and birthday

Ref = tuple[str, int]  # ("client", id) or ("row", spreadsheet row number)


def words_key(key: str) -> str:
    """A search key with its words sorted: the same for ``Family Given`` and ``Given Family``."""
    return " ".join(sorted(key.split()))


@dataclass
class PersonIndex:
    """Search keys, dates of birth and document numbers of known people, by reference."""

    by_words: dict[str, set[Ref]] = field(default_factory=dict)
    by_birth: dict[dt.date, tuple[list[Ref], list[str]]] = field(default_factory=dict)
    by_document: dict[str, set[Ref]] = field(default_factory=dict)
    births: dict[Ref, dt.date | None] = field(default_factory=dict)

    def add(self, ref: Ref, keys: Iterable[str], born: dt.date | None,
            documents: Iterable[str] = ()) -> None:
        self.births.setdefault(ref, born)
        for key in keys:
            if not key:
                continue
            self.by_words.setdefault(words_key(key), set()).add(ref)
            if born is not None:
                refs, stored = self.by_birth.setdefault(born, ([], []))
                refs.append(ref)
                stored.append(key)
        for number in documents:
            self.add_document(ref, number)

    def add_document(self, ref: Ref, number: str) -> None:
        cleaned = number.strip().upper()
        if cleaned:
            self.by_document.setdefault(cleaned, set()).add(ref)

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
            for ref in sorted(self.by_words.get(words_key(key), ()))[:MAX_MATCHES]:
                other_born = self.births.get(ref)
                if born is None or other_born is None or other_born == born:
                    found.setdefault(ref, set()).add("name")
        if born is not None and born in self.by_birth:
            refs, stored = self.by_birth[born]
            for key in keys:
                # rapidfuzz compares against the whole bucket in C: 01.01.1990 may hold thousands
                for _match, _score, position in process.extract(
                        key, stored, scorer=fuzz.token_set_ratio,
                        score_cutoff=SAME_BIRTH_SIMILARITY, limit=MAX_MATCHES):
                    found.setdefault(refs[position], set()).update(("name", "date_of_birth"))
        return dict(sorted(found.items())[:MAX_MATCHES])
