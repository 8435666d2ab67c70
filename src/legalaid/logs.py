"""Logging set-up.

Log records carry ids, counts and timings only: never names, documents, addresses or notes. Code
that logs a client refers to it by its numeric id.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(log_dir: Path | None, verbose: bool = False) -> None:
    """Log to a rotating file in ``log_dir`` (when given) and warnings to stderr."""
    root = logging.getLogger("legalaid")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.handlers.clear()
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
