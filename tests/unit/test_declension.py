"""Names in the case a Russian letter asks for, and words chosen by the recorded sex.

The expected forms are those a Russian-speaking lawyer writes by hand; the names are synthetic
but of the kinds clients have (Russian, Uzbek, Tajik, Kyrgyz, Korean, Kazakh spellings).
"""

from __future__ import annotations

import logging

import pytest

from legalaid.domain.declension import Case, PersonName, by_sex, decline, name_in_case
from legalaid.domain.enums import Script, Sex
from legalaid.domain.records import NameSpelling


def person(family: str, given: str, sex: Sex | None, patronymic: str | None = None,
           script: Script = Script.CYRILLIC) -> PersonName:
    return PersonName(NameSpelling(family, given, script, patronymic), sex)


@pytest.mark.parametrize(("name", "case", "expected"), [
    (person("Федоров", "Степан", Sex.MALE, "Ильич"), Case.GENITIVE, "Федорова Степана Ильича"),
    (person("Федоров", "Степан", Sex.MALE), Case.DATIVE, "Федорову Степану"),
    (person("Федорова", "Анна", Sex.FEMALE, "Петровна"), Case.GENITIVE,
     "Федоровой Анны Петровны"),
    (person("Федорова", "Анна", Sex.FEMALE), Case.INSTRUMENTAL, "Федоровой Анной"),
    (person("Каримова", "Дилноза", Sex.FEMALE), Case.DATIVE, "Каримовой Дилнозе"),
    (person("Рахмонов", "Фаррух", Sex.MALE), Case.GENITIVE, "Рахмонова Фарруха"),
    (person("Абдуллаев", "Жамшид", Sex.MALE), Case.ACCUSATIVE, "Абдуллаева Жамшида"),
    (person("Турсунзода", "Бахтиёр", Sex.MALE), Case.GENITIVE, "Турсунзоды Бахтиёра"),
    # Korean surnames: a man's declines like any consonant ending, a woman's does not.
    (person("Ким", "Сергей", Sex.MALE), Case.GENITIVE, "Кима Сергея"),
    (person("Ким", "Ольга", Sex.FEMALE), Case.GENITIVE, "Ким Ольги"),
    # A surname ending in a vowel other than -а stays as it is.
    (person("Ли", "Марина", Sex.FEMALE), Case.DATIVE, "Ли Марине"),
    (person("Шевченко", "Тарас", Sex.MALE), Case.DATIVE, "Шевченко Тарасу"),
    # Turkic patronymics keep the father's name and the particle.
    (person("Юсупов", "Шерзод", Sex.MALE, "Алишер угли"), Case.GENITIVE,
     "Юсупова Шерзода Алишер угли"),
    (person("Алиева", "Арзу", Sex.FEMALE, "Лутфияр кызы"), Case.DATIVE,
     "Алиевой Арзу Лутфияр кызы"),
    (person("Салтыков-Щедрин", "Михаил", Sex.MALE), Case.DATIVE, "Салтыкову-Щедрину Михаилу"),
])
def test_a_russian_spelling_is_declined_by_the_recorded_sex(
        name: PersonName, case: Case, expected: str) -> None:
    assert name_in_case(name, case) == expected


@pytest.mark.parametrize(("name", "why"), [
    (person("Федоров", "Степан", None), "no sex recorded"),
    (person("Федоров", "Степан", Sex.OTHER), "sex recorded as other"),
    (person("Мамадалиев", "Ғани", Sex.MALE), "Uzbek letter Ғ"),
    (person("Сидиқов", "Қодир", Sex.MALE), "Uzbek letter Қ"),
    (person("Жұмабекова", "Әйгерім", Sex.FEMALE), "Kazakh letters"),
    (person("Исмоилов", "Ҷамшед", Sex.MALE), "Tajik letter Ҷ"),
    (person("Дюма", "Жан Поль", Sex.MALE), "a given name of two words"),
])
def test_where_the_rules_cannot_be_trusted_the_name_stays_nominative_after_gr(
        name: PersonName, why: str) -> None:
    assert decline(name.spelling, name.sex, Case.GENITIVE) is None, why
    assert name_in_case(name, Case.GENITIVE) == f"гр. {name}", why


def test_a_name_typed_over_the_file_has_no_parts_and_is_not_declined() -> None:
    assert name_in_case("Федоров Степан", Case.GENITIVE) == "гр. Федоров Степан"


def test_the_nominative_is_the_name_as_typed() -> None:
    name = person("Ғафуров", "Ўткир", Sex.MALE)
    assert name_in_case(name, Case.NOMINATIVE) == "Ғафуров Ўткир"
    assert str(name) == "Ғафуров Ўткир"


def test_a_latin_spelling_is_never_declined() -> None:
    name = person("G'afurov", "O'tkir", Sex.MALE, script=Script.LATIN)
    assert decline(name.spelling, name.sex, Case.DATIVE) is None
    assert name_in_case(name, Case.DATIVE) == "G'afurov O'tkir"  # as in the passport, no "гр."


@pytest.mark.parametrize(("sex", "expected"), [
    (Sex.MALE, "который работал"),
    (Sex.FEMALE, "которая работала"),
    (None, "который(ая) работал(а)"),
    (Sex.OTHER, "который(ая) работал(а)"),
])
def test_gendered_words_follow_the_recorded_sex(sex: Sex | None, expected: str) -> None:
    assert by_sex(sex, "который работал", "которая работала") == expected


def test_neutral_forms_join_the_two_forms_as_lawyers_write_them() -> None:
    assert by_sex(None, "согласен", "согласна") == "согласен(на)"
    assert by_sex(None, "проживающего", "проживающей") == "проживающего(ей)"
    assert by_sex(None, "he", "she", "he or she") == "he or she"


def test_declining_writes_no_name_to_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    name_in_case(person("Нгуенов", "Тхань", Sex.MALE), Case.GENITIVE)
    name_in_case(person("Smith", "John", Sex.MALE, script=Script.LATIN), Case.GENITIVE)
    assert "Нгуенов" not in caplog.text and "Smith" not in caplog.text
