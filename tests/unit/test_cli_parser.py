"""The command line builds only the parser of the command it is given: the table of command
names says which module registers each, and must agree with the modules."""

from __future__ import annotations

import argparse
import importlib

import pytest

from legalaid import app, cli


def test_the_table_of_commands_names_every_command_of_every_module() -> None:
    registered: dict[str, str] = {}
    for name in cli.COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == cli.COMMANDS


@pytest.mark.parametrize(("argv", "command"), [
    (["clients", "show", "1"], "clients"),
    (["--db", "status", "restore"], "restore"),  # a file named "status" is --db's value
    (["--base-dir=/tmp/x", "--verbose", "import", "a.xlsx"], "import"),
    (["--help"], None),
    ([], None),
    (["no-such-command"], None),
])
def test_the_command_is_the_first_word_that_is_no_option_value(argv: list[str],
                                                              command: str | None) -> None:
    assert cli.command_named(argv) == command


def test_an_unknown_command_is_told_every_command_there_is(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app.main(["clinets"])
    err = capsys.readouterr().err
    assert "invalid choice: 'clinets'" in err
    assert "'clients'" in err and "'referral'" in err and "'restore'" in err


def test_a_command_parses_with_only_its_own_parser() -> None:
    parser = app.build_parser(["search", "Әсел"])
    args = parser.parse_args(["search", "Әсел"])
    assert args.handler is not None
    with pytest.raises(SystemExit):  # the other commands are not built for this run
        parser.parse_args(["clients", "show", "1"])
