"""Every interface string has a Kazakh, Russian and English translation, and the compiled files
that the app loads are present and load."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import legalaid.gui
from legalaid.paths import resource

LANGUAGES = ("kk", "ru", "en")


def _messages(language: str) -> list[ET.Element]:
    tree = ET.parse(resource("translations", f"legalaid_{language}.ts"))
    return list(tree.iter("message"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 80
    assert _untranslated(messages) == []


def _untranslated(messages: list[ET.Element]) -> list[str | None]:
    missing = []
    for message in messages:
        translation = message.find("translation")
        texts = [] if translation is None else (
            [form.text for form in translation.findall("numerusform")] or [translation.text])
        if translation is None or translation.get("type") in (
                "unfinished", "vanished", "obsolete") or not all(t and t.strip() for t in texts):
            missing.append(message.findtext("source"))
    return missing


@pytest.mark.parametrize("language", ("kk", "ru"))
def test_every_string_of_the_sources_has_a_translation(tmp_path: Path, language: str) -> None:
    """The catalogue as ``tools/i18n.py update`` would collect it from today's sources: a
    string added to the interface without its Kazakh and Russian translation fails here, even
    before anyone re-collected the catalogues."""
    catalogue = tmp_path / f"legalaid_{language}.ts"
    shutil.copy(resource("translations", f"legalaid_{language}.ts"), catalogue)
    sources = sorted(str(path) for path in Path(legalaid.gui.__file__).parent.rglob("*.py"))
    assert len(sources) > 30
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), "-no-obsolete",
                    "-locations", "none", *sources, "-ts", str(catalogue)],
                   check=True, capture_output=True, timeout=120)
    messages = list(ET.parse(catalogue).iter("message"))
    assert len(messages) > 500
    assert _untranslated(messages) == []


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


def test_a_case_is_open_in_the_neuter_as_it_is_closed(qapp: object) -> None:
    """"Дело" is neuter: the case list reads "открыто" beside "закрыто"."""
    translator = QTranslator()
    assert translator.load(str(resource("translations", "legalaid_ru.qm")))
    assert translator.translate("CasesTab", "open") == "открыто"
    assert translator.translate("CasesTab", "closed") == "закрыто"
