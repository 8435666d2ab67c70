"""Cases, tasks and notes for the synthetic demo clients (see ``demo.py``).

Case types follow the client's category; task due dates are spread so that the dashboard has
overdue work, work for this week and work later on. Note texts are neutral and name nobody. The
lawyers are a small fictional staff list.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TypeVar

from legalaid.domain.enums import CaseStatus, Category
from legalaid.domain.records import CaseRecord, NoteRecord, TaskRecord

C = Category
T = TypeVar("T")

LAWYERS = ("A. Seitkali", "D. Omarova", "M. Ivanenko", "S. Tulegenova", "R. Abenov", "N. Kim")

_CASE_TYPES: dict[Category, tuple[str, ...]] = {
    C.VISITOR: ("overstay fine", "TRP application", "registration with the migration police"),
    C.EAEU_WORKER: ("unpaid wages", "employment contract dispute", "TRP application"),
    C.LABOUR_IMMIGRANT: ("labour permit", "unpaid wages", "withheld passport", "overstay fine"),
    C.VISA_WORKER: ("work visa extension", "unpaid wages"),
    C.TRP_HOLDER: ("TRP extension", "permanent residence application"),
    C.PERMANENT_RESIDENT: ("citizenship application", "family reunification"),
    C.ASYLUM_SEEKER: ("asylum registration", "asylum certificate extension"),
    C.REFUGEE: ("refugee status extension", "TRP application", "family reunification"),
    C.REJECTED_ASYLUM_SEEKER: ("refugee status appeal", "return counselling"),
    C.STATELESS_APPLICANT: ("statelessness determination", "request to an embassy for documents"),
    C.STATELESS: ("stateless certificate renewal", "birth registration of a child"),
    C.KANDAS: ("kandas status application", "kandas status extension", "citizenship application"),
    C.INVESTOR: ("investor visa", "TRP application"),
    C.TRAFFICKING_VICTIM: ("shelter referral", "unpaid wages", "withheld passport"),
    C.IRREGULAR: ("overstay fine", "regularisation", "withheld passport"),
    C.EXPELLED: ("expulsion appeal", "entry ban review"),
}
_TASKS = ("Collect documents from the client", "File the application", "Call the client back",
          "Prepare the appeal", "Court hearing", "Check the decision", "Translate the documents",
          "Pay the state fee", "Meet the employer", "Send the request letter")
_OUTCOMES = ("granted", "refused", "withdrawn", "settled", "referred to a partner")
_FUNDING = ("UNHCR-26", "IOM-LAB-26", "EU-MIG-25", "CORE")
_NOTES = (
    "Consultation held in the office; next steps explained.",
    "Client called to ask about the status of the application.",
    "Copies of documents received and placed in the file.",
    "Interpreter needed for the next meeting.",
    "Client informed about the deadline by phone.",
    "Referred to a partner organisation for medical help.",
    "Meeting rescheduled at the client's request.",
    "Employer contacted; no answer yet.",
)


def between(rng: random.Random, low: int, high: int) -> int:
    """``rng.randint`` without its argument checks: the demo draws millions of these."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: random.Random, values: Sequence[T]) -> T:
    """``rng.choice``, faster for the same reason as :func:`between`."""
    return values[int(rng.random() * len(values))]


def pick_lawyer(rng: random.Random) -> str | None:
    return pick(rng, LAWYERS) if rng.random() < 0.9 else None


def _days(count: int) -> dt.timedelta:
    return dt.timedelta(days=count)


def _due(rng: random.Random, today: dt.date) -> dt.date:
    """Overdue, this week or later."""
    roll = rng.random()
    if roll < 0.2:
        return today - _days(between(rng, 1, 30))
    if roll < 0.45:
        return today + _days(between(rng, 0, 6))
    return today + _days(between(rng, 7, 60))


def _tasks(rng: random.Random, opened: dt.date, today: dt.date) -> tuple[TaskRecord, ...]:
    tasks = []
    for title in rng.sample(_TASKS, pick(rng, (0, 1, 1, 2, 3))):
        due = max(_due(rng, today), opened)
        done = None
        if due < today and rng.random() < 0.4:
            done = max(due - _days(between(rng, 0, 3)), opened)
        tasks.append(TaskRecord(title, due, done))
    return tuple(tasks)


def _case(rng: random.Random, category: Category, today: dt.date,
          lawyer: str | None) -> CaseRecord:
    opened = today - _days(between(rng, 0, 700))
    kind = pick(rng, _CASE_TYPES[category])
    funding = pick(rng, _FUNDING)
    if (today - opened).days > 120 and rng.random() < 0.6:
        closed = min(opened + _days(between(rng, 10, 300)), today)
        return CaseRecord(kind, opened, CaseStatus.CLOSED, closed, pick(rng, _OUTCOMES),
                          funding, lawyer)
    status = CaseStatus.PENDING if rng.random() < 0.25 else CaseStatus.OPEN
    return CaseRecord(kind, opened, status, None, None, funding, lawyer,
                      _tasks(rng, opened, today))


def cases(rng: random.Random, category: Category, today: dt.date,
          lawyer: str | None) -> tuple[CaseRecord, ...]:
    count = pick(rng, (0, 1, 1, 1, 1, 2, 2, 3))
    return tuple(_case(rng, category, today, lawyer) for _ in range(count))


def notes(rng: random.Random, today: dt.date, author: str | None) -> tuple[NoteRecord, ...]:
    result = []
    for _ in range(pick(rng, (0, 0, 1, 1, 2))):
        day = today - _days(between(rng, 0, 400))
        hour, minute = between(rng, 9, 17), between(rng, 0, 59)
        created = dt.datetime(day.year, day.month, day.day, hour, minute)
        result.append(NoteRecord(pick(rng, _NOTES), created, author))
    return tuple(result)
