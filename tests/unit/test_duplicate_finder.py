"""The caseload-wide duplicate finder, on people made up for each case: the reasons a pair is
listed for, its score, what stays out, and blocks that stay small however many share a name."""

from __future__ import annotations

import datetime as dt

from legalaid.domain.names import search_key
from legalaid.exchange.duplicates import Person, birth_dates_near, document_key, find_pairs

D = dt.date


def person(ref: int, *names: tuple[str, str], born: dt.date | None = None,
           phone: str | None = None, documents: tuple[str, ...] = ()) -> Person:
    return Person(ref, born, phone, tuple((search_key(name), script) for name, script in names),
                  tuple(key for number in documents
                        if (key := document_key("passport", number)) is not None))


def test_birth_dates_one_digit_apart_or_day_and_month_swapped_are_near() -> None:
    assert birth_dates_near(D(1991, 4, 17), D(1991, 4, 11))
    assert birth_dates_near(D(1991, 4, 7), D(1991, 7, 4))
    assert birth_dates_near(D(1991, 4, 17), D(1981, 4, 17))
    assert not birth_dates_near(D(1991, 4, 17), D(1992, 5, 17))
    assert not birth_dates_near(D(1991, 4, 17), D(1991, 4, 17))


def test_a_cyrillic_and_a_latin_spelling_born_the_same_day_are_a_pair_across_scripts() -> None:
    pairs = find_pairs([person(1, ("Абдуллаев Шухрат", "cyrl"), born=D(1991, 4, 17)),
                        person(2, ("Abdullayev Shuxrat", "latn"), born=D(1991, 4, 17))])
    assert [(p.first, p.second) for p in pairs] == [(1, 2)]
    assert {"across_scripts", "birth_date"} <= set(pairs[0].reasons)


def test_the_same_passport_is_a_pair_whatever_the_names() -> None:
    pairs = find_pairs([person(1, ("Karimov Aziz", "latn"), documents=("FA 123 4567",)),
                        person(2, ("Rustamov Bek", "latn"), documents=("fa1234567",))])
    assert [(p.first, p.second, p.reasons) for p in pairs] == [(1, 2, ("document",))]


def test_namesakes_born_years_apart_are_not_listed() -> None:
    assert find_pairs([person(1, ("Ivanov Ivan", "latn"), born=D(1960, 1, 5)),
                       person(2, ("Иванов Иван", "cyrl"), born=D(1999, 11, 23))]) == []


def test_a_stronger_pair_ranks_first_and_a_dismissed_pair_stays_out() -> None:
    people = [person(1, ("Қоңыратова Әсел", "cyrl"), born=D(1990, 3, 8), phone="+7 701 1"),
              person(2, ("Konyratova Asel", "latn"), born=D(1990, 3, 8), phone="87011"),
              person(3, ("Konyratova Asel", "latn"), born=D(1990, 8, 3))]
    ranked = find_pairs(people)
    assert [(p.first, p.second) for p in ranked][:1] == [(1, 2)]
    assert ranked[0].score > ranked[-1].score
    assert (1, 2) not in {(p.first, p.second) for p in find_pairs(people, frozenset({(1, 2)}))}


def test_a_thousand_namesakes_are_split_into_small_blocks() -> None:
    people = [person(n, ("Ivanov Ivan", "latn"), born=D(1950 + n % 50, 1 + n % 12, 1 + n % 28))
              for n in range(1, 1001)]
    people.append(person(5000, ("Ivanov Ivan", "latn"), born=people[0].born))
    pairs = find_pairs(people)
    assert (1, 5000) in {(p.first, p.second) for p in pairs}


def test_among_many_namesakes_born_in_one_year_two_a_digit_apart_are_paired() -> None:
    # 60 "Ivanov Ivan" born in 1990 on different days: a block too big to compare whole. The two
    # born on the 12th and the 17th of May (one digit apart: a typing slip) are still a pair.
    days = [D(1990, 1, 1) + dt.timedelta(days=5 * n) for n in range(60)]
    people = [person(n + 1, ("Ivanov Ivan", "latn"), born=day) for n, day in enumerate(days)
              if day != D(1990, 5, 16)]
    people += [person(100, ("Ivanov Ivan", "latn"), born=D(1990, 5, 12)),
               person(101, ("Иванов Иван", "cyrl"), born=D(1990, 5, 17))]
    pairs = {(p.first, p.second) for p in find_pairs(people)}
    assert (100, 101) in pairs
    assert all(birth_dates_near(people_born(people, a), people_born(people, b))
               or people_born(people, a) == people_born(people, b) for a, b in pairs)


def people_born(people: list[Person], ref: int) -> dt.date | None:
    return next(p.born for p in people if p.ref == ref)
