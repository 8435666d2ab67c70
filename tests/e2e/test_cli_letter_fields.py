"""``legalaid letter`` names every required field left out at once, in the one-line form
``NAME: problem`` that scripts read (the first field first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import prepare_base
from tests.e2e.test_cli_letter import _client_who_consents, legalaid

# The fields are checked before the letter takes a number: the same on every engine.
pytestmark = pytest.mark.engine_agnostic

@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, initialised_data: Path) -> Path:
    return _client_who_consents(prepare_base(initialised_data,
                                             tmp_path_factory.mktemp("letter-fields")))


def test_every_missing_field_is_named_in_one_line(base: Path) -> None:
    output = base / "wages.pdf"
    result = legalaid(base, "letter", "employer_wages", "--client", "1", "--lang", "ru",
                      "--field", "worked_from=2026-03-01", "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "legalaid: employer: required field has no value; also missing: amount, reply_days "
        "(give --field employer=VALUE --field amount=VALUE --field reply_days=VALUE)"
    ]
    assert not output.exists()


def wages_draft(base: Path, employer: str, output: Path) -> str:
    """The wages letter with every required field given; its exit status and stderr."""
    result = legalaid(base, "letter", "employer_wages", "--client", "1", "--lang", "ru",
                      "--field", "worked_from=2026-03-01", "--field", f"employer={employer}",
                      "--field", "amount=450000", "--field", "reply_days=10", "--no-register",
                      "-o", str(output))
    return f"{result.returncode} {result.stderr}"


def test_giving_the_named_fields_produces_the_letter(base: Path) -> None:
    output = base / "wages.pdf"
    assert wages_draft(base, 'ТОО "Ромашка"', output) == "0 "
    assert output.read_bytes().startswith(b"%PDF")


def test_a_character_the_font_lacks_is_exit_2_naming_the_field(base: Path) -> None:
    output = base / "glyph.pdf"
    status, _, stderr = wages_draft(base, "王氏公司", output).partition(" ")
    assert status == "2"
    lines = stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith('legalaid: employer: the letter font cannot print "王" (U+738B)')
    assert not output.exists()
