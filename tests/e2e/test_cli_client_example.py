"""``docs/client-example.json``, the example of ``docs/clients-json.md``, is accepted by
``legalaid clients add`` as it stands and comes back from ``clients show`` as written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pypdf
from tests import cli_runner

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = DOCS / "client-example.json"


def legalaid(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], cwd=base)


def test_the_documented_example_is_added_and_shown_back(tmp_path: Path) -> None:
    added = legalaid(tmp_path, "clients", "add", str(EXAMPLE))
    assert added.returncode == 0, added.stderr
    [client_id] = json.loads(added.stdout)
    shown = legalaid(tmp_path, "clients", "show", str(client_id), "--json")
    assert shown.returncode == 0, shown.stderr
    client = json.loads(shown.stdout)
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert client["names"] == example["names"]
    assert client["sex"] == "M" and client["citizenship"] == "UZ"
    assert [trip["entry"] for trip in client["trips"]] == ["2025-03-01", "2026-02-20"]
    assert client["cases"][0]["tasks"][0]["title"] == "Претензия работодателю"


def test_a_letter_for_the_example_client_prints_the_passport_spelling(tmp_path: Path) -> None:
    added = legalaid(tmp_path, "clients", "add", str(EXAMPLE))
    [client_id] = json.loads(added.stdout)
    consent = legalaid(tmp_path, "consent", "record", "--client", str(client_id),
                       "--purpose", "legal_aid")
    assert consent.returncode == 0, consent.stderr
    output = tmp_path / "host.pdf"
    result = legalaid(tmp_path, "letter", "embassy_documents", "--client", str(client_id),
                      "--lang", "en", "--field", "embassy=Embassy of Uzbekistan",
                      "--field", "document=passport", "--no-register", "-o", str(output))
    assert result.returncode == 0, result.stderr
    text = " ".join(pypdf.PdfReader(output).pages[0].extract_text().split())
    assert "G'afurov O'tkir" in text  # the passport's Latin spelling, apostrophes as typed


def test_every_field_of_the_example_is_documented() -> None:
    doc = (DOCS / "clients-json.md").read_text(encoding="utf-8")
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    keys = set(example) | {key for name in example["names"] for key in name}
    keys |= {key for item in example["documents"] + example["trips"] for key in item}
    keys |= {key for case in example["cases"] for key in case}
    assert sorted(key for key in keys if f"`{key}`" not in doc) == []
