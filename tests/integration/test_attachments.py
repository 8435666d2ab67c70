"""Scans kept with a client file: attached to a document, a case or the client, read back byte for
byte, refused when empty, too large or not a PDF/JPEG/PNG/HEIC (or a HEIC that does not decode),
sealed as casework on a case, binned and restored, and removed with the rest of the file's
personal data by retention. A phone's HEIC photo is kept as it came and shown as a PNG."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text
from tests.heic_images import BLUE, FAKE_HEIC, RED, SIZE, heic_photo, near

from legalaid.db.casework import casework_access, new_casework_key
from legalaid.domain.enums import CaseStatus, DocumentType, Script
from legalaid.domain.records import CaseRecord, ClientRecord, DocumentRecord, NameSpelling
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services import Services, build_services
from legalaid.services.attachments import AttachmentFile, displayable, media_type_of

# A small real-looking PDF and PNG, each with bytes no other row holds.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\n% SCAN-MARKER-7731 passport page\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16 + b"VISA-MARKER-2290"


def person(family: str = "Karimova") -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling(family, "Dilnoza", Script.LATIN),), lawyer="lawyer1",
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                                  valid_until=dt.date(2030, 1, 1)),),
        cases=(CaseRecord("unpaid wages", dt.date(2024, 1, 10)),))


def ids(services: Services) -> tuple[int, int, int]:
    client_id = services.clients.add(person())
    record = services.clients.get(client_id)
    return client_id, int(record.documents[0].id or 0), int(record.cases[0].id or 0)


def test_a_scan_on_a_passport_is_listed_and_reads_back_byte_for_byte(services: Services) -> None:
    client_id, document_id, _ = ids(services)
    attachment_id = services.attachments.attach(
        client_id, AttachmentFile("C:\\Scans\\passport p1.pdf", PDF), document_id)
    services.attachments.attach(client_id, AttachmentFile("visa.png", PNG, title="Visa"))
    listed = services.attachments.attachments(client_id)
    assert [(row.title, row.file_name, row.media_type, row.size_bytes, row.document_id)
            for row in listed] == [("passport p1", "passport p1.pdf", "application/pdf",
                                    len(PDF), document_id),
                                   ("Visa", "visa.png", "image/png", len(PNG), None)]
    row, data = services.attachments.content(attachment_id)
    assert data == PDF and row.id == attachment_id


@pytest.mark.parametrize(("file", "message"), [
    (AttachmentFile("empty.pdf", b""), "empty.pdf is empty"),
    (AttachmentFile("tool.pdf", b"MZ\x90\x00 not a scan"),
     "tool.pdf is not a PDF, JPEG, PNG or HEIC file"),
    (AttachmentFile("IMG_0001.HEIC", FAKE_HEIC),
     "IMG_0001.HEIC is a HEIC file that cannot be decoded (damaged or incomplete)"),
    (AttachmentFile("IMG_0002.HEIC", heic_photo()[:-80]),
     "IMG_0002.HEIC is a HEIC file that cannot be decoded (damaged or incomplete)"),
    (AttachmentFile("huge.pdf", b"%PDF-1.4" + b"0" * (1024 * 1024 + 1)),
     "huge.pdf is 1.0 MB; attachments may be at most 1 MB"),
])
def test_empty_foreign_and_oversized_files_are_refused_with_the_reason(
        services: Services, file: AttachmentFile, message: str) -> None:
    client_id, document_id, _ = ids(services)
    services.attachments.limit_mb = 1
    with pytest.raises(ValidationError) as refused:
        services.attachments.attach(client_id, file, document_id)
    assert refused.value.field == "file" and message in str(refused.value)
    assert services.attachments.attachments(client_id) == []


def _drawn_small(data: bytes) -> bytes:
    """The thumbnail the desk draws from what it can show of a scan (Qt there, Pillow here)."""
    picture = Image.open(io.BytesIO(displayable(data)))
    picture.thumbnail((48, 64))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_a_heic_photo_is_kept_as_the_phone_wrote_it_and_shown_as_a_png(
        services: Services, tmp_path: Path) -> None:
    client_id, document_id, _ = ids(services)
    photo = heic_photo()
    attachment_id = services.attachments.attach(
        client_id, AttachmentFile("IMG_4021.HEIC", photo, thumbnail=_drawn_small(photo)),
        document_id)
    [row] = services.attachments.attachments(client_id)
    assert (row.media_type, row.size_bytes, row.title) == ("image/heic", len(photo), "IMG_4021")
    assert row.thumbnail is not None and Image.open(io.BytesIO(row.thumbnail)).size == (48, 32)
    assert services.attachments.content(attachment_id)[1] == photo
    services.attachments.save_copy(attachment_id, tmp_path / "copy.heic")
    assert (tmp_path / "copy.heic").read_bytes() == photo
    shown = Image.open(io.BytesIO(displayable(photo)))
    assert (shown.format, shown.size) == ("PNG", SIZE)
    assert near(shown.getpixel((10, 10)), RED) and near(shown.getpixel((85, 55)), BLUE)


@pytest.mark.parametrize("brand", [b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis",
                                   b"mif1", b"msf1"])
def test_each_heif_brand_of_a_phone_is_taken_as_heic(brand: bytes) -> None:
    assert media_type_of(b"\x00\x00\x00\x18ftyp" + brand + b"\x00\x00\x00\x00mif1") == \
        "image/heic"


def test_other_iso_media_files_are_not_taken_for_heic() -> None:
    assert media_type_of(b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2mp41") is None
    assert media_type_of(b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1") is None


@pytest.mark.engine_agnostic
def test_a_heic_declaring_more_pixels_than_pillow_opens_is_refused(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id, _, _ = ids(services)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", SIZE[0] * SIZE[1] - 1)
    with pytest.raises(ValidationError) as refused:
        services.attachments.attach(client_id, AttachmentFile("photo.heic", heic_photo()))
    assert "photo.heic is a HEIC file that cannot be decoded" in str(refused.value)
    assert displayable(heic_photo()) == heic_photo()  # nothing drawn from it either


def test_a_scan_cannot_be_put_on_another_clients_document(services: Services) -> None:
    client_id, _, _ = ids(services)
    _, other_document, _ = ids(services)
    with pytest.raises(ValidationError) as refused:
        services.attachments.attach(client_id, AttachmentFile("p.pdf", PDF), other_document)
    assert refused.value.field == "document_id"


def test_the_bin_hides_an_attachment_and_restore_brings_it_back(services: Services) -> None:
    client_id, document_id, _ = ids(services)
    attachment_id = services.attachments.attach(client_id, AttachmentFile("p.pdf", PDF),
                                                document_id)
    services.attachments.delete(attachment_id)
    assert services.attachments.attachments(client_id) == []
    with pytest.raises(ValidationError):
        services.attachments.content(attachment_id)
    services.attachments.restore(attachment_id)
    assert [row.id for row in services.attachments.attachments(client_id)] == [attachment_id]


@pytest.mark.sqlite_only  # casework is sealed on database files (keys live in their keyring)
def test_a_ruling_on_a_case_is_sealed_and_only_a_lawyer_opens_it(services: Services) -> None:
    key = new_casework_key()
    lawyer = build_services(services.engine, casework=casework_access(key))
    intake = build_services(services.engine, casework=casework_access(None))
    client_id, _, case_id = ids(lawyer)
    attachment_id = lawyer.attachments.attach_to_case(client_id, case_id,
                                                      AttachmentFile("ruling.pdf", PDF))
    with services.engine.connect() as connection:
        stored = connection.execute(text(
            "SELECT data FROM attachment_data WHERE attachment_id = :id"),
            {"id": attachment_id}).scalar_one()
    assert bytes(stored).startswith(b"cw1:") and b"SCAN-MARKER" not in bytes(stored)
    assert lawyer.attachments.case_content(attachment_id)[1] == PDF
    assert [row.id for row in lawyer.attachments.case_attachments(client_id)] == [attachment_id]
    assert lawyer.attachments.attachments(client_id) == []  # cases' papers are listed apart
    with pytest.raises(AccessDenied):
        intake.attachments.case_content(attachment_id)
    with pytest.raises(AccessDenied):
        intake.attachments.attach_to_case(client_id, case_id, AttachmentFile("x.pdf", PDF))


def test_retention_removes_the_scans_with_the_rest_of_the_file(services: Services) -> None:
    closed = CaseRecord("overstay", dt.date(2010, 1, 1), CaseStatus.CLOSED,
                        closed=dt.date(2012, 1, 1))
    old = services.clients.add(ClientRecord(names=(NameSpelling("Old", "File", Script.LATIN),),
                                            cases=(closed,)))
    kept, document_id, _ = ids(services)
    services.attachments.attach(old, AttachmentFile("old.pdf", PDF))
    services.attachments.attach(kept, AttachmentFile("kept.pdf", PDF), document_id)
    assert services.retention.anonymise_due(5) == [old]
    with services.engine.connect() as connection:
        owners = connection.execute(text(
            "SELECT a.client_id FROM attachment a JOIN attachment_data d "
            "ON d.attachment_id = a.id")).scalars().all()
    assert owners == [kept]
