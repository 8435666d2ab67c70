"""The impact preview of a new rules pack: every client of the demo database evaluated under the
active pack and under a copy with STAY-02's limit lowered from 90 to 60 days, and the
differences listed (``legalaid rules impact``), with the rules engine's share of the time and
how many clients were read (a change to one day-count regime reads only the citizens counted
under it). A last row lowers the limit from a later date instead, which every client's
deadlines can feel: everyone is read and evaluated twice.

``run(env, quick)`` measures on a copy of ``env``'s demo database (target < 30 s at 100,000
clients). Standalone, ``python bench/bench_rule_packs.py [--clients N]`` builds (or reuses) a
demo database of N clients (default 5,000) under ``bench/.data/`` and prints the row.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

LIMIT_90 = ("params = { window_days = 180, window_limit = 90 }\ncitation = \"research article: "
            "L.F. Delovarova")
LOG = ('\n[[pack.changes]]\nversion = 2\nrules = ["STAY-02"]\nen = "Limit lowered."\n'
       'ru = "Лимит снижен."\nkk = "Шек азайтылды."\n')


def lowered_pack() -> str:
    from legalaid.paths import resource

    text = resource("rules", "kz.toml").read_text(encoding="utf-8")
    return text.replace('id = "kz-2026.1"\nversion = 1', 'id = "kz-bench"\nversion = 2') \
        .replace(LIMIT_90, LIMIT_90.replace("= 90", "= 60")) + LOG


def lowered_later_pack(change: dt.date) -> str:
    """STAY-02 at 90 days until the day before ``change``, at 60 from then."""
    import re

    text = lowered_pack()
    match = re.search(r'\[\[rules\]\]\nid = "STAY-02"\n.*?\n\n', text, re.S)
    assert match is not None
    lowered = match.group(0)
    first = lowered.replace("window_limit = 60", "window_limit = 90").replace(
        "effective_from = 2023-01-27", "effective_from = 2023-01-27\neffective_until = "
        f"{change - dt.timedelta(days=1)}")
    later = lowered.replace("effective_from = 2023-01-27", f"effective_from = {change}")
    return text.replace(lowered, first + later)


def run(env: Any, quick: bool) -> list[dict[str, Any]]:
    if env is None:
        return []
    from harness import result
    from legalaid.db.migrate import migrate_to_head
    from legalaid.db.session import create_engine_for
    from legalaid.services.rule_packs import RulePackService
    from legalaid.services.status import StatusService

    as_of = dt.date.today()
    cases = (("numbers and deadlines", lowered_pack(), False),
             ("and the findings too", lowered_pack(), True),
             ("limit lowered from next month, findings too",
              lowered_later_pack(as_of + dt.timedelta(days=30)), True))
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "impact.sqlite"
        shutil.copy(env.db_path, copy)
        engine = create_engine_for(str(copy))
        try:
            migrate_to_head(engine)
            packs = RulePackService(engine, StatusService(engine))
            for label, text, findings in cases:
                impacts = []

                def once(text: str = text, findings: bool = findings,
                         impacts: list[Any] = impacts) -> None:
                    impacts.append(packs.impact(text, "kz-bench.toml", as_of, findings=findings))

                samples = env.measure(once, repeat=1 if quick else 3, warmup=0)
                row = result(f"rules impact, {env.clients:,} clients ({label})", samples,
                             target="< 30 s at 100,000 clients",
                             max_seconds=30.0 * env.clients / 100_000)
                row["engine_share_s"] = statistics.median(i.engine_seconds for i in impacts)
                row["changed_clients"] = len(impacts[-1].changes)
                row["clients_read"] = impacts[-1].read
                rows.append(row)
        finally:
            engine.dispose()
    return rows


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "src"))
    import harness

    clients = int(sys.argv[sys.argv.index("--clients") + 1]) if "--clients" in sys.argv \
        else 5000
    env = harness.prepare(clients)
    for row in run(env, quick=False):
        print(f"{row['name']}: {row['median_s']:.2f} s (engine {row['engine_share_s']:.2f} s, "
              f"{row['clients_read']} clients read, {row['changed_clients']} changed; "
              f"target {row['target']}, "
              f"{'met' if row['passed'] else 'MISSED'} pro rata)")


if __name__ == "__main__":
    main()
