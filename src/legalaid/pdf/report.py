"""The activity and donor report as a PDF: key figures, then each breakdown as a bar chart drawn
with reportlab.graphics beside its table, in DejaVu Sans so Kazakh and Russian print.

Charts show only published counts: a suppressed cell (``<5``) appears in the table but draws no
bar, so its size cannot be read off the chart either.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from legalaid.domain.report import (
    Report,
    Section,
    figure_label,
    funding_text,
    period_text,
    section_label,
    text,
    value_label,
)
from legalaid.pdf.blocks import FRAME_WIDTH, styles
from legalaid.pdf.fonts import REGULAR
from legalaid.pdf.render import build_pdf
from legalaid.pdf.templates import escape_value

BAR_COLOUR = colors.HexColor("#2F6690")
GRID = colors.HexColor("#B0B7C3")
CHART_WIDTH, TABLE_WIDTH = 95 * mm, 72 * mm
MAX_BARS = 12


def _table(rows: list[list[str]], widths: list[float], bold_last: bool = False) -> Table:
    s = styles()
    data = [[Paragraph(escape_value(cell), s.cell) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("ALIGN", (-1, 0), (-1, -1), "RIGHT"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]
    if bold_last:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEF1F5")))
    table.setStyle(TableStyle(style))
    return table


def _chart(section: Section, language: str) -> Drawing:
    cells = [cell for cell in section.cells if not cell.suppressed and cell.count > 0][:MAX_BARS]
    height = 14 * max(len(cells), 1) + 20
    drawing = Drawing(CHART_WIDTH, height)
    if not cells:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 38 * mm, 10
    chart.width, chart.height = CHART_WIDTH - 42 * mm, height - 20
    chart.data = [[cell.count for cell in reversed(cells)]]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = [value_label(cell.key, language)[:24]
                                        for cell in reversed(cells)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    drawing.add(chart)
    return drawing


def _section(section: Section, language: str) -> Flowable:
    rows = [[value_label(cell.key, language), cell.shown] for cell in section.cells]
    rows.append([text("total", language), section.total.shown])
    body = Table([[_chart(section, language), _table(rows, [50 * mm, 20 * mm], True)]],
                 colWidths=[CHART_WIDTH + 3 * mm, TABLE_WIDTH], hAlign="LEFT")
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    heading = Paragraph(escape_value(section_label(section.key, language)), styles().heading)
    return KeepTogether([heading, body, Spacer(1, 4 * mm)])


def report_story(report: Report, language: str) -> list[Flowable]:
    s = styles()
    head = [
        Paragraph(escape_value(text("title", language)), s.title),
        Paragraph(f"<b>{escape_value(text('period', language))}:</b> "
                  f"{period_text(report, language)}<br/>"
                  f"<b>{escape_value(text('funding', language))}:</b> "
                  f"{escape_value(funding_text(report, language))}<br/>"
                  f"<b>{escape_value(text('generated', language))}:</b> "
                  f"{report.generated.strftime('%d.%m.%Y')}", s.small),
        Spacer(1, 4 * mm),
        Paragraph(escape_value(text("figures", language)), s.heading),
        _table([[figure_label(cell.key, language), cell.shown] for cell in report.figures],
               [FRAME_WIDTH - 30 * mm, 30 * mm]),
        Spacer(1, 5 * mm),
    ]
    sections = [_section(section, language) for section in report.sections]
    notes = [Paragraph(escape_value(text("suppressed_note", language)), s.small),
             Paragraph(escape_value(text("consent_note", language)), s.small)]
    return [*head, *sections, *notes]


def render_report(report: Report, language: str) -> bytes:
    """The report as A4 PDF bytes in ``language`` (kk, ru or en)."""
    return build_pdf(report_story(report, language), text("title", language), language)
