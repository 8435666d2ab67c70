"""``legalaid ARGS`` as its own process, started in milliseconds instead of a second and a half.

A command test wants what a user gets: a fresh process, its exit status, and what it printed on
its standard streams. Starting the interpreter and importing LegalAid for each of the suite's
commands cost most of the suite's time, so each test process keeps one fork server
(``tests/cli_server.py``) that has imported every module a command can use (nothing of Qt), and
each run is a fork of it: a clean process with the given arguments, environment, working
directory and standard input, whose descriptors 0, 1 and 2 are files. The result is the
``subprocess.CompletedProcess`` that ``subprocess.run`` gives. ``run_together`` runs several
commands at the same instant, each forked by a server of its own.

Tests that need a process of their own (killed mid-write, a terminal, the installed executable
itself) keep starting the real ``legalaid``."""

from __future__ import annotations

import contextlib
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
_servers: list[subprocess.Popen[bytes]] = []  # the first serves ``run``; more, ``run_together``
_one_at_a_time = threading.Lock()


def _fork_servers(count: int) -> list[subprocess.Popen[bytes]]:
    for index in range(count):
        if index == len(_servers):
            _servers.append(_new_server())
        elif _servers[index].poll() is not None:
            _servers[index] = _new_server()
    return _servers[:count]


def _new_server() -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.cli_server"], cwd=REPO,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def run(args: Sequence[str], *, input: str | bytes | None = None,
        env: Mapping[str, str] | None = None, cwd: str | Path | None = None,
        timeout: float | None = 120, text: bool = True) -> subprocess.CompletedProcess[Any]:
    """``legalaid ARGS`` in a fresh process: as ``subprocess.run([legalaid, *args],
    capture_output=True, input=..., env=..., cwd=..., timeout=..., text=...)``."""
    return _run_at_once([args], input, env, cwd, timeout, text)[0]


def run_together(commands: Sequence[Sequence[str]], *, env: Mapping[str, str] | None = None,
                 cwd: str | Path | None = None, timeout: float | None = 120,
                 ) -> list[subprocess.CompletedProcess[str]]:
    """Several ``legalaid ARGS`` at the same instant, each a process of its own (two desktops
    or two scripts at once), as ``run`` gives each. Each is forked by a server of its own, so
    they start within a millisecond of each other; started as executables, one would usually
    be done before the other had imported LegalAid."""
    return _run_at_once(commands, None, env, cwd, timeout, True)


def _run_at_once(commands: Sequence[Sequence[str]], input: str | bytes | None,
                 env: Mapping[str, str] | None, cwd: str | Path | None,
                 timeout: float | None, text: bool) -> list[subprocess.CompletedProcess[Any]]:
    with contextlib.ExitStack() as scratches:
        requests = []
        for args in commands:
            scratch = scratches.enter_context(tempfile.TemporaryDirectory(prefix="legalaid-run-"))
            data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
            (Path(scratch) / "stdin").write_bytes(data)
            requests.append({"args": list(args), "env": dict(os.environ if env is None else env),
                             "cwd": str(cwd) if cwd is not None else os.getcwd(),
                             "streams": scratch})
        with _one_at_a_time:
            statuses = _ask(requests, timeout)
        return [_completed(["legalaid", *request["args"]], status, Path(request["streams"]),
                           text) for request, status in zip(requests, statuses, strict=True)]


def _ask(requests: list[dict[str, Any]], timeout: float | None) -> list[int]:
    """Each request to a server of its own, all sent before any answer is awaited."""
    servers = _fork_servers(len(requests))
    pids = []
    for server, request in zip(servers, requests, strict=True):
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(json.dumps(request).encode() + b"\n")
        server.stdin.flush()
        pids.append(int(server.stdout.readline()))
    statuses = [_status(server, pid, timeout) for server, pid in zip(servers, pids, strict=True)]
    for request, status in zip(requests, statuses, strict=True):
        if status is None:
            raise subprocess.TimeoutExpired(["legalaid", *request["args"]], timeout or 0)
    return [status for status in statuses if status is not None]


def _status(server: subprocess.Popen[bytes], pid: int, timeout: float | None) -> int | None:
    """The child's exit status; None when it ran past ``timeout`` (it is killed)."""
    assert server.stdout is not None
    ready, _, _ = select.select([server.stdout], [], [], timeout)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        server.stdout.readline()
        return None
    return int(server.stdout.readline())


def _completed(command: list[str], status: int, streams: Path,
               text: bool) -> subprocess.CompletedProcess[Any]:
    out = (streams / "stdout").read_bytes()
    err = (streams / "stderr").read_bytes()
    if text:
        return subprocess.CompletedProcess(command, status, _decoded(out), _decoded(err))
    return subprocess.CompletedProcess(command, status, out, err)


def _decoded(data: bytes) -> str:
    # as subprocess.run(text=True) reads it: universal newlines
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
