"""``legalaid status ID --lang kk|ru``: findings and deadline titles in the language asked for,
while ``--json`` keeps the English of the JSON contract."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests import cli_runner

# The language of the output does not depend on the engine.
pytestmark = pytest.mark.engine_agnostic

# SCENARIOS.md example A: a Russian citizen who entered on 2024-03-01 and is still present.
RUSSIAN = {
    "names": [{"family": "Петрова", "given": "Анна", "script": "cyrl"}],
    "citizenship": "RU",
    "documents": [{"type": "passport", "number": "750000001", "valid_until": "2024-04-10"}],
    "trips": [{"entry": "2024-03-01", "exit": None, "host_notified": "2024-03-02"}],
}


def legalaid(base: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin, timeout=120)


def test_status_in_kazakh_and_json_in_english(tmp_path: Path) -> None:
    added = legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([RUSSIAN]))
    assert added.returncode == 0, added.stderr
    kazakh = legalaid(tmp_path, "status", "1", "--as-of", "2024-03-15", "--lang", "kk")
    assert kazakh.returncode == 0, kazakh.stderr
    # 15 days used; window 18.09.2023 to 15.03.2024; last lawful day 03-01 + 89 = 29.05.2024.
    assert ("18.09.2023 – 15.03.2024 аралығындағы 180 күнде 90 күннің 15 күні пайдаланылды; "
            "29.05.2024 кешіктірмей шығу қажет") in kazakh.stdout
    assert "10.04.2024  Паспорттың мерзімі аяқталады  [DOC-EXPIRY]" in kazakh.stdout
    russian = legalaid(tmp_path, "status", "1", "--as-of", "2024-03-15", "--lang", "ru")
    assert "10.04.2024  Истекает срок паспорта  [DOC-EXPIRY]" in russian.stdout
    as_json = json.loads(legalaid(tmp_path, "status", "1", "--as-of", "2024-03-15", "--json",
                                  "--lang", "kk").stdout)
    assert as_json["deadlines"][0]["title"] == "Passport expires"
    assert as_json["findings"][0]["message"].startswith("15 of 90 days used")


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    done = legalaid(tmp_path, "status", "1", "--lang", "de")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ['legalaid: --lang: "de" is not kk, ru or en']
