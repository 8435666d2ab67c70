"""``legalaid rules evaluate FILE|-`` and ``legalaid rules check [FILE]``: the rules engine on
a JSON scenario, and validation of a rules file, without opening any database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("rules", help="evaluate a scenario or check a rules file")
    commands = parser.add_subparsers(title="rules commands", metavar="ACTION", required=True)
    evaluate = commands.add_parser(
        "evaluate", help="print the assessment of a JSON scenario (see SCENARIOS format)")
    evaluate.add_argument("file", metavar="FILE|-", help="scenario JSON file, or - for stdin")
    evaluate.set_defaults(handler=run_evaluate)
    check = commands.add_parser("check", help="validate a rules file (default: the one in use)")
    check.add_argument("file", metavar="FILE", nargs="?", type=Path, default=None)
    check.set_defaults(handler=run_check)


def run_evaluate(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json, read_json_input
    from legalaid.rules import evaluate, load_rulebook, parse_scenario

    rulebook = load_rulebook(context.rules_path)
    facts, as_of = parse_scenario(read_json_input(args.file))
    assessment = evaluate(facts, as_of, rulebook,
                          at_risk_days=context.settings.at_risk_threshold_days)
    print_json(assessment.to_json())
    return 0


def run_check(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.rules import load_rulebook

    path = args.file if args.file is not None else context.rules_path
    rulebook = load_rulebook(path)
    print(f"{len(rulebook.rules)} rules OK, {len(rulebook.conventions)} counting conventions OK")
    return 0
