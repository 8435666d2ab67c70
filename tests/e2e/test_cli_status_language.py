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


# Days before the last lawful day (29.05.2024) and after it, as each language counts them:
# Russian agrees the noun and the verb with the number (1 and 21, 2-4, the rest), English has
# one and many, Kazakh keeps the noun singular after a number.
DAYS_LEFT = {
    "2024-05-28": {"ru": "остался 1 день", "en": "1 day left", "kk": "1 күн қалды"},
    "2024-05-26": {"ru": "осталось 3 дня", "en": "3 days left", "kk": "3 күн қалды"},
    "2024-05-24": {"ru": "осталось 5 дней", "en": "5 days left", "kk": "5 күн қалды"},
    "2024-05-08": {"ru": "остался 21 день", "en": "21 days left", "kk": "21 күн қалды"},
}
OVERSTAYED = {
    "2024-05-30": {"ru": "Превышение срока: 1 день", "en": "Overstay: 1 day",
                   "kk": "Мерзімнен асу: 1 күн"},
    "2024-06-01": {"ru": "Превышение срока: 3 дня", "en": "Overstay: 3 days",
                   "kk": "Мерзімнен асу: 3 күн"},
    "2024-06-03": {"ru": "Превышение срока: 5 дней", "en": "Overstay: 5 days",
                   "kk": "Мерзімнен асу: 5 күн"},
}
STAYING = {key: value for key, value in RUSSIAN.items() if key != "documents"}


def test_days_left_and_overstayed_agree_with_their_number(tmp_path: Path) -> None:
    assert legalaid(tmp_path, "clients", "add", "-", stdin=json.dumps([STAYING])).returncode == 0
    for as_of, expected in (DAYS_LEFT | OVERSTAYED).items():
        for language, words in expected.items():
            shown = legalaid(tmp_path, "status", "1", "--as-of", as_of, "--lang", language)
            assert words in shown.stdout, (as_of, language, shown.stdout)
            if as_of in DAYS_LEFT:
                assert f"29.05.2024 ({words})" in shown.stdout
