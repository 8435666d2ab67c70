"""Counting conventions are data (issue 13, item 3): each one the engine applies is an entry of
the rules file with an id, a citation and a confidence mark, listed in the explanation; a new
entry starts a new per-stay count; a re-entry within a day of an exit is flagged."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legalaid.errors import RuleDataError
from legalaid.paths import resource
from legalaid.rules import RuleBook, evaluate, load_rulebook, parse_scenario
from legalaid.rules.conventions import conventions_of

Result = dict[str, Any]
# Left 2024-03-20, back 2024-03-21 (a US citizen, 30 days per stay).
BORDER_RUN = {"as_of": "2024-03-25", "citizenship": "US",
              "trips": [{"entry": "2024-03-01", "exit": "2024-03-20"}, {"entry": "2024-03-21"}]}


def test_the_rules_file_holds_every_convention(book: RuleBook) -> None:
    ids = set(book.conventions)
    assert {"K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"} <= ids
    for convention in book.conventions.values():
        assert convention.citation and convention.confidence in ("C", "S", "U")
        assert set(convention.texts) == {"en", "ru", "kk"}
    assert book.conventions["K9"].confidence == "U"


def test_a_new_entry_starts_a_new_per_stay_count(assess: Callable[..., Result]) -> None:
    # 2024-03-21 + 29 = 2024-04-19; the 90/180 window (from 03-01: 05-29) does not bind.
    result = assess(BORDER_RUN)
    assert result["last_lawful_day"] == "2024-04-19"
    assert result["status"] == "LAWFUL"


def test_a_re_entry_the_day_after_an_exit_is_flagged(said: Callable[[Result, str], str],
                                                      assess: Callable[..., Result]) -> None:
    text = said(assess(BORDER_RUN), "K9")
    assert text.startswith("warning:")
    assert "check current law" in text and "2024-03-20" in text and "2024-03-21" in text


def test_no_flag_after_a_longer_absence(said: Callable[[Result, str], str],
                                        assess: Callable[..., Result]) -> None:
    scenario = {**BORDER_RUN, "trips": [{"entry": "2024-03-01", "exit": "2024-03-20"},
                                        {"entry": "2024-03-22"}]}
    assert said(assess(scenario), "K9") == ""


def test_an_overstay_before_a_back_to_back_re_entry_dates_from_its_first_day(
        assess: Callable[..., Result]) -> None:
    # Present every day from 2024-01-01: 90 days end on 2024-03-30 (leap year: 31 + 29 + 30).
    result = assess({"as_of": "2024-04-10", "citizenship": "RU",
                     "trips": [{"entry": "2024-01-01", "exit": "2024-04-05"},
                               {"entry": "2024-04-06"}]})
    assert result["last_lawful_day"] == "2024-03-30"
    assert result["overstay_days"] == 11  # 03-31 to 04-10
    assert result["status"] == "OVERSTAY"


def test_the_explanation_lists_the_conventions_applied(book: RuleBook) -> None:
    facts, as_of = parse_scenario(BORDER_RUN)
    assessment = evaluate(facts, as_of, book)
    ids = [c.id for c in assessment.conventions]
    assert {"K1", "K2", "K3", "K4", "K7", "K9"} <= set(ids)
    shown = conventions_of(assessment, "ru")
    assert all(text and citation and mark in "CSU" for _, text, citation, mark in shown)


def _copy(tmp_path: Path) -> Path:
    for name in ("kz.toml", "holidays_kz.toml"):
        shutil.copy(resource("rules", name), tmp_path / name)
    return tmp_path / "kz.toml"


@pytest.mark.parametrize("key", ["citation", "confidence"])
def test_a_convention_without_citation_or_mark_is_refused(tmp_path: Path, key: str) -> None:
    rules = _copy(tmp_path)
    lines = rules.read_text().splitlines(keepends=True)
    start = lines.index('id = "K3"\n')
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(f"{key} ="))
    del lines[end]
    rules.write_text("".join(lines))
    with pytest.raises(RuleDataError, match=f"convention K3: {key}"):
        load_rulebook(rules)


def test_a_question_before_the_rule_took_effect_names_k8(book: RuleBook) -> None:
    facts, as_of = parse_scenario({"as_of": "2023-01-20", "citizenship": "RU",
                                   "trips": [{"entry": "2023-01-01"}]})
    # K8, and K6 for the host's notification (3 working days); no day was counted.
    assert [c.id for c in evaluate(facts, as_of, book).conventions] == ["K6", "K8"]


def test_an_unconfirmed_day_count_lists_no_counting_convention(book: RuleBook) -> None:
    facts, as_of = parse_scenario({"as_of": "2024-03-20", "citizenship": "TJ",
                                   "trips": [{"entry": "2024-03-01"}]})
    assessment = evaluate(facts, as_of, book)
    assert assessment.regime == "STAY-04"
    assert not {"K1", "K2", "K3", "K4", "K7"} & {c.id for c in assessment.conventions}
