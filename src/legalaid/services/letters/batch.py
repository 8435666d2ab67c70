"""Batch letters: one template for many clients, each letter registered and written into one
folder, with progress and cancel callbacks (no Qt: the GUI runs this in a worker thread).

Letters are made in groups (``GROUP``): the group's clients are read together, their numbers
taken in one transaction and their PDFs stored in a second one, rendering in between (outside
any transaction, so another instance is never kept waiting for long). A client whose letter
cannot be produced (a required field without a value, a client that no longer exists, a check the
caller adds such as missing consent, see ``consent_precheck``) is skipped with the reason before
it takes a number; the others go on. Each file is written under a temporary name and renamed
when complete, so a cancel or a crash never leaves half a PDF in the folder.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from legalaid.errors import AccessDenied, NotFoundError, ValidationError
from legalaid.output_file import check_folder
from legalaid.pdf.context import Organisation
from legalaid.pdf.render import write_pdf
from legalaid.pdf.templates import NO_CONSENT
from legalaid.services.letters.compose import LetterRequest, template_for
from legalaid.services.letters.register import LetterRegisterService, Refused, SavedLetter

if TYPE_CHECKING:
    from legalaid.services.consent import ConsentService

#: Letters registered together: numbers taken in one transaction, PDFs stored in another.
#: Small enough that a cancel waits for well under a second of rendering.
GROUP = 25
#: Called with (letters done, letters in all) after each client.
Progress = Callable[[int, int], None]
#: Returns the reason to skip a client, or None (e.g. a consent check).
Precheck = Callable[[int], str | None]


@dataclass(frozen=True)
class BatchRequest:
    template_id: str
    client_ids: Sequence[int]
    language: str
    folder: Path
    fields: Mapping[str, str] = field(default_factory=dict)
    date: dt.date | None = None
    organisation: Organisation | None = None  # None: the stored organisation profile


@dataclass(frozen=True)
class Produced:
    client_id: int
    number: str
    path: Path


@dataclass(frozen=True)
class Skipped:
    """A client left out; ``field`` names the missing field when that is the reason (``missing``:
    every required field left empty, in template order)."""

    client_id: int
    reason: str
    field: str | None = None
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class BatchSummary:
    produced: tuple[Produced, ...]
    skipped: tuple[Skipped, ...]
    cancelled: bool
    total: int
    #: Seconds spent per phase: read, number, render, store, write.
    timings: Mapping[str, float] = field(default_factory=dict)


def file_name(number: str, template_id: str, client_id: int) -> str:
    """A file name without personal data: number, template and the client's record number."""
    safe_number = number.replace("/", "-")
    return f"{safe_number}_{template_id}_{client_id}.pdf"


def run_batch(
    register: LetterRegisterService,
    request: BatchRequest,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    precheck: Precheck | None = None,
) -> BatchSummary:
    """Produce the letters group by group; once ``cancelled()`` is true no further group starts
    (the group under way is finished, so every number taken has its letter and file)."""
    template_for(LetterRequest(request.template_id, 0, request.language))  # fail fast
    check_folder(request.folder, "folder")  # before any letter takes a number
    # One letterhead for the whole batch: the profile is read once, not per letter.
    request = replace(request, organisation=request.organisation
                      or register.organisation().letterhead(request.language))
    produced: list[Produced] = []
    skipped: list[Skipped] = []
    timings: dict[str, float] = {}
    ids = list(request.client_ids)
    stopped = False
    for start in range(0, len(ids), GROUP):
        if cancelled is not None and cancelled():
            stopped = True
            break
        group = ids[start:start + GROUP]
        wanted: list[int] = []
        for client_id in group:
            reason = precheck(client_id) if precheck is not None else None
            if reason is None:
                wanted.append(client_id)
            else:
                skipped.append(Skipped(client_id, reason))
        for outcome in _group(register, request, wanted, timings):
            if isinstance(outcome, Produced):
                produced.append(outcome)
            else:
                skipped.append(outcome)
        if progress is not None:
            progress(start + len(group), len(ids))
    return BatchSummary(tuple(produced), tuple(skipped), stopped, len(ids), dict(timings))


def _group(register: LetterRegisterService, request: BatchRequest, client_ids: list[int],
           timings: dict[str, float]) -> list[Produced | Skipped]:
    """One group registered together, then each PDF written to the folder (after the PDFs are
    safely stored: a crash in between leaves letters the register can still print)."""
    requests = [LetterRequest(
        template_id=request.template_id, client_id=client_id, language=request.language,
        fields=request.fields, date=request.date, organisation=request.organisation,
    ) for client_id in client_ids]
    try:
        outcomes: list[SavedLetter | Refused | Skipped] = list(
            register.save_many(requests, timings))
    except AccessDenied:
        # Some client of the group is out of the user's reach: letter by letter, so that
        # only those are skipped (each with the reason the access check gives).
        outcomes = [_one(register, letter) for letter in requests]
    started = time.perf_counter()
    results: list[Produced | Skipped] = []
    for outcome in outcomes:
        if isinstance(outcome, SavedLetter):
            letter = outcome.letter
            path = request.folder / file_name(letter.number, request.template_id,
                                              letter.client_id)
            write_pdf(path, outcome.pdf, "folder")
            results.append(Produced(letter.client_id, letter.number, path))
        elif isinstance(outcome, Refused):
            results.append(Skipped(outcome.client_id, outcome.reason, outcome.field,
                                   outcome.missing))
        else:
            results.append(outcome)
    timings["write"] = timings.get("write", 0.0) + time.perf_counter() - started
    return results


def _one(register: LetterRegisterService, request: LetterRequest) -> SavedLetter | Skipped:
    try:
        return register.save(request)
    except ValidationError as error:
        return Skipped(request.client_id, error.problem, error.field,
                       getattr(error, "fields", ()))
    except NotFoundError:
        return Skipped(request.client_id, "client not found")
    except AccessDenied as error:
        return Skipped(request.client_id, str(error))


def consent_precheck(consent: ConsentService, purpose: str) -> Precheck:
    """Skips clients without the consent ``purpose`` in force today ("none": nobody)."""
    if purpose == NO_CONSENT:
        return lambda client_id: None
    reason = f"no consent for {purpose.replace('_', ' ')}"

    def check(client_id: int) -> str | None:
        try:
            return None if consent.has_consent(client_id, purpose) else reason
        except AccessDenied as error:
            return str(error)
    return check
