"""``legalaid import``, ``legalaid report`` and ``legalaid export`` run as a user runs them."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from tests import cli_runner

LEGALAID = Path(sys.executable).with_name("legalaid")
CSV = ("Фамилия;Имя;Дата рождения;Гражданство\r\n"
       "Омарова;Динара;12.12.1992;UZ\r\n"
       "Ким;Елена;31.02.1979;KG\r\n"
       "=cmd;Test;01/01/90;TJ\r\n")


def run(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=120)


def test_bad_row_exits_2_with_the_row_report_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(CSV, encoding="utf-8")
    base = tmp_path / "base"
    assert run(base, "migrate").returncode == 0  # the first start also creates the administrator
    checked = run(base, "import", str(source), "--dry-run", "--json")
    assert checked.returncode == 2
    assert checked.stderr.count("\n") == 1 and "row 3" in checked.stderr
    report = json.loads(checked.stdout)
    assert [(p["row"], p["column"], p["value"]) for p in report["problems"]] == [
        (3, "Дата рождения", "31.02.1979")]
    refused = run(base, "import", str(source))
    assert refused.returncode == 2 and "nothing was imported" in refused.stderr
    assert json.loads(run(base, "search", "Омарова", "--json").stdout) == []


def test_fixed_file_imports_then_reports_and_exports(tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(CSV.replace("31.02.1979", "28.02.1979"), encoding="utf-8")
    base = tmp_path / "base"
    imported = run(base, "import", str(source), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["imported"] == 3
    today = dt.date.today().isoformat()
    pdf = tmp_path / "r.pdf"
    made = run(base, "report", "--from", today, "--to", today, "--format", "pdf", "-o", str(pdf),
               "--lang", "ru")
    assert made.returncode == 0, made.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    out = tmp_path / "clients.csv.out.csv"
    exported = run(base, "export", "clients", "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert "'=cmd Test" in out.read_text(encoding="utf-8-sig")
    bad = run(base, "report", "--from", "2024-13-01", "--to", today, "--format", "csv", "-o",
              str(out))
    assert bad.returncode == 2 and bad.stderr.startswith("legalaid: --from:")
