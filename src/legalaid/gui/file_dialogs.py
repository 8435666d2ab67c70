"""The one route to the save and open dialogs: each starts in the user's documents folder.

The documents folder is the platform's (``QStandardPaths.DocumentsLocation``), or the base
directory when the app runs with ``--base-dir`` (tests, demos), which the main window sets with
``set_start_folder``. A suggested file name is placed in that folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_start: Path | None = None


def set_start_folder(folder: Path | None) -> None:
    """Where the dialogs start; None: the platform's documents folder."""
    global _start
    _start = folder


def start_folder() -> Path:
    if _start is not None:
        return _start
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save; the dialog starts at ``suggested`` in the documents folder."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / suggested),
                                          filters)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """Any number of files to open (scans to attach)."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    return [Path(name) for name in names]


def choose_folder(parent: QWidget | None, title: str, current: str = "") -> Path | None:
    """A folder; the dialog starts at ``current`` when given, else in the documents folder."""
    chosen = QFileDialog.getExistingDirectory(parent, title, current or str(start_folder()))
    return Path(chosen) if chosen else None
