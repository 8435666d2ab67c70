"""Logging set-up.

Log records carry ids, counts and timings only: never names, documents, addresses or notes. Code
that logs a client refers to it by its numeric id.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_dir: Path | None, verbose: bool = False) -> None:
    """Log to a rotating file in ``log_dir`` (when given) and warnings to stderr."""
    root = logging.getLogger("legalaid")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):  # a second configure (commands run in-process)
        root.removeHandler(handler)
        handler.close()
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_dir / "legalaid.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(file_handler)
    root.propagate = False


def get(name: str) -> logging.Logger:
    """A logger below ``legalaid``."""
    return logging.getLogger(f"legalaid.{name}")


def record_fault(error: BaseException) -> str:
    """Write an unexpected exception's type and where it was raised to the log file, not its
    message (which may quote client data); returns the log file's path."""
    frames = "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
    logger = get("fault")
    record = logger.makeRecord(logger.name, logging.ERROR, __file__, 0, "unexpected %s\n%s",
                               (type(error).__name__, frames.rstrip()), None)
    files = [h for h in logging.getLogger("legalaid").handlers
             if isinstance(h, logging.FileHandler)]
    for handler in files:  # the file only: the terminal gets one line from the caller
        handler.handle(record)
    return files[0].baseFilename if files else "the log (none configured)"
