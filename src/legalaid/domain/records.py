"""Frozen value objects for a client's file, as they travel between layers.

These are what services hand to the GUI and the CLI, what the demo generator produces and what the
JSON exchange format (``shared/domain/CLIENTS.md``) parses into. They never hold database state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from legalaid.domain.enums import (
    CaseStatus,
    Category,
    DocumentType,
    EventType,
    Script,
    Sex,
    Status,
)

STATELESS = None  # citizenship of a stateless person (not stated: countries.NOT_STATED, "XXX")


@dataclass(frozen=True)
class NameSpelling:
    family: str
    given: str
    script: Script
    patronymic: str | None = None
    source: str | None = None

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.family, self.given, self.patronymic) if part)


@dataclass(frozen=True)
class DocumentRecord:
    type: DocumentType
    number: str | None = None
    issuer: str | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TripRecord:
    entry: dt.date
    exit: dt.date | None = None
    checkpoint: str | None = None
    irregular_entry: bool = False
    host_notified: dt.date | None = None
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class EventRecord:
    type: EventType
    date: dt.date
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TaskRecord:
    title: str
    due: dt.date
    done: dt.date | None = None
    source_rule: str | None = None
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CaseRecord:
    type: str
    opened: dt.date
    status: CaseStatus = CaseStatus.OPEN
    closed: dt.date | None = None
    outcome: str | None = None
    funding_code: str | None = None
    lawyer: str | None = None
    tasks: tuple[TaskRecord, ...] = ()
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class NoteRecord:
    text: str
    created: dt.datetime | None = None
    author: str | None = None
    id: int | None = None
    # The row's version when read (to save against); not part of what the record says.
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ClientRecord:
    """One client with everything the exchange format carries."""

    names: tuple[NameSpelling, ...]
    sex: Sex | None = None
    date_of_birth: dt.date | None = None
    citizenship: str | None = STATELESS
    category: Category | None = None
    languages: tuple[str, ...] = ()  # spoken, in the order the client prefers them
    interpreter: bool = False  # needs an interpreter (in one of ``languages``)
    phone: str | None = None
    safe_to_contact: bool = False
    address: str | None = None
    iin: str | None = None
    lawyer: str | None = None
    documents: tuple[DocumentRecord, ...] = ()
    trips: tuple[TripRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    notes: tuple[NoteRecord, ...] = ()
    cases: tuple[CaseRecord, ...] = field(default=())
    # Agreed at intake to be counted in anonymous reports. Not part of the exchange JSON: consent
    # given later lives in the consent register, which reports read first.
    reporting_consent: bool = False
    id: int | None = None

    @property
    def display_name(self) -> str:
        return self.names[0].full if self.names else ""


@dataclass(frozen=True)
class StatusSnapshot:
    """The stored result of the rules engine for one client (refreshed when data or date change)."""

    client_id: int
    status: Status
    as_of: dt.date
    regime: str | None
    last_lawful_day: dt.date | None
    days_remaining: int | None
    overstay_days: int
    next_deadline: dt.date | None
    next_deadline_title: str | None
