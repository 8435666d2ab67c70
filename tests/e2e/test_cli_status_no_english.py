"""``legalaid status --lang kk|ru`` prints no English word: every word of the output around the
rules file's sentences is in the language asked for. The English words are taken from the English
texts the program has (the interface catalogue and the rules file's sentences and titles), so a
new English label anywhere is caught without updating a list here."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests import cli_runner

from legalaid.paths import resource

pytestmark = pytest.mark.engine_agnostic

# Entered 01.03.2024 with a passport ending 10.04.2024: lawful on 15.03, overstaying by 15.07.
CLIENT = {
    "names": [{"family": "Петрова", "given": "Анна", "script": "cyrl"}],
    "citizenship": "RU",
    "documents": [{"type": "passport", "number": "750000001", "valid_until": "2024-04-10"}],
    "trips": [{"entry": "2024-03-01", "exit": None, "host_notified": "2024-03-02"}],
}
_WORD = re.compile(r"[A-Za-z]{3,}")
_RULE_ID = re.compile(r"\b[A-Z]+\d*(?:-[A-Z0-9]+)*\b")
# A citation names a published work or act as the rules file records it (in the work's language).
_CITATION = re.compile(r"\((?:дереккөз|источник): .*\)$")


def english_words() -> set[str]:
    texts = [m.findtext("source") or "" for m in
             ET.parse(resource("translations", "legalaid_en.ts")).iter("message")]
    rules = tomllib.loads(resource("rules", "kz.toml").read_text(encoding="utf-8"))
    for table in ("messages", "deadline_titles", "document_names"):
        texts += [entry["en"] for entry in rules[table].values()]
    texts += [convention["text"] for convention in rules.get("conventions", [])]
    words = {word.lower() for text in texts for word in _WORD.findall(text.replace("&", ""))}
    assert {"last", "lawful", "source", "warning"} <= words  # the catalogue was read
    return words


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_status_in_kazakh_or_russian_has_no_english_word(tmp_path: Path, language: str) -> None:
    added = legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([CLIENT]))
    assert added.returncode == 0, added.stderr
    english = english_words()
    found: dict[str, set[str]] = {}
    for as_of in ("2024-03-15", "2024-07-15"):
        done = legalaid(tmp_path, "status", "1", "--as-of", as_of, "--lang", language)
        assert done.returncode == 0, done.stderr
        assert "2024-" not in done.stdout  # dates as the interface shows them
        for line in done.stdout.splitlines():
            assert not line.endswith(")") or _CITATION.search(line) or "[" not in line, line
            said = _RULE_ID.sub(" ", _CITATION.sub("", line))
            words = {w.lower() for w in _WORD.findall(said)} & english
            if words:
                found[line] = words
    assert found == {}
