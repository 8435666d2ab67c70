"""Rules packs written as a lawyer would edit the shipped file: a copy under a new id, a lowered
day-count limit, a limit lowered from a later date, another rule changed, the citizenship table
changed. Each new pack carries a change-log entry for what it changes."""

from __future__ import annotations

import datetime as dt
import re

from legalaid.paths import resource

SHIPPED_HEADER = 'id = "kz-2026.1"\nversion = 1'
STAY_02_LIMIT = "params = { window_days = 180, window_limit = 90 }"
REG_01_DAYS = "params = { working_days = 3 }"


def shipped() -> str:
    return resource("rules", "kz.toml").read_text(encoding="utf-8")


def _logged(text: str, rule: str) -> str:
    return text.replace(SHIPPED_HEADER, 'id = "kz-test"\nversion = 2') + (
        f'\n[[pack.changes]]\nversion = 2\nrules = ["{rule}"]\nen = "{rule} changed."\n'
        f'ru = "{rule} изменено."\nkk = "{rule} өзгертілді."\n')


def _rule_block(text: str, rule_id: str) -> str:
    match = re.search(r'id = "' + rule_id + r'"\n(.*?)\n\n', text, re.S)
    assert match is not None, rule_id
    return match.group(0).rstrip("\n")


def same_copy() -> str:
    """The shipped rules under a new pack id and version, nothing else changed."""
    return shipped().replace(SHIPPED_HEADER, 'id = "kz-test"\nversion = 2')


def stay_02_lowered(limit: int = 60) -> str:
    """EAEU citizens (STAY-02): the limit lowered from 90 to ``limit`` days in any 180."""
    block = _rule_block(shipped(), "STAY-02")
    assert STAY_02_LIMIT in block
    return _logged(shipped().replace(block, block.replace(
        STAY_02_LIMIT, STAY_02_LIMIT.replace("= 90", f"= {limit}"))), "STAY-02")


def stay_02_retitled() -> str:
    """Only STAY-02's Kazakh title reworded."""
    block = _rule_block(shipped(), "STAY-02")
    reworded = re.sub(r'title_kk = "[^"]*"', 'title_kk = "ЕАЭО азаматтары: 180 күннің 90 күні"',
                      block)
    return _logged(shipped().replace(block, reworded), "STAY-02")


def stay_02_lowered_from(change: dt.date, limit: int = 60) -> str:
    """STAY-02 given again from ``change`` with a lower limit (the old one until the day
    before)."""
    text = shipped()
    block = _rule_block(text, "STAY-02")
    first = block.replace("effective_from = 2023-01-27",
                          f"effective_from = 2023-01-27\neffective_until = "
                          f"{change - dt.timedelta(days=1)}")
    second = block.replace("effective_from = 2023-01-27", f"effective_from = {change}") \
        .replace("window_limit = 90", f"window_limit = {limit}")
    return _logged(text.replace(block, first + "\n[[rules]]\n" + second), "STAY-02")


def reg_01_longer(days: int = 5) -> str:
    """The host's notification term (REG-01) from 3 to ``days`` working days."""
    text = shipped()
    assert REG_01_DAYS in text
    return _logged(text.replace(REG_01_DAYS, REG_01_DAYS.replace("= 3", f"= {days}")), "REG-01")


def stay_02_with_documents() -> str:
    """STAY-02 also naming a document (a document that would allow the stay under it)."""
    block = _rule_block(shipped(), "STAY-02")
    return _logged(shipped().replace(block, block.replace(
        'confidence = "S"', 'confidence = "S"\ndocuments = ["visa"]')), "STAY-02")


def armenia_moved() -> str:
    """Armenian citizens counted under STAY-04 instead of STAY-02."""
    text = shipped()
    table = text[text.index("[citizenship]"):]
    line = next(row for row in table.splitlines() if row.startswith('"STAY-02"')
                or row.startswith("STAY-02"))
    moved = line.replace('"AM", ', "").replace(', "AM"', "")
    assert moved != line, line
    text = text.replace(line, moved)
    table = text[text.index("[citizenship]"):]
    line = next(row for row in table.splitlines() if row.startswith('"STAY-04"')
                or row.startswith("STAY-04"))
    return _logged(text.replace(line, line.replace("[", '["AM", ', 1)), "STAY-04")
