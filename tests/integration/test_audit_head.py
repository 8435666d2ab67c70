"""The audit chain's tail: removing the newest entries is detected (the head is kept apart), and
two processes appending at the same time produce one chain, never a fork."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text
from tests import postgres

from legalaid.services import Services
from legalaid.services.audit import AuditService

PER_PROCESS = 40


def _record(services: Services, count: int) -> None:
    for number in range(count):
        services.audit.record("lawyer1", "view", "client", number + 1, number + 1, "clients.get")


def _drop_newest(engine: Engine, count: int) -> None:
    with engine.begin() as connection:  # an attacker with the file drops the guard first
        postgres.drop_guard(connection, "audit_log_no_delete")
        connection.execute(text("DELETE FROM audit_log WHERE id > "
                                "(SELECT MAX(id) FROM audit_log) - :n"), {"n": count})


def test_removing_the_newest_entries_is_detected(services: Services) -> None:
    _record(services, 5)
    assert (services.audit.verify().entries, services.audit.verify().ok) == (5, True)
    _drop_newest(services.engine, 2)
    verdict = services.audit.verify()
    assert verdict.entries == 3
    assert verdict.first_broken == 4  # the first entry that is missing


def test_removing_every_entry_is_detected(services: Services) -> None:
    _record(services, 3)
    _drop_newest(services.engine, 3)
    assert services.audit.verify().first_broken == 1


def test_an_untouched_trail_still_verifies_after_more_entries(services: Services) -> None:
    _record(services, 3)
    assert services.audit.verify().ok
    _record(services, 2)
    verdict = services.audit.verify()
    assert (verdict.entries, verdict.ok) == (5, True)


APPEND = """
import sys, time
from pathlib import Path
from legalaid.db.session import create_engine_for
from legalaid.services.audit import AuditService
path, who, go, count = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
engine = create_engine_for(path)
audit = AuditService(engine)
while not go.exists():
    time.sleep(0.005)
for number in range(count):
    audit.record(who, "view", "client", number, number, "clients.get")
engine.dispose()
"""


def test_two_processes_appending_at_once_make_one_chain(engine: Engine, tmp_path: Path) -> None:
    go = tmp_path / "go"
    workers = [subprocess.Popen([sys.executable, "-c", APPEND, postgres.url_of(engine),
                                 who, str(go), str(PER_PROCESS)], stderr=subprocess.PIPE)
               for who in ("lawyer1", "lawyer2")]
    go.touch()  # both start appending at the same moment
    errors = [worker.communicate(timeout=120)[1].decode() for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0], errors
    verdict = AuditService(engine).verify()
    assert (verdict.entries, verdict.ok) == (2 * PER_PROCESS, True)
