"""Activity and donor reports for a period and, optionally, one funding code.

What is counted (also stated in the README's Reports section):

- *clients served*: clients with a case open at some time in the period, or (without a funding
  code) with a note, letter or referral in the period or registered in it;
- *new clients*: clients served who were registered in the period;
- *cases opened / closed* in the period, *open at the end*; outcomes of the closed cases;
- *consultations*: notes written in the period (a note records one consultation or contact);
- *letters sent*: letters registered with a date in the period;
- *referrals made* in the period, *answered* when the partner replied (status not "sent");
- *overstays resolved*: cases about an overstay or regularisation closed in the period as granted
  or settled;
- breakdowns of the clients served by category, sex, age band (at the end of the period),
  citizenship and region (from the city that starts the address).

With a funding code, cases and everything about clients are limited to clients with a case of
that code. Clients without reporting consent count in the figures but in no breakdown (nor in
the outcomes): consent is what the consent register says at the end of the period for clients
with a reporting consent record, else the ``reporting_consent`` flag recorded at intake
(``db.repositories.reports``). Everything is counted in SQL; Python only labels, merges and
suppresses small cells (``domain.report``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from legalaid.db.repositories import reports as reports_db
from legalaid.domain.enums import Category, Sex
from legalaid.domain.report import Report, Section, figure_cell, region_key, section_of
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.casework import LOCKED_READ, PLAIN, CaseworkAccess
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading

AGE_BANDS = ((0, 17, "0-17"), (18, 29, "18-29"), (30, 44, "30-44"), (45, 59, "45-59"),
             (60, 200, "60+"))
OVERSTAY_WORDS = ("overstay", "regularis", "просроч", "легализ")
RESOLVED_OUTCOMES = ("granted", "settled", "удовлетвор", "урегулир")
MAX_DAYS = 3660


def age_band(born: dt.date | None, on: dt.date) -> str:
    if born is None:
        return "unknown"
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next((name for low, high, name in AGE_BANDS if low <= years <= high), "unknown")


def _is_overstay_resolved(kind: str, outcome: str | None) -> bool:
    kind, result = kind.lower(), (outcome or "").lower()
    return any(w in kind for w in OVERSTAY_WORDS) and any(w in result for w in RESOLVED_OUTCOMES)


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("--to", "is before --from")
    if (end - start).days > MAX_DAYS:
        raise ValidationError("--to", "a report covers at most ten years")


class ReportService:
    """Builds reports; every figure is counted from the database at the time of asking."""

    def __init__(self, engine: Engine, today: Callable[[], dt.date] = dt.date.today,
                 casework: CaseworkAccess = PLAIN) -> None:
        self._engine = engine
        self._today = today
        self._casework = casework  # the outcomes of closed cases are casework

    @guarded("reports.funding_codes")
    def funding_codes(self) -> list[str]:
        with reading(self._engine) as connection:
            return reports_db.funding_codes(connection)

    @guarded("reports.activity")
    def activity(self, start: dt.date, end: dt.date, funding: str | None = None) -> Report:
        """The report for [start, end] (both included), of one funding code or of all; it
        counts the outcomes of cases, so only a session that holds the casework key runs it."""
        if self._casework.locked:
            raise AccessDenied(f"the report counts the outcomes of cases: {LOCKED_READ}")
        check_period(start, end)
        period = reports_db.Period(start, end, (funding or "").strip() or None)
        with reading(self._engine) as connection:  # its end rolls back the temporary table
            counts = reports_db.tallies(connection, period, age_cutoffs(end),
                                        self._casework.cipher)
        closed = counts.closed
        resolved = sum(n for kind, outcome, _, n in closed if _is_overstay_resolved(kind, outcome))
        figures = (*(figure_cell(key, count) for key, count in counts.figures.items()),
                   figure_cell("overstays_resolved", resolved))
        outcomes: Counter[str] = Counter()
        for _, outcome, reported, n in closed:
            if reported:
                outcomes[_outcome_key(outcome)] += n
        groups = counts.breakdowns
        sections = (
            section_of("outcome", outcomes),
            section_of("category", _merge(groups["category"], "unknown"),
                       [member.value for member in Category]),
            section_of("sex", _merge(groups["sex"], "unknown"), [member.value for member in Sex]),
            section_of("age", _merge(groups["age"], "unknown"),
                       [name for _, _, name in AGE_BANDS]),
            section_of("citizenship", _merge(groups["citizenship"], "stateless")),
            section_of("region", _regions(counts.address_starts)),
        )
        return Report(start, end, period.funding, self._today(), figures, _drop_empty(sections))

    @guarded("reports.export")
    def export(self, report: Report, path: Path, file_format: str, language: str) -> None:
        """Write a report (PDF, XLSX or CSV) in ``language``, whole or not at all."""
        from legalaid.domain.report import report_table
        from legalaid.exchange.writer import write_atomically, write_table

        if file_format == "pdf":
            from legalaid.pdf.report import render_report

            write_atomically(path, render_report(report, language))
        else:
            header, rows = report_table(report, language)
            write_table(path, header, rows, file_format, "Report")


def age_cutoffs(on: dt.date) -> list[tuple[str, dt.date]]:
    """(band, born after) youngest first: born after ``on`` minus (high + 1) years means younger
    than high + 1 on ``on``, i.e. in the band when not in a younger one (see ``age_band``)."""
    return [(name, _years_before(on, high + 1)) for _, high, name in AGE_BANDS]


def _years_before(on: dt.date, years: int) -> dt.date:
    """The date ``years`` before ``on``; from 29 February, the 28th (same as ``age_band``)."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:
        return on.replace(year=on.year - years, day=28)


def _merge(rows: Iterable[tuple[Any, int]], missing: str) -> Counter[str]:
    """Grouped counts keyed by value, a missing (or empty) value counted under ``missing``."""
    out: Counter[str] = Counter()
    for value, n in rows:
        out[str(value) if value else missing] += n
    return out


def _regions(starts: Iterable[tuple[str | None, bool, int]]) -> Counter[str]:
    """Regions from the address starts: with a comma after it, the start is the whole city."""
    out: Counter[str] = Counter()
    for segment, had_comma, n in starts:
        out[region_key(f"{segment}," if had_comma else segment)] += n
    return out


KNOWN_OUTCOMES = ("granted", "refused", "withdrawn", "settled", "referred to a partner")


def _outcome_key(outcome: str | None) -> str:
    """Outcomes are free text: only the standard ones are shown, so no note can leak out."""
    text = (outcome or "").strip().lower()
    if not text:
        return "unknown"
    return text if text in KNOWN_OUTCOMES else "other"


def _drop_empty(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    return tuple(section for section in sections if section.cells)
