"""Field-level encryption of casework: what decryption adds to opening a client file.

A copy of the demo database gets two clients of the same shape, each with 50 notes and 5 cases
(every case with an outcome): one written by a session that holds the casework key (sealed), one
by a session of a database from before keys (plain text). ``ClientService.file`` of each is timed,
interleaved, on the same engine: the sealed file through services with the key, the plain one
through services without. Target: the median added by decryption under 20 ms; the worst single
opening is reported beside it.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import BenchEnv, result

NOTES = 50
CASES = 5
MAX_ADDED_S = 0.020


def _record(family: str) -> Any:
    from legalaid.domain.enums import CaseStatus, Category, Script, Sex
    from legalaid.domain.records import CaseRecord, ClientRecord, NameSpelling, NoteRecord

    notes = tuple(NoteRecord(f"Consultation {i}: the client explained the employer's demands, "
                             "the passport kept at the workplace, and the next steps agreed. "
                             * 3) for i in range(NOTES))
    cases = tuple(CaseRecord("overstay", dt.date(2026, 1, 1 + i), CaseStatus.CLOSED,
                             closed=dt.date(2026, 3, 1 + i),
                             outcome=f"granted after the appeal hearing {i}")
                  for i in range(CASES))
    return ClientRecord(names=(NameSpelling(family, "Бенчмарк", Script.CYRILLIC),),
                        sex=Sex.FEMALE, date_of_birth=dt.date(1990, 1, 1), citizenship="UZ",
                        category=Category.VISITOR, notes=notes, cases=cases)


def _copy(source: Path, folder: Path) -> Path:
    target = folder / "legalaid.sqlite"
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        sidecar = source.with_name(source.name + suffix)
        if sidecar.exists():
            shutil.copyfile(sidecar, target.with_name(target.name + suffix))
    return target


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    from legalaid.db.casework import casework_access, is_sealed
    from legalaid.db.session import create_engine_for
    from legalaid.services import build_services

    repeat = 40 if quick else 200
    with tempfile.TemporaryDirectory(prefix="bench-casework-") as folder:
        engine = create_engine_for(str(_copy(env.db_path, Path(folder))))
        try:
            keyed = build_services(engine, casework=casework_access(os.urandom(32)))
            plain = build_services(engine)
            sealed_id = keyed.clients.add(_record("Шифрованная"))
            plain_id = plain.clients.add(_record("Открытая"))
            opened = keyed.clients.get(sealed_id)
            assert len(opened.notes) == NOTES and len(opened.cases) == CASES
            same = [note.text for note in plain.clients.get(plain_id).notes]
            assert [note.text for note in opened.notes] == same  # same text, both ways
            with engine.connect() as connection:
                stored = connection.exec_driver_sql(
                    "SELECT text FROM note WHERE client_id = ?", (sealed_id,)).scalars().all()
            assert len(stored) == NOTES and all(is_sealed(value) for value in stored)

            def sealed() -> object:
                return keyed.clients.file(sealed_id)

            def plain_file() -> object:
                return plain.clients.file(plain_id)

            for _ in range(5):  # warm the page cache and the rules
                sealed()
                plain_file()
            sealed_s: list[float] = []
            plain_s: list[float] = []
            for _ in range(repeat):  # interleaved, so drift in the machine hits both
                for fn, samples in ((sealed, sealed_s), (plain_file, plain_s)):
                    start = time.perf_counter()
                    fn()
                    samples.append(time.perf_counter() - start)
        finally:
            engine.dispose()
    added = statistics.median(sealed_s) - statistics.median(plain_s)
    row = result(f"client file, {NOTES} notes + {CASES} cases, decrypted", sealed_s,
                 target=f"added < {MAX_ADDED_S * 1000:.0f} ms", floor="same file in plain text",
                 floor_samples=plain_s)
    row["added_median_s"] = added
    row["worst_s"] = max(sealed_s)
    row["floor_worst_s"] = max(plain_s)
    row["p95_s"] = statistics.quantiles(sealed_s, n=20)[-1]
    row["floor_p95_s"] = statistics.quantiles(plain_s, n=20)[-1]
    row["passed"] = added < MAX_ADDED_S
    print(f"casework: file median {statistics.median(sealed_s) * 1000:.2f} ms sealed, "
          f"{statistics.median(plain_s) * 1000:.2f} ms plain, added {added * 1000:.2f} ms; "
          f"95th percentile {row['p95_s'] * 1000:.2f} / {row['floor_p95_s'] * 1000:.2f} ms; "
          f"worst {max(sealed_s) * 1000:.2f} ms sealed, {max(plain_s) * 1000:.2f} ms plain")
    return [row]
