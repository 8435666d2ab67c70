"""The QApplication of LegalAid: fonts, translators and the one route for unexpected errors.

DejaVu Sans is loaded from the shipped resources and made the application font so Kazakh letters
render on machines without suitable system fonts.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from legalaid.errors import LegalAidError
from legalaid.gui import i18n
from legalaid.paths import resource

log = logging.getLogger(__name__)
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created and set up on first call."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("LegalAid")
    app.setOrganizationName("LegalAid")
    load_fonts(app)
    return app


def load_fonts(app: QApplication) -> None:
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(resource("fonts", name))) < 0:
            log.warning("font %s could not be loaded", name)
    font = QFont(FONT_FAMILY)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)


def user_message(error: BaseException) -> str:
    """What the error dialog says: our errors verbatim, anything else as an internal error."""
    if isinstance(error, LegalAidError):
        return str(error)
    return QApplication.translate(
        "Errors", "Something went wrong inside LegalAid. Your data is safe; the details were "
        "written to the log file.")


def _show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.critical(parent, QApplication.translate("Errors", "LegalAid"), user_message(error))


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """The one error route of the app: log an unexpected error (its type and frames, never its
    message), then show the error dialog once."""
    if not isinstance(error, LegalAidError):
        _log_unexpected(type(error), error.__traceback__)
    _show_error(parent, error)


def _log_unexpected(kind: type[BaseException], tb: TracebackType | None) -> None:
    # The type and where it was raised only: the message, and the values in a frame, may
    # quote what the user typed.
    frames = "\n".join(f"  {frame.filename}:{frame.lineno} in {frame.name}"
                       for frame in traceback.extract_tb(tb))
    log.error("unexpected %s:\n%s", kind.__name__, frames)


def install_excepthook() -> None:
    """Uncaught exceptions go to the log (type and traceback, no data) and to one dialog."""

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        _log_unexpected(kind, tb)  # our own errors too: uncaught, they are a bug
        _show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook


__all__ = ["ensure_application", "i18n", "install_excepthook", "report_error"]
