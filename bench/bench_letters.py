"""Letter benchmarks: one letter against a bare reportlab letter, and a batch of 1,000 letters
each registered (outgoing number, PDF stored in the database) and written to a folder.

``run(env, quick)`` returns one dict per measurement; ``env`` is unused here: the batch runs on
its own temporary database of synthetic clients. Run standalone with
``python bench/bench_letters.py [--quick]``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.pdf.blocks import styles
from legalaid.pdf.context import LetterContext, Organisation
from legalaid.pdf.loader import find_template
from legalaid.pdf.render import build_pdf, render_letter
from legalaid.pdf.templates import LetterTemplate

TEMPLATE = "police_extension"


def synthetic_client(number: int = 0) -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling(f"Тестова{number}", "Әйгерім", Script.CYRILLIC, "Серікқызы"),
               NameSpelling(f"Testova{number}", "Aigerim", Script.LATIN)),
        date_of_birth=dt.date(1990, 1, 1) + dt.timedelta(days=number % 3000),
        citizenship="UZ", address="Алматы қ., Абай даңғылы 1",
        documents=(DocumentRecord(DocumentType.PASSPORT, f"FA{number:07d}",
                                  valid_until=dt.date(2031, 1, 1)),),
        trips=(TripRecord(entry=dt.date(2026, 9, 1)),), id=number,
    )


def context(number: int = 0) -> LetterContext:
    return LetterContext(
        client=synthetic_client(number),
        organisation=Organisation("«Құқық» қоғамдық қоры", "050000, Алматы қ., Абай даңғылы 10"),
        lawyer="Сәуле Қалиева", number=f"LA-2026/{number:04d}", date=dt.date(2026, 11, 21),
        fields={"police_office": "Алматы қ. ПД Көші-қон қызметі басқармасы",
                "request": "extension", "reason": "емделу"},
        assessment={"last_lawful_day": "2026-11-29"},
    )


def bare_letter(paragraphs: list[str]) -> bytes:
    """The floor: the same text as plain paragraphs, built directly with platypus."""
    from reportlab.platypus import Paragraph

    body = styles().body
    return build_pdf([Paragraph(text, body) for text in paragraphs], "Letter", "kk")


def merged_paragraphs(template: LetterTemplate) -> list[str]:
    from legalaid.pdf.context import template_values

    text = template.merge("kk", template_values(template, context(), "kk"))
    return [block for block in text.split("\n\n") if block.strip()]


def registered_batch(count: int) -> tuple[float, dict[str, float]]:
    """Seconds for ``run_batch`` over ``count`` clients (number, render, store, write the file)
    and the seconds of each phase."""
    import tempfile
    from pathlib import Path

    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for
    from legalaid.services import build_services
    from legalaid.services.letters.batch import BatchRequest, run_batch

    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory) / "letters"
        folder.mkdir()
        engine = create_engine_for(str(Path(directory) / "bench.sqlite"))
        migrate_to_head(engine)
        services = build_services(engine)
        services.clients.bulk_insert(synthetic_client(n) for n in range(1, count + 1))
        request = BatchRequest(TEMPLATE, list(range(1, count + 1)), "kk", folder,
                               fields=context().fields, date=dt.date(2026, 11, 21))
        start = time.perf_counter()
        summary = run_batch(services.letters, request)
        elapsed = time.perf_counter() - start
        engine.dispose()
    assert len(summary.produced) == count, summary.skipped[:3]
    return elapsed, dict(summary.timings)


def bare_batch(paragraphs: list[str], count: int) -> float:
    """The batch floor: ``count`` bare reportlab letters, in memory, nothing stored."""
    start = time.perf_counter()
    for _ in range(count):
        bare_letter(paragraphs)
    return time.perf_counter() - start


def _median(action: Callable[[], Any], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run(env: Any = None, quick: bool = False) -> list[dict[str, Any]]:
    template = find_template(TEMPLATE)
    paragraphs = merged_paragraphs(template)
    one = context()
    render_letter(template, one, "kk")  # fonts, template compilation: paid once per process
    repeats = 5 if quick else 21
    ours = _median(lambda: render_letter(template, one, "kk"), repeats)
    floor = _median(lambda: bare_letter(paragraphs), repeats)
    count = 100 if quick else 1000
    batch, phases = registered_batch(count)
    batch_floor = bare_batch(paragraphs, count)
    phase_text = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in phases.items())
    return [
        {"name": "letter: one Kazakh letter", "median_s": ours, "floor": "bare reportlab letter",
         "floor_median_s": floor, "ratio": ours / floor, "target": "<= 2x floor"},
        {"name": f"letter: batch of {count}, registered ({phase_text})", "median_s": batch,
         "floor": f"{count} bare reportlab letters", "floor_median_s": batch_floor,
         "ratio": batch / batch_floor,
         "target": "< 15 s for 1,000" if count == 1000 else "< 1.5 s for 100"},
    ]


if __name__ == "__main__":
    for row in run(None, quick="--quick" in sys.argv):
        ratio = f" ratio {row['ratio']:.2f}" if row["ratio"] else ""
        floor = f" floor {row['floor_median_s'] * 1000:.1f} ms" if row["floor_median_s"] else ""
        print(f"{row['name']}: {row['median_s'] * 1000:.1f} ms{floor}{ratio} ({row['target']})")
