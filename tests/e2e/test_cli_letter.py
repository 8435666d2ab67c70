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
    consent = legalaid(directory, "consent", "record", "--client", "1", "--purpose", "legal_aid")
    assert consent.returncode == 0, consent.stderr
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


def test_a_letter_without_the_clients_consent_is_exit_2_naming_consent(base: Path) -> None:
    source = base / "second.json"
    source.write_text(json.dumps(CLIENT, ensure_ascii=False), encoding="utf-8")
    added = legalaid(base, "clients", "add", str(source))
    client_id = json.loads(added.stdout)[0]
    output = base / "no-consent.pdf"
    result = legalaid(base, "letter", "embassy_documents", "--client", str(client_id),
                      "--lang", "en", "--field", "embassy=Embassy", "--field",
                      "document=passport", "-o", str(output))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"legalaid: consent: client {client_id} has not consented "
                                    "to legal aid")
    assert not output.exists()


def test_a_referral_needs_referral_consent_or_an_audited_override(base: Path) -> None:
    output = base / "referral.pdf"
    args = ("letter", "referral_medical", "--client", "1", "--lang", "ru",
            "--field", "facility=Городская поликлиника № 5", "--field", "care=primary",
            "--field", "complaint=кашель", "--field", "consent=yes", "--no-register",
            "-o", str(output))
    refused = legalaid(base, *args)  # consent to legal aid is not consent to a referral
    assert refused.returncode == 2
    assert "consent: client 1 has not consented to referral" in refused.stderr
    assert not output.exists()
    # The test user is the administrator, who may override with a reason.
    overridden = legalaid(base, *args, "--override-reason", "urgent care, client unreachable")
    assert overridden.returncode == 0, overridden.stderr
    assert output.exists()
    audit = legalaid(base, "audit", "list", "--client", "1", "--json")
    entries = json.loads(audit.stdout)
    overrides = [entry for entry in entries if entry["action"] == "consent_override"]
    assert len(overrides) == 1
    assert "urgent care, client unreachable" in json.dumps(overrides[0], ensure_ascii=False)
    # Once the client consents to referral, no override is needed.
    recorded = legalaid(base, "consent", "record", "--client", "1", "--purpose", "referral")
    assert recorded.returncode == 0, recorded.stderr
    assert legalaid(base, *args).returncode == 0
