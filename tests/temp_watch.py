"""Every name created in a folder while a block runs, through Linux inotify: the kernel queues each
creation, so a file made and removed at once (a spool file deleted after use) is still seen."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import struct
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

IN_MOVED_TO = 0x080
IN_CREATE = 0x100
IN_Q_OVERFLOW = 0x4000
IN_NONBLOCK = os.O_NONBLOCK
IN_CLOEXEC = os.O_CLOEXEC
_EVENT = struct.Struct("iIII")  # watch descriptor, mask, cookie, name length


def _inotify() -> tuple[ctypes.CDLL, int]:
    if not sys.platform.startswith("linux"):
        pytest.skip("watching a folder needs Linux inotify")
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    descriptor = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
    if descriptor < 0:
        raise OSError(ctypes.get_errno(), "inotify_init1")
    return libc, descriptor


def _drain(descriptor: int) -> list[str]:
    names: list[str] = []
    while True:
        try:
            data = os.read(descriptor, 1 << 16)
        except BlockingIOError:
            return names
        offset = 0
        while offset < len(data):
            _, mask, _, length = _EVENT.unpack_from(data, offset)
            start = offset + _EVENT.size
            if mask & IN_Q_OVERFLOW:
                names.append("<too many events to list>")
            else:
                names.append(os.fsdecode(data[start:start + length].rstrip(b"\0")))
            offset = start + length


@contextlib.contextmanager
def created_in(folder: Path) -> Iterator[list[str]]:
    """The list fills, when the block ends, with every name created or moved into ``folder``."""
    libc, descriptor = _inotify()
    try:
        if libc.inotify_add_watch(descriptor, os.fsencode(folder), IN_CREATE | IN_MOVED_TO) < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")
        names: list[str] = []
        yield names
        names.extend(_drain(descriptor))
    finally:
        os.close(descriptor)
