"""``legalaid letter`` on a real (temporary) database, run as a user runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

CLIENT = {
    "names": [
        {"family": "Жұмабекова", "given": "Әйгерім", "script": "cyrl"},
        {"family": "Zhumabekova", "given": "Aigerim", "script": "latn", "source": "passport"},
    ],
    "sex": "F",
    "date_of_birth": "1991-03-07",
    "citizenship": "UZ",
    "category": "visitor",
    "documents": [{"type": "passport", "number": "FA7654321", "valid_from": "2021-05-04",
                   "valid_until": "2031-05-03"}],
    "trips": [{"entry": "2026-09-01", "exit": None}],
}


def legalaid(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legalaid", "--base-dir", str(base), *args],
        capture_output=True, text=True, encoding="utf-8", cwd=base, check=False,
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("letters")
    source = directory / "client.json"
    source.write_text(json.dumps(CLIENT, ensure_ascii=False), encoding="utf-8")
    result = legalaid(directory, "clients", "add", str(source))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [1]
    return directory


def test_letter_is_written_with_the_merged_values(base: Path) -> None:
    output = base / "letter.pdf"
    result = legalaid(base, "letter", "embassy_documents", "--client", "1", "--lang", "kk",
                      "--field", "embassy=Өзбекстан Республикасының Елшілігі",
                      "--field", "document=passport", "--number", "LA-2026/0007",
                      "--organisation", "«Құқық» қоры", "--lawyer", "С. Қалиева",
                      "-o", str(output))
    assert result.returncode == 0, result.stderr
    text = pypdf.PdfReader(io.BytesIO(output.read_bytes())).pages[0].extract_text()
    assert "LA-2026/0007" in text
    assert "Zhumabekova Aigerim" in " ".join(text.split())  # the embassy gets the Latin name
    assert "Өзбекстан Республикасының Елшілігі" in text


def test_missing_required_field_is_exit_2_naming_it(base: Path) -> None:
    output = base / "missing.pdf"
    result = legalaid(base, "letter", "embassy_documents", "--client", "1", "--lang", "en",
                      "--field", "document=passport", "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "legalaid: embassy: required field has no value (give --field embassy=VALUE)"
    ]
    assert not output.exists()


def test_bad_field_value_is_exit_2_naming_the_field(base: Path) -> None:
    result = legalaid(base, "letter", "employer_wages", "--client", "1", "--lang", "ru",
                      "--field", "worked_from=2026-13-01", "-o", str(base / "x.pdf"))
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("legalaid: worked_from:")


def test_letters_are_registered_with_consecutive_numbers_unless_a_draft(base: Path) -> None:
    import datetime as dt

    year = dt.date.today().year
    texts = []
    for name, extra in (("r1.pdf", ()), ("draft.pdf", ("--no-register",)), ("r2.pdf", ())):
        result = legalaid(base, "letter", "embassy_documents", "--client", "1", "--lang", "ru",
                          "--field", "embassy=Посольство Республики Узбекистан",
                          "--field", "document=passport", *extra, "-o", str(base / name))
        assert result.returncode == 0, result.stderr
        texts.append(pypdf.PdfReader(base / name).pages[0].extract_text())
    assert f"LA-{year}/0001" in texts[0]
    assert f"LA-{year}/____" in texts[1]
    assert f"LA-{year}/0002" in texts[2]
