"""``legalaid status CLIENT_ID`` and ``legalaid deadlines``: the rules engine over the clients
stored in the database."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.domain.parsing import parse_typed_date
from legalaid.errors import ValidationError
from legalaid.settings import BABEL_LOCALES

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

DEFAULT_PERIOD_DAYS = 30


def register(subparsers: Any) -> None:
    status = subparsers.add_parser(
        "status", help="a stored client's status and deadlines, with the rules and sources")
    status.add_argument("client_id", metavar="CLIENT_ID")
    status.add_argument("--as-of", metavar="DATE",
                        help="the date asked about, YYYY-MM-DD or DD.MM.YYYY (default today)")
    status.add_argument("--json", action="store_true",
                        help="print the assessment JSON (the format of 'rules evaluate')")
    status.add_argument("--lang", metavar="kk|ru|en", default="en",
                        help="language of the findings and deadlines (the JSON stays English)")
    status.set_defaults(handler=run_status)

    deadlines = subparsers.add_parser(
        "deadlines", help="every client's deadlines in a period (rules and manual tasks)")
    deadlines.add_argument("--from", dest="first", metavar="DATE", help="default: today")
    deadlines.add_argument("--to", dest="last", metavar="DATE",
                           help=f"default: {DEFAULT_PERIOD_DAYS} days after --from")
    deadlines.add_argument("--json", action="store_true", help="print JSON")
    deadlines.add_argument("--ics", metavar="FILE",
                           help="also write the deadlines to an iCalendar file with reminders "
                                "(events name the client by number and initial only)")
    deadlines.set_defaults(handler=run_deadlines)


def _client_id(text: str) -> int:
    from legalaid.domain.parsing import parse_id

    return parse_id(text, "CLIENT_ID")


def _date_option(value: str | None, option: str, default: dt.date) -> dt.date:
    """A date option typed as YYYY-MM-DD or DD.MM.YYYY."""
    return default if value is None else parse_typed_date(value, option)


def run_status(args: argparse.Namespace, context: CommandContext) -> int:
    client_id = _client_id(args.client_id)
    if args.lang not in ("kk", "ru", "en"):
        raise ValidationError("--lang", f'"{args.lang}" is not kk, ru or en')
    as_of = _date_option(args.as_of, "--as-of", dt.date.today())
    assessment = context.services().status.assess(client_id, as_of)
    if args.json:
        print_json({"client_id": client_id, **assessment.to_json()})
        return 0
    lang = args.lang
    say = _says(lang)
    print(say["client"].format(id=client_id, date=f"{as_of:%d.%m.%Y}",
                               status=say[str(assessment.status)]))
    if assessment.last_lawful_day is not None:
        days_left = _counted("days_left", lang, assessment.days_remaining or 0)
        print(say["last_lawful_day"].format(date=f"{assessment.last_lawful_day:%d.%m.%Y}",
                                            days_left=days_left))
    if assessment.overstay_days:
        print(say["overstay"].format(days=_counted("days", lang, assessment.overstay_days)))
    for finding in assessment.findings:
        print(f"- [{finding.rule}, {say[str(finding.severity)]}] {finding.text(lang)} "
              f"({say['source']}: {finding.source})")
    from legalaid.rules.conventions import conventions_of

    for convention in conventions_of(assessment, lang):
        mark = say[f"confidence_{convention.confidence}"]
        print(f"- [{convention.id}, {say['counting']}, {mark}] {convention.text} "
              f"({say['source']}: {convention.citation})")
    texts = context.services().status.rulebook().texts
    for deadline in sorted(assessment.deadlines, key=lambda item: item.due):
        print(f"  {deadline.due:%d.%m.%Y}  {texts.title_in(deadline.title, lang)}  "
              f"[{deadline.rule}]")
    return 0


# The words of the text output around the rules file's sentences, in kk, ru and en (the rules
# file's citations are quoted as it records them).
_SAYS: dict[str, dict[str, str]] = {
    "client": {"en": "Client {id} on {date}: {status}",
               "ru": "Клиент {id} на {date}: {status}",
               "kk": "Клиент {id}, {date}: {status}"},
    "last_lawful_day": {"en": "Last lawful day: {date} ({days_left})",
                        "ru": "Последний законный день: {date} ({days_left})",
                        "kk": "Соңғы заңды күн: {date} ({days_left})"},
    "overstay": {"en": "Overstay: {days}", "ru": "Превышение срока: {days}",
                 "kk": "Мерзімнен асу: {days}"},
    "source": {"en": "source", "ru": "источник", "kk": "дереккөз"},
    "counting": {"en": "counting", "ru": "правило подсчёта", "kk": "есептеу ережесі"},
    "confidence_C": {"en": "C", "ru": "подтверждено", "kk": "расталған"},
    "confidence_S": {"en": "S", "ru": "вторичный источник",
                     "kk": "қосалқы дереккөз"},
    "confidence_U": {"en": "U", "ru": "не подтверждено", "kk": "расталмаған"},
    "info": {"en": "info", "ru": "сведения", "kk": "мәлімет"},
    "warning": {"en": "warning", "ru": "предупреждение", "kk": "ескерту"},
    "critical": {"en": "critical", "ru": "срочно", "kk": "шұғыл"},
    "LAWFUL": {"en": "LAWFUL", "ru": "законно", "kk": "заңды"},
    "AT_RISK": {"en": "AT_RISK", "ru": "под угрозой", "kk": "қауіп бар"},
    "OVERSTAY": {"en": "OVERSTAY", "ru": "превышен срок", "kk": "мерзімнен асқан"},
    "PROTECTED": {"en": "PROTECTED", "ru": "под защитой", "kk": "қорғауда"},
    "NOT_PRESENT": {"en": "NOT_PRESENT", "ru": "не в Казахстане",
                    "kk": "Қазақстанда емес"},
    "UNKNOWN": {"en": "UNKNOWN", "ru": "неизвестно", "kk": "белгісіз"},
}


def _says(language: str) -> dict[str, str]:
    return {key: texts[language] for key, texts in _SAYS.items()}


# Counts in words, by the language's plural category (CLDR, through Babel): Russian agrees the
# noun (and the verb) with the number, Kazakh keeps the noun singular after a number.
_COUNTED: dict[str, dict[str, dict[str, str]]] = {
    "days": {"en": {"one": "{n} day", "other": "{n} days"},
             "ru": {"one": "{n} день", "few": "{n} дня", "many": "{n} дней", "other": "{n} дня"},
             "kk": {"other": "{n} күн"}},
    "days_left": {"en": {"one": "{n} day left", "other": "{n} days left"},
                  "ru": {"one": "остался {n} день", "few": "осталось {n} дня",
                         "many": "осталось {n} дней", "other": "осталось {n} дня"},
                  "kk": {"other": "{n} күн қалды"}},
}


def _counted(key: str, language: str, number: int) -> str:
    from babel import Locale

    forms = _COUNTED[key][language]
    category = Locale.parse(BABEL_LOCALES[language]).plural_form(abs(number))
    return forms.get(category, forms["other"]).format(n=number)


def _write_ics(context: CommandContext, rows: list[Any], target: str) -> None:
    """Only a regular file, written whole beside its target (``exchange.output_file``); the
    calendar is made by the Today service, so the export is in the audit trail."""
    from pathlib import Path

    from legalaid.output_file import check_output, write_output

    check_output(Path(target), "--ics")  # a path that cannot be written exports nothing
    write_output(Path(target), context.services().calendar.to_ics(rows), "--ics")


def run_deadlines(args: argparse.Namespace, context: CommandContext) -> int:
    today = dt.date.today()
    first = _date_option(args.first, "--from", today)
    last = _date_option(args.last, "--to", first + dt.timedelta(days=DEFAULT_PERIOD_DAYS))
    if last < first:
        raise ValidationError("--to", f"{last.isoformat()} is before --from {first.isoformat()}")
    rows = context.services().deadlines.between(first, last, as_of=today)
    if args.ics:
        _write_ics(context, rows, args.ics)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        print("No deadlines in this period.")
    for row in rows:
        print(f"{row.due:%d.%m.%Y}  {row.client_id:>7}  {row.client_name}  {row.title}"
              f"  [{row.rule or row.kind}]")
    return 0
