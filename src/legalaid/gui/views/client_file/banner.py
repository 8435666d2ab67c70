"""The status banner of a client file: the engine's verdict in plain words, coloured by status,
with the rules and their legal sources shown on demand."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from legalaid.domain.enums import Status
from legalaid.gui.i18n import current_language, format_date
from legalaid.gui.labels import STATUS_COLOURS, STATUS_TEXT_COLOUR

if TYPE_CHECKING:
    from legalaid.services.verdicts import Assessment

MAX_DEADLINES = 5  # the coming deadlines listed under the findings
DETAILS_HEIGHT = 120  # pixels of explanation shown before it scrolls


class StatusBanner(QFrame):
    """Coloured verdict line with a "Why?" button revealing the findings and their citations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBanner")
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setObjectName("statusVerdict")
        self.why = QPushButton()
        self.why.setCheckable(True)
        self.why.setObjectName("statusWhy")
        self.details = QLabel(wordWrap=True)
        self.details.setObjectName("statusDetails")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A long explanation scrolls inside the banner instead of pushing the tabs off screen.
        self.details_area = QScrollArea()
        self.details_area.setObjectName("statusDetailsArea")
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setMaximumHeight(DETAILS_HEIGHT)
        self.details_area.viewport().setAutoFillBackground(False)
        self.details.setAutoFillBackground(False)
        self.details_area.hide()
        self.why.toggled.connect(self.details_area.setVisible)
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.why)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_area)
        self._assessment: Assessment | None = None
        self.retranslate()

    def show_assessment(self, assessment: Assessment) -> None:
        self._assessment = assessment
        colour = STATUS_COLOURS.get(assessment.status, STATUS_COLOURS[Status.UNKNOWN])
        self.setStyleSheet(f"#statusBanner {{ background: {colour.name()}; border-radius: 6px; }}"
                           f" #statusBanner QLabel {{ color: {STATUS_TEXT_COLOUR.name()}; }}"
                           " #statusDetailsArea, #statusDetailsArea > QWidget, #statusDetails"
                           " { background: transparent; }")
        self._write()

    def _write(self) -> None:
        """The verdict, the findings and the coming deadlines in the interface language."""
        assessment = self._assessment
        if assessment is None:
            return
        language = current_language()
        self.verdict.setText(f"<b>{self.verdict_text(assessment)}</b>")
        self.setAccessibleName(self.tr("Status: %1").replace("%1", self.verdict_text(assessment)))
        lines = [f"• {html.escape(finding.text(language))} — <i>{html.escape(finding.rule)}; "
                 f"{html.escape(finding.source)}</i>"
                 for finding in assessment.findings]
        lines += self._convention_lines(assessment, language)
        coming = [d for d in assessment.deadlines if d.due >= assessment.as_of][:MAX_DEADLINES]
        if coming:
            heading = self.tr("Coming deadlines")
            lines.append(f"<b>{html.escape(heading)}</b>")
            lines += [f"• {format_date(d.due)} — {html.escape(assessment.title_of(d, language))}"
                      f" <i>({html.escape(d.rule)})</i>" for d in coming]
        self.details.setText("<br>".join(lines) or self.tr("No rule applied."))

    def _convention_lines(self, assessment: Assessment, language: str) -> list[str]:
        """How the days were counted: each convention of the rules file behind the numbers,
        with its citation and confidence mark ("check current law" when unconfirmed)."""
        conventions = assessment.conventions
        if not conventions:
            return []
        heading = self.tr("How the days are counted")
        lines = [f"<b>{html.escape(heading)}</b>"]
        for convention in conventions:
            mark = (self.tr("unconfirmed: check current law") if convention.confidence == "U"
                    else self.tr("confidence %1").replace("%1", convention.confidence))
            lines.append(f"• {html.escape(convention.text(language))} — <i>"
                         f"{html.escape(convention.id)}; {html.escape(convention.citation)}; "
                         f"{html.escape(mark)}</i>")
        return lines

    def verdict_text(self, assessment: Assessment) -> str:
        """One sentence to read to the client, e.g. "Must leave by 29.05.2024 — 9 days left"."""
        status, last = assessment.status, assessment.last_lawful_day
        if status == Status.OVERSTAY:
            since = format_date(last + dt.timedelta(days=1)) if last else ""
            # self.tr with the count: the form pyside6-lupdate collects as a plural message.
            return self.tr("Overstaying since %1 — %n day(s) over", "",
                           assessment.overstay_days).replace("%1", since)
        if status == Status.NOT_PRESENT:
            text = QCoreApplication.translate("StatusBanner", "Not in Kazakhstan")
            if assessment.next_lawful_entry is not None:
                text += " — " + QCoreApplication.translate(
                    "StatusBanner", "may enter again from %1").replace(
                    "%1", format_date(assessment.next_lawful_entry))
            return text
        if status == Status.UNKNOWN:
            return QCoreApplication.translate(
                "StatusBanner", "Status unknown — add the client's documents and trips")
        if last is None:
            if status == Status.PROTECTED:
                return QCoreApplication.translate(
                    "StatusBanner", "Protected — may stay while the procedure lasts")
            return QCoreApplication.translate("StatusBanner", "Lawful stay, no end date")
        days = assessment.days_remaining if assessment.days_remaining is not None else 0
        return self.tr("Must leave by %1 — %n day(s) left", "", days).replace(
            "%1", format_date(last))

    def verdict_plain(self) -> str:
        return self.verdict.text().replace("<b>", "").replace("</b>", "")

    def retranslate(self) -> None:
        self.why.setText(self.tr("Why? Rules and sources"))
        self.why.setAccessibleName(self.tr("Show the rules and legal sources"))
        self._write()  # findings and deadlines follow the interface language
