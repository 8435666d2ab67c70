"""Scans in the client file, as a user keeps them: pick a PDF with Attach while the passport is
selected, see it listed under the documents with its thumbnail, open it in the viewer, save a
copy (which the audit trail records), and remove it to the bin; a phone's HEIC photo the same way,
shown as a picture and saved back as the phone wrote it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas
from tests.heic_images import BLUE, RED, SIZE, heic_photo, near

from legalaid.domain.enums import DocumentType
from legalaid.domain.records import DocumentRecord
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.client_file.attachments import AttachmentsPanel
from legalaid.services.audit import AuditFilter
from legalaid.services.command_context import CommandContext


def scanned_pdf(path: Path) -> bytes:
    """A one-page PDF standing for a passport scan (synthetic)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Passport FA0000001 (synthetic scan)")
    page.showPage()
    page.save()
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def attach_to_the_passport(qtbot: QtBot, window: MainWindow, context: CommandContext,
                           client_id: int, scan: Path,
                           monkeypatch: pytest.MonkeyPatch) -> AttachmentsPanel:
    """The client's file opened on Documents, the passport selected, and ``scan`` picked with
    Attach; the panel of scans."""
    context.services().clients.add_document(client_id,
                                            DocumentRecord(DocumentType.PASSPORT, "FA0000001"))
    window.open_client(client_id)
    assert wait_idle()
    page = window.client_file
    assert page is not None
    page.tabs.setCurrentWidget(page.documents)
    page.documents.table.selectRow(0)  # the passport
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(scan)], ""))
    qtbot.mouseClick(page.attachments.attach_button, Qt.MouseButton.LeftButton)
    assert wait_idle() and wait_idle()
    return page.attachments


def test_a_pdf_attached_to_the_passport_is_listed_viewed_saved_and_removed(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = context.services()
    client_id = client_ids["ivan"]
    data = scanned_pdf(tmp_path / "passport scan.pdf")
    panel = attach_to_the_passport(qtbot, window, context, client_id,
                                   tmp_path / "passport scan.pdf", monkeypatch)
    assert panel.list.count() == 1
    item = panel.list.item(0)
    assert item.text().startswith("passport scan — Passport FA0000001")
    assert not item.icon().isNull()  # the first page drawn small
    [row] = services.attachments.attachments(client_id)
    assert row.document_id == services.clients.get(client_id).documents[0].id

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible() and viewer.pdf is not None
    qtbot.waitUntil(lambda: viewer.pdf is not None and viewer.pdf.document.pageCount() == 1,
                    timeout=5000)

    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(copy), ""))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert copy.read_bytes() == data
    exports = services.audit.entries(AuditFilter(action="export"))
    assert any(entry.detail.startswith("attachments.save_copy") for entry in exports)
    viewer.close()

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert wait_idle() and wait_idle()
    assert panel.list.count() == 0
    assert panel.message.text() == "passport scan was moved to the bin."


def test_a_heic_photo_of_the_passport_is_shown_as_a_picture_and_saved_as_heic(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photo = heic_photo()
    (tmp_path / "IMG_4021.HEIC").write_bytes(photo)
    panel = attach_to_the_passport(qtbot, window, context, client_ids["ivan"],
                                   tmp_path / "IMG_4021.HEIC", monkeypatch)
    assert panel.message.text() == ""
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("IMG_4021 — Passport FA0000001")
    drawn = panel.list.item(0).icon().pixmap(QSize(48, 64)).toImage()
    assert near(drawn.pixelColor(4, 4).getRgb(), RED)  # the photo drawn small, not an icon

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.view_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible() and viewer.image is not None
    shown = viewer.image.pixmap().toImage()
    assert (shown.width(), shown.height()) == SIZE
    assert near(shown.pixelColor(10, 10).getRgb(), RED)
    assert near(shown.pixelColor(85, 55).getRgb(), BLUE)

    copy = tmp_path / "copy.heic"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(copy), ""))
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert wait_idle()
    assert copy.read_bytes() == photo
    viewer.close()


def test_a_file_that_is_not_a_scan_is_refused_by_name_and_the_others_are_attached(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], tmp_path: Path) -> None:
    window.open_client(client_ids["asel"])
    assert wait_idle()
    page = window.client_file
    assert page is not None
    (tmp_path / "notes.txt").write_text("not a scan")
    scanned_pdf(tmp_path / "visa.pdf")
    page.attachments.attach_files([tmp_path / "notes.txt", tmp_path / "visa.pdf"])
    assert wait_idle() and wait_idle()
    assert page.attachments.message.text() == "notes.txt is not a PDF, JPEG, PNG or HEIC file"
    assert [page.attachments.list.item(0).text().split(" — ")[0]] == ["visa"]
