"""``legalaid demo --clients N [--seed S] [--lang kk|ru|en]``: fill the database with synthetic
clients, their case types, tasks and notes written in the language asked for (by default the
interface's, from the settings).

The clients come from ``legalaid.demo`` (deterministic for a seed and today's date) and go in
through the clients service's bulk path, then every status snapshot is refreshed so that lists and
the dashboard show verdicts at once. Progress goes to stderr and never names anyone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.domain.records import ClientRecord
    from legalaid.services.command_context import CommandContext

MAX_CLIENTS = 1_000_000
BATCH_SIZE = 5000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo", help="add synthetic demo clients",
        description="Add synthetic clients (no real person's data) for trying the app out. "
        "The same seed on the same day gives the same clients.",
    )
    parser.add_argument("--clients", required=True, metavar="N", help="how many clients to add")
    parser.add_argument("--seed", default="1", metavar="S", help="random seed (default 1)")
    parser.add_argument("--lang", metavar="kk|ru|en",
                        help="language of the cases, tasks and notes (default: the interface's)")
    parser.set_defaults(handler=run)


def _integer(text: str, option: str, low: int, high: int) -> int:
    # Parsed here rather than by argparse so that a bad value gives one line naming the option.
    try:
        value = int(text)
    except ValueError:
        raise ValidationError(option, f'"{text}" is not a whole number') from None
    if not low <= value <= high:
        raise ValidationError(option, f"{value} is not between {low} and {high}")
    return value


@dataclass
class _Tally:
    """Counts what went into the database, and shows progress while it goes."""

    total: int
    stream: TextIO
    clients: int = 0
    documents: int = 0
    trips: int = 0
    cases: int = 0
    _next_report: int = 0

    def count(self, records: Iterable[ClientRecord]) -> Iterator[ClientRecord]:
        step = max(1000, self.total // 20)
        self._next_report = step
        for record in records:
            self.clients += 1
            self.documents += len(record.documents)
            self.trips += len(record.trips)
            self.cases += len(record.cases)
            if self.clients >= self._next_report or self.clients == self.total:
                self.report(f"{self.clients:,} of {self.total:,} clients")
                self._next_report += step
            yield record

    def report(self, message: str) -> None:
        if self.stream.isatty():
            self.stream.write(f"\rdemo: {message}\x1b[K")
        else:
            self.stream.write(f"demo: {message}\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.stream.isatty():
            self.stream.write("\n")


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.demo import generate_clients

    count = _integer(args.clients, "--clients", 1, MAX_CLIENTS)
    seed = _integer(args.seed, "--seed", 0, 2**63 - 1)
    language = context.settings.language if args.lang is None else args.lang
    if language not in ("kk", "ru", "en"):
        raise ValidationError("--lang", f'"{language}" is not kk, ru or en')
    started = time.perf_counter()
    today = dt.date.today()
    services = context.services()
    tally = _Tally(count, sys.stderr)
    added = services.clients.bulk_insert(
        tally.count(generate_clients(count, seed, today, language)), batch_size=BATCH_SIZE
    )
    services.partners.add_demo()  # a made-up partner directory, when there is none yet
    refresh = getattr(services.status, "refresh", None)
    if callable(refresh):
        tally.report("working out each client's status")
        refresh(None, today)
    tally.finish()
    elapsed = time.perf_counter() - started
    print(f"Added {added:,} demo clients ({tally.documents:,} documents, {tally.trips:,} trips, "
          f"{tally.cases:,} cases) with seed {seed} in {elapsed:.1f} s.")
    return 0
