"""The README's table of environment variables names every one the program reads."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_variable_the_code_reads_is_in_the_readme() -> None:
    # Every variable is named by a string constant ("LEGALAID_USER"), read through os.environ.
    literal = re.compile(r"\"(LEGALAID_[A-Z_]+)\"")
    read = {name for path in (ROOT / "src" / "legalaid").rglob("*.py")
            for name in literal.findall(path.read_text(encoding="utf-8"))}
    assert {"LEGALAID_USER", "LEGALAID_PASSWORD", "LEGALAID_PASSPHRASE"} <= read
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Environment variables", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `(LEGALAID_[A-Z_]+)` \|", section, re.MULTILINE))
    assert sorted(read - listed) == []
