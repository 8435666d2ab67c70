"""The status banner's and the status chips' text is readable: WCAG 2 contrast of at least 4.5:1
between the text colour and each status background, computed from the colours the widgets use."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor

from legalaid.domain.enums import Status
from legalaid.gui.labels import STATUS_COLOURS, STATUS_TEXT_COLOUR
from legalaid.gui.views.client_file.banner import StatusBanner


def luminance(colour: QColor) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue()))


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_ratios() -> None:
    assert contrast(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21.0)
    assert contrast(QColor("#ffffff"), QColor("#ef8f00")) < 2.5  # the old amber: 2.4:1


@pytest.mark.parametrize("status", list(Status))
def test_status_text_meets_four_and_a_half_to_one(status: Status) -> None:
    assert contrast(STATUS_TEXT_COLOUR, STATUS_COLOURS[status]) >= 4.5


@pytest.mark.parametrize("status", list(Status))
def test_the_banner_paints_those_colours(qapp: object, status: Status) -> None:
    class Shown:
        def __init__(self) -> None:
            self.status = status

    banner = StatusBanner()
    banner._write = lambda: None  # type: ignore[method-assign]  # the colours only
    banner.show_assessment(Shown())  # type: ignore[arg-type]
    sheet = banner.styleSheet()
    background = re.search(r"#statusBanner \{ background: (#[0-9a-f]{6})", sheet)
    text = re.search(r"#statusBanner QLabel \{ color: (#[0-9a-f]{6})", sheet)
    assert background and text
    assert contrast(QColor(text[1]), QColor(background[1])) >= 4.5
    banner.deleteLater()
