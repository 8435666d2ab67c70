"""What the engine says, in Kazakh, Russian and English, from the rules file.

The sentences of findings, the titles of deadlines and the names of documents live in the rules
file beside the rules (``[messages.*]``, ``[deadline_titles.*]``, ``[document_names.*]``), one
line per language, so that a lawyer can correct a translation without a programmer. The loader
checks that every text the engine needs is there in all three languages with the same
``{placeholders}``. English is the language of the JSON contract (SCENARIOS.md); the interface
asks for the others with ``Finding.text(lang)`` and ``Texts.title_in(title, lang)``.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from legalaid.domain.enums import DocumentType

LANGUAGES = ("en", "ru", "kk")

# Every message the engine writes, with the placeholders it fills in.
MESSAGES: dict[str, frozenset[str]] = {
    key: frozenset(names.split()) for key, names in {
        "status_unknown": "missing",
        "missing_trips": "",
        "missing_citizenship": "",
        "missing_document": "country",
        "missing_unconfirmed_limit": "country",
        "missing_before_rule": "rule start",
        "protected_asylum": "",
        "protected_stateless": "",
        "covered_until": "document until",
        "covered_open": "document",
        "covered_grace": "until",
        "unconfirmed_count": "title",
        "days_used_must_leave": "used limit window first last_in_window last",
        "days_used_had_to_leave": "used limit window first last_in_window last",
        "per_stay_cap": "days entry last",
        "entered_before_rule": "entry rule start",
        "overstay_warning": "days last",
        "overstay_fine": "days last fine",
        "overstay_expulsion": "days last",
        "no_next_entry": "",
        "document_expired": "document date",
        "document_expires": "document date days",
        "apply_for_renewal": "",
        "kandas_extension": "months",
        "asylum_apply_by": "due days entry",
        "asylum_registered_late": "date due",
        "stateless_answer_due": "date due",
        "arrival_not_notified": "due",
        "arrival_notified_late": "date due",
        "contract_ended_early": "due",
        "entry_ban_in_force": "date",
        "note_unconfirmed": "title",
        "note_seed_only": "title",
        "note_confirmed": "title",
        "irregular_entry": "date",
        "border_run": "exit entry days",
    }.items()
}
# Deadline titles the engine gives besides "<document> expires".
TITLES = ("apply_for_asylum", "fingerprinting", "asylum_decision", "asylum_decision_latest",
          "origin_answer_due", "register_stay", "host_notifies", "sign_new_contract",
          "entry_ban_ends", "must_leave")


@dataclass(frozen=True)
class Phrase:
    """A message of the rules file with its values, written out in any language on demand."""

    key: str
    args: Mapping[str, Any]


@dataclass(frozen=True)
class Joined:
    """Sentences written one after the other (e.g. an expiry and "Apply for renewal now.")."""

    parts: tuple[Phrase, ...]


@dataclass(frozen=True)
class Texts:
    """The three-language texts of a rules file (validated by the loader)."""

    messages: Mapping[str, Mapping[str, str]]
    titles: Mapping[str, Mapping[str, str]]  # deadline title id -> language -> text
    document_names: Mapping[DocumentType, Mapping[str, str]]
    document_titles: Mapping[DocumentType, Mapping[str, str]]  # "Passport expires" ...
    by_english_title: Mapping[str, Mapping[str, str]]

    def title(self, key: str) -> str:
        """The English title of a deadline (the JSON contract's language)."""
        return self.titles[key]["en"]

    def title_in(self, english: str, language: str) -> str:
        """A deadline title (as the engine or a stored snapshot gives it) in ``language``;
        unknown titles are returned unchanged."""
        return self.by_english_title.get(english, {}).get(language, english)

    def render(self, phrase: Phrase | Joined, language: str, *, iso_dates: bool = False) -> str:
        """The sentence in ``language``; dates as dd.mm.yyyy for a reader, ISO with
        ``iso_dates`` (the English message of the JSON contract)."""
        if isinstance(phrase, Joined):
            return " ".join(self.render(part, language, iso_dates=iso_dates)
                            for part in phrase.parts)
        values = {name: self._value(value, language, iso_dates)
                  for name, value in phrase.args.items()}
        return self.messages[phrase.key][language].format(**values)

    def all_languages(self, phrase: Phrase | Joined) -> dict[str, str]:
        return {language: self.render(phrase, language) for language in LANGUAGES}

    def in_languages(self, phrase: Phrase | Joined) -> Mapping[str, str]:
        """``all_languages``, written out when first read."""
        return _InLanguages(self, phrase)

    def _value(self, value: Any, language: str, iso_dates: bool) -> str:
        if isinstance(value, Phrase):
            return self.render(value, language, iso_dates=iso_dates)
        if isinstance(value, DocumentType):
            return self.document_names[value][language]
        if isinstance(value, dt.date):
            # ISO in the JSON contract; dd.mm.yyyy, as the interface shows dates, for a reader.
            return value.isoformat() if iso_dates else value.strftime("%d.%m.%Y")
        if isinstance(value, RuleTitle):
            return value.titles.get(language, value.titles["en"])
        return str(value)


class _InLanguages(Mapping[str, str]):
    """A sentence in every interface language, written out on first reading: most explanations
    are only compared or shown in one language (the impact preview compares the English message
    of every finding of tens of thousands of clients), and writing the other two cost as much
    as the rest of the explanation."""

    __slots__ = ("_phrase", "_texts", "_written")

    def __init__(self, texts: Texts, phrase: Phrase | Joined) -> None:
        self._texts = texts
        self._phrase = phrase
        self._written: dict[str, str] | None = None

    def _all(self) -> dict[str, str]:
        if self._written is None:
            self._written = self._texts.all_languages(self._phrase)
        return self._written

    def __getitem__(self, language: str) -> str:
        return self._all()[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


@dataclass(frozen=True)
class RuleTitle:
    """A rule's title in the languages the rules file gives (English always)."""

    titles: Mapping[str, str]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def load_texts(raw: Mapping[str, Any], fail: Callable[[str, str], None]) -> Texts:
    """Check and build the texts; ``fail(where, problem)`` raises the loader's error."""
    messages = _table(raw.get("messages"), "messages", fail)
    for key, needed in MESSAGES.items():
        if key not in messages:
            fail("messages", f"{key} is missing (the engine needs it)")
        for language, text in messages[key].items():
            if placeholders(text) != needed:
                fail("messages", f"{key}.{language}: placeholders must be "
                                 f"{_braces(needed)}, not {_braces(placeholders(text))}")
    for key in sorted(set(messages) - set(MESSAGES)):
        fail("messages", f"{key} is not a message the engine writes")
    titles = _table(raw.get("deadline_titles"), "deadline_titles", fail)
    for key in TITLES:
        if key not in titles:
            fail("deadline_titles", f"{key} is missing (the engine needs it)")
    names = _table(raw.get("document_names"), "document_names", fail)
    document_names, document_titles = {}, {}
    for kind in DocumentType:
        if kind.value not in names or kind.value not in titles:
            fail("document_names", f"{kind.value} needs a name and a deadline title "
                                   "(document_names and deadline_titles)")
        document_names[kind] = names[kind.value]
        document_titles[kind] = titles[kind.value]
    for key in sorted(set(titles) - set(TITLES) - {k.value for k in DocumentType}):
        fail("deadline_titles", f"{key} is not a deadline title the engine gives")
    by_english = {text["en"]: text for text in titles.values()}
    return Texts(messages, titles, document_names, document_titles, by_english)


def _table(value: Any, where: str, fail: Callable[[str, str], None]) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        fail(where, "must be a table of texts in kk, ru and en")
    result: dict[str, dict[str, str]] = {}
    for key, texts in value.items():
        if not isinstance(texts, dict) or set(texts) != set(LANGUAGES) or not all(
                isinstance(text, str) and text.strip() for text in texts.values()):
            fail(where, f"{key} must give en, ru and kk texts (and nothing else)")
        same = {frozenset(placeholders(text)) for text in texts.values()}
        if len(same) > 1:
            fail(where, f"{key}: every language must use the same {{placeholders}}")
        result[key] = {language: texts[language] for language in LANGUAGES}
    return result


def _braces(names: frozenset[str] | set[str]) -> str:
    return " ".join(f"{{{name}}}" for name in sorted(names)) or "none"
