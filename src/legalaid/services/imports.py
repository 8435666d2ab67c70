"""Importing clients, documents and trips from a spreadsheet: mapping, dry run, import.

``dry_run`` reads the whole file, checks every row and lists every problem (row, column, value,
reason) and every likely duplicate, of a stored client or of an earlier row; it writes nothing.
``import_file`` does the same checks, refuses the whole file if any row is invalid, and otherwise
adds every row in ONE transaction through the clients' bulk path (Core inserts + the name index),
calling ``progress(done, total)`` as it goes; ``cancel()`` returning true rolls everything back.
The mapping used is remembered for the file's layout (its header) in the database.

Rows imported before are recognised by fingerprint (``exchange.rows.fingerprint``: the client
record a row makes, whatever the layout) or by the whole file's hash: they are reported as
``already_imported`` and skipped, so importing the same file twice writes nothing twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from legalaid.db.repositories import clients as clients_db
from legalaid.db.repositories import imports as imports_db
from legalaid.db.repositories import merge as merge_db
from legalaid.domain.names import search_key
from legalaid.domain.parsing import escape_unprintable
from legalaid.domain.records import ClientRecord
from legalaid.errors import LegalAidError, ValidationError
from legalaid.exchange.duplicates import PersonIndex
from legalaid.exchange.mapping import check_mapping, guess_mapping, header_hash
from legalaid.exchange.rows import RowProblem, fingerprint, read_row
from legalaid.exchange.table import SheetTable, read_table
from legalaid.services.casework import PLAIN, CaseworkAccess
from legalaid.services.clients import casework_cipher, stamp_notes
from legalaid.services.clock import database_clock
from legalaid.services.declarations import guarded
from legalaid.services.status import StatusService
from legalaid.services.unit_of_work import reading, unit_of_work

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
INSERT_BATCH = 2000
PROGRESS_EVERY = 500


class ImportCancelled(LegalAidError):
    """The user cancelled the import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was written")


@dataclass(frozen=True)
class DuplicateMatch:
    """A row that may be a person already on file (``client_id``) or an earlier row."""

    row: int
    client_id: int | None
    other_row: int | None
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "client_id": self.client_id, "other_row": self.other_row,
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class ImportLayoutInfo:
    """A file's columns and the mapping proposed for them (remembered or guessed)."""

    header: tuple[str, ...]
    mapping: dict[str, str]
    remembered: bool
    rows: int


@dataclass(frozen=True)
class ImportReport:
    """The dry run's findings; ``imported`` is set once an import has written the rows."""

    rows: int
    valid: int
    problems: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateMatch, ...]
    imported: int = 0
    already_imported: tuple[int, ...] = ()  # rows an earlier import brought in: skipped
    skipped: int = 0  # rows not written: already imported, or duplicates left out on request
    merged: int = 0  # rows added to the file of the client on file they may be

    @property
    def ok(self) -> bool:
        return not self.problems

    def problem_rows(self) -> list[int]:
        return sorted({problem.row for problem in self.problems})

    def to_json(self) -> dict[str, object]:
        return {"rows": self.rows, "valid": self.valid, "imported": self.imported,
                "skipped": self.skipped, "merged": self.merged,
                "already_imported": list(self.already_imported),
                "problems": [problem.to_json() for problem in self.problems],
                "duplicates": [match.to_json() for match in self.duplicates]}


class ImportRejected(ValidationError):
    """At least one row is invalid: nothing was imported (the report says which and why)."""

    def __init__(self, report: ImportReport) -> None:
        first = report.problems[0]
        where = escape_unprintable(f"row {first.row}" + (f", {first.column}" if first.column
                                                         else ""))
        super().__init__(where, f"{first.reason} ({len(report.problems)} problem(s) in "
                         f"{len(report.problem_rows())} row(s); nothing was imported)")
        self.report = report


@dataclass(frozen=True)
class _Row:
    """A valid row: its number in the sheet, the client it makes and that client's fingerprint."""

    number: int
    record: ClientRecord
    digest: str


@dataclass(frozen=True)
class _Checked:
    report: ImportReport
    rows: list[_Row]
    mapping: dict[str, str]
    table: SheetTable
    file_digest: str


class ImportService:
    """Spreadsheet imports over the clients' bulk insert path."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session], status: StatusService,
                 today: Callable[[], dt.date] = dt.date.today, user: str | None = None,
                 names_changed: Callable[[], None] | None = None,
                 casework: CaseworkAccess = PLAIN) -> None:
        self._engine = engine
        self._casework = casework  # imported notes are sealed under the casework key
        self._sessions = sessions
        self._status = status
        # The name search's typo vocabulary is cached: told at once so imported names are found.
        self._names_changed = names_changed
        self._today = today
        self.user = user

    @guarded("imports.layout")
    def layout(self, path: Path) -> ImportLayoutInfo:
        """The file's columns with the remembered mapping for its layout, or a guessed one."""
        table = read_table(path)
        remembered = self._remembered(table.header)
        mapping = remembered if remembered is not None else guess_mapping(table.header)
        return ImportLayoutInfo(table.header, mapping, remembered is not None, len(table.rows))

    @guarded("imports.dry_run")
    def dry_run(self, path: Path, mapping: Mapping[str, object] | None = None,
                progress: Progress | None = None, cancel: Cancel | None = None) -> ImportReport:
        """Every problem and likely duplicate of every row; writes nothing."""
        return self._check(path, mapping, progress, cancel).report

    @guarded("imports.import_file")
    def import_file(self, path: Path, mapping: Mapping[str, object] | None = None,
                    progress: Progress | None = None, cancel: Cancel | None = None,
                    skip_duplicates: bool = False,
                    merge_duplicates: bool = False) -> ImportReport:
        """Import every row in one transaction, or nothing (``ImportRejected``, cancelled).

        A row that may be a client on file is imported as a new client, left out
        (``skip_duplicates``) or added to that client's file: its spellings, documents and trips
        (``merge_duplicates``). A row carrying a document already on file for a client is
        refused unless one of the two is chosen."""
        if skip_duplicates and merge_duplicates:
            raise ValidationError("--merge-duplicates", "choose skipping or merging, not both")
        checked = self._check(path, mapping, progress, cancel)
        report = checked.report
        if not report.ok:
            raise ImportRejected(report)
        left_out = set(report.already_imported)
        stored: dict[int, int] = {}  # row -> the client on file it goes into
        for match in report.duplicates:
            if match.client_id is not None:
                stored.setdefault(match.row, match.client_id)
        if skip_duplicates:
            left_out.update(match.row for match in report.duplicates)
        elif merge_duplicates:
            left_out.update(stored)
        else:
            same = next((match for match in report.duplicates
                         if match.client_id is not None and "document" in match.reasons), None)
            if same is not None:
                raise ValidationError(f"row {same.row}, documents",
                                      f"already on file for client {same.client_id}: leave "
                                      "such rows out, or add them to the files on file")
        rows = [row for row in checked.rows if row.number not in left_out]
        merged = [(row, stored[row.number]) for row in checked.rows
                  if merge_duplicates and row.number in stored
                  and row.number not in report.already_imported]
        imported = self._insert(rows, checked, progress, cancel, merged)
        if self._names_changed is not None:
            self._names_changed()
        return dataclasses.replace(report, imported=imported, merged=len(merged),
                                   skipped=len(checked.rows) - imported - len(merged))

    # -- checking -------------------------------------------------------------------------------
    def _remembered(self, header: Sequence[str]) -> dict[str, str] | None:
        with reading(self._engine) as connection:
            stored = imports_db.load_layout(connection, header_hash(header))
        if stored is None or set(stored) != set(header):
            return None
        return stored

    def _mapping(self, table: SheetTable, mapping: Mapping[str, object] | None) -> dict[str, str]:
        if mapping is None:
            mapping = self._remembered(table.header) or guess_mapping(table.header)
        return check_mapping(mapping, table.header)

    def _index(self) -> tuple[PersonIndex, set[str]]:
        """The people on file, and the fingerprints of what was imported before."""
        index = PersonIndex()
        with reading(self._engine) as connection:
            for client_id, key, born in imports_db.stored_spellings(connection):
                index.add(("client", client_id), (key,), born)
            for client_id, number in imports_db.stored_document_numbers(connection):
                index.add_document(("client", client_id), number)
            return index, imports_db.fingerprints(connection)

    def _check(self, path: Path, mapping: Mapping[str, object] | None,
               progress: Progress | None, cancel: Cancel | None) -> _Checked:
        table = read_table(path)
        checked_mapping = self._mapping(table, mapping)
        columns = {field: table.header.index(column)
                   for column, field in checked_mapping.items() if field}
        today, (index, known) = self._today(), self._index()
        file_digest = _file_digest(path)
        whole_file_seen = file_digest in known
        problems: list[RowProblem] = []
        duplicates: list[DuplicateMatch] = []
        rows: list[_Row] = []
        already: list[int] = []
        total = len(table.rows)
        for done, sheet_row in enumerate(table.rows, start=1):
            if cancel is not None and done % PROGRESS_EVERY == 0 and cancel():
                raise ImportCancelled()
            record, row_problems = read_row(sheet_row, columns, table.header, today)
            problems += row_problems
            if record is not None:
                row = _Row(sheet_row.number, record, fingerprint(record))
                rows.append(row)
                if whole_file_seen or row.digest in known:
                    already.append(row.number)  # on file already: not a new duplicate
                else:
                    duplicates += _row_duplicates(index, row.number, record)
            if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
                progress(done, total)
        report = ImportReport(total, len(rows), tuple(problems), tuple(duplicates),
                              already_imported=tuple(already), skipped=len(already))
        return _Checked(report, rows, checked_mapping, table, file_digest)

    # -- writing --------------------------------------------------------------------------------
    def _insert(self, rows: list[_Row], checked: _Checked,
                progress: Progress | None, cancel: Cancel | None,
                merged: Sequence[tuple[_Row, int]] = ()) -> int:
        now = database_clock(self._engine)().replace(microsecond=0)  # the server's, on one
        total = len(rows)
        records = list(stamp_notes((row.record for row in rows), self.user, now))
        cipher = casework_cipher(records, self._casework)
        with unit_of_work(self._sessions) as session:
            connection = session.connection()
            new_ids: list[int] = []
            for start in range(0, total, INSERT_BATCH):
                if cancel is not None and cancel():
                    raise ImportCancelled()
                new_ids += clients_db.insert_clients(
                    connection, records[start:start + INSERT_BATCH], now, self.user, cipher)
                if progress is not None:
                    progress(min(start + INSERT_BATCH, total), total)
            for row, client_id in merged:  # the person came back: their file grows
                merge_db.add_to_file(connection, client_id, row.record)
            imports_db.save_fingerprints(connection, "row", (
                (row.digest, client_id) for row, client_id in merged), now)
            self._status.refresh_in(connection, new_ids + sorted({c for _r, c in merged}),
                                    self._today())
            imports_db.save_layout(connection, header_hash(checked.table.header),
                                   checked.mapping, now)
            imports_db.save_fingerprints(connection, "row", (
                (row.digest, client_id) for row, client_id in zip(rows, new_ids, strict=True)),
                now)
            imports_db.save_fingerprints(connection, "file", [(checked.file_digest, None)], now)
        return total


    @guarded("imports.fields")
    def fields(self) -> tuple[str, ...]:
        """The client fields a column can be mapped to."""
        from legalaid.exchange.mapping import FIELDS

        return tuple(FIELDS)


def _file_digest(path: Path) -> str:
    """The SHA-256 of the file's bytes (read_table has already read it without error)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _row_duplicates(index: PersonIndex, row: int, record: ClientRecord) -> Iterator[DuplicateMatch]:
    keys = [search_key(name.full) for name in record.names]  # once: the costly part of a row
    numbers = [document.number for document in record.documents if document.number]
    matches = index.matches(keys, record.date_of_birth, numbers)
    index.add(("row", row), keys, record.date_of_birth, numbers)
    for (kind, ref), reasons in sorted(matches.items()):
        yield DuplicateMatch(row, ref if kind == "client" else None,
                             ref if kind == "row" else None, tuple(sorted(reasons)))

