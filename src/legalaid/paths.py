"""Every directory LegalAid reads from or writes to.

Writable places come from platformdirs, or all live under one ``--base-dir`` so that tests, demos
and the self-check never touch the user's real data. Read-only data (``resources/``, ``forms/``) is
found inside the installed package, a frozen bundle, or the source checkout, in that order.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LegalAid"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    """Locate a directory shipped with the app (``resources`` or ``forms``)."""
    candidates = [_PACKAGE_DIR / name]  # installed wheel: force-included into the package
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "legalaid" / name)
    candidates.append(_PACKAGE_DIR.parent.parent / name)  # source checkout: src/legalaid/../../
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"LegalAid's {name} directory is missing; reinstall the application")


def resources_dir() -> Path:
    """Fonts, translations, rules data, icons."""
    return _shipped_dir("resources")


def forms_dir() -> Path:
    """Letter and referral-form templates."""
    return _shipped_dir("forms")


def resource(*parts: str) -> Path:
    """A file inside ``resources/``, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True)
class AppPaths:
    """The writable directories of one running instance."""

    data_dir: Path
    config_dir: Path
    backup_dir: Path
    log_dir: Path
    cache_dir: Path
    # Where save and open dialogs start: the base dir when one is given, else (None) the
    # user's documents folder, which the desktop asks the platform for.
    documents_dir: Path | None = None

    @classmethod
    def create(cls, base_dir: Path | None = None) -> AppPaths:
        """Platform directories, or everything below ``base_dir`` when one is given."""
        if base_dir is not None:
            base = base_dir.resolve()
            paths = cls(
                data_dir=base / "data",
                config_dir=base / "config",
                backup_dir=base / "backups",
                log_dir=base / "logs",
                cache_dir=base / "cache",
                documents_dir=base,
            )
        else:
            dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
            data = Path(dirs.user_data_dir)
            paths = cls(
                data_dir=data,
                config_dir=Path(dirs.user_config_dir),
                backup_dir=data / "backups",
                log_dir=Path(dirs.user_log_dir),
                cache_dir=Path(dirs.user_cache_dir),
            )
        return paths

    def ensure(self) -> AppPaths:
        """Create the directories (owner-only where the platform allows)."""
        for directory in (self.data_dir, self.config_dir, self.backup_dir, self.log_dir,
                          self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def default_database(self) -> Path:
        return self.data_dir / "legalaid.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"
