"""Spreadsheet import: the dry run and the import of a 100,000-row XLSX (10,000 with --quick).

The XLSX is generated once from synthetic demo clients (seed 2, so they are not the people of the
demo database) and cached under ``bench/.data``. The dry run is measured against the demo
database (every row checked for duplicates among its clients); the import goes into a fresh
empty database so the shared demo database is never changed. The floor is openpyxl reading the
same file and doing nothing with it. Targets: dry run < 60 s, import < 90 s at 100,000 rows.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from harness import DATA_DIR, BenchEnv, bench_context, result

HEADER = ("ФИО", "ФИО латиницей", "Пол", "Дата рождения", "Гражданство", "Категория",
          "Номер паспорта", "Действителен до", "Дата въезда", "Дата выезда")
DRY_RUN_SECONDS, IMPORT_SECONDS = 60.0, 90.0


def _row(record: Any) -> list[Any]:
    names = record.names
    passport = next((d for d in record.documents if d.type.value == "passport"), None)
    trip = record.trips[-1] if record.trips else None
    return [names[0].full, names[1].full if len(names) > 1 else None,
            None if record.sex is None else record.sex.value,
            record.date_of_birth.strftime("%d.%m.%Y") if record.date_of_birth else None,
            record.citizenship or "stateless",
            None if record.category is None else record.category.value,
            passport.number if passport else None,
            passport.valid_until if passport else None,
            trip.entry if trip else None, trip.exit if trip else None]


def spreadsheet(rows: int) -> Path:
    """The cached XLSX of ``rows`` synthetic clients (built on first use)."""
    from openpyxl import Workbook

    from legalaid.demo import generate_clients

    path = DATA_DIR / f"import-{rows}-seed2.xlsx"
    if path.exists():
        return path
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Clients")
    sheet.append(HEADER)
    for record in generate_clients(rows, 2, dt.date.today()):
        sheet.append(_row(record))
    partial = path.with_suffix(".part")
    workbook.save(partial)
    partial.rename(path)
    return path


def _fresh_services(base: Path) -> Any:
    """An empty plaintext database signed in as the benchmark's administrator (created on this
    first sign-in), independent of the environment's LEGALAID_* variables and of the demo
    database's contexts."""
    context = bench_context(base, base / "import.sqlite", new=True)
    return context, context.services()


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    from legalaid.exchange.table import read_table

    rows = env.clients
    path = spreadsheet(rows)
    floor = env.measure(lambda: read_table(path), repeat=1, warmup=0)
    imports = env.context().services().imports
    dry = env.measure(lambda: imports.dry_run(path), repeat=1, warmup=0)
    with tempfile.TemporaryDirectory(dir=DATA_DIR) as scratch:
        context, services = _fresh_services(Path(scratch))
        try:
            report_box: list[Any] = []
            samples = env.measure(lambda: report_box.append(services.imports.import_file(path)),
                                  repeat=1, warmup=0)
        finally:
            context.close()
    scale = rows / 100_000
    imported = report_box[0].imported if report_box else 0
    return [
        result(f"import dry run ({rows:,} rows)", dry, f"< {DRY_RUN_SECONDS * scale:.0f} s",
               "openpyxl read", floor, max_seconds=DRY_RUN_SECONDS * scale),
        result(f"import ({imported:,} rows, one transaction)", samples,
               f"< {IMPORT_SECONDS * scale:.0f} s", "openpyxl read", floor,
               max_seconds=IMPORT_SECONDS * scale),
    ]
