"""The outgoing letters register: saving a letter with its outgoing number, reading it back, and
the organisation profile that prints as the letterhead.

A saved letter's number is taken, the PDF rendered with that number and both stored in ONE
transaction: a failed render leaves no gap-filling row behind, and the PDF lives only in the
database (no file is written unless the user saves one). Numbers are ``PREFIX-YEAR/NNNN`` from a
sequence that restarts every year.

A letter written to a file hands its PDF to a ``Sink`` (the file being written) inside that same
transaction: a file that cannot be written registers nothing and uses no number. Every letter
registered and every draft written out is recorded in the audit trail as printed, with the
letter's id and its client's, in the transaction that makes it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError

from legalaid.db.repositories import audit as audit_db
from legalaid.db.repositories import letter_clients
from legalaid.db.repositories import letters as repo
from legalaid.errors import AccessDenied, ConflictError, NotFoundError, ValidationError
from legalaid.pdf.context import LetterContext, Organisation
from legalaid.pdf.logo import check_logo
from legalaid.pdf.render import render_letter
from legalaid.services.casework import LOCKED_READ, PLAIN, CaseworkAccess, writer
from legalaid.services.clock import database_clock
from legalaid.services.declarations import guarded
from legalaid.services.letters.compose import (
    FieldState,
    LetterRequest,
    context_of,
    field_states,
    letter_context,
    template_for,
    templates_for,
)
from legalaid.services.unit_of_work import reading, writing

if TYPE_CHECKING:
    from legalaid.pdf.templates import LetterTemplate
    from legalaid.services.clients import ClientService
    from legalaid.services.status import StatusService

_ATTEMPTS = 8  # another instance taking the same number at the same instant is rare
PREFIX_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
#: Takes a letter's PDF and writes it out (e.g. ``OutputFile.write``); an error stops the letter.
Sink = Callable[[bytes], None]


@dataclass(frozen=True)
class LanguageProfile:
    """The organisation's name, address and signatory as letters in one language print them."""

    name: str = ""
    address: str = ""
    signatory: str = ""


@dataclass(frozen=True)
class OrganisationProfile:
    """The NGO's own details as edited in Settings; empty strings mean "not given". Name,
    address and signatory are kept per letter language (``kk``, ``ru``, ``en``): a letter
    prints those of its language, never another's."""

    kk: LanguageProfile = LanguageProfile()
    ru: LanguageProfile = LanguageProfile()
    en: LanguageProfile = LanguageProfile()
    phone: str = ""
    prefix: str = "LA"
    logo_name: str = ""
    logo_image: bytes | None = None

    def in_language(self, language: str) -> LanguageProfile:
        if language not in repo.PROFILE_LANGUAGES:
            raise ValidationError("--lang", f'"{language}" is not one of kk, ru or en')
        texts: LanguageProfile = getattr(self, language)
        return texts

    def letterhead(self, language: str) -> Organisation:
        texts = self.in_language(language)
        return Organisation(name=texts.name, address=texts.address, prefix=self.prefix,
                            phone=self.phone, signatory=texts.signatory,
                            logo_image=self.logo_image)


@dataclass(frozen=True)
class RegisteredLetter:
    """One line of the register."""

    id: int
    client_id: int
    template: str
    title: str
    language: str
    number: str
    date: dt.date
    lawyer: str | None
    created_at: dt.datetime
    client_name: str = ""  # filled in the register's lines


@dataclass(frozen=True)
class SavedLetter:
    """A letter just saved: its register line and the PDF as stored."""

    letter: RegisteredLetter
    pdf: bytes


def outgoing_number(prefix: str, year: int, sequence: int) -> str:
    """``LA-2026/0042``; without a prefix ``2026/0042``."""
    core = f"{year}/{sequence:04d}"
    return f"{prefix}-{core}" if prefix else core


def draft_number(prefix: str, year: int) -> str:
    """What a preview shows in place of the number a saved letter will get."""
    return outgoing_number(prefix, year, 0).replace("/0000", "/____")


def _registered(row: repo.LetterRowData) -> RegisteredLetter:
    return RegisteredLetter(
        id=row.id, client_id=row.client_id, template=row.template, title=row.title,
        language=row.language, number=row.outgoing_number, date=row.date, lawyer=row.lawyer,
        created_at=row.created_at, client_name=row.client_name,
    )


def _trimmed(texts: LanguageProfile) -> LanguageProfile:
    return LanguageProfile(texts.name.strip(), texts.address.strip(), texts.signatory.strip())


def check_profile(profile: OrganisationProfile) -> OrganisationProfile:
    """The profile with trimmed text; ValidationError names a bad field. A name in one
    language is enough to save: letters in a language without one are refused, saying so."""
    prefix = profile.prefix.strip().upper()
    languages = {language: _trimmed(profile.in_language(language))
                 for language in repo.PROFILE_LANGUAGES}
    if not any(texts.name for texts in languages.values()):
        raise ValidationError("name_ru", "the organisation needs a name")
    if len(prefix) > 12 or not set(prefix) <= PREFIX_CHARS:
        raise ValidationError("prefix", "use up to 12 Latin letters, digits, '-', '_' or '.'")
    if profile.logo_image is not None:
        check_logo(profile.logo_image)
    return replace(profile, prefix=prefix, phone=profile.phone.strip(),
                   kk=languages["kk"], ru=languages["ru"], en=languages["en"])


def _profile_of(data: repo.ProfileData) -> OrganisationProfile:
    def texts(language: str) -> LanguageProfile:
        return LanguageProfile(*(data.texts.get((field, language), "")
                                 for field in repo.PROFILE_TEXTS))

    return OrganisationProfile(
        kk=texts("kk"), ru=texts("ru"), en=texts("en"), phone=data.phone, prefix=data.prefix,
        logo_name=data.logo_name, logo_image=data.logo_image)


def _data_of(profile: OrganisationProfile) -> repo.ProfileData:
    return repo.ProfileData(
        texts={(field, language): getattr(profile.in_language(language), field)
               for field in repo.PROFILE_TEXTS for language in repo.PROFILE_LANGUAGES},
        phone=profile.phone, prefix=profile.prefix, logo_name=profile.logo_name,
        logo_image=profile.logo_image)


@dataclass(frozen=True)
class Refused:
    """A letter of a group that was not made; ``field`` names the missing field if that is why
    (``missing``: every required field left empty)."""

    client_id: int
    reason: str
    field: str | None = None
    missing: tuple[str, ...] = ()


class _PhaseClock:
    """Adds the seconds since the previous lap to ``phases[name]``."""

    def __init__(self, phases: dict[str, float]) -> None:
        self._phases = phases
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self._phases[name] = self._phases.get(name, 0.0) + now - self._last
        self._last = now


def _new_letter(request: LetterRequest, template: LetterTemplate,
                context: LetterContext, now: dt.datetime,
                rule_pack: str | None = None) -> repo.NewLetter:
    return repo.NewLetter(
        client_id=request.client_id, template=template.id,
        title=template.title[request.language], language=request.language,
        date=context.date, lawyer=context.lawyer or None,
        created_at=now.replace(microsecond=0), rule_pack=rule_pack,
    )


def _row_of(new: repo.NewLetter, letter_id: int, number: str) -> repo.LetterRowData:
    return repo.LetterRowData(
        id=letter_id, client_id=new.client_id, template=new.template, title=new.title,
        language=new.language, outgoing_number=number, date=new.date, lawyer=new.lawyer,
        created_at=new.created_at,
    )


class LetterRegisterService:
    """Saving letters to the register and reading the register; the organisation profile."""

    def __init__(self, engine: Engine, clients: ClientService, status: StatusService,
                 casework: CaseworkAccess = PLAIN) -> None:
        self._engine = engine
        self._casework = casework  # a letter's PDF is its body: casework
        self._clients = clients
        self._status = status
        self.user: str | None = None  # the guard sets the signed-in user (audit entries)
        self._now = database_clock(engine)  # when letters are registered: the server's time

    def _record(self, connection: Connection, letter_id: int | None, client_id: int,
                detail: str) -> None:
        """The audit entry of a letter printed (registered or a draft written out)."""
        audit_db.append(connection, None, self.user, "print", "letter", letter_id,
                        client_id, detail)

    # -- organisation profile --------------------------------------------------------------

    @guarded("letters.organisation")
    def organisation(self) -> OrganisationProfile:
        """The stored profile, or an empty one with the default prefix."""
        with reading(self._engine) as connection:
            data = repo.load_profile(connection)
        return OrganisationProfile() if data is None else _profile_of(data)

    @guarded("letters.save_organisation")
    def save_organisation(self, profile: OrganisationProfile) -> OrganisationProfile:
        checked = check_profile(profile)
        with writing(self._engine) as connection:
            repo.save_profile(connection, _data_of(checked))
        return checked

    # -- letters ---------------------------------------------------------------------------

    @guarded("letters.templates", client="client_id")
    def templates(self, client_id: int) -> list[tuple[LetterTemplate, bool]]:
        """Every template, with whether it suits the client's category; suitable ones first."""
        category = self._clients.get(client_id).category
        return templates_for(category.value if category else None)

    @guarded("letters.fields", client="client_id")
    def fields(self, template_id: str, client_id: int, language: str) -> list[FieldState]:
        """The template's fields prefilled from the client file, missing required ones marked."""
        template = template_for(LetterRequest(template_id, client_id, language))
        return field_states(self._clients, self._status, template, client_id, language)

    @guarded("letters.preview", client="request.client_id")
    def preview(self, request: LetterRequest, sink: Sink | None = None) -> bytes:
        """The PDF as it will look, with a blank in place of the outgoing number (or the
        number given by hand). Handed to ``sink`` (a draft written to a file), it is recorded in
        the audit trail once the sink has it."""
        template = template_for(request)
        organisation = request.organisation or self.organisation().letterhead(request.language)
        context = letter_context(self._clients, self._status, template, request, organisation)
        number = request.number or draft_number(organisation.prefix, context.date.year)
        pdf = render_letter(template, replace(context, number=number), request.language)
        if sink is not None:
            sink(pdf)
            kind = "number by hand" if request.number else "draft"
            with writing(self._engine) as connection:
                self._record(connection, None, request.client_id,
                             f"letters.preview {template.id} ({kind})")
        return pdf

    @guarded("letters.save", client="request.client_id")
    def save(self, request: LetterRequest, sink: Sink | None = None) -> SavedLetter:
        """Register the letter under the next outgoing number and store its PDF; with ``sink``
        the PDF is written out before the number is committed.

        ValidationError names a required field left empty, and any error of ``sink`` stops
        the letter: nothing is stored then, and the number is not used.
        """
        cipher = writer(self._casework)  # the stored PDF is the letter's body: casework
        template = template_for(request)
        organisation = request.organisation or self.organisation().letterhead(request.language)
        context = letter_context(self._clients, self._status, template, request, organisation)
        new = _new_letter(request, template, context, self._now(), self._status.rules_label)
        for _ in range(_ATTEMPTS):
            try:
                with writing(self._engine) as connection:
                    letter_id, sequence = repo.insert_letter(connection, new)
                    number = outgoing_number(organisation.prefix, new.date.year, sequence)
                    repo.set_number(connection, letter_id, number)
                    pdf = render_letter(template, replace(context, number=number),
                                        request.language)
                    repo.store_pdf(connection, letter_id, pdf, cipher)
                    self._record(connection, letter_id, new.client_id, "letters.save")
                    if sink is not None:
                        sink(pdf)  # last: the file is on disk before the number is committed
            except (IntegrityError, OperationalError):
                continue  # another instance took this number (or held the lock): try again
            return SavedLetter(_registered(_row_of(new, letter_id, number)), pdf)
        raise ConflictError("could not take an outgoing number; try again")

    @guarded("letters.save_many")
    def save_many(self, requests: Sequence[LetterRequest],
                  timings: dict[str, float] | None = None) -> list[SavedLetter | Refused]:
        """Register a group of letters, as a batch makes them: the clients are read together,
        the numbers taken in one short transaction, the PDFs rendered outside it and stored in a
        second one. A letter that cannot be made (client gone, required field empty) is refused
        before it takes a number, so numbers stay gap-free. ``timings`` gathers seconds per
        phase (read, number, render, store) for profiling.
        """
        cipher = writer(self._casework)
        phases = timings if timings is not None else {}
        clock = _PhaseClock(phases)
        prepared, outcomes = self._prepare(requests)
        clock.lap("read")
        if not prepared:
            return [outcome for outcome in outcomes if outcome is not None]
        reserved = self._reserve([new for _, _, _, new in prepared], prepared[0][0].organisation)
        clock.lap("number")
        pdfs = [render_letter(template, replace(context, number=number), request.language)
                for (request, template, context, _), (_, number) in zip(prepared, reserved,
                                                                       strict=True)]
        clock.lap("render")
        with writing(self._engine) as connection:
            repo.store_pdfs(connection, [(letter_id, pdf) for (letter_id, _), pdf
                                         in zip(reserved, pdfs, strict=True)], cipher)
            for (_, _, _, new), (letter_id, _) in zip(prepared, reserved, strict=True):
                self._record(connection, letter_id, new.client_id, "letters.save_many")
        clock.lap("store")
        saved = iter(
            SavedLetter(_registered(_row_of(new, letter_id, number)), pdf)
            for (_, _, _, new), (letter_id, number), pdf in zip(prepared, reserved, pdfs,
                                                                strict=True)
        )
        return [outcome if outcome is not None else next(saved) for outcome in outcomes]

    def _prepare(self, requests: Sequence[LetterRequest]) -> tuple[
            list[tuple[LetterRequest, LetterTemplate, LetterContext, repo.NewLetter]],
            list[Refused | None]]:
        """Each request's template and context from one read of all the clients; a refusal
        in place of each letter that cannot be made (None where a letter will be)."""
        ids = [request.client_id for request in requests]
        with reading(self._engine) as connection:
            clients = letter_clients.clients_for_letters(connection, ids)
            snapshots = letter_clients.snapshots_for_letters(connection, ids)
        stored: OrganisationProfile | None = None
        prepared = []
        outcomes: list[Refused | None] = []
        now = self._now()
        for request in requests:
            client = clients.get(request.client_id)
            if client is None:
                outcomes.append(Refused(request.client_id, "client not found"))
                continue
            template = template_for(request)
            if request.organisation is None and stored is None:
                stored = self.organisation()  # read once for the whole group
            organisation = request.organisation or (
                stored or OrganisationProfile()).letterhead(request.language)
            try:
                context = context_of(client, snapshots.get(request.client_id), template,
                                     request, organisation)
            except ValidationError as error:
                outcomes.append(Refused(request.client_id, error.problem, error.field,
                                        getattr(error, "fields", ())))
                continue
            prepared.append((replace(request, organisation=organisation), template, context,
                             _new_letter(request, template, context, now,
                                         self._status.rules_label)))
            outcomes.append(None)
        return prepared, outcomes

    def _reserve(self, news: list[repo.NewLetter],
                 organisation: Organisation | None) -> list[tuple[int, str]]:
        prefix = organisation.prefix if organisation is not None else ""
        for _ in range(_ATTEMPTS):
            try:
                with writing(self._engine) as connection:
                    return repo.reserve_numbers(
                        connection, news,
                        lambda year, sequence: outgoing_number(prefix, year, sequence))
            except (IntegrityError, OperationalError):
                continue  # another instance took these numbers (or held the lock): try again
        raise ConflictError("could not take outgoing numbers; try again")

    @guarded("letters.letters")
    def letters(
        self, date_from: dt.date | None = None, date_to: dt.date | None = None,
        template: str | None = None, lawyer: str | None = None,
    ) -> list[RegisteredLetter]:
        """The register, newest first, filtered by date range and template (and to one
        lawyer's clients: for a lawyer, the guard sets ``lawyer`` to them)."""
        with reading(self._engine) as connection:
            rows = repo.list_letters(connection, date_from=date_from, date_to=date_to,
                                     template=template, lawyer=lawyer)
        return [_registered(row) for row in rows]

    @guarded("letters.letters_of_client", client="client_id")
    def letters_of_client(self, client_id: int) -> list[RegisteredLetter]:
        """One client's letters, newest first."""
        with reading(self._engine) as connection:
            rows = repo.list_letters(connection, client_id=client_id)
        return [_registered(row) for row in rows]

    @guarded("letters.letter", item=("letter", "letter_id"))
    def letter(self, letter_id: int) -> RegisteredLetter:
        with reading(self._engine) as connection:
            row = repo.get_letter(connection, letter_id)
        if row is None:
            raise NotFoundError(f"letter {letter_id} not found")
        return _registered(row)

    @guarded("letters.pdf", item=("letter", "letter_id"))
    def pdf(self, letter_id: int) -> bytes:
        """The stored PDF of a registered letter, exactly as it was saved."""
        with reading(self._engine) as connection:
            data = repo.pdf_of(connection, letter_id, self._casework.cipher)
            if data is None and repo.pdf_stored(connection, letter_id):
                raise AccessDenied(f"letter {letter_id}: {LOCKED_READ}")
        if data is None:
            raise NotFoundError(f"letter {letter_id} has no stored PDF")
        return data

    # -- for the letter screens (read-only: templates, logo files, copies on disk) ----------

    @guarded("letters.all_templates")
    def all_templates(self) -> list[LetterTemplate]:
        """Every letter template, in the forms folder's order."""
        from legalaid.pdf.loader import load_templates

        return load_templates()

    @guarded("letters.consent_needed")
    def consent_needed(self, template_id: str) -> str | None:
        """The consent purpose a template needs, or None (none, or no such template)."""
        from legalaid.errors import LegalAidError
        from legalaid.pdf.loader import find_template
        from legalaid.pdf.templates import NO_CONSENT

        try:
            purpose = find_template(template_id).consent
        except LegalAidError:
            return None
        return None if purpose == NO_CONSENT else purpose

    @guarded("letters.read_logo")
    def read_logo(self, path: Path) -> bytes:
        """An image file as a letterhead logo; a file that cannot be one is refused."""
        from legalaid.pdf.logo import read_logo

        return read_logo(path)

    @guarded("letters.write_copy")
    def write_copy(self, path: Path, pdf: bytes) -> None:
        """A letter's PDF written to a file the user chose (whole, never half a file)."""
        from legalaid.pdf.render import write_pdf

        write_pdf(path, pdf, "file")
