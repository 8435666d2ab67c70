"""Every interface string has a Kazakh, Russian and English translation, and the compiled files
that the app loads are present and load."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from legalaid.paths import resource

LANGUAGES = ("kk", "ru", "en")


def _messages(language: str) -> list[ET.Element]:
    tree = ET.parse(resource("translations", f"legalaid_{language}.ts"))
    return list(tree.iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 80
    untranslated = []
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            untranslated.append(message.findtext("source"))
    assert untranslated == []


@pytest.mark.parametrize("language", ("kk", "ru"))
def test_translations_differ_from_english(language: str) -> None:
    by_source = {m.findtext("source"): m.find("translation") for m in _messages(language)}
    assert by_source["Clients"].text == {"kk": "Клиенттер", "ru": "Клиенты"}[language]
    assert by_source["Settings"].text == {"kk": "Баптаулар", "ru": "Настройки"}[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translation_loads(qapp: object, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(resource("translations", f"legalaid_{language}.qm")))
    expected = {"kk": "Бүгін", "ru": "Сегодня", "en": "Today"}[language]
    assert translator.translate("MainWindow", "Today") == expected
