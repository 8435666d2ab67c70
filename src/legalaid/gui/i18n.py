"""Languages of the interface: Qt translators for kk/ru/en and the app's date format.

Translations live in ``resources/translations/legalaid_{lang}.qm`` (compiled from the ``.ts``
sources). Switching language installs the new translator; Qt then sends ``LanguageChange`` to every
widget, and widgets re-set their texts in ``changeEvent`` (the switch is live).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from legalaid.paths import resource

DATE_FORMAT = "dd.MM.yyyy"
_installed: list[QTranslator] = []


def language_names() -> dict[str, str]:
    """Each language named in itself, so a user can find their own in any interface language."""
    return {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def install_language(language: str) -> bool:
    """Replace the installed translators with those of ``language``; False if none was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(_locale_name(language)))
    ours = QTranslator(app)
    found = ours.load(str(resource("translations", f"legalaid_{language}.qm")))
    if found:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_base)
        _installed.append(qt_base)
    return found


def _locale_name(language: str) -> str:
    return {"kk": "kk_KZ", "ru": "ru_RU"}.get(language, "en_GB")


def format_date(value: dt.date | None) -> str:
    """dd.MM.yyyy in every language (Kazakh short dates would otherwise have two-digit years)."""
    return value.strftime("%d.%m.%Y") if value is not None else ""


def parse_date(text: str) -> dt.date | None:
    """A dd.MM.yyyy string to a date; None when it is not a real date."""
    parts = text.strip().split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts) or len(parts[2]) != 4:
        return None
    try:
        return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def format_number(value: int) -> str:
    return QLocale().toString(value)


def current_language() -> str:
    """kk, ru or en, from the default locale set by ``install_language``."""
    name = QLocale().name()
    return name[:2] if name[:2] in ("kk", "ru") else "en"
