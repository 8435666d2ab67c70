"""Batch letters: one template for many clients, each letter registered and written into one
folder, with progress and cancel callbacks (no Qt: the GUI runs this in a worker thread).

A client whose letter cannot be produced (a required field without a value, a client that no
longer exists, a check the caller adds such as missing consent) is skipped with the reason; the
others go on. Each file is written under a temporary name and renamed when complete, so a cancel
or a crash never leaves half a PDF in the folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from legalaid.errors import NotFoundError, ValidationError
from legalaid.pdf.context import Organisation
from legalaid.pdf.render import write_pdf
from legalaid.services.letter_register import LetterRegisterService
from legalaid.services.letters import LetterRequest, template_for

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
    """A client left out; ``field`` names the missing field when that is the reason."""

    client_id: int
    reason: str
    field: str | None = None


@dataclass(frozen=True)
class BatchSummary:
    produced: tuple[Produced, ...]
    skipped: tuple[Skipped, ...]
    cancelled: bool
    total: int


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
    """Produce the letters one by one; stops between letters once ``cancelled()`` is true."""
    template_for(LetterRequest(request.template_id, 0, request.language))  # fail fast
    if not request.folder.is_dir():
        raise ValidationError("folder", f"{request.folder} is not a folder")
    # One letterhead for the whole batch: the profile is read once, not per letter.
    request = replace(request, organisation=request.organisation
                      or register.organisation().letterhead())
    produced: list[Produced] = []
    skipped: list[Skipped] = []
    total = len(request.client_ids)
    stopped = False
    for done, client_id in enumerate(request.client_ids):
        if cancelled is not None and cancelled():
            stopped = True
            break
        reason = precheck(client_id) if precheck is not None else None
        if reason is not None:
            skipped.append(Skipped(client_id, reason))
        else:
            outcome = _one(register, request, client_id)
            if isinstance(outcome, Produced):
                produced.append(outcome)
            else:
                skipped.append(outcome)
        if progress is not None:
            progress(done + 1, total)
    return BatchSummary(tuple(produced), tuple(skipped), stopped, total)


def _one(register: LetterRegisterService, request: BatchRequest,
         client_id: int) -> Produced | Skipped:
    letter_request = LetterRequest(
        template_id=request.template_id, client_id=client_id, language=request.language,
        fields=request.fields, date=request.date, organisation=request.organisation,
    )
    try:
        saved = register.save(letter_request)
    except ValidationError as error:
        return Skipped(client_id, error.problem, error.field)
    except NotFoundError:
        return Skipped(client_id, "client not found")
    path = request.folder / file_name(saved.letter.number, request.template_id, client_id)
    write_pdf(path, saved.pdf)
    return Produced(client_id, saved.letter.number, path)
