"""Search and duplicate detection over a real migrated database, on SQLite and PostgreSQL.

Clients are inserted with plain Core statements so these tests depend only on the schema.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, insert

from legalaid.db import models
from legalaid.domain.names import search_key
from legalaid.services.search import SearchService

NOW = dt.datetime(2026, 1, 5, 10, 0)

# (family, given, script) spellings per client; client 1 is recorded in Cyrillic only.
PEOPLE: list[tuple[list[tuple[str, str, str]], dt.date, str | None, str | None]] = [
    ([("Абдуллаев", "Шухрат", "cyrl")], dt.date(1991, 4, 17), "UZ", "FA1234567"),
    ([("Қоңыратова", "Әсел", "cyrl"), ("Konyratova", "Asel", "latn")], dt.date(1995, 2, 1), "KZ",
     None),
    ([("Жұмабеков", "Жұмабек", "cyrl")], dt.date(1980, 7, 9), "KG", None),
    ([("Smith", "John", "latn")], dt.date(1970, 1, 1), "US", "US0001"),
    ([("Абдуллаева", "Мадина", "cyrl")], dt.date(1999, 9, 9), "UZ", None),
]


@pytest.fixture
def engine(engine: Engine) -> Iterator[Engine]:
    """The migrated database of either engine (conftest), holding PEOPLE."""
    with engine.begin() as connection:
        for client_id, (spellings, born, citizenship, passport) in enumerate(PEOPLE, start=1):
            connection.execute(insert(models.Client).values(
                id=client_id, date_of_birth=born, citizenship=citizenship, languages="",
                safe_to_contact=True, reporting_consent=False, created_at=NOW, updated_at=NOW,
                version=1))
            for position, (family, given, script) in enumerate(spellings):
                connection.execute(insert(models.ClientName).values(
                    client_id=client_id, family=family, given=given, script=script,
                    position=position, search_key=search_key(f"{family} {given}"), version=1))
            if passport:
                connection.execute(insert(models.Document).values(
                    client_id=client_id, type="passport", number=passport, version=1))
    yield engine


def first_ids(service: SearchService, query: str, count: int = 1) -> list[int]:
    return [hit.client_id for hit in service.search(query)][:count]


@pytest.mark.parametrize("query", [
    "Shukhrat", "Shuhrat", "Shuxrat", "shukhrat abdullaev", "ABDULLAEV SHUKHRAT", "Абдуллаев",
    "Abdullayev Shukhrat", "Shukh", "Shuk", "Abdul Shu",
])
def test_cyrillic_recorded_client_is_found_from_latin_spellings_and_prefixes(
    engine: Engine, query: str
) -> None:
    assert 1 in first_ids(SearchService(engine), query, 2)


@pytest.mark.parametrize("query", [
    "Әсел Қоңыратова", "Asel Konyratova", "Äsel Qoñyratova", "Асел Коныратова", "коныр",
])
def test_kazakh_letters_typed_or_not_find_the_same_person(engine: Engine, query: str) -> None:
    assert first_ids(SearchService(engine), query) == [2]


@pytest.mark.parametrize("query", ["Zhumabekov", "Jumabekov", "Жумабеков"])
def test_zh_and_j_spellings_match(engine: Engine, query: str) -> None:
    assert first_ids(SearchService(engine), query) == [3]


@pytest.mark.parametrize("query", ["Shukrat", "Abdulaev Shuhrta", "Konyrtova"])
def test_one_typo_is_tolerated(engine: Engine, query: str) -> None:
    assert first_ids(SearchService(engine), query)[0] in (1, 2)


def test_results_show_every_spelling_and_the_exact_match_ranks_first(engine: Engine) -> None:
    hits = SearchService(engine).search("Abdullaev")
    assert [hit.client_id for hit in hits] == [1, 5]  # exact word before the -a prefix match
    assert hits[0].names == ("Абдуллаев Шухрат",)
    assert hits[0].date_of_birth == dt.date(1991, 4, 17)
    assert hits[0].citizenship == "UZ"
    assert hits[0].score > hits[1].score


def test_unrelated_query_finds_nobody(engine: Engine) -> None:
    assert SearchService(engine).search("Wolfeschlegel") == []
    assert SearchService(engine).search("  ,, ") == []


def test_duplicates_by_other_spelling_same_birth_date_and_document(engine: Engine) -> None:
    service = SearchService(engine)
    by_name = service.find_duplicates(["Shukhrat Abdullaev"])
    assert by_name[0].client_id == 1 and by_name[0].reasons == ("name",)
    by_birth = service.find_duplicates(["Shuhrat Abdulayev"], dt.date(1991, 4, 17))
    assert by_birth[0].client_id == 1 and "date_of_birth" in by_birth[0].reasons
    by_document = service.find_duplicates(["Completely Different"], None, ["fa1234567"])
    assert [hit.client_id for hit in by_document] == [1]
    assert by_document[0].reasons == ("document",)


def test_a_client_is_not_its_own_duplicate(engine: Engine) -> None:
    hits = SearchService(engine).find_duplicates(["Smith John"], exclude_client_id=4)
    assert 4 not in [hit.client_id for hit in hits]
