"""Maintain the interface translations (``resources/translations/legalaid_{kk,ru,en}.ts``).

    python tools/i18n.py update            collect strings of src/legalaid/gui (pyside6-lupdate)
    python tools/i18n.py missing           list untranslated messages as JSON {context: [source]}
    python tools/i18n.py fill FILE.json    set translations from {context: {source: {kk, ru, en}}}
    python tools/i18n.py release           compile every .ts into the .qm the app loads
    python tools/i18n.py sync FILE.json    update + fill + release, then print what is still missing

Every command holds one file lock, so that several edits of the translation files never interleave.
Plural forms: give a list of strings instead of one string for a language.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "legalaid" / "gui"
LANGUAGES = ("kk", "ru", "en")
BIN = Path(sys.executable).parent


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"legalaid_{language}.ts"


@contextmanager
def locked() -> Iterator[None]:
    lock_path = Path(tempfile.gettempdir()) / "legalaid-i18n.lock"
    with lock_path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def update() -> None:
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    for language in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources,
             "-ts", str(ts_file(language))],
            check=True, stdout=subprocess.DEVNULL,
        )


def _messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _is_missing(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
    return translation.get("type") == "unfinished" or not all(texts)


def missing() -> dict[str, dict[str, list[str]]]:
    result: dict[str, dict[str, list[str]]] = {}
    for language in LANGUAGES:
        tree = ET.parse(ts_file(language))
        for context, message in _messages(tree):
            if _is_missing(message):
                source = message.findtext("source") or ""
                result.setdefault(language, {}).setdefault(context, []).append(source)
    return result


def fill(entries: dict[str, dict[str, dict[str, str | list[str]]]]) -> int:
    filled = 0
    for language in LANGUAGES:
        path = ts_file(language)
        tree = ET.parse(path)
        for context, message in _messages(tree):
            wanted = entries.get(context, {}).get(message.findtext("source") or "", {})
            if language in wanted:
                _set_translation(message, wanted[language])
                filled += 1
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return filled


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if isinstance(text, list):
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        for plural in text:
            ET.SubElement(translation, "numerusform").text = plural
    else:
        translation.text = text


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), str(ts_file(language)), "-qm",
             str(TRANSLATIONS / f"legalaid_{language}.qm")],
            check=True, stdout=subprocess.DEVNULL,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=("update", "missing", "fill", "release", "sync"))
    parser.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args(argv)
    with locked():
        if args.command in ("update", "sync"):
            update()
        if args.command in ("fill", "sync"):
            if args.file is None:
                parser.error("fill and sync need a JSON file of translations")
            entries = json.loads(args.file.read_text(encoding="utf-8"))
            print(f"{fill(entries)} translations set", file=sys.stderr)
        if args.command in ("release", "sync"):
            release()
        if args.command in ("missing", "sync"):
            print(json.dumps(missing(), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
