"""Casework under the casework key: what a session that holds no key is told.

Notes, the outcomes of cases and the bodies of letters are sealed under a key that only lawyers,
supervisors and administrators hold (``db/casework.py``). The services of an account without it
(``CaseworkAccess.locked``) read such fields as locked and refuse to write them with one
sentence; a database from before keys (``PLAIN``) keeps its casework in plain text.
"""

from __future__ import annotations

from legalaid.db.casework import LOCKED, PLAIN, CaseworkAccess, CaseworkCipher, casework_access
from legalaid.errors import AccessDenied

__all__ = ["LOCKED", "LOCKED_READ", "LOCKED_WRITE", "PLAIN", "CaseworkAccess", "CaseworkCipher",
           "casework_access", "writer"]

LOCKED_READ = ("casework is encrypted for lawyers, supervisors and administrators, and this "
               "account holds no key to it")
LOCKED_WRITE = ("casework is encrypted for lawyers, supervisors and administrators, and this "
                "account holds no key to it: nothing was saved")


def writer(casework: CaseworkAccess) -> CaseworkCipher | None:
    """The cipher to seal casework with (None: a database without keys, written as before);
    ``AccessDenied`` when the session holds no key to this database's casework."""
    if casework.locked:
        raise AccessDenied(LOCKED_WRITE)
    return casework.cipher
