"""Rule packs: who published a rules file, its version, and what changed, as plain values.

A rules file's ``[pack]`` table names the pack (``id = "kz-2026.3"``), its version (a whole
number that grows with every publication), the publication date, who prepared it and a change
log in Kazakh, Russian and English, each entry naming the rules it changed and the version that
changed them. ``rule_diff`` lists, parameter by parameter, what one pack changes in another, and
``refusal`` says in one sentence why a pack may not replace the active one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.rules.rulebook import Rule, RuleBook

LANGUAGES = ("en", "ru", "kk")
_PACK_KEYS = {"id", "version", "published", "prepared_by", "changes"}
_CHANGE_KEYS = {"version", "rules", *LANGUAGES}
# What a rule means to the engine: a change to any of these needs a change-log entry.
MEANING = ("enabled", "confidence", "effective_from", "effective_until", "categories",
           "documents")


@dataclass(frozen=True)
class Change:
    """One entry of a pack's change log."""

    version: int
    rules: tuple[str, ...]
    texts: Mapping[str, str]  # "en", "ru", "kk"

    def text(self, language: str) -> str:
        return self.texts.get(language, self.texts["en"])


@dataclass(frozen=True)
class PackInfo:
    """The ``[pack]`` table of a rules file."""

    id: str
    version: int
    published: dt.date
    prepared_by: str
    changes: tuple[Change, ...]

    @property
    def label(self) -> str:
        """How the pack is named beside a finding: "kz-2026.3 (version 3)"."""
        return f"{self.id} (version {self.version})"


def parse_pack(raw: Any, rules: Mapping[str, Rule], fail: Callable[[str, str], None]) -> PackInfo:
    """The validated ``[pack]`` table; ``fail(where, problem)`` raises."""
    if not isinstance(raw, dict):
        fail("pack", "must be a table")
    unknown = sorted(set(raw) - _PACK_KEYS)
    if unknown:
        fail("pack", f"unknown key {unknown[0]!r}")
    pack_id = raw.get("id")
    if not isinstance(pack_id, str) or not pack_id.strip() or len(pack_id) > 40:
        fail("pack", "id must be a name of at most 40 characters, such as \"kz-2026.3\"")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        fail("pack", "version must be a whole number from 1")
    published = raw.get("published")
    if not isinstance(published, dt.date) or isinstance(published, dt.datetime):
        fail("pack", "published must be a date written YYYY-MM-DD")
    prepared = raw.get("prepared_by")
    if not isinstance(prepared, str) or not prepared.strip():
        fail("pack", "prepared_by must say who prepared the pack")
    changes = raw.get("changes", [])
    if not isinstance(changes, list):
        fail("pack", "changes must be a list of [[pack.changes]] entries")
    return PackInfo(str(pack_id).strip(), int(version), published, str(prepared).strip(),
                    tuple(_change(item, i, rules, fail) for i, item in enumerate(changes)))


def _change(item: Any, index: int, rules: Mapping[str, Rule],
            fail: Callable[[str, str], None]) -> Change:
    where = f"change log entry {index + 1}"
    if not isinstance(item, dict):
        fail("pack", f"{where} must be a table")
    unknown = sorted(set(item) - _CHANGE_KEYS)
    if unknown:
        fail("pack", f"{where}: unknown key {unknown[0]!r}")
    version = item.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        fail("pack", f"{where}: version must be a whole number from 1")
    names = item.get("rules")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        fail("pack", f"{where}: rules must be a list of rule ids")
    for language in LANGUAGES:
        text = item.get(language)
        if not isinstance(text, str) or not text.strip():
            fail("pack", f"{where}: the {language} text is missing")
    return Change(int(version), tuple(names),
                  {language: str(item[language]).strip() for language in LANGUAGES})


@dataclass(frozen=True)
class ParamChange:
    """One difference in one rule: a parameter, a date, a flag."""

    name: str
    old: str | None  # None: the rule (or the parameter) was not there
    new: str | None


@dataclass(frozen=True)
class RuleChange:
    """What a new pack does to one rule: added, removed or changed (with both citations)."""

    rule: str
    kind: str  # "added", "removed", "changed"
    changes: tuple[ParamChange, ...]
    old_citation: str | None
    new_citation: str | None
    old_title: Mapping[str, str]
    new_title: Mapping[str, str]

    @property
    def meaning_changed(self) -> bool:
        """Whether the engine would decide differently (not only a citation or a title)."""
        return self.kind != "changed" or any(c.name not in ("citation",) for c in self.changes)

    def title(self, language: str) -> str:
        titles = self.new_title or self.old_title
        return titles.get(language, titles.get("en", self.rule))


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return ", ".join(sorted(str(v) for v in value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _fields(versions: tuple[Rule, ...]) -> dict[str, str | None]:
    """A rule's meaning as text, each later version's values named after its start date."""
    result: dict[str, str | None] = {}
    for index, rule in enumerate(versions):
        suffix = "" if index == 0 else f" (from {_shown(rule.effective_from)})"
        for name, value in rule.params.items():
            result[name + suffix] = _shown(value)
        for name in MEANING:
            if index and name == "effective_from":
                continue
            value = getattr(rule, name)
            result[name + suffix] = None if value is None else _shown(value)
    result["citation"] = versions[0].citation
    return result


def _titles(rule: Rule) -> dict[str, str]:
    return {"en": rule.title, **rule.titles}


def rule_diff(old: RuleBook, new: RuleBook) -> tuple[RuleChange, ...]:
    """Every rule ``new`` adds, removes or changes compared with ``old``, in rule-id order."""
    result = []
    for rule_id in sorted(set(old.rules) | set(new.rules)):
        if rule_id not in old.rules:
            rule = new.rules[rule_id]
            result.append(RuleChange(rule_id, "added", tuple(
                ParamChange(k, None, v) for k, v in _fields(new.versions(rule_id)).items()),
                None, rule.citation, {}, _titles(rule)))
            continue
        if rule_id not in new.rules:
            rule = old.rules[rule_id]
            result.append(RuleChange(rule_id, "removed", tuple(
                ParamChange(k, v, None) for k, v in _fields(old.versions(rule_id)).items()),
                rule.citation, None, _titles(rule), {}))
            continue
        before, after = _fields(old.versions(rule_id)), _fields(new.versions(rule_id))
        changes = tuple(ParamChange(k, before.get(k), after.get(k))
                        for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k))
        if changes:
            result.append(RuleChange(rule_id, "changed", changes, old.rules[rule_id].citation,
                                     new.rules[rule_id].citation, _titles(old.rules[rule_id]),
                                     _titles(new.rules[rule_id])))
    return tuple(result)


def refusal(new: RuleBook, active: RuleBook | None) -> str | None:
    """Why ``new`` may not be installed over ``active``, in one sentence; None when it may."""
    pack = new.pack
    if pack is None:
        return "the rules file has no [pack] table naming its id and version"
    if active is None or active.pack is None:
        return None
    if pack.version <= active.pack.version:
        return (f"pack {pack.id} is version {pack.version}, not newer than the active pack "
                f"{active.pack.id} (version {active.pack.version})")
    logged = {rule for change in pack.changes if change.version > active.pack.version
              for rule in change.rules}
    for change in rule_diff(active, new):
        if change.meaning_changed and change.rule not in logged:
            return (f"rule {change.rule} is {change.kind} but the change log of version "
                    f"{pack.version} has no entry for it")
    return None
