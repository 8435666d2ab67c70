"""Name keys: every spelling of CLIENTS.md's examples must fold to one key."""

import pytest

from legalaid.domain.enums import Script
from legalaid.domain.names import (
    detect_script,
    name_tokens,
    prefix_alternatives,
    search_key,
    similarity,
    transliterate,
)

SAME_PERSON = [
    ["Шухрат", "Shukhrat", "Shuhrat", "Shuxrat", "SHUKHRAT", "шухрат"],
    ["Әсел Қоңыратова", "Asel Konyratova", "Äsel Qoñyratova", "Асел Коныратова"],
    ["Жұмабек", "Zhumabek", "Jumabek"],
    ["Абдуллаев", "Abdullaev", "Abdullayev"],
    ["Юлия", "Yuliya", "Iuliia", "Yulia"],
    ["Евгений", "Yevgeniy", "Evgeny"],
    ["Ўткир", "O‘tkir", "O'tkir", "Utkir"],
    ["Ғайрат", "Gayrat", "G'ayrat", "Ğayrat"],
    ["Нұрсұлтан Үсенов", "Nursultan Usenov", "Нурсултан Усенов"],
]


@pytest.mark.parametrize("spellings", SAME_PERSON, ids=lambda group: group[1])
def test_every_spelling_of_a_person_has_the_same_key(spellings: list[str]) -> None:
    keys = {search_key(spelling) for spelling in spellings}
    assert len(keys) == 1, keys


def test_kazakh_letters_typed_as_russian_look_alikes_fold_together() -> None:
    assert search_key("ӘҒҚҢӨҰҮҺІ") == search_key("АГКНОУУХИ")


def test_different_people_keep_different_keys() -> None:
    assert search_key("Шухрат") != search_key("Шавкат")
    assert search_key("Асель") != search_key("Айгуль")


def test_tokens_split_on_spaces_hyphens_and_punctuation() -> None:
    assert name_tokens("Абдуллаев-Ким, Шухрат") == ["abdulaev", "kim", "shuhrat"]


def test_a_prefix_cut_inside_a_digraph_also_tries_the_shorter_prefix() -> None:
    assert "shu" in prefix_alternatives(name_tokens("Shuk")[0])
    assert "shuhrat".startswith(prefix_alternatives(name_tokens("Shuk")[0])[-1])


def test_similarity_ignores_script_and_word_order() -> None:
    assert similarity("Shukhrat Abdullaev", "Абдуллаев Шухрат") == 1.0
    assert 0.8 < similarity("Shukrat", "Shukhrat") < 1.0
    assert similarity("Shukhrat", "Marina") < 0.5


def test_detect_script() -> None:
    assert detect_script("Әсел") is Script.CYRILLIC
    assert detect_script("Äsel") is Script.LATIN


def test_transliteration_offers_readable_spellings() -> None:
    assert transliterate("Шухрат Абдуллаев", Script.LATIN) == "Shukhrat Abdullaev"
    assert transliterate("Әсел Қоңыратова", Script.LATIN) == "Asel Konyratova"
    assert transliterate("Юрий", Script.LATIN) == "Yuriy"
    assert transliterate("Shukhrat Abdullaev", Script.CYRILLIC) == "Шухрат Абдуллаев"
    assert transliterate("Äsel Qoñyratova", Script.CYRILLIC) == "Әсел Қоңыратова"
    assert transliterate("Yusuf Aliyev", Script.CYRILLIC) == "Юсуф Алиев"
