"""``legalaid plan CLIENT_ID [--leave DATE] --trip ENTRY:EXIT ... [--json]``: the what-if
planner on a stored client. For a client in Kazakhstan the current stay ends on ``--leave``
(default: its last lawful day); each planned trip is then judged as if the earlier ones were
made: lawful or not, the first unlawful day, the latest lawful exit and the rule that decides."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json
from legalaid.domain.parsing import parse_id, parse_typed_date
from legalaid.errors import ValidationError

if TYPE_CHECKING:
    from legalaid.rules.planner import PlannedTrip
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    plan = subparsers.add_parser(
        "plan", help="what if the client leaves on a date and makes these trips: lawful or not")
    plan.add_argument("client_id", metavar="CLIENT_ID")
    plan.add_argument("--leave", metavar="DATE",
                      help="planned departure of the current stay (default: its last lawful day)")
    plan.add_argument("--trip", metavar="ENTRY:EXIT", action="append", default=[],
                      help="a planned trip to Kazakhstan (repeat for several), dates as "
                           "YYYY-MM-DD or DD.MM.YYYY")
    plan.add_argument("--as-of", metavar="DATE", help="the day the plan starts from "
                                                       "(default today)")
    plan.add_argument("--json", action="store_true",
                      help='print {"trips": [{"entry", "exit", "lawful", "first_unlawful_day", '
                           '"latest_lawful_exit", "rule"}]}')
    plan.set_defaults(handler=run_plan)


def parse_trip_option(text: str) -> tuple[dt.date, dt.date]:
    """``ENTRY:EXIT`` as typed after ``--trip``."""
    field = f"--trip {text}"
    entry, colon, exit_text = text.partition(":")
    if not colon or not entry.strip() or not exit_text.strip():
        raise ValidationError(field, "expected ENTRY:EXIT, e.g. 2027-01-10:2027-01-20")
    return parse_typed_date(entry, field), parse_typed_date(exit_text, field)


def describe(trip: PlannedTrip) -> str:
    """One readable line per trip."""
    span = f"{trip.entry:%d.%m.%Y}-{trip.exit:%d.%m.%Y}"
    rule = f"  [{trip.rule}]" if trip.rule else ""
    if trip.lawful:
        until = "no limit" if trip.latest_lawful_exit is None else \
            f"may stay until {trip.latest_lawful_exit:%d.%m.%Y}"
        return f"{span}: lawful ({until}){rule}"
    if trip.first_unlawful_day is None:
        return f"{span}: cannot be confirmed (see the client's status){rule}"
    latest = "no lawful day for this entry" if trip.latest_lawful_exit is None else \
        f"leave by {trip.latest_lawful_exit:%d.%m.%Y}"
    return f"{span}: not lawful from {trip.first_unlawful_day:%d.%m.%Y} ({latest}){rule}"


def run_plan(args: argparse.Namespace, context: CommandContext) -> int:
    client_id = parse_id(args.client_id, "CLIENT_ID")
    leave = None if args.leave is None else parse_typed_date(args.leave, "--leave")
    as_of = dt.date.today() if args.as_of is None else parse_typed_date(args.as_of, "--as-of")
    trips = [parse_trip_option(text) for text in args.trip]
    try:
        answers = context.services().status.plan(client_id, trips, leave=leave, as_of=as_of)
    except ValidationError as error:
        raise _on_command_line(error, args.trip) from None
    if args.json:
        print_json({"trips": [answer.to_json() for answer in answers]})
        return 0
    if not answers:
        print("The client is not in Kazakhstan and no trip is planned: give --trip ENTRY:EXIT.")
    for answer in answers:
        print(describe(answer))
    return 0


def _on_command_line(error: ValidationError, typed: list[str]) -> ValidationError:
    """The planner's field (``leave``, ``trips[1]``) as the option typed."""
    if error.field == "leave":
        return ValidationError("--leave", error.problem)
    if error.field.startswith("trips[") and error.field.endswith("]"):
        index = int(error.field[6:-1])
        return ValidationError(f"--trip {typed[index]}", error.problem)
    return error
