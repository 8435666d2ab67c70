"""Loading and validating the rules data (``resources/rules/kz.toml`` and its holiday table).

A rules file is read completely and checked before anything uses it: an error raises
``RuleDataError`` naming the file, the rule id and the problem, so the app never runs on
half-loaded rules. The shipped file is loaded once and cached.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legalaid.domain.enums import Category, DocumentType
from legalaid.errors import RuleDataError
from legalaid.paths import resource
from legalaid.rules.packs import PackInfo, parse_pack
from legalaid.rules.texts import RuleTitle, Texts, load_texts
from legalaid.rules.workdays import Holidays, load_holidays

CONFIDENCE = ("C", "S", "U")
ParamValue = int | dt.date

# The rules the engine applies, with the parameters it reads from each.
ENGINE_RULES: dict[str, frozenset[str]] = {
    "STAY-01": frozenset({"per_stay_days", "window_days", "window_limit"}),
    "STAY-02": frozenset({"window_days", "window_limit"}),
    "STAY-03": frozenset({"per_stay_days", "window_days", "window_limit"}),
    "STAY-04": frozenset({"window_days", "window_limit"}),
    "STAY-05": frozenset(),
    "REG-01": frozenset({"working_days"}),
    "REG-02": frozenset({"days"}),
    "EAEU-02": frozenset(),
    "EAEU-03": frozenset({"after_days", "days"}),
    "ASY-01": frozenset({"days"}),
    "ASY-02": frozenset({"days"}),
    "ASY-03": frozenset({"months"}),
    "ASY-04": frozenset({"days"}),
    "ASY-05": frozenset({"months", "max_years"}),
    "REF-01": frozenset({"years"}),
    "STL-01": frozenset({"months"}),
    "STL-02": frozenset({"years"}),
    "KAN-01": frozenset({"years"}),
    "ENF-01": frozenset({"warning_days", "fine_days", "fine_mci"}),
    "ENF-02": frozenset({"years"}),
    "DOC-EXPIRY": frozenset(),
}
_NOT_STAY_RULES = frozenset({"ENF-02", "DOC-EXPIRY"})  # documents that do not allow a stay
_RULE_KEYS = {"id", "title", "title_ru", "title_kk", "categories", "confidence", "enabled",
              "effective_from", "effective_until", "params", "citation", "documents"}
_TOP_KEYS = {"schema", "jurisdiction", "title", "holidays", "alert_days",
             "citizenship", "document_terms", "rules", "conventions", "messages", "deadline_titles",
             "document_names", "pack"}
_CONVENTION_KEYS = {"id", "confidence", "citation", "text", "text_ru", "text_kk"}
# The counting conventions the engine applies (RULES.md K1-K6; K7 per-stay counting across
# back-to-back trips; K8 entry before a rule's effective date; K9 re-entry within one day).
ENGINE_CONVENTIONS = ("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9")


@dataclass(frozen=True)
class Rule:
    """One rule of the file, as a lawyer reads it."""

    id: str
    title: str
    categories: frozenset[Category]
    confidence: str
    enabled: bool
    effective_from: dt.date | None
    effective_until: dt.date | None
    params: Mapping[str, ParamValue]
    citation: str
    documents: frozenset[DocumentType]
    # The title in the interface languages the file gives (English always; ru, kk optional).
    titles: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def localised_title(self) -> RuleTitle:
        return RuleTitle({"en": self.title, **self.titles})

    @property
    def unconfirmed(self) -> bool:
        return self.confidence == "U"

    def in_force(self, day: dt.date) -> bool:
        """Whether the rule applies to ``day`` (effective dates inclusive)."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_until is None or day <= self.effective_until

    def number(self, name: str) -> int:
        value = self.params[name]
        assert isinstance(value, int)  # checked by the loader
        return value


@dataclass(frozen=True)
class Convention:
    """How the engine counts (a day of entry, a window, a per-stay limit...), as data: shown in
    the explanation with its citation and confidence mark."""

    id: str
    confidence: str
    citation: str
    texts: Mapping[str, str]  # "en", "ru", "kk"

    def text(self, language: str) -> str:
        return self.texts.get(language, self.texts["en"])


@dataclass(frozen=True)
class DocumentTerm:
    """Default validity of a document type when its end date is not recorded."""

    years: int
    months: int
    days: int
    rule: str


@dataclass(frozen=True)
class RuleBook:
    """A validated rules file: rules by id, the citizenship table, terms and holidays."""

    path: Path
    rules: Mapping[str, Rule]
    regime_by_country: Mapping[str, str]
    document_terms: Mapping[DocumentType, DocumentTerm]
    alert_days: tuple[int, ...]
    holidays: Holidays
    stay_documents: Mapping[DocumentType, str]  # document type -> rule allowing the stay
    expiry_rules: Mapping[DocumentType, Rule]  # document type -> rule behind its expiry
    texts: Texts  # findings, deadline titles and document names in kk, ru and en
    conventions: Mapping[str, Convention] = field(default_factory=dict)
    # Who published these rules and what changed (the file's [pack] table; None when absent).
    pack: PackInfo | None = field(default=None, compare=False)
    # Later versions of a rule (the same id again, from a later effective_from), by id.
    successors: Mapping[str, tuple[Rule, ...]] = field(default_factory=dict)
    _views: dict[int, RuleBook] = field(default_factory=dict, compare=False, repr=False)

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    @property
    def changes(self) -> tuple[dt.date, ...]:
        """The days on which a later version of some rule takes over, in order."""
        return tuple(sorted({rule.effective_from for versions in self.successors.values()
                             for rule in versions if rule.effective_from is not None}))

    def versions(self, rule_id: str) -> tuple[Rule, ...]:
        """Every version of a rule, earliest first."""
        return (self.rules[rule_id], *self.successors.get(rule_id, ()))

    def on(self, day: dt.date) -> RuleBook:
        """The rules as they stand on ``day``: each rule's latest version in force by then.

        A later version keeps the first version's ``effective_from``: the regime began then,
        only its parameters changed. The same book comes back for the same period, so what the
        engine caches per book is kept."""
        if not self.successors:
            return self
        period = sum(1 for change in self.changes if change <= day)
        known = self._views.get(period)
        if known is not None:
            return known
        rules = dict(self.rules)
        for rule_id, later in self.successors.items():
            for version in later:
                assert version.effective_from is not None  # checked by the loader
                if version.effective_from <= day:
                    rules[rule_id] = dataclasses.replace(
                        version, effective_from=self.rules[rule_id].effective_from)
        view = dataclasses.replace(
            self, rules=rules, successors={}, stay_documents=_stay_documents(rules),
            expiry_rules=_expiry_rules(rules, self.document_terms), _views={})
        self._views[period] = view
        return view

    def __hash__(self) -> int:
        return hash(self.path)


_DEFAULT: RuleBook | None = None


def default_rules_path() -> Path:
    return resource("rules", "kz.toml")


def load_rulebook(path: Path | None = None) -> RuleBook:
    """The rules from ``path``, or the shipped Kazakhstan rules (cached) when ``path`` is None."""
    global _DEFAULT
    if path is None:
        if _DEFAULT is None:
            _DEFAULT = _load(default_rules_path())
        return _DEFAULT
    return _load(path)


def load_rulebook_text(text: str, label: str) -> RuleBook:
    """The rules from the text of a rules file (a pack kept in the database); ``label`` names it
    in error messages. Its holiday table is the shipped one named by the file."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleDataError(f"{label}: not valid TOML: {error}") from None
    return _build(raw, default_rules_path().parent / label)


def _load(path: Path) -> RuleBook:
    return _build(_read_toml(path), path)


def _versions(check: _Checker, rules: list[Rule]) -> tuple[dict[str, Rule],
                                                           dict[str, tuple[Rule, ...]]]:
    """The first version of each rule, and its later ones: a rule id may appear again only with
    an ``effective_from`` after the previous version's ``effective_until``."""
    grouped: dict[str, list[Rule]] = {}
    for rule in rules:
        grouped.setdefault(rule.id, []).append(rule)
    first: dict[str, Rule] = {}
    later: dict[str, tuple[Rule, ...]] = {}
    for rule_id, versions in grouped.items():
        versions.sort(key=lambda r: r.effective_from or dt.date.min)
        for before, after in itertools.pairwise(versions):
            if before.effective_until is None or after.effective_from is None \
                    or after.effective_from <= before.effective_until:
                check.fail(rule_id, "appears twice with overlapping dates (a later version "
                                    "needs an effective_from after the earlier one's "
                                    "effective_until)")
            if set(after.params) != set(before.params):
                check.fail(rule_id, "a later version must keep the same parameters")
        first[rule_id] = versions[0]
        if len(versions) > 1:
            later[rule_id] = tuple(versions[1:])
    return first, later


def _build(raw: dict[str, Any], path: Path) -> RuleBook:
    check = _Checker(path)
    check.keys(raw, _TOP_KEYS, "file")
    if raw.get("schema") != 1:
        check.fail("file", "schema must be 1")
    items = check.items(raw, "rules", "file")
    rules, successors = _versions(check, [check.rule(item, i) for i, item in enumerate(items)])
    for rule_id, needed in ENGINE_RULES.items():
        if rule_id not in rules:
            check.fail(rule_id, "rule is missing (the engine needs it)")
        missing = sorted(needed - set(rules[rule_id].params))
        if missing:
            check.fail(rule_id, f"parameter {missing[0]} is missing")
    holidays_name = raw.get("holidays", "holidays_kz.toml")
    if not isinstance(holidays_name, str):
        check.fail("file", "holidays must be a file name")
    holidays_path = path.parent / holidays_name
    if not holidays_path.exists():  # a pack sent as one file: the shipped table of that name
        holidays_path = default_rules_path().parent / holidays_name
    terms = check.terms(raw.get("document_terms", {}), rules)
    return RuleBook(
        path=path,
        rules=rules,
        regime_by_country=check.citizenship(raw.get("citizenship", {}), rules),
        document_terms=terms,
        alert_days=check.alert_days(raw.get("alert_days", [90, 30, 7])),
        holidays=load_holidays(_read_toml(holidays_path), holidays_path),
        stay_documents=_stay_documents(rules),
        expiry_rules=_expiry_rules(rules, terms),
        texts=load_texts(raw, check.fail),
        conventions=check.conventions(raw.get("conventions")),
        pack=None if "pack" not in raw else parse_pack(raw["pack"], rules, check.fail),
        successors=successors,
    )


def _expiry_rules(rules: Mapping[str, Rule],
                  terms: Mapping[DocumentType, DocumentTerm]) -> dict[DocumentType, Rule]:
    """The rule named beside a document's expiry: its term's rule, ENF-02 for entry bans,
    DOC-EXPIRY otherwise."""
    result = {doc_type: rules["DOC-EXPIRY"] for doc_type in DocumentType}
    result[DocumentType.ENTRY_BAN] = rules["ENF-02"]
    for doc_type, term in terms.items():
        result[doc_type] = rules[term.rule]
    return result


def _stay_documents(rules: Mapping[str, Rule]) -> dict[DocumentType, str]:
    """Which confirmed, enabled rule lets a document type allow a stay (visa -> STAY-05...)."""
    result: dict[DocumentType, str] = {}
    for rule in rules.values():
        if rule.id not in _NOT_STAY_RULES and rule.enabled and not rule.unconfirmed:
            for doc_type in sorted(rule.documents):
                result.setdefault(doc_type, rule.id)
    return result


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise RuleDataError(f"{path}: cannot read the file: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise RuleDataError(f"{path}: not valid TOML: {error}") from None


class _Checker:
    """Validation helpers that raise ``RuleDataError`` naming the file and the rule."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> None:
        label = where if where in ("file", "citizenship", "conventions", "document_terms",
                                   "alert_days", "messages", "deadline_titles", "document_names",
                                   "pack") \
            or where.startswith("convention ") else f"rule {where}"
        raise RuleDataError(f"{self.path}: {label}: {problem}")

    def keys(self, obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(obj) - allowed)
        if unknown:
            self.fail(where, f"unknown key {unknown[0]!r}")

    def items(self, obj: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = obj.get(key)
        if not isinstance(value, list) or not value:
            self.fail(where, f"{key} must be a non-empty list")
        assert isinstance(value, list)
        return value

    def rule(self, item: Any, index: int) -> Rule:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            self.fail(f"number {index + 1}", "has no id")
        rule_id: str = item["id"]
        self.keys(item, _RULE_KEYS, rule_id)
        for key in ("title", "citation"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                self.fail(rule_id, f"{key} is missing")
        confidence = item.get("confidence")
        if confidence not in CONFIDENCE:
            self.fail(rule_id, f"confidence must be C, S or U, not {confidence!r}")
        enabled = item.get("enabled", True)
        if not isinstance(enabled, bool):
            self.fail(rule_id, "enabled must be true or false")
        start, end = (self.date(item.get(key), rule_id, key)
                      for key in ("effective_from", "effective_until"))
        if start and end and end < start:
            self.fail(rule_id, "effective_until is before effective_from")
        return Rule(
            id=rule_id, title=item["title"].strip(), confidence=str(confidence), enabled=enabled,
            categories=frozenset(self.enum_list(Category, item.get("categories", []), rule_id,
                                                "categories")),
            effective_from=start, effective_until=end,
            params=self.params(item.get("params", {}), rule_id),
            citation=item["citation"].strip(),
            documents=frozenset(self.enum_list(DocumentType, item.get("documents", []), rule_id,
                                               "documents")),
            titles=self.titles(item, rule_id),
        )

    def conventions(self, items: Any) -> dict[str, Convention]:
        """Every convention the engine applies, each with a citation and a confidence mark."""
        if not isinstance(items, list):
            self.fail("conventions", "must be a list of [[conventions]] entries")
        result: dict[str, Convention] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                self.fail("conventions", f"number {index + 1} has no id")
            where = f"convention {item['id']}"
            unknown = sorted(set(item) - _CONVENTION_KEYS)
            if unknown:
                self.fail(where, f"unknown key {unknown[0]!r}")
            if not isinstance(item.get("citation"), str) or not item["citation"].strip():
                self.fail(where, "citation is missing (every convention names its source)")
            if item.get("confidence") not in CONFIDENCE:
                self.fail(where, "confidence is missing or not C, S or U")
            texts = {"en": item.get("text"), "ru": item.get("text_ru"), "kk": item.get("text_kk")}
            for language, text in texts.items():
                if not isinstance(text, str) or not text.strip():
                    self.fail(where, f"the {language} text is missing")
            if item["id"] in result:
                self.fail(where, "appears twice")
            result[item["id"]] = Convention(item["id"], item["confidence"],
                                            item["citation"].strip(),
                                            {k: str(v).strip() for k, v in texts.items()})
        for convention_id in ENGINE_CONVENTIONS:
            if convention_id not in result:
                self.fail("conventions", f"{convention_id} is missing (the engine applies it)")
        return result

    def titles(self, item: Mapping[str, Any], rule_id: str) -> dict[str, str]:
        """The title in Russian and Kazakh (shown in notes and "check current law" lines)."""
        result = {}
        for language in ("ru", "kk"):
            text = item.get(f"title_{language}")
            if not isinstance(text, str) or not text.strip():
                self.fail(rule_id, f"title_{language} is missing (every rule is titled in kk, "
                                   "ru and en)")
            result[language] = str(text).strip()
        return result

    def date(self, value: Any, rule_id: str, key: str) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.fail(rule_id, f"{key} must be a date written YYYY-MM-DD, not {value!r}")
        return None

    def enum_list(self, enum: Any, value: Any, rule_id: str, key: str) -> list[Any]:
        if not isinstance(value, list):
            self.fail(rule_id, f"{key} must be a list")
        result = []
        for item in value:
            try:
                result.append(enum(item))
            except ValueError:
                self.fail(rule_id, f"{key}: unknown value {item!r}")
        return result

    def params(self, value: Any, rule_id: str) -> dict[str, ParamValue]:
        if not isinstance(value, dict):
            self.fail(rule_id, "params must be a table")
        result: dict[str, ParamValue] = {}
        for name, number in value.items():
            is_date = isinstance(number, dt.date) and not isinstance(number, dt.datetime)
            is_count = isinstance(number, int) and not isinstance(number, bool) and number > 0
            if is_date or is_count:
                result[name] = number
            else:
                self.fail(rule_id, f"parameter {name} must be a positive whole number or a date, "
                                   f"not {number!r}")
        if "window_limit" in result and "window_days" in result and not (
                0 < _int(result["window_limit"]) < _int(result["window_days"]) <= 366):
            self.fail(rule_id, "window_limit must be smaller than window_days (at most 366)")
        return result

    def citizenship(self, table: Any, rules: Mapping[str, Rule]) -> dict[str, str]:
        if not isinstance(table, dict):
            self.fail("citizenship", "must be a table of rule id = [country codes]")
        result: dict[str, str] = {}
        for rule_id, codes in table.items():
            if rule_id not in rules:
                self.fail("citizenship", f"unknown rule {rule_id!r}")
            if "window_limit" not in rules[rule_id].params:
                self.fail("citizenship", f"rule {rule_id} has no window_limit to count days by")
            for code in codes if isinstance(codes, list) else [codes]:
                if not (isinstance(code, str) and len(code) == 2 and code.isascii()
                        and code.isupper() and code.isalpha()) or code == "KZ":
                    self.fail("citizenship", f"{rule_id}: {code!r} is not a foreign ISO country "
                                             "code (two capital letters)")
                if code in result:
                    self.fail("citizenship", f"{code} is listed under {result[code]} and "
                                             f"{rule_id}")
                result[code] = rule_id
        return result

    def terms(self, table: Any, rules: Mapping[str, Rule]) -> dict[DocumentType, DocumentTerm]:
        if not isinstance(table, dict):
            self.fail("document_terms", "must be a table")
        result = {}
        for name, spec in table.items():
            try:
                doc_type = DocumentType(name)
            except ValueError:
                self.fail("document_terms", f"unknown document type {name!r}")
            if not isinstance(spec, dict) or spec.get("rule") not in rules:
                self.fail("document_terms", f"{name}: needs rule = an existing rule id")
            amounts = {k: spec.get(k, 0) for k in ("years", "months", "days")}
            if set(spec) - {"rule", *amounts} or not all(
                    isinstance(v, int) and v >= 0 for v in amounts.values()) or not any(
                    amounts.values()):
                self.fail("document_terms", f"{name}: give years, months or days as numbers")
            result[doc_type] = DocumentTerm(rule=spec["rule"], **amounts)
        return result

    def alert_days(self, value: Any) -> tuple[int, ...]:
        if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value):
            self.fail("alert_days", "must be a list of positive numbers of days")
        return tuple(sorted(value, reverse=True))


def _int(value: ParamValue) -> int:
    return value if isinstance(value, int) else 0
