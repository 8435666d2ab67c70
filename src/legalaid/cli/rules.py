"""``legalaid rules ...``: the rules engine on a JSON scenario, and the rules packs.

``evaluate FILE|-`` and ``check [FILE]`` read no database (``check FILE`` compares the file with
the active pack too when a database exists). ``list``, ``diff``, ``impact``, ``install``,
``activate`` and ``rollback`` work on the packs installed in the database; installing,
activating and rolling back are a supervisor's, and audited.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from legalaid.cli.output import print_json

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext
    from legalaid.services.rule_packs import RuleChange


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("rules", help="evaluate a scenario, check a rules file, "
                                                 "manage rules packs")
    commands = parser.add_subparsers(title="rules commands", metavar="ACTION", required=True)
    evaluate = commands.add_parser(
        "evaluate", help="print the assessment of a JSON scenario (see SCENARIOS format)")
    evaluate.add_argument("file", metavar="FILE|-", help="scenario JSON file, or - for stdin")
    evaluate.set_defaults(handler=run_evaluate)
    check = commands.add_parser(
        "check", help="validate a rules file (default: the one in use); with a database, also "
                      "whether it may replace the active pack")
    check.add_argument("file", metavar="FILE", nargs="?", type=Path, default=None)
    check.set_defaults(handler=run_check)
    listing = commands.add_parser("list", help="the installed rules packs")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)
    diff = commands.add_parser(
        "diff", help="rules a new pack adds, removes or changes, with both citations")
    diff.add_argument("file", metavar="NEW.toml", type=Path)
    diff.add_argument("--lang", default="en", help="kk, ru or en (default en)")
    diff.add_argument("--json", action="store_true", help="print JSON")
    diff.set_defaults(handler=run_diff)
    impact = commands.add_parser(
        "impact", help="every client whose status, last lawful day, deadlines or findings a "
                       "new pack changes")
    impact.add_argument("file", metavar="NEW.toml", type=Path)
    impact.add_argument("--as-of", metavar="DATE", help="day to evaluate (default today)")
    impact.add_argument("--json", action="store_true", help="print JSON")
    impact.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path,
                        help="also write the changed clients to an XLSX file")
    impact.set_defaults(handler=run_impact)
    install = commands.add_parser("install", help="install a validated pack (not active yet)")
    install.add_argument("file", metavar="FILE", type=Path)
    install.set_defaults(handler=run_install)
    activate = commands.add_parser(
        "activate", help="make an installed pack active and refresh every status (supervisor)")
    activate.add_argument("pack_id", metavar="PACK_ID")
    activate.add_argument("--as-of", metavar="DATE", help="day to refresh for (default today)")
    activate.set_defaults(handler=run_activate)
    rollback = commands.add_parser(
        "rollback", help="return to the pack the active one replaced (supervisor)")
    rollback.add_argument("--as-of", metavar="DATE", help="day to refresh for (default today)")
    rollback.set_defaults(handler=run_rollback)


def run_evaluate(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import read_json_input
    from legalaid.rules import evaluate, load_rulebook, parse_scenario

    rulebook = load_rulebook(context.rules_path)
    facts, as_of = parse_scenario(read_json_input(args.file))
    assessment = evaluate(facts, as_of, rulebook,
                          at_risk_days=context.settings.at_risk_threshold_days)
    print_json(assessment.to_json())
    return 0


def _has_database(context: CommandContext) -> bool:
    """Whether a database is named or already exists (``check`` never creates one)."""
    return bool(context.database or context.settings.database) \
        or context.paths.default_database.exists()


def run_check(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.errors import ValidationError
    from legalaid.rules import load_rulebook

    path = args.file if args.file is not None else context.rules_path
    rulebook = load_rulebook(path)
    print(f"{len(rulebook.rules)} rules OK, {len(rulebook.conventions)} counting conventions OK")
    if path is None or args.file is None or rulebook.pack is None \
            or not _has_database(context):
        return 0
    from legalaid.services.rule_packs import read_pack_file

    checked = context.services().rule_packs.check(read_pack_file(path), path.name)
    if checked.refused is not None:
        raise ValidationError("FILE", checked.refused)
    print(f"pack {rulebook.pack.label} may replace the active pack")
    return 0


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    rows = context.services().rule_packs.list()
    items = [{"pack_id": r.pack_id, "version": r.version, "published": r.published.isoformat(),
              "prepared_by": r.prepared_by, "active": r.active,
              "installed_at": r.installed_at.isoformat(timespec="seconds"),
              "installed_by": r.installed_by,
              "activated_at": None if r.activated_at is None
              else r.activated_at.isoformat(timespec="seconds"),
              "activated_by": r.activated_by} for r in rows]
    if args.json:
        print_json(items)
        return 0
    for item in items:
        mark = "*" if item["active"] else " "
        print(f"{mark} {item['pack_id']}  version {item['version']}  published "
              f"{item['published']}  by {item['prepared_by']}")
    return 0


def _language(value: str) -> str:
    from legalaid.errors import ValidationError

    if value not in ("kk", "ru", "en"):
        raise ValidationError("--lang", f'"{value}" is not kk, ru or en')
    return value


def diff_json(changes: tuple[RuleChange, ...], language: str) -> list[dict[str, Any]]:
    return [{"rule": c.rule, "kind": c.kind, "title": c.title(language),
             "changes": [{"name": p.name, "old": p.old, "new": p.new} for p in c.changes],
             "old_citation": c.old_citation, "new_citation": c.new_citation}
            for c in changes]


# The words of the diff around the rule's own title and citation, in kk, ru and en.
DIFF_WORDS = {
    "en": {"added": "added", "removed": "removed", "changed": "changed",
           "none": "no rule is added, removed or changed", "citation": "citation",
           "was": "citation was", "now": "citation now"},
    "ru": {"added": "добавлено", "removed": "удалено", "changed": "изменено",
           "none": "ни одно правило не добавлено, не удалено и не изменено",
           "citation": "источник", "was": "источник был", "now": "источник теперь"},
    "kk": {"added": "қосылды", "removed": "алынып тасталды", "changed": "өзгертілді",
           "none": "бірде-бір ереже қосылмады, алынбады және өзгертілмеді",
           "citation": "дереккөз", "was": "бұрынғы дереккөз", "now": "қазіргі дереккөз"},
}


def run_diff(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.rule_packs import read_pack_file

    language = _language(args.lang)
    changes = context.services().rule_packs.diff(read_pack_file(args.file), args.file.name)
    if args.json:
        print_json(diff_json(changes, language))
        return 0
    words = DIFF_WORDS[language]
    if not changes:
        print(words["none"])
    for change in changes:
        print(f"{change.rule} ({words[change.kind]}): {change.title(language)}")
        for item in change.changes:
            if item.name != "citation":
                print(f"  {item.name}: {item.old if item.old is not None else '-'} -> "
                      f"{item.new if item.new is not None else '-'}")
        if change.old_citation != change.new_citation or change.kind != "changed":
            print(f"  {words['was']}: {change.old_citation or '-'}")
            print(f"  {words['now']}: {change.new_citation or '-'}")
        else:
            print(f"  {words['citation']}: {change.new_citation}")
    return 0


def _day(value: str | None) -> dt.date | None:
    from legalaid.domain.parsing import parse_typed_date

    return None if value is None else parse_typed_date(value, "--as-of")


def run_impact(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.rule_packs import read_pack_file

    as_of = _day(args.as_of)
    impact = context.services().rule_packs.impact(read_pack_file(args.file), args.file.name,
                                                  as_of)
    if args.output is not None:
        from legalaid.services.rule_packs import IMPACT_HEADER, write_impact

        write_impact(args.output, IMPACT_HEADER, impact)
    if args.json:
        print_json(impact.to_json())
        return 0
    totals = impact.totals
    print(f"{impact.new} against {impact.active} on {impact.as_of:%d.%m.%Y}: "
          f"{totals['clients']} of {impact.evaluated} clients change")
    for count in impact.by_rule:
        kinds = ", ".join(f"{kind.replace('_', ' ')} {n}" for kind, n in count.by_kind.items()
                          if n)
        print(f"  {count.rule}: {count.clients} clients ({kinds})")
    for change in impact.changes:
        moved = change.moved_days
        print(f"  client {change.client_id}: {change.status_from} -> {change.status_to}"
              + ("" if not moved else f", last lawful day moved by {moved:+d} days"))
    return 0


def run_install(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.services.rule_packs import read_pack_file

    row = context.services().rule_packs.install(read_pack_file(args.file), args.file.name)
    print(f"installed {row.label}; activate it with: legalaid rules activate {row.pack_id}")
    return 0


def run_activate(args: argparse.Namespace, context: CommandContext) -> int:
    done = context.services().rule_packs.activate(args.pack_id, _day(args.as_of))
    print(f"{done.pack} replaced {done.replaced}: {done.changed_clients} clients changed")
    return 0


def run_rollback(args: argparse.Namespace, context: CommandContext) -> int:
    done = context.services().rule_packs.rollback(_day(args.as_of))
    print(f"rolled back to {done.pack} (from {done.replaced}): {done.changed_clients} clients "
          "changed")
    return 0
