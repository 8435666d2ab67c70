"""``legalaid clients add FILE|-`` and ``legalaid clients show ID [--json]``.

Clients travel in the JSON format of ``shared/domain/CLIENTS.md``. ``add`` writes nothing unless
every record of the input is valid, and prints the new ids as a JSON list.
"""

from __future__ import annotations

import argparse
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
    add.set_defaults(handler=run_add)
    show = commands.add_parser("show", help="show one client's file")
    show.add_argument("client_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the JSON exchange format")
    show.set_defaults(handler=run_show)


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.exchange.client_json import parse_clients

    records = parse_clients(read_json_input(args.source))
    print_json(context.services().clients.add_many(records))
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
