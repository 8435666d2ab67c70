"""The fork server of ``tests/cli_runner.py``: imports every module a command can use once,
then, for each request line on standard input, forks a child that becomes ``legalaid ARGS``,
and answers two lines: the child's pid, then its exit status (negative: killed by that signal).
It ends when its standard input closes."""

from __future__ import annotations

import atexit
import contextlib
import importlib
import io
import json
import os
import pkgutil
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

# Packages a command never imports: the desktop (Qt) and Alembic's per-run environment script.
_NOT_PRELOADED = ("legalaid.gui", "legalaid.db.migrations")


def _modules(package: str, path: Sequence[str]) -> Iterator[str]:
    for found in pkgutil.iter_modules(path, package + "."):
        if found.name.startswith(_NOT_PRELOADED) or found.name.endswith(".__main__"):
            continue
        yield found.name
        if found.ispkg:
            yield from _modules(found.name, importlib.import_module(found.name).__path__)


def _preload() -> None:
    import legalaid

    for name in _modules("legalaid", legalaid.__path__):
        importlib.import_module(name)


def _serve() -> None:
    requests = sys.stdin.buffer
    answers = sys.stdout.buffer
    for line in requests:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _become_legalaid(request)
        answers.write(f"{pid}\n".encode())
        answers.flush()
        _, wait_status = os.waitpid(pid, 0)
        answers.write(f"{os.waitstatus_to_exitcode(wait_status)}\n".encode())
        answers.flush()


def _become_legalaid(request: dict[str, Any]) -> None:
    """In the child: the process ``legalaid ARGS`` would be; never returns."""
    status: object = 1
    try:
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        _standard_streams(request["streams"])
        sys.argv = [str(Path(sys.executable).with_name("legalaid")), *request["args"]]
        from legalaid.app import main

        try:
            status = main(request["args"])
        except SystemExit as stop:
            status = stop.code
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # closed or replaced (broken pipe)
                stream.flush()
        os._exit(_exit_status(status))


def _standard_streams(directory: str) -> None:
    """Descriptors 0, 1 and 2 on the request's files, and the text streams a Python started
    with them has (UTF-8, as on CI)."""
    for descriptor, name, flags in ((0, "stdin", os.O_RDONLY),
                                    (1, "stdout", os.O_WRONLY | os.O_CREAT),
                                    (2, "stderr", os.O_WRONLY | os.O_CREAT)):
        opened = os.open(os.path.join(directory, name), flags, 0o600)
        os.dup2(opened, descriptor)
        os.close(opened)
    sys.stdin = _text(0, "rb", errors="surrogateescape")
    sys.stdout = _text(1, "wb", errors="surrogateescape")
    sys.stderr = _text(2, "wb", errors="backslashreplace", line_buffering=True)


def _text(descriptor: int, mode: str, **options: Any) -> io.TextIOWrapper:
    binary = open(descriptor, mode, closefd=False)  # noqa: SIM115 - the process's own stream
    return io.TextIOWrapper(binary, encoding="utf-8", **options)


def _exit_status(status: object) -> int:
    if status is None:
        return 0
    if isinstance(status, int):
        return status
    print(status, file=sys.stderr)  # sys.exit("message"), as the interpreter prints it
    sys.stderr.flush()
    return 1


if __name__ == "__main__":
    _preload()
    _serve()
