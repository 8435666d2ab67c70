"""Rendered letters, read back with pypdf as a reader of the PDF would see them."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from legalaid.pdf.context import missing_fields
from legalaid.pdf.loader import find_template, load_templates
from legalaid.pdf.render import render_letter, write_pdf

from .conftest import sample_client, sample_context

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_merged_values_number_and_date_appear_in_the_letter() -> None:
    template = find_template("police_extension")
    context = sample_context(template, reason="лечение в клинике", request="extension")
    text = text_of(render_letter(template, context, "ru"))
    assert "LA-2026/0042" in text
    assert "21.11.2026" in text  # issue date, dd.MM.yyyy
    assert "07.03.1991" in text  # date of birth from the client file
    assert "FA7654321" in text  # passport number from the client file
    assert "лечение в клинике" in text  # wizard field
    assert "29.11.2026" in text  # last lawful day from the assessment
    assert "Жұмабекова Әйгерім Серікқызы" in " ".join(text.split())


def test_kazakh_letter_keeps_kazakh_letters() -> None:
    template = find_template("host_notification")
    text = text_of(render_letter(template, sample_context(template), "kk"))
    assert "қабылдаушы тарап" in text.lower()
    assert {"Қ", "ә", "ң", "ұ", "ү", "і"} <= set(text)
    assert "03.09.2026" in text  # the REG-01 deadline quoted from the assessment


def test_embassy_letter_uses_the_latin_spelling() -> None:
    template = find_template("embassy_documents")
    text = " ".join(text_of(render_letter(template, sample_context(template), "en")).split())
    assert "Zhumabekova Aigerim" in text


def test_markup_like_name_is_printed_literally() -> None:
    template = find_template("police_extension")
    client = sample_client(family="<b>{{7*7}}</b>")
    text = text_of(render_letter(template, sample_context(template, client), "ru"))
    assert "<b>{{7*7}}</b>" in text
    assert "49" not in text


def test_value_cannot_inject_block_syntax() -> None:
    template = find_template("referral_partner")
    context = sample_context(template, summary="| fake | cell |\n# Heading")
    text = text_of(render_letter(template, context, "en"))
    assert "| fake | cell | # Heading" in text


def test_overstay_days_are_spelled_with_the_right_plural() -> None:
    template = find_template("expulsion_objection")
    text = " ".join(text_of(render_letter(template, sample_context(template), "ru")).split())
    assert "составляет 4 дня" in text  # 4 -> "дня" (not "дней")


def test_missing_required_fields_are_named() -> None:
    template = find_template("employer_wages")
    context = sample_context(template, employer="", amount=None)
    assert missing_fields(template, context) == ["employer", "amount"]


def test_same_inputs_give_the_same_bytes() -> None:
    template = find_template("referral_medical")
    context = sample_context(template)
    assert render_letter(template, context, "kk") == render_letter(template, context, "kk")


def test_metadata_holds_the_title_and_no_client_name() -> None:
    template = find_template("police_extension")
    reader = pypdf.PdfReader(io.BytesIO(render_letter(template, sample_context(template), "en")))
    metadata = reader.metadata or {}
    assert metadata.get("/Title") == template.title["en"]
    assert not any("Zhumabekova" in str(value) or "Жұмабекова" in str(value)
                   for value in metadata.values())


def test_long_letter_is_numbered() -> None:
    template = find_template("refugee_appeal")
    context = sample_context(template, grounds="Доводы заявителя. " * 400)
    data = render_letter(template, context, "ru")
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert pages >= 2
    assert f"Страница 1 из {pages}" in text_of(data)


@pytest.mark.parametrize("template", load_templates(), ids=lambda template: template.id)
def test_every_template_renders_in_every_language(template: object) -> None:
    from legalaid.pdf.templates import LetterTemplate

    assert isinstance(template, LetterTemplate)
    assert template.languages == ("ru", "kk", "en")
    for language in template.languages:
        text = text_of(render_letter(template, sample_context(template), language))
        assert "LA-2026/0042" in text
        if language == "kk":
            assert set(text) & set(KAZAKH_LETTERS)


def test_write_pdf_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    write_pdf(target, b"%PDF-old")
    write_pdf(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [path.name for path in tmp_path.iterdir()] == ["letter.pdf"]


class _Cancelled(Exception):
    pass


def test_failed_write_leaves_no_partial_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"

    def cancel(descriptor: int) -> None:
        raise _Cancelled

    monkeypatch.setattr("legalaid.output_file.os.fsync", cancel)
    with pytest.raises(_Cancelled):
        write_pdf(target, b"%PDF-" + b"x" * 10_000)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "letter.pdf"
    write_pdf(target, b"%PDF-old")

    def cancel(descriptor: int) -> None:
        raise _Cancelled

    monkeypatch.setattr("legalaid.output_file.os.fsync", cancel)
    with pytest.raises(_Cancelled):
        write_pdf(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-old"
    assert [path.name for path in tmp_path.iterdir()] == ["letter.pdf"]
