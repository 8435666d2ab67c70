"""Names in Cyrillic and Latin: transliteration, search keys and similarity.

One person arrives as ``Шухрат`` / ``Shukhrat`` / ``Shuhrat`` / ``Shuxrat``, or as
``Әсел Қоңыратова`` / ``Asel Konyratova`` / ``Äsel Qoñyratova`` / ``Асел Коныратова``. Search and
duplicate detection compare a *search key*: every spelling folded to one coarse Latin skeleton, in
which the letters that transliteration systems disagree on collapse together (ж/zh/j, х/kh/x/h,
қ/q/k, ы/й/y/i, Kazakh letters to their Russian look-alikes, doubled letters to one). The key is for
recall; ranking then uses :func:`similarity` on the keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from legalaid.domain.enums import Script

# Cyrillic (Russian + Kazakh + Uzbek/Tajik/Kyrgyz extras) -> coarse Latin for the search key.
_CYRILLIC_TO_KEY = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ў": "u", "ф": "f", "х": "h", "һ": "h", "ҳ": "h", "ц": "ts", "ч": "ch",
    "ҷ": "j", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ӣ": "i", "ӯ": "u",
}

# Latin letters that NFKD does not reduce to ASCII, or that stand for a digraph.
_LATIN_SPECIAL = {
    "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ə": "a", "ß": "ss", "ø": "o", "đ": "d", "ł": "l",
}

# Applied in order to the ASCII form: digraphs of the various romanisations, then y -> i.
_LATIN_FOLDS = (
    ("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"),
    ("x", "h"), ("q", "k"), ("w", "v"), ("ph", "f"), ("c", "ts"), ("tsh", "ch"),
    ("yo", "e"), ("ye", "e"), ("y", "i"),
)
_APOSTROPHES = re.compile(r"['’‘ʻʼ`´]")
_UZBEK_O = re.compile(r"o['’‘ʻʼ`´]")  # Uzbek Latin o' is Cyrillic ў
_NON_LETTERS = re.compile(r"[^a-z]+")
_REPEATS = re.compile(r"(.)\1+")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _to_ascii(text: str) -> str:
    """Lower-case Latin with diacritics removed and Cyrillic letters replaced."""
    out: list[str] = []
    for char in text.lower():
        if char in _CYRILLIC_TO_KEY:
            out.append(_CYRILLIC_TO_KEY[char])
        elif char in _LATIN_SPECIAL:
            out.append(_LATIN_SPECIAL[char])
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    for old, new in _LATIN_FOLDS:
        token = token.replace(old, new)
    return _REPEATS.sub(r"\1", token)


def name_tokens(text: str) -> list[str]:
    """The search-key tokens of a name, in order (empty tokens dropped)."""
    ascii_text = _APOSTROPHES.sub("", _UZBEK_O.sub("u", _to_ascii(text)))
    return [_fold_token(token) for token in _NON_LETTERS.split(ascii_text) if token]


def search_key(text: str) -> str:
    """The normalised key of a name: space-separated tokens, same for every spelling."""
    return " ".join(name_tokens(text))


def prefix_alternatives(token: str) -> tuple[str, ...]:
    """Prefixes to try for a partly typed last word.

    A word cut after the first letter of a digraph (``Shuk`` of ``Shukhrat``, ``Z`` of ``Zhumabek``)
    folds differently from the whole word, so the prefix without that letter is tried as well.
    """
    if len(token) > 2 and token[-1] in "kzsdgt":
        return (token, token[:-1])
    return (token,)


def similarity(first: str, second: str) -> float:
    """How alike two names are, from 0 to 1, whatever their scripts and word order."""
    return fuzz.token_sort_ratio(search_key(first), search_key(second)) / 100.0


def detect_script(text: str) -> Script:
    """The script most of the letters are in (Latin when there are none)."""
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return Script.CYRILLIC if cyrillic > latin else Script.LATIN


# --- transliteration offered to the user (readable, passport-like, not the coarse key) ----------

_CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ў": "u", "ф": "f", "х": "kh", "һ": "h", "ҳ": "h", "ц": "ts",
    "ч": "ch", "ҷ": "j", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ӣ": "i", "ӯ": "u",
}

# Longest first so that "shch" wins over "sh".
_LATIN_TO_CYRILLIC = (
    ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"),
    ("yu", "ю"), ("iu", "ю"), ("ya", "я"), ("ia", "я"), ("yo", "ё"), ("ye", "е"), ("gh", "г"),
    ("ä", "ә"), ("ğ", "ғ"), ("ñ", "ң"), ("ö", "ө"), ("ū", "ұ"), ("ü", "ү"), ("ş", "ш"),
    ("ç", "ч"), ("ı", "ы"), ("a", "а"), ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"),
    ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"),
    ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"),
    ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "х"), ("y", "й"), ("z", "з"),
)
_WORD = re.compile(r"\w+", re.UNICODE)
_LATIN_VOWELS = frozenset("aeiouäöüūıy")


def _match_case(source: str, target: str) -> str:
    if source.isupper() and len(source) > 1:
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def _cyrillic_word_to_latin(word: str) -> str:
    latin = "".join(_CYRILLIC_TO_LATIN.get(char, char) for char in word.lower())
    if word.lower().endswith(("ий", "ый")):  # Юрий -> Yurii reads better as Yuriy
        latin = latin[:-1] + "y"
    return _match_case(word, latin)


def _latin_word_to_cyrillic(word: str) -> str:
    lower = _APOSTROPHES.sub("", word.lower())
    out: list[str] = []
    position = 0
    while position < len(lower):
        for latin, cyrillic in _LATIN_TO_CYRILLIC:
            if lower.startswith(latin, position):
                if latin == "y" and position and lower[position - 1] not in _LATIN_VOWELS:
                    cyrillic = "ы"  # after a consonant y is the hard vowel: Qoñyratova
                out.append(cyrillic)
                position += len(latin)
                break
        else:
            out.append(lower[position])
            position += 1
    return _match_case(word, "".join(out))


def transliterate(text: str, to: Script) -> str:
    """A readable spelling of ``text`` in the other script, offered for the user to confirm."""
    convert = _cyrillic_word_to_latin if to is Script.LATIN else _latin_word_to_cyrillic
    return _WORD.sub(lambda match: convert(match.group(0)), text)
