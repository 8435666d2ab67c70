"""``legalaid ARGS`` as its own process, started in milliseconds instead of a second and a half.

A command test wants what a user gets: a fresh process, its exit status, and what it printed on
its standard streams. Starting the interpreter and importing LegalAid for each of the suite's
commands cost most of the suite's time, so each test process keeps one fork server
(``tests/cli_server.py``) that has imported every module a command can use (nothing of Qt), and
each run is a fork of it: a clean process with the given arguments, environment, working
directory and standard input, whose descriptors 0, 1 and 2 are files. The result is the
``subprocess.CompletedProcess`` that ``subprocess.run`` gives.

Tests that need a process of their own (killed mid-write, a terminal, several at once, the
installed executable itself) keep starting the real ``legalaid``."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
_server: subprocess.Popen[bytes] | None = None
_one_at_a_time = threading.Lock()


def _fork_server() -> subprocess.Popen[bytes]:
    global _server
    if _server is None or _server.poll() is not None:
        _server = subprocess.Popen([sys.executable, "-m", "tests.cli_server"], cwd=REPO,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    return _server


def run(args: Sequence[str], *, input: str | bytes | None = None,
        env: Mapping[str, str] | None = None, cwd: str | Path | None = None,
        timeout: float | None = 120, text: bool = True) -> subprocess.CompletedProcess[Any]:
    """``legalaid ARGS`` in a fresh process: as ``subprocess.run([legalaid, *args],
    capture_output=True, input=..., env=..., cwd=..., timeout=..., text=...)``."""
    command = ["legalaid", *args]
    with tempfile.TemporaryDirectory(prefix="legalaid-run-") as scratch:
        streams = Path(scratch)
        data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
        (streams / "stdin").write_bytes(data)
        request = {"args": list(args), "env": dict(os.environ if env is None else env),
                   "cwd": str(cwd) if cwd is not None else os.getcwd(), "streams": scratch}
        with _one_at_a_time:
            status = _ask(request, command, timeout)
        out = (streams / "stdout").read_bytes()
        err = (streams / "stderr").read_bytes()
    if text:
        return subprocess.CompletedProcess(command, status, _decoded(out), _decoded(err))
    return subprocess.CompletedProcess(command, status, out, err)


def _ask(request: dict[str, Any], command: list[str], timeout: float | None) -> int:
    server = _fork_server()
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(json.dumps(request).encode() + b"\n")
    server.stdin.flush()
    pid = int(server.stdout.readline())
    ready, _, _ = select.select([server.stdout], [], [], timeout)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        server.stdout.readline()
        raise subprocess.TimeoutExpired(command, timeout or 0)
    return int(server.stdout.readline())


def _decoded(data: bytes) -> str:
    # as subprocess.run(text=True) reads it: universal newlines
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
