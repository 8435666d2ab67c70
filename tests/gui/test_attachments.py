"""Scans in the client file, as a user keeps them: pick a PDF with Attach while the passport is
selected, see it listed under the documents with its thumbnail, open it in the viewer, save a
copy (which the audit trail records), and remove it to the bin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from legalaid.domain.enums import DocumentType
from legalaid.domain.records import DocumentRecord
from legalaid.gui.main_window import MainWindow
from legalaid.gui.ops import wait_idle
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


def test_a_pdf_attached_to_the_passport_is_listed_viewed_saved_and_removed(
        qtbot: QtBot, window: MainWindow, context: CommandContext,
        client_ids: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = context.services()
    client_id = client_ids["ivan"]
    services.clients.add_document(client_id, DocumentRecord(DocumentType.PASSPORT, "FA0000001"))
    data = scanned_pdf(tmp_path / "passport scan.pdf")
    window.open_client(client_id)
    assert wait_idle()
    page = window.client_file
    assert page is not None
    page.tabs.setCurrentWidget(page.documents)
    page.documents.table.selectRow(0)  # the passport
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_args, **_kw: ([str(tmp_path / "passport scan.pdf")], ""))
    panel = page.attachments
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert wait_idle() and wait_idle()
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
    assert page.attachments.message.text() == "notes.txt is not a PDF, JPEG or PNG file"
    assert [page.attachments.list.item(0).text().split(" — ")[0]] == ["visa"]
