"""Template files: what ``forms check`` finds, with file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from legalaid.errors import TemplateError
from legalaid.pdf.loader import check_file, load_template, template_files

GOOD = '''id = "demo"
category = "letter"
suits = ["any"]
fields = [
  { name = "name", source = "client.name", required = true },
]

[title]
ru = "Демо"
kk = "Демо"
en = "Demo"

[recipient]
kind = "host"
script = "cyrl"

[body]
ru = """
Текст {{ name }}.
"""
kk = """
Мәтін {{ name }}.
"""
en = """
Text {{ name }}.
"""
'''


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "demo.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_templates_have_no_problems() -> None:
    files = template_files()
    assert len(files) == 12
    assert [str(problem) for path in files for problem in check_file(path)] == []


def test_good_template_loads(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, GOOD))
    assert template.id == "demo"
    assert template.languages == ("ru", "kk", "en")


def test_unknown_field_is_reported_on_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("Мәтін {{ name }}.", "Мәтін {{ nmae }}."))
    problems = check_file(path)
    assert [(problem.line, problem.message) for problem in problems] == [
        (22, "body.kk: unknown field 'nmae'")
    ]
    with pytest.raises(TemplateError, match=r"demo.toml:22: body.kk: unknown field 'nmae'"):
        load_template(path)


def test_jinja_syntax_error_is_reported_on_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("Text {{ name }}.", "Text {% if name %} open."))
    problems = check_file(path)
    assert len(problems) == 1
    assert problems[0].line == 25  # the line of the unclosed {% if %}
    assert problems[0].message.startswith("body.en:")


def test_missing_language_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('kk = "Демо"\n', ""))
    assert [problem.message for problem in check_file(path)] == ["title.kk: missing language"]


def test_toml_error_is_reported_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('category = "letter"', "category = letter"))
    problems = check_file(path)
    assert problems[0].line == 2
    assert "not valid TOML" in problems[0].message


def test_unknown_source_and_markup_are_reported(tmp_path: Path) -> None:
    text = GOOD.replace("client.name", "client.nickname").replace("Text {{", "<font>Text {{")
    messages = [problem.message for problem in check_file(write(tmp_path, text))]
    assert "fields[0] (name): unknown source 'client.nickname'" in messages
    assert any("markup <font> not allowed" in message for message in messages)


def test_an_edited_template_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    assert load_template(path).title["en"] == "Demo"
    assert load_template(path) is load_template(path)  # unchanged: kept, not parsed again
    path.write_text(GOOD.replace('en = "Demo"', 'en = "Demo letter"'), encoding="utf-8")
    stamp = path.stat().st_mtime_ns + 1_000_000_000  # an edit within the same clock tick
    os.utime(path, ns=(stamp, stamp))
    assert load_template(path).title["en"] == "Demo letter"


CHOICE = GOOD.replace(
    '  { name = "name", source = "client.name", required = true },',
    '  { name = "name", source = "client.name", required = true },\n'
    '  { name = "kind", type = "choice", choices = ["a", "b"], label = { ru = "Вид", '
    'kk = "Түрі", en = "Kind" }, choice_labels = { a = { ru = "А", kk = "А", en = "A" }, '
    'b = { ru = "Б", kk = "Б", en = "B" } } },')


def test_choices_carry_labels_and_templates_their_consent(tmp_path: Path) -> None:
    template = load_template(write(tmp_path, CHOICE))
    assert template.field("kind").choice_label("b", "ru") == "Б"
    assert template.consent == "legal_aid"  # a letter's default
    referral = load_template(write(tmp_path, CHOICE.replace(
        'category = "letter"', 'category = "referral"')))
    assert referral.consent == "referral"


def test_a_missing_choice_label_and_a_bad_consent_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, CHOICE.replace('b = { ru = "Б", kk = "Б", en = "B" }',
                                          'b = { ru = "Б", en = "B" }'))
    assert [problem.message for problem in check_file(path)] == [
        "fields[1] (kind): choice_labels.b missing kk"]
    assert check_file(path)[0].line == 6  # the line of the field
    path = write(tmp_path, CHOICE.replace('category = "letter"',
                                          'category = "referral"\nconsent = "legal_aid"'))
    problems = check_file(path)
    assert [(p.line, p.message) for p in problems] == [
        (3, 'consent: a referral form needs consent = "referral"')]
    path = write(tmp_path, CHOICE.replace(', choice_labels = { a = { ru = "А", kk = "А", '
                                          'en = "A" }, b = { ru = "Б", kk = "Б", en = "B" } }',
                                          ""))
    assert "choice_labels missing" in check_file(path)[0].message
