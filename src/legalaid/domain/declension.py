"""Russian personal names in the grammatical case a letter needs, and words chosen by sex.

A Russian letter says "представляет интересы Федорова Степана", "обратилась Каримова Дилноза".
Declension follows the petrovich rules (``pytrovich``) with the client's recorded sex. Where they
cannot be trusted the name stays in the nominative, as typed, after "гр." — the form Russian
official letters use for a name that is not declined:

- the sex is not recorded (or recorded as other): a name's endings depend on it;
- a part has letters outside the Russian alphabet (Kazakh Ғ Қ Ң Ө Ұ Ү Һ І Ә, Uzbek Ў Қ Ғ Ҳ,
  Tajik Ҷ Ӣ Ӯ): the rules are written for Russian spelling, and the name is printed exactly as in
  the passport;
- the rules have nothing for a part (a surname or a given name they do not know).

A Latin spelling (an embassy letter quoting the passport) is never declined and printed as it is.

A part written with a Turkic particle ("Алишер угли", "Асанбек уулу", "Лутфияр кызы", "… оглы",
"… улы"), as a patronymic or a Kyrgyz surname, is kept whole: neither the father's name nor the
particle is declined, while the other parts are.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from legalaid.domain.enums import Sex
from legalaid.domain.records import NameSpelling

# The rules' debug messages carry the name being declined: personal data stays out of any log.
logging.getLogger("pytrovich").setLevel(logging.WARNING)


class Case(StrEnum):
    NOMINATIVE = "nominative"
    GENITIVE = "genitive"
    DATIVE = "dative"
    ACCUSATIVE = "accusative"
    INSTRUMENTAL = "instrumental"
    PREPOSITIONAL = "prepositional"


#: Printed before a name left in the nominative where another case was asked for.
UNDECLINED_PREFIX = "гр. "
_RUSSIAN_WORD = re.compile(r"^[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*$")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = frozenset("аеёиоуыэюя")
_TURKIC_PATRONYMIC = frozenset({"угли", "уғли", "ўғли", "оглы", "оғлы", "уулу", "улы", "ұлы",
                                "кызы", "қызы", "кизи", "қизи"})


class PersonName(str):
    """A client's name as printed in the nominative, carrying its parts and the recorded sex so
    that a template can ask for another case (``{{ name|genitive }}``)."""

    spelling: NameSpelling
    sex: Sex | None

    def __new__(cls, spelling: NameSpelling, sex: Sex | None) -> PersonName:
        name = super().__new__(cls, spelling.full)
        name.spelling = spelling
        name.sex = sex
        return name


@dataclass(frozen=True)
class _Rules:
    maker: Any
    parts: dict[str, Any]
    genders: dict[Sex, Any]
    cases: dict[Case, Any]
    #: Per name part: (whole-word exceptions, suffixes), each a list of (gender, tests).
    tests: dict[str, tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, tuple[str, ...]]]]]


@cache
def _rules() -> _Rules:
    from pytrovich.enums import Case as PCase
    from pytrovich.enums import Gender, NamePart
    from pytrovich.maker import PetrovichDeclinationMaker

    with open(PetrovichDeclinationMaker.DEFAULT_PATH_TO_RULES_FILE, encoding="utf-8") as file:
        data = json.load(file)

    def entries(part: dict[str, Any], key: str) -> list[tuple[str, tuple[str, ...]]]:
        return [(str(rule["gender"]), tuple(rule["test"])) for rule in part.get(key, [])]

    return _Rules(
        maker=PetrovichDeclinationMaker(),
        parts={"family": NamePart.LASTNAME, "given": NamePart.FIRSTNAME,
               "patronymic": NamePart.MIDDLENAME},
        genders={Sex.MALE: Gender.MALE, Sex.FEMALE: Gender.FEMALE},
        cases={Case.GENITIVE: PCase.GENITIVE, Case.DATIVE: PCase.DATIVE,
               Case.ACCUSATIVE: PCase.ACCUSATIVE, Case.INSTRUMENTAL: PCase.INSTRUMENTAL,
               Case.PREPOSITIONAL: PCase.PREPOSITIONAL},
        tests={
            part: (entries(data[key], "exceptions"), entries(data[key], "suffixes"))
            for part, key in (("family", "lastname"), ("given", "firstname"),
                              ("patronymic", "middlename"))
        },
    )


def _known(part: str, word: str, sex: Sex) -> bool:
    """The rules have an exception or an ending for ``word`` that applies to ``sex`` (the
    library's own fallback also tries the male and androgynous rules)."""
    genders = {"male", "androgynous", "female" if sex == Sex.FEMALE else "male"}
    exceptions, suffixes = _rules().tests[part]
    lowered = word.lower()
    return any(
        gender in genders and any(lowered == test for test in tests)
        for gender, tests in exceptions
    ) or any(
        gender in genders and any(lowered.endswith(test) for test in tests)
        for gender, tests in suffixes
    )


def _decline_part(part: str, text: str, sex: Sex, case: Case) -> str | None:
    words = text.split()
    if len(words) == 2 and words[1].lower() in _TURKIC_PATRONYMIC:
        return text if _RUSSIAN_WORD.match(words[0]) else None
    if len(words) != 1 or not _RUSSIAN_WORD.match(text):
        return None
    if not all(_known(part, piece, sex) for piece in text.split("-")):
        return None
    rules = _rules()
    return str(rules.maker.make(rules.parts[part], rules.genders[sex], rules.cases[case], text))


def decline(spelling: NameSpelling, sex: Sex | None, case: Case) -> str | None:
    """The name in ``case``, or None where the rules cannot be trusted (see the module)."""
    if case == Case.NOMINATIVE:
        return spelling.full
    if sex not in (Sex.MALE, Sex.FEMALE):
        return None
    parts = [("family", spelling.family), ("given", spelling.given),
             ("patronymic", spelling.patronymic)]
    declined = []
    for part, text in parts:
        if not text:
            continue
        word = _decline_part(part, text.strip(), sex, case)
        if word is None:
            return None
        declined.append(word)
    return " ".join(declined) if declined else None


def name_in_case(name: object, case: Case) -> str:
    """``name`` declined for a Russian letter; "гр. " and the name as typed where a Cyrillic
    name cannot be declined (a typed name without its parts, or one the rules cannot be trusted
    with); a Latin spelling as it is."""
    text = " ".join(str(name).split())
    if case == Case.NOMINATIVE or not _CYRILLIC.search(text):
        return text  # a Latin spelling is quoted as in the passport, never declined
    if isinstance(name, PersonName):
        declined = decline(name.spelling, name.sex, case)
        if declined is not None:
            return declined
    return UNDECLINED_PREFIX + text


def by_sex(sex: Sex | None, masculine: str, feminine: str, neutral: str | None = None) -> str:
    """``masculine`` or ``feminine`` by the recorded sex; without one, ``neutral`` or the two
    forms written together word by word ("который работал" / "которая работала" →
    "который(ая) работал(а)")."""
    if sex == Sex.MALE:
        return masculine
    if sex == Sex.FEMALE:
        return feminine
    if neutral is not None:
        return neutral
    male_words, female_words = masculine.split(), feminine.split()
    if len(male_words) != len(female_words):
        return f"{masculine} ({feminine})"
    return " ".join(_both(male, female) for male, female in zip(male_words, female_words,
                                                                strict=True))


def _both(masculine: str, feminine: str) -> str:
    """One word in both forms: "работал(а)", "который(ая)", "проживающего(ей)"."""
    if masculine == feminine:
        return masculine
    common = 0
    while (common < min(len(masculine), len(feminine))
           and masculine[common] == feminine[common]):
        common += 1
    # The feminine ending starts where the masculine one does: "проживающ|его" / "проживающ|ей".
    while 0 < common < len(masculine) and masculine[common - 1].lower() in _VOWELS:
        common -= 1
    return f"{masculine}({feminine[common:]})" if common else f"{masculine}/{feminine}"
