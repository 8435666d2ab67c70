"""Services reach the database one way (``services/unit_of_work.py``): a block that opened its own
connection or session would stay out of the shared transaction, so a change could be kept while
its audit entry is lost. The repositories work inside the transaction they are handed."""

from __future__ import annotations

import re
from pathlib import Path

import legalaid

SOURCE = Path(legalaid.__file__).parent
# A connection, transaction or session opened by hand, or one ended by hand.
OPENED = re.compile(r"\.(connect|begin|raw_connection)\(\)|\bsessionmaker\(|\bSession\(")
ENDED = re.compile(r"\.(commit|rollback)\(\)")
# Copying, restoring and checking the database file work below any transaction.
FILE_LEVEL = {"backups.py"}


def _offences(folder: Path, pattern: re.Pattern[str], allowed: set[str]) -> list[str]:
    return [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in sorted(folder.rglob("*.py")) if path.name not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and not line.lstrip().startswith(("#", '"', "-"))
    ]


def test_services_open_transactions_through_the_unit_of_work_only() -> None:
    allowed = FILE_LEVEL | {"unit_of_work.py"}
    assert _offences(SOURCE / "services", OPENED, allowed) == []
    assert _offences(SOURCE / "services", ENDED, allowed) == []


def test_repositories_never_open_or_end_a_transaction() -> None:
    repositories = SOURCE / "db" / "repositories"
    assert _offences(repositories, OPENED, set()) == []
    assert _offences(repositories, ENDED, set()) == []
