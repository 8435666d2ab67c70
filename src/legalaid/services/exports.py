"""Exports of the client list (with the list's current filter) and of deadlines to XLSX or CSV.

Cells that a spreadsheet program would run as a formula are neutralised by ``exchange.writer``.
Column headings are in the user's language (kk, ru or en); dates are real dates in XLSX and
dd.mm.yyyy in CSV.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import Engine

from legalaid.domain.read_models import ClientQuery
from legalaid.domain.report import LANGUAGES, column_label
from legalaid.errors import ValidationError
from legalaid.exchange.writer import OutCell, write_table
from legalaid.services.clients import MAX_PAGE, ClientService
from legalaid.services.deadlines import DeadlineRow, DeadlineService
from legalaid.services.declarations import guarded

CLIENT_COLUMNS = ("id", "name", "other_name", "date_of_birth", "citizenship", "category",
                  "status", "days_remaining", "last_lawful_day", "lawyer", "next_deadline")
DEADLINE_COLUMNS = ("due", "client_id", "client", "title", "rule", "kind")
FORMATS = ("xlsx", "csv")


def _check(file_format: str, language: str) -> None:
    if file_format not in FORMATS:
        raise ValidationError("--format", f'"{file_format}" is not xlsx or csv')
    if language not in LANGUAGES:
        raise ValidationError("--lang", f'"{language}" is not kk, ru or en')


class ExportService:
    """Writes lists the user sees to spreadsheet files."""

    def __init__(self, engine: Engine, clients: ClientService,
                 deadlines: DeadlineService) -> None:
        self._engine = engine
        self._clients = clients
        self._deadlines = deadlines

    @guarded("exports.client_rows")
    def client_rows(self, query: ClientQuery) -> Iterator[tuple[OutCell, ...]]:
        """Every row of the client list for ``query``, in its order, as cells."""
        offset = 0
        while page := self._clients.list_rows(query, offset, MAX_PAGE):
            for row in page:
                yield (row.id, row.name, row.other_name or None, row.date_of_birth,
                       row.citizenship, row.category, row.status.value, row.days_remaining,
                       row.last_lawful_day, row.lawyer, row.next_deadline)
            offset += len(page)

    @guarded("exports.export_clients")
    def export_clients(self, query: ClientQuery, path: Path, file_format: str,
                       language: str = "en") -> int:
        """Write the filtered client list; returns the number of clients written."""
        _check(file_format, language)
        rows = list(self.client_rows(query))
        header = [column_label(key, language) for key in CLIENT_COLUMNS]
        write_table(path, header, rows, file_format, "Clients")
        return len(rows)

    @guarded("exports.export_deadlines")
    def export_deadlines(self, first: dt.date, last: dt.date, path: Path, file_format: str,
                         language: str = "en", as_of: dt.date | None = None,
                         lawyer: str | None = None) -> int:
        """Write every deadline due in [first, last] (of one lawyer's clients with ``lawyer``:
        the guard sets it for lawyers); returns the number of rows written."""
        _check(file_format, language)
        if last < first:
            raise ValidationError("--to", "is before --from")
        rows: list[tuple[OutCell, ...]] = [
            (row.due, row.client_id, row.client_name, row.title, row.rule, row.kind)
            for row in self._deadlines.between(first, last, as_of, lawyer)]
        header = [column_label(key, language) for key in DEADLINE_COLUMNS]
        write_table(path, header, rows, file_format, "Deadlines")
        return len(rows)

    @guarded("exports.write_ics")
    def write_ics(self, rows: Sequence[DeadlineRow], path: Path) -> int:
        """These deadlines as an iCalendar file at ``path`` (a regular file, written whole);
        returns how many."""
        from legalaid.output_file import write_output
        from legalaid.services.calendar import deadlines_to_ics

        write_output(path, deadlines_to_ics(rows), "file")
        return len(rows)
