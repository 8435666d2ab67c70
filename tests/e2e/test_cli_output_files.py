"""Every command that writes a file the user names: nothing is created in the temporary folder
while it runs (XLSX once spooled the sheet as plaintext XML to ``/tmp/openpyxl.*``), nothing but
the file is left beside it, and a target that is not a regular file is refused with one line."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
from pathlib import Path

import pytest
from tests import cli_runner
from tests.conftest import prepare_base
from tests.temp_watch import created_in

# Temporary and output files are the same whichever engine the rows come from.
pytestmark = pytest.mark.engine_agnostic

YEAR = dt.date.today().year
PERIOD = ("--from", f"{YEAR - 1}-01-01", "--to", f"{YEAR + 1}-12-31")
LETTER = ("letter", "embassy_documents", "--client", "1", "--lang", "en",
          "--field", "embassy=Embassy", "--field", "document=passport")
#: Each command that writes a file, with the option that names it.
EXPORTS: dict[str, tuple[tuple[str, ...], str]] = {
    "clients.xlsx": (("export", "clients", "--format", "xlsx"), "-o"),
    "clients.csv": (("export", "clients", "--format", "csv"), "-o"),
    "deadlines.xlsx": (("export", "deadlines", "--format", "xlsx", *PERIOD), "-o"),
    "deadlines.csv": (("export", "deadlines", "--format", "csv", *PERIOD), "-o"),
    "report.pdf": (("report", *PERIOD, "--format", "pdf"), "-o"),
    "report.xlsx": (("report", *PERIOD, "--format", "xlsx"), "-o"),
    "report.csv": (("report", *PERIOD, "--format", "csv"), "-o"),
    "letter.pdf": (LETTER, "-o"),
    "draft.pdf": ((*LETTER, "--no-register"), "-o"),
    "numbered.pdf": ((*LETTER, "--number", "LA-2026/0099"), "-o"),
    "deadlines.ics": (("deadlines", *PERIOD), "--ics"),
}


def legalaid(base: Path, *args: str, temp: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    if temp is not None:
        environment["TMPDIR"] = str(temp)  # where tempfile, SQLite and openpyxl would write
    return cli_runner.run(["--base-dir", str(base), *args], timeout=120, env=environment)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, initialised_data: Path) -> Path:
    """A database with synthetic clients, cases and deadlines; client 1 consents to letters."""
    directory = prepare_base(initialised_data, tmp_path_factory.mktemp("outputs"))
    for command in (("demo", "--clients", "12"),
                    ("consent", "record", "--client", "1", "--purpose", "legal_aid")):
        done = legalaid(directory, *command)
        assert done.returncode == 0, done.stderr
    return directory


@pytest.mark.parametrize("name", list(EXPORTS))
def test_an_export_creates_nothing_in_the_temp_folder(base: Path, tmp_path: Path,
                                                      name: str) -> None:
    command, option = EXPORTS[name]
    temp, out = tmp_path / "temp", tmp_path / "out"
    temp.mkdir()
    out.mkdir()
    with created_in(temp) as created:
        done = legalaid(base, *command, option, str(out / name), temp=temp)
    assert done.returncode == 0, done.stderr
    assert created == []
    assert [path.name for path in out.iterdir()] == [name]  # no spool or part file left
    assert (out / name).stat().st_size > 0


@pytest.mark.parametrize("name", ["clients.xlsx", "report.pdf", "letter.pdf", "deadlines.ics"])
def test_a_pipe_as_output_is_refused_with_one_line_and_left_alone(
        base: Path, tmp_path: Path, name: str) -> None:
    command, option = EXPORTS[name]
    out = tmp_path / "out"
    out.mkdir()
    pipe = out / name
    os.mkfifo(pipe)
    done = legalaid(base, *command, option, str(pipe))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"legalaid: {option}: {pipe} is a pipe, not a regular file"]
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [path.name for path in out.iterdir()] == [name]


def test_a_link_to_a_device_or_a_missing_folder_is_refused(base: Path, tmp_path: Path) -> None:
    command, option = EXPORTS["deadlines.csv"]
    link = tmp_path / "null.csv"
    link.symlink_to(os.devnull)
    refused = legalaid(base, *command, option, str(link))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        f"legalaid: -o: {link} is a link to a device, not a regular file"]
    assert link.is_symlink()
    missing = legalaid(base, *command, option, str(tmp_path / "no" / "x.csv"))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [f"legalaid: -o: there is no folder {tmp_path / 'no'}"]
