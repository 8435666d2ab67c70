"""Keep ``None`` alive under PySide6 builds that hand it back without a reference.

PySide6 6.12 returns ``None`` from void methods (``setText``, ``addItem``, ...) without taking a
new reference. From Python 3.12 ``None`` is immortal and nothing happens; on 3.11 every such call
lowers its reference count, and after some thousands of widget calls the interpreter aborts with
"none_dealloc: deallocating None". Raising the count once, far beyond what a session can lower it,
makes ``None`` as good as immortal there too.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 calls would take years of continuous use; the count is a signed machine word.
_HEADROOM = 2**40
_done = False


def protect_none() -> None:
    """Idempotent; a no-op where ``None`` is already immortal (Python 3.12 and later)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object; id() is the object's address.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _HEADROOM
    _done = True
