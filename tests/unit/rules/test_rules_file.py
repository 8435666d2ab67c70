"""The rules file: the shipped one is complete and valid; a broken one is refused naming the
file, the rule and the problem; U rules are never applied silently."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from legalaid.domain.enums import DocumentType
from legalaid.errors import RuleDataError
from legalaid.paths import resource
from legalaid.rules import RuleBook, load_rulebook

RULE_IDS = ["STAY-01", "STAY-02", "STAY-03", "STAY-04", "STAY-05", "REG-01", "REG-02",
            "EAEU-01", "EAEU-02", "EAEU-03", "EAEU-04", "LAB-01", "LAB-02", "ASY-01", "ASY-02",
            "ASY-03", "ASY-04", "ASY-05", "ASY-06", "REF-01", "REF-02", "STL-01", "STL-02",
            "KAN-01", "CIT-01", "IRR-01", "IRR-02", "ENF-01", "ENF-02", "ENF-03"]


def test_every_rule_of_the_specification_is_in_the_shipped_file(book: RuleBook) -> None:
    assert set(RULE_IDS) <= set(book.rules)
    for rule in book.rules.values():
        assert rule.citation and rule.title and rule.confidence in ("C", "S", "U")


def test_citizenship_table(book: RuleBook) -> None:
    assert {c for c, r in book.regime_by_country.items() if r == "STAY-02"} == {
        "RU", "BY", "AM", "KG"}
    assert book.regime_by_country["UZ"] == "STAY-03"
    for code in ("US", "GB", "JP", "DE", "FR", "IT"):
        assert book.regime_by_country[code] == "STAY-01"
    assert book.regime_by_country["TJ"] == "STAY-04"
    assert "KZ" not in book.regime_by_country
    assert book.rule("STAY-02").effective_from == dt.date(2023, 1, 27)


def test_unconfirmed_rules_are_switched_off(book: RuleBook) -> None:
    for rule in book.rules.values():
        if rule.confidence == "U":
            assert not rule.enabled, rule.id


def test_default_document_terms(book: RuleBook) -> None:
    terms = book.document_terms
    assert (terms[DocumentType.STATELESS_CERTIFICATE].years, terms[
        DocumentType.ASYLUM_CERTIFICATE].months) == (5, 3)
    assert terms[DocumentType.REFUGEE_CERTIFICATE].years == 1
    assert terms[DocumentType.KANDAS_STATUS].years == 1


def test_holidays(book: RuleBook) -> None:
    holidays = book.holidays
    assert not holidays.is_working_day(dt.date(2025, 3, 21))  # Nauryz
    assert not holidays.is_working_day(dt.date(2025, 6, 6))  # Kurban Ait 2025
    assert holidays.is_working_day(dt.date(2025, 6, 5))
    assert holidays.add_working_days(dt.date(2024, 12, 13), 3) == dt.date(2024, 12, 19)


def test_default_rulebook_is_cached() -> None:
    assert load_rulebook() is load_rulebook()


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    return tmp_path / "kz.toml"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_copy_of_the_shipped_file_loads(rules_copy: Path) -> None:
    assert len(load_rulebook(rules_copy).rules) == len(load_rulebook().rules)


@pytest.mark.parametrize(("old", "new", "words"), [
    ('categories = ["visitor", "eaeu_worker"]\nconfidence = "S"',
     'categories = ["visitor", "eaeu_worker"]\nconfidence = "maybe"',
     "rule STAY-02: confidence must be C, S or U"),
    ('title_kk = "ЕАЭО азаматтары: кез келген 180 күннің 90 күні"\n', "",
     "rule STAY-02: title_kk is missing"),
    ("params = { window_days = 180, window_limit = 90 }\ncitation = \"research article",
     "params = { window_days = 180, window_limit = -90 }\ncitation = \"research article",
     "rule STAY-02: parameter window_limit must be a positive whole number"),
    ("params = { window_days = 180, window_limit = 90 }\ncitation = \"research article",
     "params = { window_days = 180 }\ncitation = \"research article",
     "rule STAY-02: parameter window_limit is missing"),
    ('categories = ["asylum_seeker"]\nconfidence = "C"\nparams = { days = 5 }',
     'categories = ["asylum_seekers"]\nconfidence = "C"\nparams = { days = 5 }',
     "rule ASY-01: categories: unknown value 'asylum_seekers'"),
    ('effective_from = 2023-01-27\nparams = { per_stay_days = 30, window_days = 180, '
     'window_limit = 90 }\ncitation = "research article',
     'effective_from = "27.01.2023"\nparams = { per_stay_days = 30, window_days = 180, '
     'window_limit = 90 }\ncitation = "research article',
     "rule STAY-01: effective_from must be a date"),
    ('id = "ENF-02"', 'id = "ENF-2"', "rule ENF-02: rule is missing"),
    ('"STAY-03" = ["UZ"]', '"STAY-03" = ["UZ", "RU"]', "citizenship: RU is listed under"),
    ('"STAY-03" = ["UZ"]', '"STAY-03" = ["UZB"]', "citizenship: STAY-03: 'UZB' is not"),
    ('"STAY-03" = ["UZ"]', '"STAY-09" = ["UZ"]', "citizenship: unknown rule 'STAY-09'"),
    ("stateless_certificate = { years = 5,", "stateless_certificate = { years = \"five\",",
     "document_terms: stateless_certificate"),
    ("schema = 1", "schema = 1\n[oops", "not valid TOML"),
])
def test_errors_name_file_rule_and_problem(
        rules_copy: Path, old: str, new: str, words: str) -> None:
    edit(rules_copy, old, new)
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(rules_copy)
    message = str(caught.value)
    assert message.startswith(str(rules_copy))
    assert words in message


def test_broken_holiday_table_is_refused(rules_copy: Path) -> None:
    edit(rules_copy.parent / "holidays_kz.toml", '"03-08"', '"03-38"')
    with pytest.raises(RuleDataError, match=r"holidays_kz\.toml: holidays: fixed date '03-38'"):
        load_rulebook(rules_copy)


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleDataError, match="cannot read the file"):
        load_rulebook(tmp_path / "nothing.toml")


def test_an_ngo_can_change_a_number(rules_copy: Path) -> None:
    edit(rules_copy, "per_stay_days = 30, window_days = 180, window_limit = 90 }\n"
         "citation = \"research article",
         "per_stay_days = 60, window_days = 180, window_limit = 90 }\n"
         "citation = \"research article")
    assert load_rulebook(rules_copy).rule("STAY-01").number("per_stay_days") == 60
