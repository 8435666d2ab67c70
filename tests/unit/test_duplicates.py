"""The import's duplicate index: one typo or a patronymic more or less is found among thousands of
people born on the same day, and the work per row stays bounded."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given
from hypothesis import strategies as st

from legalaid.exchange.duplicates import BLOCK_ABOVE, MAX_MATCHES, PersonIndex

BORN = dt.date(1990, 1, 1)
WORD = st.text(alphabet="abdefghiklmnorstuvz", min_size=2, max_size=12)


def _crowded() -> PersonIndex:
    """An index whose one birth date is shared by many more people than are compared one by one."""
    index = PersonIndex()
    for number in range(BLOCK_ABOVE * 4):
        index.add(("client", number), [f"filler{number} person{number % 7}"], BORN)
    return index


@st.composite
def one_typo(draw: st.DrawFn) -> tuple[str, str]:
    """A word and the same word with one letter changed, added or left out."""
    word = draw(WORD)
    position = draw(st.integers(0, len(word)))
    letter = draw(st.sampled_from("abdefghiklmnorstuvz"))
    edit = draw(st.sampled_from(("change", "add", "drop")))
    if edit == "add":
        return word, word[:position] + letter + word[position:]
    position = min(position, len(word) - 1)
    if edit == "drop":
        return word, word[:position] + word[position + 1:]
    return word, word[:position] + letter + word[position + 1:]


@given(family=WORD, pair=one_typo(), typo_in_family=st.booleans())
def test_one_typo_is_found_in_a_crowded_birth_date(family: str, pair: tuple[str, str],
                                                  typo_in_family: bool) -> None:
    original, typo = pair
    index = _crowded()
    stored = f"{original} {family}" if typo_in_family else f"{family} {original}"
    index.add(("client", 99_999), [stored], BORN)
    asked = f"{typo} {family}" if typo_in_family else f"{family} {typo}"
    if (len(original) + len(family)) < 8:
        return  # too short for the similarity cut-off with a typo at all
    from rapidfuzz import fuzz

    if fuzz.token_set_ratio(asked, stored) < 85:
        return  # not similar enough to count, blocked or not
    assert ("client", 99_999) in index.matches([asked], BORN)


def test_a_patronymic_more_or_less_is_found_in_a_crowded_birth_date() -> None:
    index = _crowded()
    index.add(("client", 99_999), ["abdullaev shuhrat bahtiiarovich"], BORN)
    assert index.matches(["abdullaev shuhrat"], BORN)[("client", 99_999)] == {
        "name", "date_of_birth"}


def test_the_same_person_thousands_of_times_stays_bounded() -> None:
    index = PersonIndex()
    started = time.perf_counter()
    for row in range(20_000):
        found = index.matches(["ivanov ivan ivanovich"], BORN, ["N123"])
        assert len(found) <= MAX_MATCHES
        index.add(("row", row), ["ivanov ivan ivanovich"], BORN, ["N123"])
    assert time.perf_counter() - started < 20
    assert sorted(index.matches(["ivanov ivan"], BORN)) == [("row", n) for n in range(5)]
