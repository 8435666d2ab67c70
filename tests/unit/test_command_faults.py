"""A fault inside a command is one line on the terminal and a logged trace without its message
(messages may quote client data); stored text in an error is printed escaped."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import pytest

from legalaid import app
from legalaid.errors import ValidationError


def _command_that(raises: BaseException, monkeypatch: pytest.MonkeyPatch) -> None:
    def handler(args: argparse.Namespace, context: object) -> int:
        raise raises

    original = app.build_parser

    def parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
        built = original(argv)
        built.set_defaults(handler=handler)
        return built

    monkeypatch.setattr(app, "build_parser", parser)


def test_a_fault_is_one_line_and_logged_without_its_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _command_that(KeyError("Қоңыратова Әсел, passport N1234567"), monkeypatch)
    status = app.main(["--base-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and err.startswith("legalaid: unexpected error (KeyError)")
    log = (tmp_path / "logs" / "legalaid.log").read_text(encoding="utf-8")
    assert "unexpected KeyError" in log and "test_command_faults.py" in log
    assert "Қоңыратова" not in log and "N1234567" not in log and "Қоңыратова" not in err


def test_an_error_quoting_stored_text_prints_it_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _command_that(ValidationError("name", "\x1b[2J\u202eevil"), monkeypatch)
    status = app.main(["--base-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2
    assert "\x1b" not in err and "\u202e" not in err and "\\u001b[2J\\u202eevil" in err
