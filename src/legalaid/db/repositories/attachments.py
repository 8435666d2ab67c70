"""Attachments of a client file: their descriptions, their bytes, and their removal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from legalaid.db.models import Attachment, AttachmentData, Document, LegalCase, table

attachments = table(Attachment)
attachment_data = table(AttachmentData)


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as listed: what it is and where it belongs, not its bytes."""

    id: int
    client_id: int
    document_id: int | None
    case_id: int | None
    title: str
    file_name: str
    media_type: str
    size_bytes: int
    added_at: dt.datetime
    added_by: str | None
    thumbnail: bytes | None = None


_COLUMNS = (Attachment.id, Attachment.client_id, Attachment.document_id, Attachment.case_id,
            Attachment.title, Attachment.file_name, Attachment.media_type,
            Attachment.size_bytes, Attachment.added_at, Attachment.added_by,
            Attachment.thumbnail)


@dataclass(frozen=True)
class NewAttachment:
    client_id: int
    title: str
    file_name: str
    media_type: str
    size_bytes: int
    added_at: dt.datetime
    added_by: str | None
    document_id: int | None = None
    case_id: int | None = None
    thumbnail: bytes | None = None


def insert_attachment(connection: Connection, new: NewAttachment) -> int:
    """The description row; the bytes follow with ``store_data`` (they may be sealed under the
    row's id)."""
    result = connection.execute(insert(attachments).values(
        client_id=new.client_id, document_id=new.document_id, case_id=new.case_id,
        title=new.title, file_name=new.file_name, media_type=new.media_type,
        size_bytes=new.size_bytes, added_at=new.added_at, added_by=new.added_by,
        thumbnail=new.thumbnail))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def store_data(connection: Connection, attachment_id: int, data: bytes) -> None:
    connection.execute(insert(attachment_data).values(attachment_id=attachment_id, data=data))


def item_belongs_to(connection: Connection, client_id: int, *, document_id: int | None = None,
                    case_id: int | None = None) -> bool:
    """Whether the document or case named is the client's own (and not deleted)."""
    model: type[Document] | type[LegalCase] = Document if document_id is not None else LegalCase
    item_id = document_id if document_id is not None else case_id
    found = connection.execute(select(model.id).where(
        model.id == item_id, model.client_id == client_id, model.deleted_at.is_(None))).scalar()
    return found is not None


def of_client(connection: Connection, client_id: int, *, cases: bool) -> list[AttachmentRow]:
    """The client's attachments not in the bin, oldest first: those on cases, or the others."""
    on_case = Attachment.case_id.is_not(None) if cases else Attachment.case_id.is_(None)
    rows = connection.execute(select(*_COLUMNS).where(
        Attachment.client_id == client_id, Attachment.deleted_at.is_(None), on_case,
    ).order_by(Attachment.id))
    return [AttachmentRow(**row._mapping) for row in rows]


def one(connection: Connection, attachment_id: int) -> AttachmentRow | None:
    row = connection.execute(select(*_COLUMNS).where(
        Attachment.id == attachment_id, Attachment.deleted_at.is_(None))).one_or_none()
    return None if row is None else AttachmentRow(**row._mapping)


def data_of(connection: Connection, attachment_id: int) -> bytes | None:
    value = connection.execute(select(attachment_data.c.data).where(
        attachment_data.c.attachment_id == attachment_id)).scalar()
    return None if value is None else bytes(value)


def set_deleted(connection: Connection, attachment_id: int, at: dt.datetime | None) -> bool:
    """Move the attachment to the bin (``at``) or back out of it (``None``)."""
    result = connection.execute(update(attachments).where(Attachment.id == attachment_id)
                                .values(deleted_at=at))
    return result.rowcount > 0


def drop_for_clients(connection: Connection, client_ids: Sequence[int]) -> int:
    """Remove the attachments of these clients, bytes and all (retention); returns how many."""
    chosen = select(Attachment.id).where(Attachment.client_id.in_(client_ids))
    connection.execute(delete(attachment_data).where(
        attachment_data.c.attachment_id.in_(chosen)))
    return connection.execute(delete(attachments).where(
        Attachment.client_id.in_(client_ids))).rowcount
