"""``legalaid selfcheck [--json]``: prove that this installation works, end to end, in a scratch
directory that is deleted afterwards. ``legalaid selfcheck --db URL`` checks an office server
instead, as the desktops see it (``--db`` the URL they use): connection, schema version, no rights
to change the schema, the audit log append-only, the search index, and a write read back in a
transaction that is rolled back.

Each step uses the same code paths as the app: an encrypted database is created and migrated, a
synthetic client is added, the rules engine assesses them, a letter is rendered in Kazakh, and the
client is found by a Latin spelling of the Cyrillic name. Exit status 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json

if TYPE_CHECKING:
    from legalaid.services import Services
    from legalaid.services.command_context import CommandContext

SQLITE_HEADER = b"SQLite format 3\x00"
KAZAKH_FAMILY = "Қоңыратова"
KAZAKH_GIVEN = "Әсел"
LATIN_SPELLING = "Asel Konyratova"


@dataclass(frozen=True)
class StepResult:
    name: str
    passed: bool
    detail: str
    milliseconds: float

    def to_json(self) -> dict[str, Any]:
        return {"step": self.name, "passed": self.passed, "detail": self.detail,
                "ms": round(self.milliseconds, 1)}


class StepFailed(Exception):
    """A check inside a step did not hold; the message says what was seen."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "selfcheck", help="check this installation end to end in a temporary directory")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--db", dest="server_db", metavar="URL",
                        help="check this office server database (the desktops' URL) instead")
    parser.set_defaults(handler=run_selfcheck)


def run_selfcheck(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.office import is_server_url, server_checks

    server = args.server_db or context.database
    if server and not is_server_url(server):
        from legalaid.errors import ValidationError

        raise ValidationError("--db", "selfcheck checks a PostgreSQL server URL; without --db "
                              "it checks this installation in a scratch folder")
    if server:
        results = [StepResult(c.name, c.passed, c.detail, c.milliseconds)
                   for c in server_checks(server)]
    else:
        with tempfile.TemporaryDirectory(prefix="legalaid-selfcheck-") as scratch:
            results = SelfCheck(Path(scratch)).run()
    if args.json:
        print_json({"passed": all(r.passed for r in results),
                    "steps": [r.to_json() for r in results]})
    else:
        for result in results:
            mark = "OK    " if result.passed else "FAILED"
            print(f"{mark} {result.name:<22} {result.milliseconds:7.0f} ms  {result.detail}")
    return 0 if results and all(r.passed for r in results) else 1


class SelfCheck:
    """The steps, in order; a step that fails stops the ones that depend on it."""

    def __init__(self, base_dir: Path) -> None:
        self.base_dir = base_dir
        self.today = dt.date.today()
        self.context: CommandContext | None = None
        self.client_id = 0

    def run(self) -> list[StepResult]:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("encrypted database", self.create_database),
            ("add a client", self.add_client),
            ("rules engine", self.evaluate_rules),
            ("letter in Kazakh", self.render_letter),
            ("search", self.search),
        ]
        results: list[StepResult] = []
        try:
            for name, step in steps:
                result = _timed(name, step)
                results.append(result)
                if not result.passed:
                    break
        finally:
            if self.context is not None:
                self.context.close()
        return results

    def services(self) -> Services:
        assert self.context is not None
        return self.context.services()

    def create_database(self) -> str:
        from legalaid import settings
        from legalaid.context import PASSWORD_VARIABLE, USER_VARIABLE
        from legalaid.paths import AppPaths
        from legalaid.services.command_context import CommandContext

        paths = AppPaths.create(self.base_dir).ensure()
        from legalaid.services.signin import initialise

        # Throw-away passphrase and administrator: the scratch database is deleted afterwards.
        self.context = CommandContext(paths=paths, settings=settings.Settings(),
                                  passphrase=secrets.token_urlsafe(18))
        initialise(self.context, {USER_VARIABLE: "selfcheck",
                                  PASSWORD_VARIABLE: secrets.token_urlsafe(18)},
                   interactive=False)
        revision = self.services().schema_revision()
        database = Path(self.context.database_target)
        with database.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header == SQLITE_HEADER:
            raise StepFailed("the database file is not encrypted (plain SQLite header)")
        return f"schema {revision}, file not readable as plain SQLite"

    def add_client(self) -> str:
        from legalaid.exchange.client_json import parse_client

        record = parse_client({
            "names": [{"family": KAZAKH_FAMILY, "given": KAZAKH_GIVEN, "script": "cyrl"}],
            "sex": "F", "date_of_birth": "1994-03-08", "citizenship": "UZ",
            "category": "labour_immigrant",
            "documents": [{"type": "passport", "number": "FA0000001",
                           "valid_from": "2020-01-01", "valid_until": "2034-01-01"}],
            "trips": [{"entry": (self.today - dt.timedelta(days=10)).isoformat(), "exit": None}],
        }, today=self.today)
        self.client_id = self.services().clients.add(record)
        stored = self.services().clients.get(self.client_id)
        if not any(name.family == KAZAKH_FAMILY for name in stored.names):
            raise StepFailed("the client read back has another name")
        return f"client {self.client_id}"

    def evaluate_rules(self) -> str:
        assessment = self.services().status.assess(self.client_id, self.today)
        # An Uzbek citizen on the 11th day of a stay: present, lawful, with days left (STAY-03).
        if not assessment.present or assessment.days_remaining is None \
                or assessment.days_remaining <= 0:
            raise StepFailed(f"unexpected verdict {assessment.status.value}")
        return f"{assessment.status.value}, {assessment.days_remaining} days remaining"

    def render_letter(self) -> str:
        from legalaid.pdf.context import Organisation
        from legalaid.services.letters.compose import LetterRequest, render_for_client

        request = LetterRequest(
            template_id="police_extension", client_id=self.client_id, language="kk",
            organisation=Organisation("LegalAid", "Алматы", None, signatory="LegalAid"),
            lawyer="LegalAid",
            fields={"police_office": "Алматы қаласы ПД көші-қон қызметі", "request": "extension",
                    "reason": "Еңбек шартын жасау"},
        )
        data = render_for_client(self.services(), request)
        if not data.startswith(b"%PDF") or b"DejaVuSans" not in data:
            raise StepFailed("the PDF lacks the embedded DejaVu font")
        return f"{len(data):,} bytes"

    def search(self) -> str:
        hits = self.services().search.search(LATIN_SPELLING)
        if not any(hit.client_id == self.client_id for hit in hits):
            raise StepFailed(f"{LATIN_SPELLING!r} did not find the client")
        return f"{len(hits)} hit(s) for {LATIN_SPELLING!r}"


def _timed(name: str, step: Callable[[], str]) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step()
        passed = True
    except Exception as error:  # every failure is reported as the step's result, none is fatal
        detail = f"{type(error).__name__}: {error}"
        passed = False
    return StepResult(name, passed, detail, (time.perf_counter() - start) * 1000)
