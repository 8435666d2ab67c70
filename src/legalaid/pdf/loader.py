"""Reading and checking template files: every problem is reported with its file and line.

``check_file`` collects all problems of one file (for ``legalaid forms check``); ``load_template``
refuses a file with any problem; ``load_templates`` reads the whole ``forms/`` directory.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from legalaid.domain.enums import Category, Script
from legalaid.errors import TemplateError
from legalaid.paths import forms_dir
from legalaid.pdf.context import SOURCES
from legalaid.pdf.templates import (
    BUILTINS,
    CATEGORIES,
    CONSENT_PURPOSES,
    FIELD_TYPES,
    GLOBALS,
    LANGUAGES,
    FieldSpec,
    LetterTemplate,
    environment,
)

_ALLOWED_TAGS = re.compile(r"</?(b|i|u)>|<br/>")
_TAG = re.compile(r"<[^>]*>")
_BARE_AMPERSAND = re.compile(r"&(?!(amp|lt|gt|quot|#\d+);)")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class _Collector:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.problems: list[Problem] = []

    def add(self, line: int, message: str) -> None:
        problem = Problem(self.path, line, message)
        if problem not in self.problems:  # a name used twice on a line is one problem
            self.problems.append(problem)

    def line_of(self, pattern: str, after: int = 0) -> int:
        """1-based line of the first line matching ``pattern`` at or after line ``after``."""
        regex = re.compile(pattern)
        for number, line in enumerate(self.lines[after:], start=after + 1):
            if regex.search(line):
                return number
        return 1


def _body_start(collector: _Collector, language: str) -> int:
    """The file line where the text of ``body.<language>`` starts."""
    section = collector.line_of(r"^\s*\[body\]")
    key = collector.line_of(rf"^\s*{language}\s*=", after=section)
    # A multi-line string that opens with a line break starts on the next line.
    line = collector.lines[key - 1] if key <= len(collector.lines) else ""
    return key + 1 if re.search(r'=\s*("""|\'\'\')\s*$', line) else key


def _text_map(collector: _Collector, data: Mapping[str, Any], key: str) -> dict[str, str]:
    value = data.get(key)
    line = collector.line_of(rf"^\s*(\[{key}\]|{key}\s*=)")
    if not isinstance(value, dict):
        collector.add(line, f"{key}: missing (a table with ru, kk and en)")
        return {}
    result = {lang: text for lang, text in value.items() if isinstance(text, str) and text.strip()}
    for language in LANGUAGES:
        if language not in result:
            collector.add(line, f"{key}.{language}: missing language")
    return result


def _field(collector: _Collector, index: int, raw: Any) -> FieldSpec | None:
    line = collector.line_of(r"^\s*\[\[fields\]\]|^\s*fields\s*=")
    if isinstance(raw, dict) and raw.get("name"):
        line = collector.line_of(rf"name\s*=\s*[\"']{re.escape(str(raw['name']))}[\"']", after=0)
    if not isinstance(raw, dict) or not _ID.match(str(raw.get("name", ""))):
        collector.add(line, f"fields[{index}]: name missing or not lower_case_with_underscores")
        return None
    name, source = str(raw["name"]), raw.get("source")
    if source is not None and source not in SOURCES:
        collector.add(line, f"fields[{index}] ({name}): unknown source {source!r}")
        return None
    kind = raw.get("type", SOURCES[source][0] if source else "text")
    if kind not in FIELD_TYPES:
        collector.add(line, f"fields[{index}] ({name}): type must be one of "
                      f"{', '.join(FIELD_TYPES)}")
        return None
    choices = tuple(str(choice) for choice in raw.get("choices", ()))
    if kind == "choice" and not choices:
        collector.add(line, f"fields[{index}] ({name}): a choice field needs choices")
    choice_labels = _choice_labels(collector, line, f"fields[{index}] ({name})", raw, choices,
                                   asked=kind == "choice" and source is None)
    label = raw.get("label")
    labelled = isinstance(label, dict) and all(lang in label for lang in LANGUAGES)
    if source is None and not labelled:
        collector.add(line, f"fields[{index}] ({name}): a wizard field needs label.ru/kk/en")
    return FieldSpec(name=name, type=kind, required=bool(raw.get("required", False)),
                     source=source, label=label if isinstance(label, dict) else None,
                     choices=choices, choice_labels=choice_labels)


def _choice_labels(collector: _Collector, line: int, where: str, raw: dict[str, Any],
                   choices: tuple[str, ...], asked: bool) -> dict[str, dict[str, str]] | None:
    """``choice_labels = { value = { ru = "…", kk = "…", en = "…" }, … }``: every choice of a
    field the wizard asks for needs a label in every language, and no label names a value that
    is not a choice."""
    labels = raw.get("choice_labels")
    if labels is None:
        if asked:
            collector.add(line, f"{where}: choice_labels missing (a label in ru, kk and en "
                          "for each choice)")
        return None
    if not isinstance(labels, dict):
        collector.add(line, f"{where}: choice_labels must be a table of choices")
        return None
    for value in set(labels) - set(choices):
        collector.add(line, f"{where}: choice_labels.{value} is not one of the choices")
    result: dict[str, dict[str, str]] = {}
    for choice in choices:
        texts = labels.get(choice)
        texts = texts if isinstance(texts, dict) else {}
        missing = [lang for lang in LANGUAGES
                   if not (isinstance(texts.get(lang), str) and texts[lang].strip())]
        if missing:
            collector.add(line, f"{where}: choice_labels.{choice} missing "
                          f"{', '.join(missing)}")
        result[choice] = {lang: str(text) for lang, text in texts.items()}
    return result


def _consent(collector: _Collector, data: dict[str, Any], category: object) -> str:
    """The consent purpose: stated in the file, or the default of its category; a referral
    always needs the client's consent to referral."""
    default = "referral" if category == "referral" else "legal_aid"
    consent = data.get("consent", default)
    line = collector.line_of(r"^\s*consent\s*=")
    if consent not in CONSENT_PURPOSES:
        collector.add(line, f"consent: must be one of {', '.join(CONSENT_PURPOSES)}")
    elif category == "referral" and consent != "referral":
        collector.add(line, "consent: a referral form needs consent = \"referral\"")
    return str(consent)


def _check_body(collector: _Collector, language: str, source: str, known: set[str]) -> None:
    start = _body_start(collector, language)
    for offset, text in enumerate(source.splitlines()):
        for tag in _TAG.findall(text):
            if not _ALLOWED_TAGS.fullmatch(tag) and not tag.startswith("<{"):
                collector.add(start + offset, f"body.{language}: markup {tag} not allowed "
                              "(use <b>, <i>, <u>, <br/>; write &lt; for <)")
        if _BARE_AMPERSAND.search(text):
            collector.add(start + offset, f"body.{language}: write &amp; for &")
    try:
        tree = environment(language).parse(source)
    except jinja2.TemplateSyntaxError as error:
        collector.add(start + (error.lineno or 1) - 1, f"body.{language}: {error.message}")
        return
    assigned = {node.name for node in tree.find_all(nodes.Name) if node.ctx in ("store", "param")}
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name not in known | assigned:
            collector.add(start + node.lineno - 1, f"body.{language}: unknown field {node.name!r}")


def _build(collector: _Collector, data: dict[str, Any]) -> LetterTemplate | None:
    template_id = data.get("id")
    if not isinstance(template_id, str) or not _ID.match(template_id):
        collector.add(collector.line_of(r"^\s*id\s*="),
                      "id: missing or not lower_case_with_underscores")
    category = data.get("category")
    if category not in CATEGORIES:
        collector.add(collector.line_of(r"^\s*category\s*="),
                      "category: must be letter or referral")
    recipient = data.get("recipient", {})
    script = recipient.get("script") if isinstance(recipient, dict) else None
    if script not in {item.value for item in Script}:
        collector.add(collector.line_of(r"^\s*\[recipient\]"),
                      "recipient.script: must be cyrl or latn")
    for key in set(recipient) - {"kind", "script"} if isinstance(recipient, dict) else ():
        collector.add(collector.line_of(r"^\s*\[recipient\]"), f"recipient.{key}: unknown key "
                      "(keys after a [table] header belong to it: move them above)")
    suits = data.get("suits", [])
    unknown = [item for item in suits if item not in {c.value for c in Category} | {"any"}]
    if unknown:
        collector.add(collector.line_of(r"^\s*suits\s*="), f"suits: unknown categories {unknown}")
    consent = _consent(collector, data, category)
    title = _text_map(collector, data, "title")
    body = _text_map(collector, data, "body")
    specs = [_field(collector, index, raw) for index, raw in enumerate(data.get("fields", []))]
    fields = tuple(spec for spec in specs if spec is not None)
    known = {spec.name for spec in fields} | set(BUILTINS) | set(GLOBALS)
    for language, source in body.items():
        _check_body(collector, language, source, known)
    if collector.problems:
        return None
    return LetterTemplate(
        id=str(template_id), path=collector.path, category=str(category), title=title,
        recipient_kind=str(recipient.get("kind", "")), recipient_script=str(script),
        suits=tuple(suits), fields=fields, body=body,
        body_lines={language: _body_start(collector, language) for language in body},
        consent=consent,
    )


def _read(path: Path) -> tuple[LetterTemplate | None, list[Problem]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(path, 1, f"cannot read: {error}")]
    collector = _Collector(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        collector.add(int(match.group(1)) if match else 1, f"not valid TOML: {error}")
        return None, collector.problems
    template = _build(collector, data)
    return template, collector.problems


def check_file(path: Path) -> list[Problem]:
    """Every problem of one template file (empty when it is fine)."""
    return _read(path)[1]


# Parsed templates by file, with the (mtime, size) they were read at: a batch or the wizard asks
# for templates again and again, and checking them costs far more than rendering a letter. An
# edited file has a new stamp and is read again.
_LOADED: dict[Path, tuple[tuple[int, int], LetterTemplate]] = {}


def load_template(path: Path) -> LetterTemplate:
    """A template file, or TemplateError naming the file and the line of its first problem."""
    try:
        status = path.stat()
        stamp = (status.st_mtime_ns, status.st_size)
    except OSError:
        stamp = (-1, -1)
    cached = _LOADED.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    template, problems = _read(path)
    if problems or template is None:
        raise TemplateError(str(problems[0]) if problems else f"{path}: not a template")
    _LOADED[path] = (stamp, template)
    return template


def template_files(directory: Path | None = None) -> list[Path]:
    return sorted((directory or forms_dir()).glob("*.toml"))


def load_templates(directory: Path | None = None) -> list[LetterTemplate]:
    """Every template in ``forms/`` (or ``directory``), sorted by file name."""
    return [load_template(path) for path in template_files(directory)]


def find_template(template_id: str, directory: Path | None = None) -> LetterTemplate:
    for template in load_templates(directory):
        if template.id == template_id:
            return template
    raise TemplateError(f"no template with id {template_id!r}")
