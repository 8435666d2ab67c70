"""Scans and files kept with a client file: a passport copy on its document, a refusal decision or
a court ruling on its case, anything else on the client.

The bytes are stored inside the database, never as a file beside it: the database is encrypted
as a whole (each account unlocks it with its own key), and what is attached to a *case* is
casework, sealed a second time under the casework key that only lawyers, supervisors and
administrators hold (``db/casework.py``), as case outcomes are. A copy leaves the database only
on an explicit "Save copy" (``save_copy``), which the access policy audits as an export; showing
one in the app is audited as a view.

Only PDF, JPEG, PNG and HEIC (the photos of phones) are taken, recognised by their first bytes
rather than by the name, so that a renamed executable is not kept as a "scan". Qt shows the first
three as they are; a HEIC photo must decode when it is attached, and is shown through a PNG drawn
in memory (``displayable``) while its stored bytes stay the phone's own.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from legalaid.db.casework import PLAIN, CaseworkAccess, CaseworkColumn, seal, unseal_bytes
from legalaid.db.repositories import attachments as attachments_db
from legalaid.db.repositories.attachments import AttachmentRow, NewAttachment
from legalaid.db.repositories.clients import client_exists
from legalaid.errors import AccessDenied, ValidationError
from legalaid.output_file import write_output
from legalaid.services.declarations import guarded
from legalaid.services.unit_of_work import reading, writing

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["DEFAULT_LIMIT_MB", "AttachmentRow", "AttachmentService", "displayable",
           "media_type_of"]

DEFAULT_LIMIT_MB = 20
CASE_ATTACHMENT = CaseworkColumn("attachment_data", "data", row_id="attachment_id", binary=True)
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
HEIC = "image/heic"
# The brands of an ISO-BMFF ``ftyp`` box (its type at offset 4, the major brand after it) that
# announce a HEIF still image or sequence coded in HEVC, as phones write them.
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1")


def media_type_of(data: bytes) -> str | None:
    """The media type the file's first bytes announce, or None for a kind not taken."""
    if data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return HEIC
    return next((media for magic, media in _SIGNATURES if data.startswith(magic)), None)


def displayable(data: bytes) -> bytes:
    """Bytes the desktop can draw: a HEIC photo as a PNG (Qt reads no HEIC), the rest as they
    are. A HEIC that does not decode comes back unchanged and draws as nothing."""
    picture = _heic_picture(data) if media_type_of(data) == HEIC else None
    if picture is None:
        return data
    png = io.BytesIO()
    picture.save(png, "PNG", compress_level=1)  # drawn once and dropped: speed over size
    return png.getvalue()


def _heic_picture(data: bytes) -> Image.Image | None:
    """The primary picture of a HEIC file, decoded; None when it does not decode, or when it
    declares more pixels than Pillow opens (a crafted file could otherwise take gigabytes)."""
    import pillow_heif
    from PIL import Image

    try:
        heif = pillow_heif.open_heif(data)
        width, height = heif.size
        if Image.MAX_IMAGE_PIXELS is not None and width * height > Image.MAX_IMAGE_PIXELS:
            return None
        return heif.to_pillow()
    except Exception:  # untrusted bytes: whatever kind of error libheif reports, it is damaged
        return None


class OnCase(ValidationError):
    """The attachment asked for as one of the file's papers is on a case (``case_content``)."""


class NotOnCase(ValidationError):
    """The attachment asked for as casework is not on a case (``content``)."""


@dataclass(frozen=True)
class AttachmentFile:
    """What the user picked: its name (for the title and a later "Save copy") and its bytes."""

    file_name: str
    data: bytes
    title: str | None = None
    thumbnail: bytes | None = None  # a small PNG the desk drew (kept only off cases)


class AttachmentService:
    """Attaching, listing, opening and binning the attachments of client files."""

    def __init__(self, engine: Engine, casework: CaseworkAccess = PLAIN,
                 limit_mb: int = DEFAULT_LIMIT_MB) -> None:
        self._engine = engine
        self._casework = casework
        self.limit_mb = limit_mb
        self.user: str | None = None  # the guard sets the signed-in user

    @guarded("attachments.attach", client="client_id")
    def attach(self, client_id: int, file: AttachmentFile,
               document_id: int | None = None) -> int:
        """Keep ``file`` with the client, or with one of their documents; returns its id."""
        return self._attach(client_id, file, document_id=document_id)

    @guarded("attachments.attach_to_case", client="client_id")
    def attach_to_case(self, client_id: int, case_id: int, file: AttachmentFile) -> int:
        """Keep ``file`` with one of the client's cases, sealed as casework; returns its id."""
        if self._casework.locked:
            raise AccessDenied("attaching to a case needs the casework key of a lawyer")
        return self._attach(client_id, file, case_id=case_id)

    @guarded("attachments.attachments", client="client_id")
    def attachments(self, client_id: int) -> list[AttachmentRow]:
        """The attachments on the client and their documents (not on cases), oldest first."""
        with reading(self._engine) as connection:
            return attachments_db.of_client(connection, client_id, cases=False)

    @guarded("attachments.case_attachments", client="client_id")
    def case_attachments(self, client_id: int) -> list[AttachmentRow]:
        """The attachments on the client's cases, oldest first."""
        with reading(self._engine) as connection:
            return attachments_db.of_client(connection, client_id, cases=True)

    @guarded("attachments.content", item=("attachment", "attachment_id"))
    def content(self, attachment_id: int) -> tuple[AttachmentRow, bytes]:
        """An attachment on the client or a document, with its bytes, to show in the app."""
        return self._content(attachment_id, on_case=False)

    @guarded("attachments.case_content", item=("attachment", "attachment_id"))
    def case_content(self, attachment_id: int) -> tuple[AttachmentRow, bytes]:
        """An attachment on a case, with its bytes (casework: lawyers and up)."""
        return self._content(attachment_id, on_case=True)

    @guarded("attachments.save_copy", item=("attachment", "attachment_id"))
    def save_copy(self, attachment_id: int, target: Path) -> None:
        """Write a copy of one of the file's papers to ``target`` (the audited way out)."""
        write_output(target, self._content(attachment_id, on_case=False)[1])

    @guarded("attachments.save_case_copy", item=("attachment", "attachment_id"))
    def save_case_copy(self, attachment_id: int, target: Path) -> None:
        """Write a copy of an attachment on a case to ``target`` (audited)."""
        write_output(target, self._content(attachment_id, on_case=True)[1])

    def _content(self, attachment_id: int, *, on_case: bool) -> tuple[AttachmentRow, bytes]:
        with reading(self._engine) as connection:
            row = attachments_db.one(connection, attachment_id)
            data = None if row is None else attachments_db.data_of(connection, attachment_id)
        if row is None or data is None:
            raise ValidationError("attachment_id", f"there is no attachment {attachment_id}")
        if (row.case_id is not None) != on_case:
            raise (OnCase if row.case_id is not None else NotOnCase)(
                "attachment_id", f"attachment {attachment_id} is "
                f"{'on a case' if row.case_id is not None else 'not on a case'}")
        return row, self._opened(row, data)

    @guarded("attachments.delete", item=("attachment", "attachment_id"))
    def delete(self, attachment_id: int) -> None:
        """Move the attachment to the bin (``restore`` takes it back)."""
        self._bin(attachment_id, dt.datetime.now())

    @guarded("attachments.restore", item=("attachment", "attachment_id"))
    def restore(self, attachment_id: int) -> None:
        self._bin(attachment_id, None)

    def _bin(self, attachment_id: int, at: dt.datetime | None) -> None:
        with writing(self._engine) as connection:
            if not attachments_db.set_deleted(connection, attachment_id, at):
                raise ValidationError("attachment_id", f"there is no attachment {attachment_id}")

    def _attach(self, client_id: int, file: AttachmentFile, *, document_id: int | None = None,
                case_id: int | None = None) -> int:
        media_type = self._checked(file)
        with writing(self._engine) as connection:
            if not client_exists(connection, client_id):
                raise ValidationError("client_id", f"client {client_id} does not exist")
            if (document_id is not None or case_id is not None) and \
                    not attachments_db.item_belongs_to(connection, client_id,
                                                       document_id=document_id, case_id=case_id):
                field = "document_id" if document_id is not None else "case_id"
                raise ValidationError(field, f"client {client_id} has no {field[:-3]} "
                                      f"{document_id or case_id}")
            attachment_id = attachments_db.insert_attachment(connection, NewAttachment(
                client_id=client_id, title=_title(file), file_name=_file_name(file),
                media_type=media_type, size_bytes=len(file.data),
                added_at=dt.datetime.now(), added_by=self.user,
                document_id=document_id, case_id=case_id,
                thumbnail=_small_png(file.thumbnail) if case_id is None else None))
            attachments_db.store_data(connection, attachment_id,
                                      self._sealed(attachment_id, file.data, case_id))
        return attachment_id

    def _checked(self, file: AttachmentFile) -> str:
        if not file.data:
            raise ValidationError("file", f"{_file_name(file)} is empty")
        if len(file.data) > self.limit_mb * 1024 * 1024:
            size = len(file.data) / (1024 * 1024)
            raise ValidationError("file", f"{_file_name(file)} is {size:.1f} MB; attachments "
                                  f"may be at most {self.limit_mb} MB (Settings)")
        media_type = media_type_of(file.data)
        if media_type is None:
            raise ValidationError("file", f"{_file_name(file)} is not a PDF, JPEG, PNG or HEIC "
                                  "file")
        if media_type == HEIC and _heic_picture(file.data) is None:
            raise ValidationError("file", f"{_file_name(file)} is a HEIC file that cannot be "
                                  "decoded (damaged or incomplete)")
        return media_type

    def _sealed(self, attachment_id: int, data: bytes, case_id: int | None) -> bytes:
        if case_id is None:
            return data  # identity papers: the database's own encryption, as document numbers
        return seal(self._casework.cipher, CASE_ATTACHMENT, attachment_id, data)

    def _opened(self, row: AttachmentRow, data: bytes) -> bytes:
        opened = unseal_bytes(self._casework.cipher, CASE_ATTACHMENT, row.id, data)
        if opened is None:
            raise AccessDenied("this attachment is casework, encrypted for lawyers")
        return opened


MAX_THUMBNAIL_BYTES = 64 * 1024


def _small_png(thumbnail: bytes | None) -> bytes | None:
    """A thumbnail is kept only when it is a small PNG: it is drawn in lists, never opened."""
    if thumbnail is None or len(thumbnail) > MAX_THUMBNAIL_BYTES:
        return None
    return thumbnail if media_type_of(thumbnail) == "image/png" else None


def _file_name(file: AttachmentFile) -> str:
    name = file.file_name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:255] or "attachment"


def _title(file: AttachmentFile) -> str:
    title = (file.title or "").strip() or _file_name(file).rsplit(".", 1)[0]
    return title[:200]
