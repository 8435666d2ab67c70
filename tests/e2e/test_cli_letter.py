"""``legalaid letter`` on a real (temporary) database, run as a user runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from tests import cli_runner
from tests.e2e.conftest import engine_base
from tests.logo_images import png

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
    return cli_runner.run(["--base-dir", str(base), *args], cwd=base)


def _client_who_consents(directory: Path) -> Path:
    """``directory`` with client 1, who consents to letters on their behalf."""
    source = directory / "client.json"
    source.write_text(json.dumps(CLIENT, ensure_ascii=False), encoding="utf-8")
    result = legalaid(directory, "clients", "add", str(source))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [1]
    consent = legalaid(directory, "consent", "record", "--client", "1", "--purpose", "legal_aid")
    assert consent.returncode == 0, consent.stderr
    return directory


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    directory = engine_base(request, tmp_path_factory.mktemp("letters"), database_kind)
    return _client_who_consents(directory)


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
    source = base / "second.json"  # another person (another passport), no consent recorded
    second = {**CLIENT, "documents": [{**document, "number": "FA7654322"}
                                      for document in CLIENT["documents"]]}
    source.write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")
    added = legalaid(base, "clients", "add", str(source))
    assert added.returncode == 0, added.stderr
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


EMBASSY = ("letter", "embassy_documents", "--client", "1", "--lang", "en",
           "--field", "embassy=Embassy of Uzbekistan", "--field", "document=passport")


def _letter_prints(base: Path) -> list[tuple[int | None, int | None, str]]:
    """The audit trail's letter prints, oldest first: letter id, client id, detail."""
    listed = legalaid(base, "audit", "list", "--action", "print", "--json")
    assert listed.returncode == 0, listed.stderr
    return [(entry["record_id"], entry["client_id"], entry["detail"])
            for entry in reversed(json.loads(listed.stdout)) if entry["table"] == "letter"]


def test_an_output_that_cannot_be_written_registers_nothing_and_uses_no_number(
        tmp_path: Path) -> None:
    import datetime as dt
    import os
    import stat

    base = _client_who_consents(tmp_path)
    pipe, device = tmp_path / "pipe.pdf", tmp_path / "full.pdf"
    os.mkfifo(pipe)
    targets = {Path("/nonexistent/x.pdf"): "there is no folder /nonexistent",
               pipe: f"{pipe} is a pipe, not a regular file"}
    try:  # as root, -o /dev/full replaced the device: a node made here stands in for it
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        targets[device] = f"{device} is a device, not a regular file"
    except PermissionError:
        pass
    for target, problem in targets.items():
        refused = legalaid(base, *EMBASSY, "-o", str(target))
        assert refused.returncode == 2
        assert refused.stderr.splitlines() == [f"legalaid: -o: {problem}"]
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert not device.exists() or stat.S_ISCHR(device.lstat().st_mode)
    assert _letter_prints(base) == []
    written = legalaid(base, *EMBASSY, "-o", str(tmp_path / "first.pdf"))
    assert written.returncode == 0, written.stderr
    text = pypdf.PdfReader(tmp_path / "first.pdf").pages[0].extract_text()
    assert f"LA-{dt.date.today().year}/0001" in text  # the refused ones took no number
    assert _letter_prints(base) == [(1, 1, "letters.save")]


def test_every_letter_written_is_in_the_audit_trail(tmp_path: Path) -> None:
    base = _client_who_consents(tmp_path)
    runs = [((), (1, 1, "letters.save")),
            (("--no-register",), (None, 1, "letters.preview embassy_documents (draft)")),
            (("--number", "LA-2026/0042"),
             (None, 1, "letters.preview embassy_documents (number by hand)"))]
    for extra, entry in runs:
        done = legalaid(base, *EMBASSY, *extra, "-o", str(tmp_path / "letter.pdf"))
        assert done.returncode == 0, done.stderr
        assert _letter_prints(base)[-1] == entry


def _peak_kilobytes(base: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], int]:
    """The command's result and the most memory it held (its own process only)."""
    measure = ("import json, resource, subprocess, sys\n"
               "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "print(json.dumps([done.returncode, done.stderr,"
               " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")
    wrapper = subprocess.run(
        [sys.executable, "-c", measure, sys.executable, "-m", "legalaid", "--base-dir",
         str(base), *args], capture_output=True, text=True, check=True, cwd=base)
    code, stderr, peak = json.loads(wrapper.stdout)
    return subprocess.CompletedProcess(args, code, "", stderr), int(peak)


def test_a_bad_logo_is_one_line_naming_it_before_anything_is_decoded(tmp_path: Path) -> None:
    base = _client_who_consents(tmp_path)
    text, huge, large = tmp_path / "text.png", tmp_path / "huge.png", tmp_path / "large.png"
    text.write_text("not an image\n", encoding="utf-8")
    huge.write_bytes(png(20_000, 20_000))  # a 400-megapixel header: a traceback before
    large.write_bytes(png(9000, 9000, pixels=True))  # 81 megapixels: 876 MB before
    for logo in (text, huge):
        refused = legalaid(base, *EMBASSY, "--logo", str(logo), "-o", str(tmp_path / "x.pdf"))
        assert refused.returncode == 2
        assert len(refused.stderr.splitlines()) == 1
        assert refused.stderr.startswith("legalaid: logo: ")
    refused, peak = _peak_kilobytes(base, *EMBASSY, "--logo", str(large),
                                    "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "legalaid: logo: 9000 x 9000 pixels is too large (at most 16 megapixels; "
        "a logo prints 18 mm wide)"]
    assert peak < 300_000  # kB; the 81-megapixel logo was decoded whole before
    assert not (tmp_path / "x.pdf").exists()
    assert _letter_prints(base) == []
