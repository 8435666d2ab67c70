"""Findings and deadline titles in Kazakh and Russian beside the English of the JSON contract, from
the rules file; a rules file whose texts are incomplete or change the {placeholders} is refused."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests import cli_runner

from legalaid.errors import RuleDataError
from legalaid.paths import resource
from legalaid.rules import RuleBook, evaluate, load_rulebook, parse_scenario

# SCENARIOS.md example A: a Russian citizen, entered 2024-03-01, still present on 2024-03-15.
RUSSIAN = {"as_of": "2024-03-15", "citizenship": "RU",
           "documents": [{"type": "passport", "valid_from": "2021-02-01",
                          "valid_until": "2024-04-01"}],
           "trips": [{"entry": "2024-03-01", "exit": None}]}


def findings_of(book: RuleBook, scenario: dict[str, Any], rule: str) -> list[Any]:
    facts, as_of = parse_scenario(scenario)
    return [f for f in evaluate(facts, as_of, book).findings if f.rule == rule]


def test_the_day_count_finding_in_three_languages(book: RuleBook) -> None:
    (count,) = findings_of(book, RUSSIAN, "STAY-02")
    # 15 days used (03-01..03-15); window 2023-09-18..2024-03-15; last day 03-01 + 89 = 05-29.
    assert count.message == ("15 of 90 days used in the 180 days 2023-09-18 to 2024-03-15; "
                             "must leave by 2024-05-29")
    # A reader of the English interface sees dates as in every other language.
    assert count.text("en") == ("15 of 90 days used in the 180 days 18.09.2023 to 15.03.2024; "
                                "must leave by 29.05.2024")
    assert count.text("ru") == ("Использовано 15 из 90 дней за 180 дней с 18.09.2023 по "
                                "15.03.2024; выехать необходимо не позднее 29.05.2024")
    assert count.text("kk") == ("18.09.2023 – 15.03.2024 аралығындағы 180 күнде 90 күннің 15 "
                                "күні пайдаланылды; 29.05.2024 кешіктірмей шығу қажет")


def test_document_names_inside_sentences(book: RuleBook) -> None:
    # The passport ends on 2024-04-01, 17 days after 2024-03-15: within the 30-day alert.
    (alert,) = findings_of(book, RUSSIAN, "DOC-EXPIRY")
    assert alert.message == "The passport expires on 2024-04-01, in 17 days."
    assert alert.text("ru") == ("Срок действия документа «паспорт» истекает 01.04.2024; "
                                "осталось дней: 17.")
    assert alert.text("kk") == "«паспорт» құжатының мерзімі 01.04.2024 аяқталады; 17 күн қалды."


def test_deadline_titles_translate_from_the_english_stored_in_snapshots(book: RuleBook) -> None:
    texts = book.texts
    assert texts.title_in("Passport expires", "kk") == "Паспорттың мерзімі аяқталады"
    assert texts.title_in("Host notifies the police of arrival", "ru") == (
        "Принимающая сторона уведомляет полицию о прибытии")
    assert texts.title_in("Passport expires", "en") == "Passport expires"
    assert texts.title_in("A task the lawyer typed", "kk") == "A task the lawyer typed"


def test_every_text_has_three_languages_with_the_same_placeholders(book: RuleBook) -> None:
    import string

    def names(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for table in (book.texts.messages, book.texts.titles):
        for key, texts in table.items():
            assert set(texts) == {"en", "ru", "kk"}, key
            assert names(texts["ru"]) == names(texts["en"]) == names(texts["kk"]), key


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    return tmp_path / "kz.toml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "words"), [
    ('kk = "Мәртебені анықтау мүмкін емес: {missing}."\n', "",
     "messages: status_unknown must give en, ru and kk texts"),
    ('ru = "Статус невозможно определить: {missing}."',
     'ru = "Статус невозможно определить: {missed}."',
     "messages: status_unknown: every language must use the same {placeholders}"),
    ('[messages.apply_for_renewal]', '[messages.renew_now]',
     "messages: apply_for_renewal is missing"),
    ('en = "Fingerprinting"', 'en = ""', "deadline_titles: fingerprinting must give"),
])
def test_incomplete_texts_are_refused(rules_copy: Path, old: str, new: str, words: str) -> None:
    edit(rules_copy, old, new)
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(rules_copy)
    assert str(caught.value).startswith(str(rules_copy))
    assert words in str(caught.value)


def test_changing_a_placeholder_in_every_language_is_refused(rules_copy: Path) -> None:
    text = rules_copy.read_text(encoding="utf-8").replace("{fine}", "{amount}")
    rules_copy.write_text(text, encoding="utf-8")
    with pytest.raises(RuleDataError, match=r"messages: overstay_fine\.en: placeholders must be "
                                            r"\{days\} \{fine\} \{last\}"):
        load_rulebook(rules_copy)


def test_rules_check_names_the_problem(rules_copy: Path) -> None:
    edit(rules_copy, '[messages.apply_for_renewal]', '[messages.renew_now]')
    done = cli_runner.run(["rules", "check", str(rules_copy)], timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("messages: apply_for_renewal is missing (the engine "
                                        "needs it)")


def test_unconfirmed_rules_say_check_current_law_in_kazakh(book: RuleBook) -> None:
    # A Tajik citizen: STAY-04 is marked U and switched off, so the days are not counted.
    tajik = {"as_of": "2024-03-15", "citizenship": "TJ", "trips": [{"entry": "2024-03-01"}]}
    (note,) = findings_of(book, tajik, "STAY-04")
    assert note.text("kk") == (
        "ТМД-ның басқа визасыз мемлекеттері: екіжақты келісімдер бойынша мерзімдер: бұл ереже "
        "расталмаған, сондықтан күндер автоматты түрде есептелмейді (қолданыстағы заңнаманы "
        "тексеріңіз).")
    assert note.message.endswith("(check current law).")
