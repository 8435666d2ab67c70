"""A rule given again from a later date: deadlines move only from that date on, and a pack's
metadata, change log and rule diff read as a lawyer expects."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from legalaid.domain.enums import Status
from legalaid.domain.records import TripRecord
from legalaid.errors import RuleDataError
from legalaid.paths import resource
from legalaid.rules import Facts, evaluate, load_rulebook
from legalaid.rules.packs import refusal, rule_diff
from legalaid.rules.rulebook import load_rulebook_text

TODAY = dt.date(2026, 3, 1)
CHANGE = dt.date(2026, 4, 1)  # STAY-02 drops to 60 days in any 180 from this day


def shipped_text() -> str:
    return resource("rules", "kz.toml").read_text(encoding="utf-8")


def with_stay_02(text: str, block: str) -> str:
    """The rules text with STAY-02's params line replaced by ``block``."""
    line = "params = { window_days = 180, window_limit = 90 }"
    start = text.index('id = "STAY-02"')
    at = text.index(line, start)
    return text[:at] + block + text[at + len(line):]


def later_limit_text(limit: int = 60) -> str:
    stay_02 = text_of_rule(shipped_text(), "STAY-02")
    second = stay_02.replace("effective_from = 2023-01-27", f"effective_from = {CHANGE}") \
        .replace("window_limit = 90", f"window_limit = {limit}")
    first = stay_02.replace("effective_from = 2023-01-27",
                            f"effective_from = 2023-01-27\neffective_until = "
                            f"{CHANGE - dt.timedelta(days=1)}")
    return shipped_text().replace(stay_02, first + "\n[[rules]]\n" + second)


def text_of_rule(text: str, rule_id: str) -> str:
    match = re.search(r'id = "' + rule_id + r'"\n(.*?)\n\n', text, re.S)
    assert match is not None
    return match.group(0).rstrip("\n")


def russian_visitor(entered: dt.date) -> Facts:
    return Facts.from_records("RU", None, [], [TripRecord(entry=entered)], [])


def test_a_later_limit_moves_only_the_days_after_it_starts() -> None:
    book = load_rulebook_text(later_limit_text(), "kz-later.toml")
    shipped = load_rulebook()
    assert book.changes == (CHANGE,)
    # Entered 80 days ago: the 90 days end before the new limit starts: nothing moves.
    early = russian_visitor(TODAY - dt.timedelta(days=79))
    before = evaluate(early, TODAY, shipped)
    after = evaluate(early, TODAY, book)
    assert after.last_lawful_day == before.last_lawful_day == TODAY + dt.timedelta(days=10)
    assert after.deadlines == before.deadlines
    # Entered 10 days ago: 90 days would run into the new period, where only 60 count.
    late = russian_visitor(TODAY - dt.timedelta(days=9))
    assert evaluate(late, TODAY, shipped).last_lawful_day == TODAY + dt.timedelta(days=80)
    moved = evaluate(late, TODAY, book)
    assert moved.last_lawful_day == TODAY + dt.timedelta(days=50)
    assert moved.stay_deadline is not None and moved.stay_deadline.due == moved.last_lawful_day
    assert moved.status == Status.LAWFUL and moved.days_remaining == 50


def test_a_shortened_limit_ends_the_stay_the_day_before_it_starts() -> None:
    book = load_rulebook_text(later_limit_text(30), "kz-later.toml")
    # 40 days in by the change under a 30-day limit: the old rule carried the stay to its eve.
    late = russian_visitor(TODAY - dt.timedelta(days=9))
    assert evaluate(late, TODAY, book).last_lawful_day == CHANGE - dt.timedelta(days=1)


def test_on_and_after_the_start_the_later_version_applies_throughout() -> None:
    book = load_rulebook_text(later_limit_text(), "kz-later.toml")
    day = CHANGE + dt.timedelta(days=5)
    facts = russian_visitor(day - dt.timedelta(days=9))
    assert evaluate(facts, day, book).last_lawful_day == day + dt.timedelta(days=50)


def test_overlapping_versions_are_refused() -> None:
    stay_02 = text_of_rule(shipped_text(), "STAY-02")
    text = shipped_text().replace(stay_02, stay_02 + "\n\n[[rules]]\n" + stay_02)
    with pytest.raises(RuleDataError, match="STAY-02: appears twice with overlapping dates"):
        load_rulebook_text(text, "twice.toml")


def newer(text: str, version: int = 2, logged: tuple[str, ...] = ()) -> str:
    text = text.replace('id = "kz-2026.1"\nversion = 1', f'id = "kz-2026.{version}"\n'
                                                        f"version = {version}")
    if logged:
        names = ", ".join(f'"{name}"' for name in logged)
        text += (f"\n[[pack.changes]]\nversion = {version}\nrules = [{names}]\n"
                 'en = "Limit lowered."\nru = "Лимит снижен."\nkk = "Шек азайтылды."\n')
    return text


def test_a_pack_is_refused_when_older_or_when_a_change_is_not_logged() -> None:
    active = load_rulebook()
    same = load_rulebook_text(shipped_text(), "same.toml")
    assert refusal(same, active) == ("pack kz-2026.1 is version 1, not newer than the active "
                                     "pack kz-2026.1 (version 1)")
    lowered = with_stay_02(shipped_text(), "params = { window_days = 180, window_limit = 60 }")
    unlogged = load_rulebook_text(newer(lowered), "unlogged.toml")
    assert refusal(unlogged, active) == ("rule STAY-02 is changed but the change log of "
                                         "version 2 has no entry for it")
    logged = load_rulebook_text(newer(lowered, logged=("STAY-02",)), "logged.toml")
    assert refusal(logged, active) is None


def test_the_rule_diff_names_the_parameter_with_both_citations() -> None:
    lowered = with_stay_02(shipped_text(), "params = { window_days = 180, window_limit = 60 }")
    diff = rule_diff(load_rulebook(), load_rulebook_text(newer(lowered), "d.toml"))
    assert [(c.rule, c.kind) for c in diff] == [("STAY-02", "changed")]
    assert [(p.name, p.old, p.new) for p in diff[0].changes] == [("window_limit", "90", "60")]
    assert diff[0].old_citation == diff[0].new_citation
    assert diff[0].old_citation and "Delovarova" in diff[0].old_citation


def test_a_later_version_keeps_every_deadline_of_two_papers_alike() -> None:
    from legalaid.domain.enums import DocumentType
    from legalaid.domain.records import DocumentRecord

    passports = [DocumentRecord(DocumentType.PASSPORT, "N1", valid_until=dt.date(2030, 5, 1)),
                 DocumentRecord(DocumentType.PASSPORT, "N2", valid_until=dt.date(2031, 5, 1))]
    facts = Facts.from_records("UZ", None, passports,
                               [TripRecord(entry=TODAY - dt.timedelta(days=3))], [])
    shipped = evaluate(facts, TODAY, load_rulebook())
    dated = evaluate(facts, TODAY, load_rulebook_text(later_limit_text(), "kz-later.toml"))
    # The change touches no Uzbek citizen: the two passports' expiry dates both stay.
    assert dated.deadlines == shipped.deadlines
    assert {d.due for d in dated.deadlines} >= {dt.date(2030, 5, 1), dt.date(2031, 5, 1)}
