"""The case database schema as SQLAlchemy 2 typed models.

Every mutable table carries a ``version`` column that SQLAlchemy uses for optimistic locking (a
stale update raises ``StaleDataError``, turned into ``ConflictError`` by the services), and the
items the user can delete carry ``deleted_at`` so that deleting is reversible (the bin).
Enumerations are stored as their string values (``domain/enums.py``) so that the database stays
readable by other tools. Migrations in ``db/migrations`` must produce exactly this schema (a test
compares them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic locking: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}


class Deletable:
    """Soft deletion: the row stays, hidden, until restored."""

    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


def _client_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True)


class Client(Versioned, Deletable, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_citizenship", "citizenship"),
        Index("ix_client_category", "category"),
        Index("ix_client_lawyer", "lawyer"),
        Index("ix_client_date_of_birth", "date_of_birth"),
        Index("ix_client_updated_at", "updated_at"),
        Index("ix_client_iin", "iin"),
        Index("ix_client_lawyer_id", "lawyer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sex: Mapped[str | None] = mapped_column(String(1))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    # ISO alpha-2, or ICAO XXB/XXC (refugee travel document), XXX (not stated); NULL = stateless
    citizenship: Mapped[str | None] = mapped_column(String(3))
    category: Mapped[str | None] = mapped_column(String(40))
    languages: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # "uz,ru"
    phone: Mapped[str | None] = mapped_column(String(40))
    safe_to_contact: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    address: Mapped[str | None] = mapped_column(Text)
    iin: Mapped[str | None] = mapped_column(String(12))
    # The lawyer's name as shown and filtered on; ``lawyer_id`` is the lawyer's account when the
    # name is one (a name typed before accounts existed that matches none stays text only). A
    # plain column like ``merged_into``: adding a foreign key would rebuild the client table.
    lawyer: Mapped[str | None] = mapped_column(String(200))
    lawyer_id: Mapped[int | None] = mapped_column(Integer)
    # The client needs an interpreter (their languages say which).
    interpreter: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    reporting_consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    # Set when this file was merged into another (it waits in the Bin until emptied).
    merged_into: Mapped[int | None] = mapped_column(Integer)


class ClientName(Versioned, Base):
    """One spelling of a client's name; ``position`` 0 is the primary spelling."""

    __tablename__ = "client_name"
    __table_args__ = (
        Index("ix_client_name_client_position", "client_id", "position"),
        # Drives the client list sorted by name (primary spelling only).
        Index("ix_client_name_sort", "position", "family", "given", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False
    )
    family: Mapped[str] = mapped_column(String(200), nullable=False)
    given: Mapped[str] = mapped_column(String(200), nullable=False)
    patronymic: Mapped[str | None] = mapped_column(String(200))
    script: Mapped[str] = mapped_column(String(4), nullable=False)
    source: Mapped[str | None] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    search_key: Mapped[str] = mapped_column(Text, nullable=False)


class FamilyLink(Versioned, Deletable, Base):
    __tablename__ = "family_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    other_client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True
    )
    relationship: Mapped[str] = mapped_column(String(40), nullable=False)


class Document(Versioned, Deletable, Base):
    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_valid_until", "valid_until"),
        Index("ix_document_number", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    type: Mapped[str] = mapped_column(String(40), nullable=False)
    number: Mapped[str | None] = mapped_column(String(60))
    issuer: Mapped[str | None] = mapped_column(String(200))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)


class Trip(Versioned, Deletable, Base):
    __tablename__ = "trip"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    entry: Mapped[dt.date] = mapped_column(Date, nullable=False)
    exit: Mapped[dt.date | None] = mapped_column(Date)
    checkpoint: Mapped[str | None] = mapped_column(String(200))
    irregular_entry: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    host_notified: Mapped[dt.date | None] = mapped_column(Date)


class Event(Versioned, Deletable, Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    type: Mapped[str] = mapped_column(String(40), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)


class LegalCase(Versioned, Deletable, Base):
    __tablename__ = "legal_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    type: Mapped[str] = mapped_column(String(80), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    opened: Mapped[dt.date] = mapped_column(Date, nullable=False)
    closed: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    funding_code: Mapped[str | None] = mapped_column(String(40))
    lawyer: Mapped[str | None] = mapped_column(String(200))


class Task(Versioned, Deletable, Base):
    __tablename__ = "task"
    __table_args__ = (Index("ix_task_due", "due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("legal_case.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int] = _client_fk()
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    due: Mapped[dt.date] = mapped_column(Date, nullable=False)
    done: Mapped[dt.date | None] = mapped_column(Date)
    source_rule: Mapped[str | None] = mapped_column(String(40))


class Note(Versioned, Deletable, Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    text: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Referral(Versioned, Deletable, Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    partner: Mapped[str] = mapped_column(String(200), nullable=False)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="sent")
    feedback_due: Mapped[dt.date | None] = mapped_column(Date)
    # The partner of the directory and the kind of its service (none for referrals from before).
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner_org.id", ondelete="SET NULL"), index=True)
    service_kind: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                         server_default=false())
    # "outgoing" (this organisation refers) or "incoming" (a partner's packet brought it here).
    direction: Mapped[str] = mapped_column(String(10), nullable=False, default="outgoing",
                                           server_default="outgoing")
    # The same referral's id on the other side (incoming: the sender's; outgoing: the partner's).
    remote_id: Mapped[int | None] = mapped_column(Integer)
    status_on: Mapped[dt.date | None] = mapped_column(Date)  # the day of the latest status
    answered_on: Mapped[dt.date | None] = mapped_column(Date)  # the partner's first answer


class ReferralStep(Base):
    """One status of a referral, dated, in the order it was reached (the referral's history)."""

    __tablename__ = "referral_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    by: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class PartnerOrg(Versioned, Base):
    """An organisation of the partner directory; ``uid`` is its id between organisations."""

    __tablename__ = "partner_org"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    names: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {"kk": …, "ru": …, "en": …}
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    regions: Mapped[str] = mapped_column(Text, nullable=False, default="")  # "almaty,astana"
    languages: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    contacts: Mapped[str | None] = mapped_column(Text)
    send_by: Mapped[str] = mapped_column(String(20), nullable=False, default="paper")
    age_public: Mapped[str | None] = mapped_column(Text)  # "age1…" (X25519, for packets)
    sign_public: Mapped[str | None] = mapped_column(String(64))  # Ed25519, hex
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class PartnerService(Base):
    """One service a partner offers, and who is eligible for it."""

    __tablename__ = "partner_service"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner_org.id", ondelete="CASCADE"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    categories: Mapped[str] = mapped_column(Text, nullable=False, default="")  # "" = anyone
    sex: Mapped[str | None] = mapped_column(String(1))  # None = anyone
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[str | None] = mapped_column(Text)


class OrganisationKey(Base):
    """This installation's organisation key pair: public halves plain, the private ones sealed
    under the casework key (``db/casework.py``)."""

    __tablename__ = "organisation_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(40), nullable=False)
    age_public: Mapped[str] = mapped_column(Text, nullable=False)
    sign_public: Mapped[str] = mapped_column(String(64), nullable=False)
    secret: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class PacketSeen(Base):
    """Every packet imported, by its id, so the same packet is never applied twice."""

    __tablename__ = "packet_seen"

    packet_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sender: Mapped[str] = mapped_column(String(40), nullable=False)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class Letter(Versioned, Base):
    """The outgoing letters register (letters are never deleted: numbers must stay unique)."""

    __tablename__ = "letter"
    __table_args__ = (
        UniqueConstraint("year", "sequence", name="uq_letter_year_sequence"),
        Index("ix_letter_date", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    template: Mapped[str] = mapped_column(String(80), nullable=False)
    language: Mapped[str] = mapped_column(String(2), nullable=False)
    outgoing_number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    # The per-year sequence behind the number; unique together so that two instances saving at
    # once cannot take the same number whatever the prefix is.
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    lawyer: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    # The rules pack its figures came from, as "kz-2026.3 (version 3)": kept as text so that the
    # letter says it whatever becomes of the pack.
    rule_pack: Mapped[str | None] = mapped_column(String(80))


class LetterCounter(Base):
    """The last outgoing sequence number taken in a year (one row per year). Taking a number
    moves it in the letter's transaction and holds the row's lock until then: numbers taken at
    the same instant queue on it, and a letter rolled back gives its number back."""

    __tablename__ = "letter_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False)


class Organisation(Versioned, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Name, address and signatory in each letter language: a letter prints those of its own.
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_ru: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    address_kk: Mapped[str | None] = mapped_column(Text)
    address_ru: Mapped[str | None] = mapped_column(Text)
    address_en: Mapped[str | None] = mapped_column(Text)
    signatory_kk: Mapped[str | None] = mapped_column(String(200))
    signatory_ru: Mapped[str | None] = mapped_column(String(200))
    signatory_en: Mapped[str | None] = mapped_column(String(200))
    logo: Mapped[str | None] = mapped_column(Text)  # file name the logo image was taken from
    outgoing_prefix: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone: Mapped[str | None] = mapped_column(String(60))
    # The image itself lives in the database: letters must not depend on a file that moved.
    logo_image: Mapped[bytes | None] = mapped_column(LargeBinary)


class StatusSnapshotRow(Base):
    """The rules engine's latest verdict per client (derived data, rewritten by refresh)."""

    __tablename__ = "status_snapshot"
    __table_args__ = (
        Index("ix_status_snapshot_status", "status"),
        Index("ix_status_snapshot_days_remaining", "days_remaining"),
        Index("ix_status_snapshot_next_deadline", "next_deadline"),
    )

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    as_of: Mapped[dt.date] = mapped_column(Date, nullable=False)
    regime: Mapped[str | None] = mapped_column(String(20))
    last_lawful_day: Mapped[dt.date | None] = mapped_column(Date)
    days_remaining: Mapped[int | None] = mapped_column(Integer)
    overstay_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    next_deadline: Mapped[dt.date | None] = mapped_column(Date)
    next_deadline_title: Mapped[str | None] = mapped_column(String(300))
    # The rules pack (``rule_pack.id``) whose rules gave this verdict; None before packs existed.
    rule_pack: Mapped[int | None] = mapped_column(Integer)


class ChangeLog(Base):
    """Who changed what and when (field names only, never the values of personal data)."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    row_id: Mapped[int] = mapped_column(Integer, nullable=False)
    client_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    fields: Mapped[str] = mapped_column(Text, nullable=False, default="")  # comma-separated
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    by: Mapped[str | None] = mapped_column(String(200))


class CaseParty(Versioned, Deletable, Base):
    """The other side of a case (an employer, a landlord, an agency), checked for conflicts of
    interest against the clients and the parties already on file."""

    __tablename__ = "case_party"
    __table_args__ = (Index("ix_case_party_identifier", "identifier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("legal_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    client_id: Mapped[int] = _client_fk()
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # employer, landlord, agency …
    identifier: Mapped[str | None] = mapped_column(String(40))  # a BIN, an IIN, a licence
    search_key: Mapped[str] = mapped_column(Text, nullable=False)


class DuplicateDismissal(Base):
    """A pair of clients a person judged "not the same person": the finder leaves it out."""

    __tablename__ = "duplicate_dismissal"
    __table_args__ = (UniqueConstraint("client_low", "client_high",
                                       name="uq_duplicate_dismissal_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_low: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False)
    client_high: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), nullable=False, index=True)
    dismissed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    dismissed_by: Mapped[str | None] = mapped_column(String(100))


def table(model: type[Base]) -> Table:
    """The Core table of a model, typed as a ``Table`` for inserts, updates and deletes."""
    return cast(Table, model.__table__)


class UserAccount(Base):
    """A person who signs in; the password is kept only as an argon2id hash."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    password_hash: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class SignInThrottle(Base):
    """Failed sign-ins per user name, for names without an account too, so the wait does not tell
    which names exist; keyed by a hash of the normalised name, never the name typed."""

    __tablename__ = "signin_throttle"

    name_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    retry_after: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEntry(Base):
    """One audited act (append-only, hash-chained; record ids only, never personal data)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_client_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    table_name: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    client_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # The acting account's Ed25519 signature of the entry (hex) and its public key (hex); both
    # empty for an entry recorded without a signed-in account (docs/AUDIT.md says which).
    signature: Mapped[str | None] = mapped_column(String(128))
    public_key: Mapped[str | None] = mapped_column(String(64))


class Consent(Base):
    """A client's consent to one purpose, from a date, until withdrawn."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)
    given_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    recorded_by: Mapped[str | None] = mapped_column(String(100))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_by: Mapped[str | None] = mapped_column(String(100))


class AnonymisedClient(Base):
    """Clients whose personal data the retention run has replaced (statistics kept)."""

    __tablename__ = "anonymised_client"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class ImportLayout(Base):
    """The column mapping last used for a spreadsheet layout (keyed by a hash of its header row)."""

    __tablename__ = "import_layout"

    header_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text, nullable=False)  # JSON {column: field}
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class LetterPdf(Base):
    """The PDF of a registered letter, kept apart so that listing the register reads no blobs."""

    __tablename__ = "letter_pdf"

    letter_id: Mapped[int] = mapped_column(
        ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Attachment(Deletable, Base):
    """A scan or file kept with the client: on one of their documents, on a case, or on the
    file itself. Its bytes live in ``attachment_data`` so that listing reads no blobs."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("legal_case.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    media_type: Mapped[str] = mapped_column(String(60), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    added_by: Mapped[str | None] = mapped_column(String(200))
    # A small PNG drawn when it was attached from the desk (none for papers of a case)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)


class AttachmentData(Base):
    """The bytes of an attachment (those on a case sealed as casework)."""

    __tablename__ = "attachment_data"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class ClientDeadline(Base):
    """Every deadline the rules engine found for a client at its last status refresh (derived
    data, rewritten with the status snapshot), so the Today page and the calendar list them all
    without evaluating the rules."""

    __tablename__ = "client_deadline"
    __table_args__ = (Index("ix_client_deadline_due", "due", "rule", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = _client_fk()
    due: Mapped[dt.date] = mapped_column(Date, nullable=False)
    rule: Mapped[str] = mapped_column(String(40), nullable=False)
    document: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    rule_pack: Mapped[int | None] = mapped_column(Integer)  # the pack that set the deadline


# Live rows only (partial indexes, in SQLite and PostgreSQL alike): the Today counts read these
# indexes and never the tables. Deleted clients are few; their ids come from the last one.
_LIVE = text("deleted_at IS NULL")
_OPEN = text("done IS NULL AND deleted_at IS NULL")
Index("ix_document_live_end", Document.valid_until, Document.client_id, Document.type,
      sqlite_where=_LIVE, postgresql_where=_LIVE)
Index("ix_task_open_due", Task.due, Task.client_id, sqlite_where=_OPEN, postgresql_where=_OPEN)
Index("ix_client_deleted", Client.id, sqlite_where=text("deleted_at IS NOT NULL"),
      postgresql_where=text("deleted_at IS NOT NULL"))
Index("ix_status_snapshot_risk", StatusSnapshotRow.days_remaining, StatusSnapshotRow.status)


class AuditHead(Base):
    """The audit chain's head (one row), written with every entry in the same transaction, so that
    removing the newest entries, which leaves a valid shorter chain, is detected."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    entries: Mapped[int] = mapped_column(Integer, nullable=False)
    last_id: Mapped[int] = mapped_column(Integer, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # The first entry recorded with a signature; from it on, entries must be signed.
    signed_from: Mapped[int | None] = mapped_column(Integer)


class ImportFingerprint(Base):
    """What earlier imports brought in: the SHA-256 of each file (``kind`` "file") and of each
    client record a row made (``kind`` "row", with the client), so the same rows are not
    imported twice."""

    __tablename__ = "import_fingerprint"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(4), nullable=False)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)


class RulePack(Base):
    """An installed rules pack: the whole rules file as text, so every desktop of an office
    applies the same rules; exactly one is active once any is installed."""

    __tablename__ = "rule_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    published: Mapped[dt.date] = mapped_column(Date, nullable=False)
    prepared_by: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    installed_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    installed_by: Mapped[str | None] = mapped_column(String(200))
    activated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    activated_by: Mapped[str | None] = mapped_column(String(200))
    # The pack active before this one was activated: where a rollback returns to.
    replaced: Mapped[int | None] = mapped_column(Integer)
    # How many clients' status or last lawful day changed when it was last activated.
    changed_clients: Mapped[int | None] = mapped_column(Integer)
