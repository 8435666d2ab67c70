"""How the desktop app starts is chosen once, at the entry point: a person gets the unlock and
sign-in dialogs, a script that gives the passphrase and the user in the environment gets none."""

from __future__ import annotations

from pathlib import Path

import pytest

from legalaid.app import _start_mode
from legalaid.gui.startup import StartMode

SRC = Path(__file__).resolve().parents[2] / "src" / "legalaid"


def test_a_person_gets_both_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LEGALAID_PASSPHRASE", "LEGALAID_USER", "LEGALAID_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert _start_mode() == StartMode(passphrase_dialog=True, login_dialog=True)


def test_a_script_gets_no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEGALAID_PASSPHRASE", "a script's passphrase")
    monkeypatch.setenv("LEGALAID_USER", "admin")
    assert _start_mode() == StartMode(passphrase_dialog=False, login_dialog=False)
    monkeypatch.delenv("LEGALAID_USER")
    assert _start_mode() == StartMode(passphrase_dialog=False, login_dialog=True)


def test_the_desktop_app_reads_no_environment_variable() -> None:
    readers = [path.relative_to(SRC).as_posix() for path in (SRC / "gui").rglob("*.py")
               if "os.environ" in path.read_text(encoding="utf-8")]
    assert readers == []

