"""Every bad input gets exit status 2, one line ``legalaid: <field>: <problem>`` on stderr and no
change: broken text on standard input, JSON nested without end, dates and ids out of range, huge
spreadsheet cells, unsupported database URLs, names that hide or reorder what is shown, casework
from a role that may not write it. The commands run in-process (``legalaid.app.main``) for speed;
``test_cli_fuzz.py`` also runs the real executable."""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from legalaid.app import main

# Input is refused before any engine is touched: once, on SQLite, keeps the suite short.
pytestmark = pytest.mark.engine_agnostic
Run = Callable[..., tuple[int, str, str]]
CLIENT: dict[str, Any] = {"names": [{"family": "Karimova", "given": "Dilnoza"}],
                          "date_of_birth": "1990-05-01", "citizenship": "UZ"}


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``legalaid --base-dir tmp_path ARGS`` in-process: (exit status, stdout, stderr)."""

    def run(*args: str, stdin: bytes | str = b"", **env: str) -> tuple[int, str, str]:
        data = stdin.encode("utf-8", "surrogatepass") if isinstance(stdin, str) else stdin
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        try:
            status = main(["--base-dir", str(tmp_path), *args])
        finally:
            _close_log_files()
        out, err = capsys.readouterr()
        return status, out, err

    return run


def _close_log_files() -> None:
    """Each in-process run opens the log file again; the previous handle is closed here."""
    for handler in logging.getLogger("legalaid").handlers:
        handler.close()


def refused(result: tuple[int, str, str], start: str) -> bool:
    status, _out, err = result
    assert (status, err.count("\n")) == (2, 1), err
    assert "Traceback" not in err
    assert err.startswith(start), err
    return True


def nothing_added(cli: Run) -> bool:
    """The next client added is client 1: nothing was written before."""
    status, out, err = cli("clients", "add", "-", stdin=json.dumps(CLIENT))
    assert (status, json.loads(out)) == (0, [1]), err
    return True


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


STDIN_CASES = [
    pytest.param(("clients", "add", "-"), '{"names": [{"family": "\\ud800", "given": "x"}]}',
                 "legalaid: names[0].family: holds half of a character", id="lone-surrogate"),
    pytest.param(("clients", "add", "-"), b'{"names": [{"family": "\xff", "given": "x"}]}',
                 "legalaid: FILE: standard input is not UTF-8 text", id="invalid-utf8-add"),
    pytest.param(("rules", "evaluate", "-"), b"\xff\xfe{}",
                 "legalaid: FILE: standard input is not UTF-8 text", id="invalid-utf8-rules"),
    pytest.param(("rules", "evaluate", "-"), '{"as_of": "\\udfff"}',
                 "legalaid: as_of: holds half of a character", id="lone-surrogate-rules"),
    pytest.param(("rules", "evaluate", "-"), _deep(100_000),
                 "legalaid: input: nested deeper than 32 levels", id="deep-rules"),
    pytest.param(("clients", "add", "-"), '{"names": ' + _deep(5000) + "}",
                 "legalaid: input: nested deeper than 32 levels", id="deep-add"),
    pytest.param(("clients", "add", "-"), '{"names": 1' + "0" * 5000 + "}",
                 "legalaid: input: not valid JSON", id="huge-integer"),
    pytest.param(("rules", "evaluate", "-"),
                 '{"as_of": "9999-12-31", "citizenship": "RU", "trips": [{"entry": "9999-12-01"}]}',
                 "legalaid: as_of: 9999-12-31 is not a plausible date", id="year-9999"),
    pytest.param(("rules", "evaluate", "-"),
                 '{"as_of": "2024-01-01", "citizenship": "RU", "trips": [{"entry": "2101-01-01"}]}',
                 "legalaid: trips[0].entry: 2101-01-01 is not a plausible date", id="trip-2101"),
]


@pytest.mark.parametrize(("args", "stdin", "start"), STDIN_CASES)
def test_bad_standard_input_is_one_line(cli: Run, args: tuple[str, ...], stdin: bytes | str,
                                        start: str) -> None:
    assert refused(cli(*args, stdin=stdin), start)
    assert nothing_added(cli)


def test_import_mapping_from_broken_standard_input(cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "clients.csv"
    sheet.write_text("ФИО;Дата рождения\nКаримова Дилноза;01.05.1990\n", encoding="utf-8")
    assert refused(cli("import", str(sheet), "--mapping", "-", stdin=b"{\"\xff\": 1}"),
                   "legalaid: FILE: standard input is not UTF-8 text")
    assert nothing_added(cli)


def test_a_csv_cell_over_128_kib_is_one_line(cli: Run, tmp_path: Path) -> None:
    sheet = tmp_path / "clients.csv"
    sheet.write_text("ФИО,Примечание\nКаримова Дилноза," + "x" * 200_000 + "\n",
                     encoding="utf-8")
    assert refused(cli("import", str(sheet)), "legalaid: row 2: ")
    assert nothing_added(cli)


@pytest.mark.parametrize("args", [
    ("clients", "show", "1234567890123456789012345"),
    ("consent", "list", "--client", "1234567890123456789012345"),
    ("clients", "show", "9223372036854775808"),
    ("clients", "show", "0"),
    ("status", "1234567890123456789012345"),
    ("audit", "list", "--client", "1234567890123456789012345"),
    ("letter", "embassy_documents", "--lang", "en", "-o", "x.pdf",
     "--client", "1234567890123456789012345"),
])
def test_ids_out_of_range_are_one_line(cli: Run, args: tuple[str, ...]) -> None:
    field = {"clients": "ID", "status": "CLIENT_ID"}.get(args[0], args[-2])
    assert refused(cli(*args), f"legalaid: {field}: ")


@pytest.mark.parametrize("years", ["100000", "0", "-3", "ten"])
def test_retention_years_out_of_range(cli: Run, years: str) -> None:
    assert refused(cli("retention", "--dry-run", "--years", years), "legalaid: --years: ")


@pytest.mark.parametrize("url", ["sqlite+pysqlcipher:///x.db", "mysql://db/x", "nonsense://",
                                 ":://"])
def test_unsupported_database_urls(cli: Run, url: str) -> None:
    assert refused(cli("--db", url, "search", "x"), "legalaid: --db: ")


def _add_user(cli: Run, name: str, role: str) -> dict[str, str]:
    password = f"{role} password, not a secret"
    status, _out, err = cli("users", "add", "--role", role, name,
                            LEGALAID_NEW_PASSWORD=password)
    assert status == 0, err
    return {"LEGALAID_USER": name, "LEGALAID_PASSWORD": password}


def test_screenshots_as_a_lawyer_is_one_line(cli: Run, tmp_path: Path) -> None:
    lawyer = _add_user(cli, "lena", "lawyer")
    assert refused(cli("screenshots", "--out", str(tmp_path / "shots"), **lawyer),
                   "legalaid: screenshots: the lawyer role does not see every screen")
    assert not (tmp_path / "shots").exists()


NAME_CASES = [
    pytest.param({"family": "Kari\u0000mova", "given": "Dilnoza"}, "names[0].family", id="nul"),
    pytest.param({"family": "Karimova\u001b[31m", "given": "Dilnoza"}, "names[0].family",
                 id="escape"),
    pytest.param({"family": "Karimova", "given": "\u202eazonliD"}, "names[0].given", id="rlo"),
    pytest.param({"family": "\u200b", "given": "Dilnoza"}, "names[0].family",
                 id="zero-width-only"),
    pytest.param({"family": "Karimova", "given": "Dilnoza", "patronymic": "..."},
                 "names[0].patronymic", id="no-letter"),
    pytest.param({"family": "Karimova", "given": "Dil\u2066noza"}, "names[0].given",
                 id="isolate"),
]


@pytest.mark.parametrize(("name", "field"), NAME_CASES)
def test_names_that_hide_or_reorder_text_are_refused(cli: Run, name: dict[str, str],
                                                     field: str) -> None:
    client = {**CLIENT, "names": [name]}
    assert refused(cli("clients", "add", "-", stdin=json.dumps(client)), f"legalaid: {field}: ")
    assert nothing_added(cli)


@pytest.mark.parametrize(("change", "field"), [
    ({"date_of_birth": "1899-12-31"}, "date_of_birth"),
    ({"documents": [{"type": "passport", "valid_from": "1949-12-31"}]},
     "documents[0].valid_from"),
    ({"trips": [{"entry": "2101-01-01"}]}, "trips[0].entry"),
    ({"events": [{"type": "expelled", "date": "1900-01-01"}]}, "events[0].date"),
    ({"address": "Almaty\u202e"}, "address"),
    ({"documents": [{"type": "passport", "number": "FA\u00001"}]}, "documents[0].number"),
])
def test_implausible_dates_and_hidden_characters_are_refused(cli: Run, change: dict[str, Any],
                                                             field: str) -> None:
    assert refused(cli("clients", "add", "-", stdin=json.dumps({**CLIENT, **change})),
                   f"legalaid: {field}: ")
    assert nothing_added(cli)


def test_intake_cannot_write_casework_through_client_json(cli: Run) -> None:
    intake = _add_user(cli, "zhanna", "intake")
    closed_case = {"type": "asylum", "opened": "2024-01-10", "status": "closed",
                   "closed": "2024-02-01", "outcome": "granted"}
    assert refused(cli("clients", "add", "-", stdin=json.dumps({**CLIENT, "cases": [closed_case]}),
                       **intake), "legalaid: cases: the intake role may not write cases")
    assert refused(cli("clients", "add", "-", stdin=json.dumps([CLIENT, {**CLIENT, "notes": "x"}]),
                       **intake), "legalaid: [1].notes: the intake role may not write notes")
    status, out, err = cli("clients", "add", "-", stdin=json.dumps(CLIENT), **intake)
    assert (status, json.loads(out)) == (0, [1]), err


def test_a_note_is_by_the_signed_in_user_and_dated_now(cli: Run) -> None:
    forged = {**CLIENT, "notes": [{"text": "met the client", "author": "boss",
                                   "created": "2019-01-01T09:00:00"}]}
    status, out, err = cli("clients", "add", "-", stdin=json.dumps(forged))
    assert status == 0, err
    status, out, err = cli("clients", "show", str(json.loads(out)[0]), "--json")
    [note] = json.loads(out)["notes"]
    assert note["author"] == "admin"
    assert not note["created"].startswith("2019")
