"""``legalaid clients add FILE|-``, ``clients show ID [--json]``, ``clients merge KEEP OTHER``,
``clients duplicates``, ``clients not-duplicates A B``, ``clients add-party CASE`` and
``clients conflicts``.

Clients travel in the JSON format of ``shared/domain/CLIENTS.md``. ``add`` writes nothing unless
every record of the input is valid, and prints the new ids as a JSON list. A document already on
file for another client (same type, number and country) is refused with exit 2
(``documents[0].number: already on file for client 501``) unless ``--allow-duplicate REASON``
(audited); likely name matches are named on stderr, and ``--report`` answers
``{"ids": [...], "duplicates": [...]}`` instead of the list.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json, print_text, read_json_input
from legalaid.domain.parsing import parse_id

if TYPE_CHECKING:
    from legalaid.domain.records import ClientRecord
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("clients", help="add clients from JSON, show a client's file")
    commands = parser.add_subparsers(title="client commands", metavar="ACTION", required=True)
    add = commands.add_parser(
        "add", help="add clients from a JSON file (one object or a list); - reads standard input"
    )
    add.add_argument("source", metavar="FILE|-")
    add.add_argument("--allow-duplicate", metavar="REASON",
                     help="register even if a document is on file for another client: why "
                          "this is another person (audited)")
    add.add_argument("--report", action="store_true",
                     help='answer {"ids": [...], "duplicates": [...]} with likely name matches')
    add.set_defaults(handler=run_add)
    merge = commands.add_parser(
        "merge", help="merge client OTHER's file into KEEP (one person, two files)")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    merge.add_argument("--dry-run", action="store_true", help="say what would move; write nothing")
    merge.add_argument("--json", action="store_true", help="print the answer as JSON")
    merge.add_argument("--prefer", choices=("keep", "other"),
                       help="whose value a profile field both files fill differently takes")
    merge.set_defaults(handler=run_merge)
    duplicates = commands.add_parser(
        "duplicates", help="likely duplicate pairs across the caseload, best first")
    duplicates.add_argument("--json", action="store_true", help="print the list as JSON")
    duplicates.add_argument("--limit", type=int, default=1000, help="pairs listed (1000)")
    duplicates.set_defaults(handler=run_duplicates)
    dismiss = commands.add_parser(
        "not-duplicates", help='mark two clients "not the same person" (left out of the list)')
    dismiss.add_argument("first", metavar="A")
    dismiss.add_argument("second", metavar="B")
    dismiss.set_defaults(handler=run_dismiss)
    party = commands.add_parser(
        "add-party", help="record the other party of a case (and check it for conflicts)")
    party.add_argument("case_id", metavar="CASE")
    party.add_argument("--name", required=True)
    party.add_argument("--kind", required=True,
                       help="employer, landlord, agency, person or other")
    party.add_argument("--identifier", help="a BIN, an IIN, a licence number")
    party.set_defaults(handler=run_add_party)
    conflicts = commands.add_parser(
        "conflicts", help="check a party against the clients and parties on file")
    conflicts.add_argument("--name", required=True)
    conflicts.add_argument("--identifier", help="a BIN, an IIN, a licence number")
    conflicts.add_argument("--json", action="store_true", help="print the matches as JSON")
    conflicts.set_defaults(handler=run_conflicts)
    show = commands.add_parser("show", help="show one client's file")
    show.add_argument("client_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the JSON exchange format")
    show.set_defaults(handler=run_show)


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.exchange.client_json import parse_clients

    records = parse_clients(read_json_input(args.source))
    services = context.services()
    likely = services.duplicates.at_the_door(records)  # before: a new file would match itself
    ids = services.clients.add_many(records, allow_duplicate=args.allow_duplicate)
    for match in likely:
        print(f"legalaid: record {match.record} may be client {match.hit.client_id} "
              f"({', '.join(match.hit.reasons)})", file=sys.stderr)
    if args.report:
        print_json({"ids": ids, "duplicates": [match.to_json() for match in likely]})
    else:
        print_json(ids)
    return 0


def run_merge(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.errors import ValidationError

    keep, other = parse_id(args.keep, "KEEP"), parse_id(args.other, "OTHER")
    merge = context.services().merge
    plan = merge.plan(keep, other, args.prefer or "keep")
    if plan.conflicts and args.prefer is None and not args.dry_run:
        fields = ", ".join(conflict.field for conflict in plan.conflicts)
        raise ValidationError("--prefer", f"the files differ in {fields}: choose keep or other")
    from legalaid.services.merge import MergeResult

    result = MergeResult(plan, True) if args.dry_run \
        else merge.merge(keep, other, args.prefer or "keep")
    if args.json:
        print_json(result.to_json())
        return 0
    moved = ", ".join(f"{count} {kind}" for kind, count in sorted(result.plan.moves.items()))
    verb = "would move" if args.dry_run else "moved"
    print(f"client {other} into {keep}: {verb} {moved or 'nothing'}")
    for conflict in result.plan.conflicts:
        chosen = "other" if result.plan.profile.get(conflict.field) == conflict.other else "keep"
        print(f"  {conflict.field}: differs, {chosen}'s value kept")
    return 0


def run_duplicates(args: argparse.Namespace, context: CommandContext) -> int:
    found = context.services().duplicates.pairs(limit=max(0, args.limit))
    if args.json:
        print_json(found.to_json())
        return 0
    for pair in found.pairs:
        first = pair.first_names[0] if pair.first_names else ""
        second = pair.second_names[0] if pair.second_names else ""
        print_text(f"{pair.score:.2f}  {pair.first} {first}  ~  {pair.second} {second}"
                   f"  ({', '.join(pair.reasons)})")
    print(f"{len(found.pairs)} likely duplicate pair(s) among {found.clients} clients")
    return 0


def run_dismiss(args: argparse.Namespace, context: CommandContext) -> int:
    first, second = parse_id(args.first, "A"), parse_id(args.second, "B")
    context.services().duplicates.dismiss(first, second)
    print(f"clients {first} and {second}: not the same person")
    return 0


def run_add_party(args: argparse.Namespace, context: CommandContext) -> int:
    parties = context.services().parties
    case_id = parse_id(args.case_id, "CASE")
    conflicts = parties.check(args.name, args.identifier, exclude_case=case_id)
    party_id = parties.add_party(case_id, args.name, args.kind, args.identifier)
    print_json({"id": party_id, "conflicts": [match.to_json() for match in conflicts]})
    return 0


def run_conflicts(args: argparse.Namespace, context: CommandContext) -> int:
    matches = context.services().parties.check(args.name, args.identifier)
    if args.json:
        print_json([match.to_json() for match in matches])
        return 0
    for match in matches:
        where = f"case {match.case_id} of client {match.client_id}" if match.case_id \
            else f"client {match.client_id}"
        print_text(f"{match.score:.2f}  {match.name} ({match.kind}, {where}; "
                   f"{', '.join(match.reasons)})")
    print(f"{len(matches)} possible conflict(s)")
    return 0


def _print_summary(record: ClientRecord) -> None:
    print(f"Client {record.id}")
    for name in record.names:  # stored text, escaped: a name cannot act on the terminal
        print_text(f"  {name.full} ({name.script.value}"
                   f"{', ' + name.source if name.source else ''})")
    born = record.date_of_birth.strftime("%d.%m.%Y") if record.date_of_birth else "—"
    print(
        f"  born {born}, citizenship {record.citizenship or 'stateless'}, "
        f"category {record.category.value if record.category else '—'}"
    )
    for document in record.documents:
        until = document.valid_until.strftime("%d.%m.%Y") if document.valid_until else "—"
        print(f"  {document.type.value} valid until {until}")
    for trip in record.trips:
        left = trip.exit.strftime("%d.%m.%Y") if trip.exit else "still in Kazakhstan"
        print(f"  trip {trip.entry.strftime('%d.%m.%Y')} – {left}")
    print(f"  {len(record.cases)} case(s), {len(record.notes)} note(s)")


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.exchange.client_json import client_to_json

    record = context.services().clients.get(parse_id(args.client_id, "ID"))
    if args.json:
        print_json(client_to_json(record))
    else:
        _print_summary(record)
    return 0
