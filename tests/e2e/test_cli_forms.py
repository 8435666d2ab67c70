"""``legalaid forms list`` and ``legalaid forms check`` run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests import cli_runner

# Form templates are files; no engine is involved.
pytestmark = pytest.mark.engine_agnostic

REPO = Path(__file__).resolve().parents[2]


def legalaid(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(tmp_path / "base"), *args], cwd=tmp_path)


def test_forms_list_json_names_all_twelve_in_three_languages(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 12
    assert {"police_extension", "referral_shelter", "host_notification"} <= {r["id"] for r in rows}
    assert all(row["languages"] == ["ru", "kk", "en"] for row in rows)
    medical = next(row for row in rows if row["id"] == "referral_medical")
    assert medical["title"]["kk"] == "Медициналық көмекке жолдама"


def test_forms_list_plain(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "list")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 12
    assert "Medical referral" in result.stdout


def test_forms_check_passes_on_the_shipped_templates(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "12 template(s) OK"


def test_forms_check_names_file_and_line_and_exits_2(tmp_path: Path) -> None:
    source = (REPO / "forms" / "12_host_notification.toml").read_text(encoding="utf-8")
    lines = source.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("> {{ host_address }}"))
    lines[target] = "> {{ host_adress }}"
    broken = tmp_path / "broken.toml"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = legalaid(tmp_path, "forms", "check", str(broken))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{broken}:{target + 1}: body.ru: unknown field 'host_adress'"
    ]
    assert "Traceback" not in result.stderr
