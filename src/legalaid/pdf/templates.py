"""Letter and referral-form templates: loading the TOML files of ``forms/`` and merging them.

A template file holds the id, titles, category, recipient, the client categories it suits, the
fields it needs and the body text in Russian, Kazakh and English (Jinja2 syntax). Merging runs in
Jinja2's sandbox with every printed value escaped, so that data is always shown as typed and is
never read as template code, Paragraph markup or block syntax (see ``pdf/blocks.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from legalaid.errors import TemplateError

LANGUAGES = ("ru", "kk", "en")
CATEGORIES = ("letter", "referral")
FIELD_TYPES = ("text", "date", "number", "choice", "bool")
#: The client's consent a template needs before it is sent (issue: consent per purpose);
#: "none" for papers that never leave the organisation.
NO_CONSENT = "none"
CONSENT_PURPOSES = ("legal_aid", "referral", NO_CONSENT)
#: Names every body may use without declaring them; the renderer fills them from the context.
BUILTINS = ("number", "date", "lawyer", "org_name", "org_address", "org_phone")
#: Printed for an optional value nobody filled in, so that it can be completed by hand.
BLANK = "____________"

_MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}
_YES_NO = {"ru": ("да", "нет"), "kk": ("иә", "жоқ"), "en": ("yes", "no")}
# Characters that mean something at the start of a body line or inside a table row; a value
# written as an entity can never turn into structure. "#" goes first: the entities contain it.
_STRUCTURE_ENTITIES = {"#": "&#35;", "|": "&#124;", "*": "&#42;", "-": "&#45;"}


@dataclass(frozen=True)
class FieldSpec:
    """One value a template needs: from the client file (``source``) or asked in the wizard."""

    name: str
    type: str
    required: bool
    source: str | None = None
    label: Mapping[str, str] | None = None
    choices: tuple[str, ...] = ()
    #: Per choice, its label in each language (the wizard shows these, never the raw value).
    choice_labels: Mapping[str, Mapping[str, str]] | None = None

    def choice_label(self, choice: str, language: str) -> str:
        """How ``choice`` reads in ``language``; the value itself when it has no label."""
        labels = (self.choice_labels or {}).get(choice, {})
        return labels.get(language) or labels.get("en") or choice


@dataclass(frozen=True)
class LetterTemplate:
    """A parsed template; ``body`` maps a language code to its Jinja2 source."""

    id: str
    path: Path
    category: str
    title: Mapping[str, str]
    recipient_kind: str
    recipient_script: str
    suits: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    body: Mapping[str, str]
    body_lines: Mapping[str, int]
    #: The consent purpose the client must have given (``CONSENT_PURPOSES``).
    consent: str = "legal_aid"

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(language for language in LANGUAGES if language in self.body)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def merge(self, language: str, values: Mapping[str, Any]) -> str:
        """The body in ``language`` with ``values`` filled in, as Paragraph-safe text."""
        try:
            template = compiled(self.path, language, self.body[language])
            return template.render(**values)
        except jinja2.TemplateError as error:
            line = self.body_lines[language] + (getattr(error, "lineno", None) or 1) - 1
            raise TemplateError(f"{self.path.name}:{line}: {error}") from None


# -- values and filters ----------------------------------------------------------------------

def escape_value(value: object) -> str:
    """A printed value as inert text: Paragraph entities, no line breaks, no block syntax."""
    text = str(escape(" ".join(str(value).split())))
    for char, entity in _STRUCTURE_ENTITIES.items():
        text = text.replace(char, entity)
    return text


def format_date(value: object) -> str:
    """dd.MM.yyyy in every language (Kazakh short dates in CLDR have a two-digit year)."""
    if isinstance(value, dt.date):
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return "" if value is None else str(value)


def _long_date(language: str) -> Callable[[object], str]:
    def long_date(value: object) -> str:
        if not isinstance(value, dt.date):
            return format_date(value)
        month = _MONTHS[language][value.month - 1]
        if language == "kk":
            return f"{value.year} жылғы {value.day} {month}"
        if language == "ru":
            return f"{value.day} {month} {value.year} г."
        return f"{value.day} {month} {value.year}"
    return long_date


def _days(language: str) -> Callable[[object], str]:
    def days(value: object) -> str:
        count = int(value) if isinstance(value, int | float | str) and str(value).isdigit() else 0
        if language == "kk":
            return f"{count} күн"
        if language == "en":
            return f"{count} day" if count == 1 else f"{count} days"
        if count % 10 == 1 and count % 100 != 11:
            return f"{count} день"
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return f"{count} дня"
        return f"{count} дней"
    return days


def box(checked: object) -> Markup:
    """A tick box for referral forms: ☒ when ``checked`` is true, ☐ otherwise."""
    return Markup("\u2612" if checked else "\u2610")


def _finalize(language: str) -> Callable[[object], object]:
    yes, no = _YES_NO[language]

    def finalize(value: object) -> object:
        if isinstance(value, Markup):
            return value
        if value is None or value == "":
            return Markup(BLANK)
        if isinstance(value, bool):
            value = yes if value else no
        elif isinstance(value, dt.date):
            value = format_date(value)
        return Markup(escape_value(value))
    return finalize


@cache
def environment(language: str) -> SandboxedEnvironment:
    """The sandbox for one language; filters format dates and counts in that language."""
    env = SandboxedEnvironment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize(language),
        keep_trailing_newline=True,
    )
    env.filters["date"] = format_date
    env.filters["longdate"] = _long_date(language)
    env.filters["days"] = _days(language)
    env.globals["box"] = box
    return env


@cache
def compiled(path: Path, language: str, source: str) -> jinja2.Template:
    del path  # part of the cache key only
    return environment(language).from_string(source)
