"""Arbitrary input for ``clients add``, ``rules evaluate`` and ``import``: whatever arrives, the
command exits 0, or 2 with one line ``legalaid: ...`` on stderr and nothing written; never a
traceback. The commands run in-process (``legalaid.app.main``) over one initialised base
directory; a few fixed inputs also go through the real executable."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from legalaid.app import main

# Arbitrary input is refused before it reaches any engine; the engine suites cover the rest.
pytestmark = pytest.mark.engine_agnostic

LEGALAID = Path(sys.executable).with_name("legalaid")
# The base directory is shared by every example (the per-test one is not used here).
FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def fuzz(examples: int) -> settings:
    """Few examples: most end before the database opens, the others cost about half a second."""
    return settings(FUZZ, max_examples=examples)


ODD_CHARACTERS = ["\x00", "\x1b[31m", "\u202e", "\u2066", "\u200b", "\ud800", "\udfff", "\n",
                  "\ufeff", "😀", "Ә", "ё", '"', "\\", "9" * 30]
TEXT = st.one_of(st.text(max_size=12), st.sampled_from(ODD_CHARACTERS),
                 st.lists(st.sampled_from([*ODD_CHARACTERS, "a", "Б", " "]), max_size=6).map(
                     "".join))
PLAUSIBLE_DATES = st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)
DATES = st.one_of(PLAUSIBLE_DATES, PLAUSIBLE_DATES, st.dates().map(dt.date.isoformat),
                  st.sampled_from(["2024-02-30", "10000-01-01", "9999-12-31", "1899-12-31",
                                   "0001-01-01", "2024-1-1", "17.04.1991", ""]))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    TEXT, DATES)
JSON = st.recursive(SCALARS, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)), max_leaves=12)
NAMES = st.fixed_dictionaries({"family": st.sampled_from(["Karimova", "Қоңыратова"]) | TEXT,
                               "given": st.sampled_from(["Dilnoza", "Әсел"]) | TEXT},
                              optional={"patronymic": TEXT, "script": TEXT | st.just("latn"),
                                        "source": TEXT})
CLIENT = st.fixed_dictionaries({"names": st.lists(NAMES, min_size=1, max_size=2)}, optional={
    "sex": st.sampled_from(["M", "F", "X", "?"]), "date_of_birth": DATES,
    "citizenship": st.sampled_from(["UZ", "KZ", "XX", None]) | JSON,
    "category": st.sampled_from(["refugee", "nobody"]), "languages": JSON, "phone": TEXT,
    "iin": TEXT, "address": TEXT, "notes": TEXT,
    "documents": st.lists(st.fixed_dictionaries({"type": st.just("passport"),
                                                 "valid_from": DATES, "valid_until": DATES},
                                                optional={"number": TEXT}), max_size=2) | JSON,
    "trips": st.lists(st.fixed_dictionaries({"entry": DATES}, optional={"exit": DATES}),
                      max_size=2) | JSON,
    "cases": st.lists(st.fixed_dictionaries({"type": TEXT, "opened": DATES}, optional={
        "status": st.sampled_from(["open", "closed", "?"]), "closed": DATES}), max_size=1),
})
SCENARIO = st.fixed_dictionaries({"as_of": DATES}, optional={
    "citizenship": st.sampled_from(["RU", "US", "AF", "KZ", "zz"]) | JSON,
    "category": st.sampled_from(["asylum_seeker", "visitor", "?"]) | JSON,
    "documents": st.lists(st.fixed_dictionaries({"type": st.sampled_from(
        ["passport", "visa", "trp", "asylum_certificate"])}, optional={
        "valid_from": DATES, "valid_until": DATES}), max_size=3) | JSON,
    "trips": st.lists(st.fixed_dictionaries({"entry": DATES}, optional={
        "exit": DATES | st.none(), "irregular_entry": JSON, "host_notified": DATES}),
        max_size=3) | JSON,
    "events": JSON,
})


@st.composite
def json_bytes(draw: st.DrawFn, shaped: st.SearchStrategy[Any]) -> bytes:
    """JSON text of a shaped or arbitrary value, escaped or raw; sometimes broken bytes."""
    value = draw(st.one_of(shaped, shaped, shaped, JSON, st.lists(shaped, min_size=1,
                                                                  max_size=3)))
    text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    data = text.encode("utf-8", "surrogatepass")  # a raw lone surrogate is invalid UTF-8
    if draw(st.integers(0, 9)) == 0:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=4)) + data[cut:]
    return data


HEADERS = ["ФИО", "Фамилия", "Имя", "Дата рождения", "Гражданство", "Пол", "Номер паспорта",
           "Действителен до", "Дата въезда", "Дата выезда", "Примечание", "Языки", "Телефон",
           "ИИН", "Категория", "x", ""]
CELLS = st.one_of(TEXT, DATES, st.sampled_from(["Каримова Дилноза", "Kim Elena", "01.05.1990",
                                                "31/12/99", "UZ", "м", "ж", "45000", "1e308"]))


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6))
    if draw(st.integers(0, 4)):  # mostly a sheet with a name column, so rows get read
        header.insert(draw(st.integers(0, len(header))), "ФИО")
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 1), max_size=5))
    separator = draw(st.sampled_from([";", ",", "\t"]))
    lines = [separator.join(header)] + [separator.join(cell.replace(separator, " ")
                                                       for cell in row) for row in rows]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]))
    data = "\n".join(lines).encode(encoding, "replace" if encoding == "cp1251"
                                   else "surrogatepass")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=8))
    return data


@dataclass
class Shared:
    """One base directory for every example, and how many clients it should hold."""

    base: Path
    clients: int = 0

    def run(self, *args: str, stdin: bytes = b"") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["--base-dir", str(self.base), *args])
        finally:
            sys.stdin = saved
            for handler in logging.getLogger("legalaid").handlers:
                handler.close()  # each run opens the log file again
        return status, out.getvalue(), err.getvalue()

    def holds_only_what_was_added(self) -> bool:
        """Client N exists and N + 1 does not: failed commands wrote no client."""
        missing = self.run("clients", "show", str(self.clients + 1))
        assert missing[0] == 2 and "does not exist" in missing[2], missing
        if self.clients:
            assert self.run("clients", "show", str(self.clients))[0] == 0
        return True


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shared]:
    base = tmp_path_factory.mktemp("fuzz")
    state = Shared(base)
    status, _out, err = state.run("users", "init")
    assert status == 0, err
    yield state


def _one_line_or_success(result: tuple[int, str, str]) -> None:
    status, _out, err = result
    event(f"exit {status}: {err.partition(':')[2].partition(':')[0].strip()[:20]}")
    assert "Traceback" not in err
    assert status in (0, 2), err
    if status == 2:
        assert err.startswith("legalaid: ") and err.count("\n") == 1, err


@fuzz(60)
@given(data=json_bytes(CLIENT))
def test_clients_add_takes_any_input(shared: Shared, data: bytes) -> None:
    result = shared.run("clients", "add", "-", stdin=data)
    _one_line_or_success(result)
    if result[0] == 0:
        shared.clients += len(json.loads(result[1]))


@fuzz(150)
@given(data=json_bytes(SCENARIO))
def test_rules_evaluate_takes_any_input(shared: Shared, data: bytes) -> None:
    result = shared.run("rules", "evaluate", "-", stdin=data)
    _one_line_or_success(result)
    if result[0] == 0:
        assert set(json.loads(result[1])) >= {"status", "deadlines", "findings"}


@fuzz(30)
@given(data=csv_bytes())
def test_import_takes_any_spreadsheet(shared: Shared, data: bytes) -> None:
    sheet = shared.base / "sheet.csv"
    sheet.write_bytes(data)
    result = shared.run("import", str(sheet), "--json")
    _one_line_or_success(result)
    if result[0] == 0:
        shared.clients += json.loads(result[1])["imported"]


def test_failed_commands_wrote_nothing(shared: Shared) -> None:
    """Runs after the fuzz tests above (file order): every client on file was reported added."""
    assert shared.holds_only_what_was_added()


@pytest.mark.parametrize(("args", "stdin", "start"), [
    (("clients", "add", "-"), b'{"names": [{"family": "\\ud800", "given": "x"}]}',
     "legalaid: names[0].family: "),
    (("clients", "add", "-"), b"\xc3\x28", "legalaid: FILE: standard input is not UTF-8"),
    (("rules", "evaluate", "-"), b"[" * 50_000, "legalaid: input: nested deeper"),
    (("rules", "evaluate", "-"), b'{"as_of": "9999-12-31"}', "legalaid: as_of: "),
])
def test_the_real_executable_gives_one_line(tmp_path: Path, args: tuple[str, ...], stdin: bytes,
                                            start: str) -> None:
    done = subprocess.run([str(LEGALAID), "--base-dir", str(tmp_path), *args], input=stdin,
                          capture_output=True, timeout=60, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert (done.returncode, err.count("\n")) == (2, 1), err
    assert err.startswith(start), err
