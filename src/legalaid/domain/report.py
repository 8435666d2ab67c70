"""The activity and donor report as plain values: counts, small-cell suppression, labels.

Suppression protects people, not activity: a count of people (clients served, new clients,
overstays resolved, and every breakdown, which counts clients served or their outcomes) from 1
to 4 is shown as ``<5`` (0 is shown: it identifies nobody); counts of work done (cases opened,
closed and open, consultations, letters sent, referrals) are shown as they are. Each
breakdown section shows its total, so one hidden cell could be recovered by subtracting the
others from the total; when a section has exactly one hidden cell, the smallest other non-zero
cell is hidden as well (complementary suppression), leaving two unknowns for one equation.
Labels come from ``resources/reports/labels.toml`` in kk, ru and en.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from legalaid.domain.countries import country_name
from legalaid.paths import resource

SMALL_CELL = 5
# The figures that count people; the other figures count work done and are never hidden.
PEOPLE_FIGURES = frozenset({"clients_served", "new_clients", "overstays_resolved"})
SUPPRESSED = "<5"
LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class Cell:
    """One figure: its key (``category.refugee``), the count, and what may be shown."""

    key: str
    count: int
    suppressed: bool = False

    @property
    def shown(self) -> str:
        return SUPPRESSED if self.suppressed else str(self.count)

    @property
    def value(self) -> int | None:
        """The count when it may be published, else ``None``."""
        return None if self.suppressed else self.count


@dataclass(frozen=True)
class Section:
    key: str  # outcome, category, sex, age, citizenship, region
    cells: tuple[Cell, ...]
    total: Cell


@dataclass(frozen=True)
class Report:
    start: dt.date
    end: dt.date
    funding: str | None
    generated: dt.date
    figures: tuple[Cell, ...]
    sections: tuple[Section, ...]

    def figure(self, key: str) -> Cell:
        return next(cell for cell in self.figures if cell.key == key)

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)


def suppress(count: int) -> bool:
    return 0 < count < SMALL_CELL


def figure_cell(key: str, count: int) -> Cell:
    """A headline figure: hidden when small only if it counts people."""
    return Cell(key, count, key in PEOPLE_FIGURES and suppress(count))


def _people_cell(key: str, count: int) -> Cell:
    return Cell(key, count, suppress(count))


def section_of(key: str, counts: Mapping[str, int], order: Sequence[str] = ()) -> Section:
    """A breakdown with primary and complementary suppression, largest first (``order`` wins)."""
    rank = {name: index for index, name in enumerate(order)}
    items = sorted(counts.items(), key=lambda item: (rank.get(item[0], len(rank)), -item[1],
                                                     item[0]))
    hidden = {name for name, count in items if suppress(count)}
    if len(hidden) == 1:
        others = [(count, name) for name, count in items if count > 0 and name not in hidden]
        if others:
            hidden.add(min(others)[1])
    cells = tuple(Cell(f"{key}.{name}", count, name in hidden) for name, count in items)
    total = sum(counts.values())
    return Section(key, cells, _people_cell(f"{key}.total", total))


@cache
def _labels() -> dict[str, Any]:
    with resource("reports", "labels.toml").open("rb") as stream:
        return tomllib.load(stream)


def region_key(address: str | None) -> str:
    """The region of an address from the city it starts with; ``unknown`` or ``other``."""
    if not address or not address.strip():
        return "unknown"
    city = address.split(",", 1)[0].strip().lower()
    return str(_labels()["region_alias"].get(city, "other"))


def text(key: str, language: str) -> str:
    """A fixed text of the report (``title``, ``period``...)."""
    return str(_labels()["text"][key][language])


def figure_label(key: str, language: str) -> str:
    return str(_labels()["figure"][key][language])


def section_label(key: str, language: str) -> str:
    return str(_labels()["section"][key][language])


def value_label(cell_key: str, language: str) -> str:
    """The label of a breakdown cell such as ``citizenship.UZ`` or ``sex.F``."""
    group, _, value = cell_key.partition(".")
    values = _labels()["value"]
    if value in ("unknown", "other") or cell_key == "citizenship.stateless":
        return str(values[value][language])
    if group == "citizenship":
        return country_name(value, language)
    entry = values.get(cell_key)
    return str(entry[language]) if entry else value


def column_label(key: str, language: str) -> str:
    """A column heading of the client-list and deadline exports."""
    return str(_labels()["column"][key][language])


def period_text(report: Report, language: str) -> str:
    return f"{report.start.strftime('%d.%m.%Y')} – {report.end.strftime('%d.%m.%Y')}"


def funding_text(report: Report, language: str) -> str:
    return report.funding or text("funding_all", language)


def report_table(report: Report, language: str) -> tuple[list[str], list[list[str | int]]]:
    """The report as one table (section, item, count) for XLSX and CSV; ``<5`` stays text."""
    header = [text("section", language), text("item", language), text("count", language)]

    def shown(cell: Cell) -> str | int:
        return cell.shown if cell.suppressed else cell.count

    rows: list[list[str | int]] = [
        [text("period", language), period_text(report, language), ""],
        [text("funding", language), funding_text(report, language), ""],
    ]
    figures = text("figures", language)
    rows += [[figures, figure_label(cell.key, language), shown(cell)] for cell in report.figures]
    for section in report.sections:
        title = section_label(section.key, language)
        rows += [[title, value_label(cell.key, language), shown(cell)] for cell in section.cells]
        rows.append([title, text("total", language), shown(section.total)])
    return header, rows
