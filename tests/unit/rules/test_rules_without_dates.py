"""The rules no other test module exercises on their own: LAB-01 (a labour immigrant's permit
allows the stay), the notes of the categories whose rules carry no date (LAB-02, REF-02, IRR-02,
ENF-03) and CIT-01, which concerns no category the engine assesses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Assess = Callable[..., dict[str, Any]]
Due = Callable[[dict[str, Any], str], list[str]]
Said = Callable[[dict[str, Any], str], str]


def test_lab01_the_permit_allows_the_stay_beyond_thirty_days(assess: Assess, due: Due,
                                                             said: Said) -> None:
    # An Uzbek labour immigrant entered 2024-01-20; without a permit STAY-03 would end the stay
    # on 2024-02-18 (entry + 29). The permit runs 2024-02-01 to 2025-01-31, so on 2024-04-01 the
    # stay is allowed until 2025-01-31: 29 days left in April + 31 + 30 + 31 + 31 + 30 + 31 + 30
    # + 31 (May to December) + 31 (January) = 305 days.
    result = assess({"as_of": "2024-04-01", "citizenship": "UZ", "category": "labour_immigrant",
                     "documents": [{"type": "labour_permit", "valid_from": "2024-02-01",
                                    "valid_until": "2025-01-31"}],
                     "trips": [{"entry": "2024-01-20", "exit": None,
                                "host_notified": "2024-01-22"}]})
    assert (result["regime"], result["status"]) == ("LAB-01", "LAWFUL")
    assert (result["last_lawful_day"], result["days_remaining"]) == ("2025-01-31", 305)
    assert due(result, "DOC-EXPIRY") == ["2025-01-31"]
    assert said(result, "LAB-01") == (
        "info: The stay is allowed by the labour immigrant permit, until 2025-01-31. | "
        "info: Household labour immigrants: permit for work for private persons, up to 12 months "
        "(stated only in a secondary source such as a research article; verify before relying "
        "on it).")


def test_lab01_without_the_permit_the_thirty_day_cap_applies(assess: Assess) -> None:
    result = assess({"as_of": "2024-04-01", "citizenship": "UZ", "category": "labour_immigrant",
                     "trips": [{"entry": "2024-01-20", "exit": None,
                                "host_notified": "2024-01-22"}]})
    # 2024-01-20 + 29 = 2024-02-18; present through 04-01: 12 + 31 days over (02-19..04-01).
    assert (result["regime"], result["last_lawful_day"]) == ("STAY-03", "2024-02-18")
    assert (result["status"], result["overstay_days"]) == ("OVERSTAY", 43)


@pytest.mark.parametrize(("category", "rule", "title"), [
    ("visa_worker", "LAB-02",
     "Visa-regime workers: the employer obtains a permit before arrival"),
    ("refugee", "REF-02", "Refugees: no disability, survivor or unemployment benefits; "
                          "no naturalisation without permanent residence"),
    ("labour_immigrant", "IRR-02",
     "A lawful entry turns irregular when the person works without a permit"),
    ("expelled", "ENF-03", "Readmission agreements (Switzerland, Uzbekistan, Belarus, Hungary, "
                           "Lithuania, Russia, Latvia, Moldova, Czech Republic, Germany, Norway, "
                           "Benelux)"),
])
def test_rules_stated_only_in_a_source_article_are_flagged(
        assess: Assess, said: Said, category: str, rule: str, title: str) -> None:
    result = assess({"as_of": "2024-04-01", "citizenship": "CN", "category": category,
                     "trips": [{"entry": "2024-03-20"}]})
    assert said(result, rule) == (f"info: {title} (stated only in a secondary source such as a "
                                  "research article; verify before relying on it).")


def test_cit01_concerns_no_category_the_engine_assesses(assess: Assess) -> None:
    for category in ("visitor", "refugee", "stateless", "kandas", "permanent_resident"):
        result = assess({"as_of": "2024-04-01", "citizenship": "CN", "category": category,
                         "trips": [{"entry": "2024-03-20"}]})
        assert all(f["rule"] != "CIT-01" for f in result["findings"])
