"""The outgoing letters register, the stored PDFs and the organisation profile.

Numbers come from a per-year counter row (``letter_counter``). ``take_sequences`` moves the
year's counter with ``UPDATE ... RETURNING``, which locks the row as ``SELECT ... FOR UPDATE``
would, in the same statement: a second desktop taking a number waits for the first one's
transaction to end (PostgreSQL: the row lock; SQLite: the database's write lock) and then reads
the moved counter, so numbers taken at the same instant are distinct and consecutive, and a
letter rolled back gives its number back. A year's row is created on first use, seeded from the
letters already registered in it; the unique constraint on (year, sequence) stays as a backstop.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Row,
    bindparam,
    func,
    insert,
    literal,
    select,
    update,
)

from legalaid.db.casework import LETTER_PDF, CaseworkCipher, seal, unseal_bytes
from legalaid.db.dialect import insert_ignoring_existing
from legalaid.db.models import (
    Client,
    ClientName,
    Letter,
    LetterCounter,
    LetterPdf,
    Organisation,
    table,
)

letter = table(Letter)
client = table(Client)
letter_pdf = table(LetterPdf)
counter = table(LetterCounter)
spelling = table(ClientName)
organisation = table(Organisation)

PROFILE_ID = 1  # one organisation per database


@dataclass(frozen=True)
class LetterRowData:
    """One register line as stored (no PDF bytes)."""

    id: int
    client_id: int
    template: str
    title: str
    language: str
    outgoing_number: str
    date: dt.date
    lawyer: str | None
    created_at: dt.datetime
    client_name: str = ""  # the client's primary spelling, for the register


@dataclass(frozen=True)
class NewLetter:
    client_id: int
    template: str
    title: str
    language: str
    date: dt.date
    lawyer: str | None
    created_at: dt.datetime
    rule_pack: str | None = None  # the rules pack its figures came from, "kz-2026.3 (version 3)"


def take_sequences(connection: Connection, year: int, count: int = 1) -> int:
    """Take ``count`` consecutive sequence numbers of ``year`` in the caller's transaction (its
    counter row stays locked until it ends); returns the first."""
    seed = select(literal(year), func.coalesce(func.max(letter.c.sequence), 0)) \
        .where(letter.c.year == year)
    connection.execute(insert_ignoring_existing(connection, counter, "year")
                       .from_select(["year", "last"], seed))
    last = connection.execute(
        update(counter).where(counter.c.year == year)
        .values(last=counter.c.last + count).returning(counter.c.last)).scalar_one()
    return int(last) - count + 1


def insert_letter(connection: Connection, new: NewLetter) -> tuple[int, int]:
    """Insert a register row with the next sequence number of ``new.date``'s year.

    Returns ``(letter id, sequence)``; the caller then sets the printed number with
    ``set_number`` in the same transaction (the row holds a unique placeholder until then).
    """
    year = new.date.year
    sequence = take_sequences(connection, year)
    row = connection.execute(insert(letter).values(
        client_id=new.client_id, template=new.template, title=new.title,
        language=new.language, date=new.date, lawyer=new.lawyer, created_at=new.created_at,
        year=year, sequence=sequence, outgoing_number=f"#{year}/{sequence}", version=1,
        rule_pack=new.rule_pack,
    ).returning(letter.c.id)).scalar_one()
    return int(row), sequence


def set_number(connection: Connection, letter_id: int, number: str) -> None:
    connection.execute(
        update(letter).where(letter.c.id == letter_id).values(outgoing_number=number)
    )


def store_pdf(connection: Connection, letter_id: int, data: bytes,
              cipher: CaseworkCipher | None = None) -> None:
    """The letter's PDF (its body: casework, sealed under ``cipher``)."""
    connection.execute(insert(letter_pdf).values(
        letter_id=letter_id, data=seal(cipher, LETTER_PDF, letter_id, data)))


def reserve_numbers(
    connection: Connection, news: Sequence[NewLetter], number_of: Callable[[int, int], str],
) -> list[tuple[int, str]]:
    """Register a group of letters in the caller's transaction: consecutive sequence numbers
    (the first insert takes the write lock, so nobody slips in between) and the printed number
    ``number_of(year, sequence)`` of each. Returns ``(letter id, number)`` in ``news`` order."""
    taken: list[tuple[int, str]] = []
    for new in news:
        letter_id, sequence = insert_letter(connection, new)
        taken.append((letter_id, number_of(new.date.year, sequence)))
    if taken:
        connection.execute(
            update(letter).where(letter.c.id == bindparam("letter_id"))
            .values(outgoing_number=bindparam("number")),
            [{"letter_id": letter_id, "number": number} for letter_id, number in taken],
        )  # fmt: skip
    return taken


def store_pdfs(connection: Connection, pdfs: Sequence[tuple[int, bytes]],
               cipher: CaseworkCipher | None = None) -> None:
    """The PDFs of letters reserved earlier, in one statement (sealed under ``cipher``)."""
    if pdfs:
        connection.execute(insert(letter_pdf), [
            {"letter_id": letter_id, "data": seal(cipher, LETTER_PDF, letter_id, data)}
            for letter_id, data in pdfs])


def pdf_stored(connection: Connection, letter_id: int) -> bool:
    statement = select(letter_pdf.c.letter_id).where(letter_pdf.c.letter_id == letter_id)
    return connection.execute(statement).first() is not None


def pdf_of(connection: Connection, letter_id: int,
           cipher: CaseworkCipher | None = None) -> bytes | None:
    """The stored PDF, opened with ``cipher``; None when there is none, or it is sealed and
    there is no cipher (``pdf_stored`` tells the two apart)."""
    statement = select(letter_pdf.c.data).where(letter_pdf.c.letter_id == letter_id)
    data = connection.execute(statement).scalar_one_or_none()
    return unseal_bytes(cipher, LETTER_PDF, letter_id, bytes(data)) if data is not None else None


def _row(row: Row[Any] | Any) -> LetterRowData:
    return LetterRowData(
        id=row.id, client_id=row.client_id, template=row.template, title=row.title,
        language=row.language, outgoing_number=row.outgoing_number, date=row.date,
        lawyer=row.lawyer, created_at=row.created_at,
        client_name=getattr(row, "client_name", None) or "",
    )


def _client_name() -> Any:
    """The client's primary spelling, "Family Given Patronymic"."""
    return (
        select(func.trim(spelling.c.family + literal(" ") + spelling.c.given + literal(" ")
                         + func.coalesce(spelling.c.patronymic, "")))
        .where(spelling.c.client_id == letter.c.client_id, spelling.c.position == 0)
        .limit(1)
        .correlate(letter)
        .scalar_subquery()
    )


def list_letters(
    connection: Connection,
    client_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    template: str | None = None,
    limit: int = 5000,
    lawyer: str | None = None,
) -> list[LetterRowData]:
    """Register lines, newest first, filtered by client, date range and template (and to this
    lawyer's clients, when one is given)."""
    statement = select(
        letter.c.id, letter.c.client_id, letter.c.template, letter.c.title, letter.c.language,
        letter.c.outgoing_number, letter.c.date, letter.c.lawyer, letter.c.created_at,
        _client_name().label("client_name"),
    )
    if client_id is not None:
        statement = statement.where(letter.c.client_id == client_id)
    if date_from is not None:
        statement = statement.where(letter.c.date >= date_from)
    if date_to is not None:
        statement = statement.where(letter.c.date <= date_to)
    if template:
        statement = statement.where(letter.c.template == template)
    if lawyer is not None:
        statement = statement.join(client, client.c.id == letter.c.client_id).where(
            client.c.lawyer == lawyer)
    statement = statement.order_by(letter.c.date.desc(), letter.c.id.desc()).limit(limit)
    return [_row(row) for row in connection.execute(statement)]


def get_letter(connection: Connection, letter_id: int) -> LetterRowData | None:
    rows = connection.execute(
        select(letter).where(letter.c.id == letter_id)
    ).all()
    return _row(rows[0]) if rows else None


#: The letter languages the organisation's name, address and signatory are kept in.
PROFILE_LANGUAGES = ("kk", "ru", "en")
PROFILE_TEXTS = ("name", "address", "signatory")


@dataclass(frozen=True)
class ProfileData:
    #: ``texts[(field, language)]``: name, address and signatory per letter language.
    texts: dict[tuple[str, str], str]
    phone: str
    prefix: str
    logo_name: str
    logo_image: bytes | None


def load_profile(connection: Connection) -> ProfileData | None:
    row = connection.execute(
        select(organisation).where(organisation.c.id == PROFILE_ID)
    ).one_or_none()
    if row is None:
        return None
    mapping = row._mapping
    return ProfileData(
        texts={(field, language): mapping[f"{field}_{language}"] or ""
               for field in PROFILE_TEXTS for language in PROFILE_LANGUAGES},
        phone=row.phone or "", prefix=row.outgoing_prefix, logo_name=row.logo or "",
        logo_image=bytes(row.logo_image) if row.logo_image is not None else None,
    )


def save_profile(connection: Connection, profile: ProfileData) -> None:
    values: dict[str, object] = {
        f"{field}_{language}": profile.texts.get((field, language)) or None
        for field in PROFILE_TEXTS for language in PROFILE_LANGUAGES
    }
    values.update(phone=profile.phone or None, outgoing_prefix=profile.prefix,
                  logo=profile.logo_name or None, logo_image=profile.logo_image)
    exists = connection.execute(
        select(organisation.c.version).where(organisation.c.id == PROFILE_ID)
    ).scalar_one_or_none()
    if exists is None:
        connection.execute(insert(organisation).values(id=PROFILE_ID, version=1, **values))
    else:
        connection.execute(
            update(organisation).where(organisation.c.id == PROFILE_ID)
            .values(version=organisation.c.version + 1, **values)
        )  # fmt: skip


def rule_pack_of(connection: Connection, letter_id: int) -> str | None:
    """The rules pack a registered letter's figures came from."""
    return connection.execute(select(letter.c.rule_pack)
                              .where(letter.c.id == letter_id)).scalar()
