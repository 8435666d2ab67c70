"""``legalaid attach``, ``attachments`` and ``attachments get``: a scan kept with a client's
passport comes back byte for byte, a phone's HEIC photo as HEIC; bad input is exit status 2
naming the argument, with nothing stored."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests import cli_runner
from tests.heic_images import FAKE_HEIC, heic_photo

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCAN = b"%PDF-1.4\n% a synthetic passport scan\n%%EOF\n"


def legalaid(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], cwd=base)


def added_client(base: Path) -> tuple[int, int, int]:
    """The documented example client: its id, its passport's id and its case's id."""
    added = legalaid(base, "clients", "add", str(DOCS / "client-example.json"))
    assert added.returncode == 0, added.stderr
    [client_id] = json.loads(added.stdout)
    shown = json.loads(legalaid(base, "clients", "show", str(client_id), "--json").stdout)
    return client_id, shown["documents"][0]["id"], shown["cases"][0]["id"]


def test_a_scan_on_a_passport_and_a_ruling_on_a_case_are_listed_and_copied_back(
        tmp_path: Path) -> None:
    client_id, document_id, case_id = added_client(tmp_path)
    scan = tmp_path / "passport.pdf"
    scan.write_bytes(SCAN)
    attached = legalaid(tmp_path, "attach", str(client_id), str(scan), "--document",
                        str(document_id), "--title", "Паспорт, с. 1")
    assert attached.returncode == 0, attached.stderr
    answer = json.loads(attached.stdout)
    assert (answer["document_id"], answer["title"], answer["size_bytes"]) == (
        document_id, "Паспорт, с. 1", len(SCAN))
    ruling = legalaid(tmp_path, "attach", str(client_id), str(scan), "--case", str(case_id))
    assert ruling.returncode == 0, ruling.stderr
    listed = json.loads(legalaid(tmp_path, "attachments", str(client_id), "--json").stdout)
    assert [(row["id"], row["document_id"], row["case_id"]) for row in listed] == [
        (answer["id"], document_id, None), (json.loads(ruling.stdout)["id"], None, case_id)]
    for row in listed:
        copy = tmp_path / f"copy-{row['id']}.pdf"
        got = legalaid(tmp_path, "attachments", "get", str(row["id"]), "-o", str(copy))
        assert got.returncode == 0, got.stderr
        assert copy.read_bytes() == SCAN


def test_a_heic_photo_is_listed_as_heic_and_copied_back_as_the_phone_wrote_it(
        tmp_path: Path) -> None:
    client_id, document_id, _ = added_client(tmp_path)
    photo = tmp_path / "IMG_4021.HEIC"
    photo.write_bytes(heic_photo())
    attached = legalaid(tmp_path, "attach", str(client_id), str(photo), "--document",
                        str(document_id))
    assert attached.returncode == 0, attached.stderr
    listed = json.loads(legalaid(tmp_path, "attachments", str(client_id), "--json").stdout)
    assert [(row["file_name"], row["media_type"], row["size_bytes"]) for row in listed] == [
        ("IMG_4021.HEIC", "image/heic", photo.stat().st_size)]
    copy = tmp_path / "copy.heic"
    got = legalaid(tmp_path, "attachments", "get", str(listed[0]["id"]), "-o", str(copy))
    assert got.returncode == 0, got.stderr
    assert copy.read_bytes() == photo.read_bytes()


def test_bad_input_names_the_argument_and_stores_nothing(tmp_path: Path) -> None:
    client_id, _, _ = added_client(tmp_path)
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a scan")
    fake_photo = tmp_path / "IMG_0001.HEIC"
    fake_photo.write_bytes(FAKE_HEIC)
    cases = [
        (("attach", str(client_id), str(text_file)),
         "legalaid: file: notes.txt is not a PDF, JPEG, PNG or HEIC file\n"),
        (("attach", str(client_id), str(fake_photo)),
         "legalaid: file: IMG_0001.HEIC is a HEIC file that cannot be decoded (damaged or "
         "incomplete)\n"),
        (("attach", str(client_id), str(tmp_path / "missing.pdf")),
         f"legalaid: FILE: cannot read {tmp_path / 'missing.pdf'}: No such file or directory\n"),
        (("attach", "abc", str(text_file)), None),
        (("attachments", "get", "99", "-o", str(tmp_path / "x.pdf")),
         "legalaid: attachment_id: there is no attachment 99\n"),
        (("attachments", "get", "1"), "legalaid: -o: give the file to write the copy to: -o "
         "FILE\n"),
    ]
    for args, message in cases:
        result = legalaid(tmp_path, *args)
        assert result.returncode == 2, (args, result.stderr)
        if message is not None:
            assert result.stderr == message
        else:
            assert result.stderr.startswith("legalaid: CLIENT_ID:")
    assert json.loads(legalaid(tmp_path, "attachments", str(client_id)).stdout) == []
    assert not (tmp_path / "x.pdf").exists()
