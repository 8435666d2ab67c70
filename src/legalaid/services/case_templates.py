"""Case templates: the checklist of documents and the dated tasks of a kind of case, read from
``resources/case_templates/*.toml`` (see the README there), and opening a case from one.

A task's due date comes from the trigger date and either a rule's parameter in the rules file
(the task then cites the rule) or a fixed number of days the organisation chose.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.domain.records import CaseRecord, TaskRecord
from legalaid.errors import NotFoundError, RuleDataError, ValidationError
from legalaid.paths import resource
from legalaid.services.declarations import guarded

if TYPE_CHECKING:
    from legalaid.rules.rulebook import RuleBook
    from legalaid.services.clients import ClientService
    from legalaid.services.status import StatusService

LANGUAGES = ("en", "ru", "kk")
UNITS = ("days", "working_days", "months", "years", "per_stay_days")
CHECK_LAW = {"en": "check current law", "ru": "проверьте действующее право",
             "kk": "қолданыстағы заңды тексеріңіз"}
COLLECT = {"en": "Collect: ", "ru": "Собрать: ", "kk": "Жинау: "}


@dataclass(frozen=True)
class TemplateTask:
    titles: Mapping[str, str]
    rule: str | None
    days: int | None  # fixed offset, or None when ``term_rule`` gives it
    term_rule: str | None
    term_param: str | None
    adjust_days: int


@dataclass(frozen=True)
class CaseTemplate:
    """One kind of case as a lawyer wrote it down."""

    id: str
    case_type: str
    titles: Mapping[str, str]
    trigger: Mapping[str, str]
    collect_within_days: int
    documents: tuple[Mapping[str, str], ...]
    tasks: tuple[TemplateTask, ...]

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles["en"]


def _texts(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str):
        raise RuleDataError(f"{where}: needs an English text (en = \"...\")")
    return {lang: str(raw[lang]) for lang in LANGUAGES if isinstance(raw.get(lang), str)}


def _task(raw: Any, where: str) -> TemplateTask:
    if not isinstance(raw, dict):
        raise RuleDataError(f"{where}: must be a table")
    term = raw.get("term")
    days = raw.get("days")
    if (term is None) == (days is None):
        raise RuleDataError(f"{where}: give either days or term")
    if term is not None and (not isinstance(term, dict) or term.get("param") not in UNITS
                             or not isinstance(term.get("rule"), str)):
        raise RuleDataError(f"{where}: term needs rule and param ({', '.join(UNITS)})")
    if days is not None and not isinstance(days, int):
        raise RuleDataError(f"{where}: days must be a whole number")
    rule = raw.get("rule")
    return TemplateTask(_texts(raw, where), rule if isinstance(rule, str) else None, days,
                        None if term is None else term["rule"],
                        None if term is None else term["param"],
                        int(raw.get("adjust_days", 0)))


def load_template(path: Path) -> CaseTemplate:
    """Read and check one template file (a mistake raises ``RuleDataError`` naming the file)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RuleDataError(f"{path.name}: {error}") from None
    name = path.name
    for key in ("id", "case_type"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise RuleDataError(f"{name}: {key} is required")
    return CaseTemplate(
        id=raw["id"], case_type=raw["case_type"], titles=_texts(raw.get("title"), f"{name} title"),
        trigger=_texts(raw.get("trigger"), f"{name} trigger"),
        collect_within_days=int(raw.get("collect_within_days", 7)),
        documents=tuple(_texts(item, f"{name} documents[{index}]")
                        for index, item in enumerate(raw.get("documents", []))),
        tasks=tuple(_task(item, f"{name} tasks[{index}]")
                    for index, item in enumerate(raw.get("tasks", []))),
    )


def load_templates(directory: Path | None = None) -> dict[str, CaseTemplate]:
    folder = directory or resource("case_templates")
    templates = [load_template(path) for path in sorted(folder.glob("*.toml"))]
    return {template.id: template for template in templates}


def due_date(task: TemplateTask, trigger: dt.date, book: RuleBook) -> dt.date:
    """The trigger date plus the task's term (K3 for stays, K5 for months and years)."""
    from legalaid.rules.situation import add_term

    if task.days is not None:
        return trigger + dt.timedelta(days=task.days + task.adjust_days)
    assert task.term_rule is not None and task.term_param is not None
    rule = book.rule(task.term_rule)
    number = rule.number(task.term_param)
    steps: dict[str, Callable[[], dt.date]] = {
        "days": lambda: trigger + dt.timedelta(days=number),
        "working_days": lambda: book.holidays.add_working_days(trigger, number),
        "months": lambda: add_term(trigger, months=number),
        "years": lambda: add_term(trigger, years=number),
        "per_stay_days": lambda: trigger + dt.timedelta(days=number - 1),
    }
    return steps[task.term_param]() + dt.timedelta(days=task.adjust_days)


def case_from_template(template: CaseTemplate, trigger: dt.date, opened: dt.date,
                       book: RuleBook, language: str = "en",
                       lawyer: str | None = None) -> CaseRecord:
    """The case with its checklist and tasks, titles in ``language``."""
    collect_by = trigger + dt.timedelta(days=template.collect_within_days)
    tasks = [TaskRecord(COLLECT.get(language, COLLECT["en"]) + (doc.get(language) or doc["en"]),
                        collect_by) for doc in template.documents]
    for task in template.tasks:
        title = task.titles.get(language) or task.titles["en"]
        if task.rule is not None and task.rule in book.rules and book.rule(task.rule).unconfirmed:
            title += f" ({CHECK_LAW.get(language, CHECK_LAW['en'])})"
        tasks.append(TaskRecord(title, due_date(task, trigger, book), source_rule=task.rule))
    tasks.sort(key=lambda item: item.due)
    return CaseRecord(template.case_type, opened, lawyer=lawyer, tasks=tuple(tasks))


class CaseTemplateService:
    """The case templates, and opening a case from one through the client service (so that the
    change log records it)."""

    def __init__(self, status: StatusService, clients: ClientService) -> None:
        self._status = status
        self._clients = clients
        self._templates: dict[str, CaseTemplate] | None = None

    @guarded("case_templates.case_templates")
    def case_templates(self) -> list[CaseTemplate]:
        if self._templates is None:
            self._templates = load_templates()
        return sorted(self._templates.values(), key=lambda item: item.id)

    @guarded("case_templates.open_case_from_template", client="client_id")
    def open_case_from_template(self, client_id: int, template_id: str, trigger_date: dt.date,
                                language: str = "en", opened: dt.date | None = None,
                                lawyer: str | None = None) -> int:
        """Open a case of this kind for the client with its checklist and dated tasks; returns
        the case id."""
        templates = {item.id: item for item in self.case_templates()}
        if template_id not in templates:
            raise NotFoundError(f"case template {template_id} does not exist")
        if language not in LANGUAGES:
            raise ValidationError("language", f"must be one of {', '.join(LANGUAGES)}")
        case = case_from_template(templates[template_id], trigger_date,
                                  opened or dt.date.today(), self._status.rulebook(), language,
                                  lawyer)
        return self._clients.add_case(client_id, case)
