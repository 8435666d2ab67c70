"""The block syntax of template bodies, turned into reportlab flowables.

A merged body is read line by line (values are escaped by the merge, so only the template's own
text can start a block):

- an empty line ends a paragraph; other lines of a paragraph are joined with spaces;
- ``# text`` a centred title, ``## text`` a section heading;
- ``> text`` lines in the right half of the page (the recipient block), one output line each;
- ``* text`` a line of its own (tick-box lists, enumerations);
- ``| a | b |`` rows of a table drawn with boxes (referral forms);
- ``---`` a horizontal rule; ``<b>``, ``<i>``, ``<u>``, ``<br/>`` work inside text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table, TableStyle

from legalaid.pdf.fonts import BOLD, REGULAR, register_fonts

FRAME_WIDTH = 170 * mm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    line: ParagraphStyle
    cell: ParagraphStyle
    small: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=6)
    return Styles(
        body=body,
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=12.5, leading=16,
                             alignment=TA_CENTER, spaceBefore=6, spaceAfter=10),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11,
                               alignment=0, spaceBefore=6, spaceAfter=4),
        right=ParagraphStyle("right", parent=body, alignment=0, leftIndent=90 * mm,
                             spaceAfter=10),
        line=ParagraphStyle("line", parent=body, alignment=0, spaceAfter=2, leftIndent=4 * mm),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12.5, alignment=0,
                            spaceAfter=0),
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, alignment=0),
    )


def _groups(text: str) -> Iterator[tuple[str, list[str]]]:
    """Consecutive lines of the same kind: (kind, lines without their marker)."""
    kind, lines = "", list[str]()
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            current, content = "", ""
        elif line.startswith("## "):
            current, content = "heading", line[3:]
        elif line.startswith("# "):
            current, content = "title", line[2:]
        elif line.startswith(">"):
            current, content = "right", line[1:].strip()
        elif line.startswith("* "):
            current, content = "line", line[2:]
        elif line.startswith("|"):
            current, content = "table", line
        elif line == "---":
            current, content = "rule", ""
        else:
            current, content = "para", line
        if current != kind or current in ("rule", "title", "heading", "line"):
            if kind:
                yield kind, lines
            kind, lines = current, []
        if current:
            lines.append(content)
    if kind:
        yield kind, lines


def _cells(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


def _table(rows: list[str]) -> Table:
    style = styles().cell
    cells = [_cells(row) for row in rows]
    width = max(len(row) for row in cells)
    data = [[Paragraph(cell, style) for cell in row] + [""] * (width - len(row)) for row in cells]
    if width == 2:
        col_widths = [FRAME_WIDTH * 0.38, FRAME_WIDTH * 0.62]
    else:
        col_widths = [FRAME_WIDTH / width] * width
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for index, row in enumerate(cells):
        if len(row) == 1 and width > 1:  # a single cell spans the row: a section band
            commands += [("SPAN", (0, index), (-1, index)),
                         ("BACKGROUND", (0, index), (-1, index), colors.HexColor("#e8e8e8"))]
    table = Table(data, colWidths=col_widths, style=TableStyle(commands), hAlign="LEFT")
    table.spaceAfter = 8
    return table


def flowables(text: str) -> list[Flowable]:
    """The flowables of a merged body."""
    s = styles()
    result: list[Flowable] = []
    for kind, lines in _groups(text):
        if kind == "para":
            result.append(Paragraph(" ".join(lines), s.body))
        elif kind == "title":
            result.append(Paragraph(lines[0], s.title))
        elif kind == "heading":
            result.append(Paragraph(lines[0], s.heading))
        elif kind == "right":
            result.append(Paragraph("<br/>".join(lines), s.right))
        elif kind == "line":
            result.append(Paragraph(lines[0], s.line))
        elif kind == "table":
            result.append(_table(lines))
        elif kind == "rule":
            result += [HRFlowable(width="100%", thickness=0.5, color=colors.grey), Spacer(1, 4)]
    return result
