"""User settings: declared once with types and defaults, stored as JSON, upgraded by version.

Unknown keys in the file are dropped; a value of the wrong type falls back to the default, so a
hand-edited file can never stop the app from starting.

The database setting is a file path or the URL of an office server, never with a password: the
desktop keeps a server's password in the system keyring (or asks for it at start), and ``save``
drops one from the URL whatever put it there.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

SCHEMA_VERSION = 1
LANGUAGES = ("en", "ru", "kk")
#: The CLDR locale (Babel's) of each language: its dates, numbers and plural rules, day before
#: month in English as in the rest of the output.
BABEL_LOCALES = {"ru": "ru", "kk": "kk", "en": "en_GB"}


@dataclass
class Settings:
    """Everything the user can change in Settings, with its default."""

    language: str = "en"
    at_risk_threshold_days: int = 14
    expiry_alert_days: list[int] = field(default_factory=lambda: [90, 30, 7])
    rules_file: str | None = None
    database: str | None = None  # a file path, or a server's URL without its password
    autolock_minutes: int = 5
    backup_keep: int = 10
    backup_folder: str | None = None  # None: the platform's backup directory
    encrypt_new_databases: bool = True
    retention_years: int = 5
    attachment_limit_mb: int = 20  # the largest scan or file kept with a client file
    last_page: str = "today"
    window_geometry: str = ""
    reminders_last_seen: str = ""
    lawyer_name: str = ""  # whose clients "my clients" shows on the Today page
    schema_version: int = SCHEMA_VERSION


# Upgrade steps: version N -> N+1, applied in order to the raw dict read from disk.
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("schema_version", SCHEMA_VERSION)
    while isinstance(version, int) and version < SCHEMA_VERSION:
        raw = _UPGRADES[version](raw)
        version += 1
    raw["schema_version"] = SCHEMA_VERSION
    return raw


def _coerce(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for spec in fields(Settings):
        if spec.name not in raw:
            continue
        value = raw[spec.name]
        default = getattr(defaults, spec.name)
        optional_text = default is None and (value is None or isinstance(value, str))
        if optional_text or (default is not None and isinstance(value, type(default))):
            values[spec.name] = value
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings.language = defaults.language
    return settings


def load(path: Path) -> Settings:
    """Read settings, or the defaults when the file is missing or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return _coerce(_upgrade(raw))


def url_password(target: str | None) -> str | None:
    """The password written in a database URL (``scheme://user:password@host/...``), or None."""
    if not target or "://" not in target:
        return None
    parts = urlsplit(target)
    return unquote(parts.password) if parts.password is not None else None


def without_password(target: str | None) -> str | None:
    """``target`` with any password taken out of its URL (a file path is returned as it is)."""
    if url_password(target) is None:
        return target
    assert target is not None
    parts = urlsplit(target)
    netloc = parts.netloc.rpartition("@")
    user = netloc[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[2]}"))


def save(settings: Settings, path: Path) -> None:
    """Write atomically so a crash never leaves half a settings file; never a password."""
    path.parent.mkdir(parents=True, exist_ok=True)
    values = asdict(settings)
    values["database"] = without_password(settings.database)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(values, stream, ensure_ascii=False, indent=2)
    os.replace(temp_name, path)
