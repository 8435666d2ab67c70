"""Rendering one letter or referral form to PDF bytes, and writing PDF files safely.

The page is A4 with the organisation's letterhead, the outgoing number and date, the merged body
and the lawyer's signature block. Page numbers appear only when the letter runs over one page.
Output is byte-for-byte the same for the same inputs (reportlab's invariant mode), and the
document metadata carries the template's title only, never a client's name.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from legalaid.errors import ValidationError
from legalaid.output_file import write_output
from legalaid.pdf.blocks import FRAME_WIDTH, flowables, styles
from legalaid.pdf.context import LetterContext, Organisation, template_values
from legalaid.pdf.fonts import REGULAR, describe, register_fonts, unprintable
from legalaid.pdf.logo import check_logo, read_logo
from legalaid.pdf.templates import LetterTemplate, escape_value, format_date

_OUTGOING = {"ru": "Исх. № {number} от {date}", "kk": "Шығыс № {number}, {date}",
             "en": "Ref. No. {number}, {date}"}
_SIGNATURE = {"ru": ("Юрист", "Подпись"), "kk": ("Заңгер", "Қолы"), "en": ("Lawyer", "Signature")}
_PHONE = "\u260e"  # ☎ reads the same in every language
_PAGE = {"ru": "Страница {page} из {pages}", "kk": "{pages} беттің {page}-беті",
         "en": "Page {page} of {pages}"}


def _numbered_canvas(language: str) -> type[Canvas]:
    """A canvas that numbers the pages once it knows how many there are (and only if > 1)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if total > 1:
                    self.setFont(REGULAR, 8)
                    self.drawCentredString(A4[0] / 2, 12 * mm,
                                           _PAGE[language].format(page=number, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _logo(organisation: Organisation) -> Image | None:
    """The logo from the stored image bytes, else from the file; None when there is neither or
    the image is not one ``check_logo`` accepts (a letter is never refused for a broken logo,
    and a logo stored before that check cannot make rendering decode a huge image)."""
    try:
        if organisation.logo_image:
            data = check_logo(organisation.logo_image)
        elif organisation.logo is not None:
            data = read_logo(organisation.logo)
        else:
            return None
        return Image(io.BytesIO(data), width=18 * mm, height=18 * mm, kind="proportional")
    except (OSError, ValidationError):
        return None


def _letterhead(context: LetterContext) -> list[Flowable]:
    s = styles()
    organisation = context.organisation
    lines = [f"<b>{escape_value(organisation.name)}</b>", escape_value(organisation.address)]
    if organisation.phone:
        lines.append(f"{_PHONE} {escape_value(organisation.phone)}")
    text = Paragraph("<br/>".join(line for line in lines if line), s.small)
    image = _logo(organisation)
    if image is not None:
        head: Flowable = Table([[image, text]], colWidths=[22 * mm, FRAME_WIDTH - 22 * mm],
                               hAlign="LEFT")
    else:
        head = text
    return [head, Spacer(1, 2 * mm), HRFlowable(width="100%", thickness=0.8), Spacer(1, 3 * mm)]


def _outgoing(context: LetterContext, language: str) -> Paragraph:
    line = _OUTGOING[language].format(number=escape_value(context.number),
                                      date=format_date(context.date))
    return Paragraph(line, styles().small)


def _signature(context: LetterContext, language: str) -> list[Flowable]:
    role, signature = _SIGNATURE[language]
    text = (f"{role}: <b>{escape_value(context.lawyer)}</b><br/><br/>"
            f"{signature}: ______________________")
    block: list[Flowable] = [Spacer(1, 8 * mm), Paragraph(text, styles().body)]
    signatory = context.organisation.signatory
    if signatory:  # who signs for the organisation, e.g. "Director A. Sadykova"
        block += [Spacer(1, 4 * mm), Paragraph(
            f"<b>{escape_value(signatory)}</b><br/><br/>{signature}: ______________________",
            styles().body)]
    return block


def check_printable(template: LetterTemplate, context: LetterContext, language: str) -> None:
    """ValidationError naming the first value (a field, the lawyer, the letterhead) with a
    character the letter font cannot draw: it would print as an empty box or a wrong glyph."""
    values: dict[str, object] = dict(template_values(template, context, language))
    values["signatory"] = context.organisation.signatory
    for name, value in values.items():
        if isinstance(value, str) and (missing := unprintable(value)):
            raise ValidationError(name, f"the letter font cannot print {describe(missing)}: "
                                  "replace or remove it")


def story(template: LetterTemplate, context: LetterContext, language: str) -> list[Flowable]:
    """Letterhead, number and date, body, signature: the flowables of one letter."""
    if language not in template.body:
        raise ValidationError("lang", f"{template.id} has no text in {language!r}")
    check_printable(template, context, language)
    body = template.merge(language, template_values(template, context, language))
    return [*_letterhead(context), _outgoing(context, language), Spacer(1, 4 * mm),
            *flowables(body), *_signature(context, language)]


def build_pdf(flowable_list: list[Flowable], title: str, language: str) -> bytes:
    """A4 PDF bytes of ``flowable_list``; fixed dates and ids make the output reproducible."""
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm,
        bottomMargin=20 * mm, title=title, author="", subject="", creator="LegalAid",
        keywords="", lang=language, invariant=1,
    )
    document.build(flowable_list, canvasmaker=_numbered_canvas(language))
    return buffer.getvalue()


def render_letter(template: LetterTemplate, context: LetterContext, language: str) -> bytes:
    """The letter as PDF bytes in ``language`` (``ru``, ``kk`` or ``en``)."""
    return build_pdf(story(template, context, language), template.title[language], language)


def write_pdf(path: Path, data: bytes, option: str = "-o") -> None:
    """Write ``data`` to ``path`` atomically: a crash or cancel never leaves half a file, and
    only a regular file is written (``exchange.output_file``)."""
    write_output(path, data, option)
