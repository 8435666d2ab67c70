"""Letter and referral-form templates: loading the TOML files of ``forms/`` and merging them.

A template file holds the id, titles, category, recipient, the client categories it suits, the
fields it needs and the body text in Russian, Kazakh and English (Jinja2 syntax). Merging runs in
Jinja2's sandbox with every printed value escaped, so that data is always shown as typed and is
never read as template code, Paragraph markup or block syntax (see ``pdf/blocks.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from jinja2 import meta, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from legalaid.domain.declension import Case, by_sex, name_in_case
from legalaid.domain.enums import Sex
from legalaid.errors import TemplateError
from legalaid.settings import BABEL_LOCALES  # "14 декабря 2026 г.", "14 December 2026"

LANGUAGES = ("ru", "kk", "en")
CATEGORIES = ("letter", "referral")
FIELD_TYPES = ("text", "date", "number", "choice", "bool")
#: The client's consent a template needs before it is sent (issue: consent per purpose);
#: "none" for papers that never leave the organisation.
NO_CONSENT = "none"
CONSENT_PURPOSES = ("legal_aid", "referral", NO_CONSENT)
#: Names every body may use without declaring them; the renderer fills them from the context.
BUILTINS = ("number", "date", "lawyer", "org_name", "org_address", "org_phone")
#: Functions every body may call: ``box(condition)`` and ``by_sex("работал", "работала")``.
GLOBALS = ("box", "by_sex")
#: The client's recorded sex, passed to every body for ``by_sex`` (not a name a body uses).
SEX_VALUE = "client_sex_"
#: Printed for an optional value nobody filled in, so that it can be completed by hand.
BLANK = "____________"

_YES_NO = {"ru": ("да", "нет"), "kk": ("иә", "жоқ"), "en": ("yes", "no")}
# One pass over a value: the characters Paragraph markup reads (& < >) and those that mean
# something at the start of a body line or inside a table row (# | * -), each as an entity, so a
# value never turns into markup or structure. Quotes and apostrophes stay as typed: they are
# plain text in Paragraph markup (escaping them, then "#" again, printed "G&#39;afurov").
#: Runs of white space a value is printed with as one space; the no-break spaces Babel puts in
#: "450 000" and "2026 г." stay, so that a line never ends inside an amount or a date.
_BREAKABLE_SPACE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "#": "&#35;", "|": "&#124;",
                           "*": "&#42;", "-": "&#45;"})


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

    def uses(self, language: str) -> frozenset[str]:
        """The names the body in ``language`` prints or tests (fields and built-ins)."""
        try:
            return used_names(self.path, language, self.body[language])
        except jinja2.TemplateError as error:
            line = self.body_lines[language] + (getattr(error, "lineno", None) or 1) - 1
            raise TemplateError(f"{self.path.name}:{line}: {error}") from None

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
    return _BREAKABLE_SPACE.sub(" ", str(value)).strip().translate(_ENTITIES)


def format_date(value: object) -> str:
    """dd.MM.yyyy in every language (Kazakh short dates in CLDR have a two-digit year)."""
    if isinstance(value, dt.date):
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return "" if value is None else str(value)


def _long_date(language: str) -> Callable[[object], str]:
    def long_date(value: object) -> str:
        if not isinstance(value, dt.date):
            return format_date(value)
        return str(babel_dates.format_date(value, "long", locale=BABEL_LOCALES[language]))
    return long_date


def format_number(value: int | float, language: str) -> str:
    """A number as the letter's language writes it: "450 000" (no-break space) in ru and kk,
    "450,000" in en."""
    return str(babel_numbers.format_decimal(value, locale=BABEL_LOCALES[language]))


def _case(case: Case) -> Callable[[object], str]:
    def in_case(value: object) -> str:
        return name_in_case(value, case)
    return in_case


def _identity(value: object) -> object:
    return value


@pass_context
def _by_sex(context: Context, masculine: str, feminine: str, neutral: str | None = None) -> str:
    sex = context.get(SEX_VALUE)
    return by_sex(sex if isinstance(sex, Sex) else None, masculine, feminine, neutral)


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
        elif isinstance(value, int | float):
            value = format_number(value, language)
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
    for case in Case:
        # Only Russian letters decline names; Kazakh and English texts keep the nominative.
        env.filters[case.value] = _case(case) if language == "ru" else _identity
    env.globals["box"] = box
    env.globals["by_sex"] = _by_sex
    return env


@cache
def used_names(path: Path, language: str, source: str) -> frozenset[str]:
    del path  # part of the cache key only
    return frozenset(meta.find_undeclared_variables(environment(language).parse(source)))


@cache
def compiled(path: Path, language: str, source: str) -> jinja2.Template:
    del path  # part of the cache key only
    return environment(language).from_string(source)
