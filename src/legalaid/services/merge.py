"""Merging two files of one person: everything of OTHER moves into KEEP in one transaction.

Every name spelling, document, trip, event, case, task, note, consent, referral, family link,
letter, party and attachment of OTHER becomes KEEP's (``db.repositories.merge.MOVED``). Profile
fields both files fill differently are conflicts: the caller chooses per field (the desktop asks)
or for all (``--prefer keep|other``); a field only OTHER fills is taken, and the spoken languages
are joined. KEEP's history says "merged from #OTHER", its status is recomputed, and OTHER waits
in the Bin, empty and marked as merged, until the Bin is emptied. ``undo(keep)`` puts the last
merge into KEEP back, as long as this service (the session) lives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session, sessionmaker

from legalaid.db.models import AnonymisedClient, table
from legalaid.db.repositories import items
from legalaid.db.repositories import merge as merge_db
from legalaid.errors import ConflictError, NotFoundError, ValidationError
from legalaid.services.declarations import guarded
from legalaid.services.status import StatusService
from legalaid.services.unit_of_work import reading, unit_of_work

PREFERENCES = ("keep", "other")
Preference = str | Mapping[str, str]


@dataclass(frozen=True)
class Conflict:
    """A profile field the two files fill differently."""

    field: str
    keep: Any
    other: Any

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "keep": _plain(self.keep), "other": _plain(self.other)}


@dataclass(frozen=True)
class MergePlan:
    """What merging OTHER into KEEP would do (a dry run writes nothing else)."""

    keep: int
    other: int
    moves: dict[str, int]  # kind of item -> how many of OTHER's
    conflicts: tuple[Conflict, ...]
    profile: dict[str, Any]  # KEEP's profile after the merge with the choices given

    def to_json(self) -> dict[str, Any]:
        return {"keep": self.keep, "other": self.other, "moves": dict(sorted(self.moves.items())),
                "conflicts": [conflict.to_json() for conflict in self.conflicts],
                "profile": {name: _plain(value) for name, value in self.profile.items()}}


@dataclass(frozen=True)
class MergeResult:
    plan: MergePlan
    dry_run: bool

    def to_json(self) -> dict[str, Any]:
        return {**self.plan.to_json(), "merged": not self.dry_run}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _languages(keep: str, other: str) -> str:
    joined = [code for code in (keep or "").split(",") + (other or "").split(",") if code]
    return ",".join(dict.fromkeys(joined))


def _choice(prefer: Preference, field: str) -> str:
    choice = prefer if isinstance(prefer, str) else prefer.get(field, "keep")
    if choice not in PREFERENCES:
        where = "prefer" if isinstance(prefer, str) else f"prefer.{field}"
        raise ValidationError(where, f'"{choice}" is not one of keep, other')
    return choice


def reconcile(keep: Mapping[str, Any], other: Mapping[str, Any], prefer: Preference
              ) -> tuple[tuple[Conflict, ...], dict[str, Any]]:
    """The conflicting fields, and KEEP's profile once ``prefer`` settled them."""
    if not isinstance(prefer, str):
        for field in prefer:
            if field not in merge_db.PROFILE_FIELDS:
                raise ValidationError(f"prefer.{field}", "not a profile field")
    conflicts: list[Conflict] = []
    after = dict(keep)
    for field in merge_db.PROFILE_FIELDS:
        mine, theirs = keep.get(field), other.get(field)
        if field == "languages":
            after[field] = _languages(mine or "", theirs or "")
        elif field == "interpreter":  # needed in either file: needed
            after[field] = bool(mine) or bool(theirs)
        elif _empty(theirs) or mine == theirs:
            continue
        elif _empty(mine):
            after[field] = theirs
        else:
            conflicts.append(Conflict(field, mine, theirs))
            if _choice(prefer, field) == "other":
                after[field] = theirs
    if isinstance(prefer, str):
        _choice(prefer, "")
    return tuple(conflicts), after


class MergeService:
    """Merges two clients' files; each public method is one unit of work."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session], status: StatusService,
                 user: str | None = None, today: Callable[[], dt.date] = dt.date.today,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 names_changed: Callable[[], None] | None = None) -> None:
        self._engine = engine
        self._sessions = sessions
        self._status = status
        self.user = user
        self._today = today
        self._clock = clock
        self._names_changed = names_changed  # the search's typo vocabulary, told at once
        self._undo: dict[int, merge_db.Moved] = {}  # the last merge into each file, this session

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    def _plan(self, connection: Connection, keep: int, other: int,
              prefer: Preference) -> MergePlan:
        if keep == other:
            raise ValidationError("OTHER", "is the same client as KEEP")
        profiles = []
        for argument, client_id in (("KEEP", keep), ("OTHER", other)):
            found = merge_db.profile(connection, client_id)
            if found is None:
                into = merge_db.merged_into(connection, client_id)
                if into is not None:  # by someone else a moment ago, often
                    raise ConflictError(f"client {client_id} was already merged into client "
                                        f"{into}; nothing was changed")
                raise NotFoundError(f"client {client_id} does not exist")
            anonymised = table(AnonymisedClient)
            if connection.execute(select(anonymised.c.client_id)
                                  .where(anonymised.c.client_id == client_id)).first():
                raise ValidationError(argument, f"client {client_id} was anonymised")
            profiles.append(found)
        conflicts, after = reconcile(profiles[0], profiles[1], prefer)
        return MergePlan(keep, other, merge_db.item_counts(connection, other), conflicts, after)

    @guarded("merge.plan", client="keep")
    def plan(self, keep: int, other: int, prefer: Preference = "keep") -> MergePlan:
        """What a merge would move and which profile fields conflict; writes nothing."""
        with reading(self._engine) as connection:
            return self._plan(connection, keep, other, prefer)

    @guarded("merge.merge", client="keep")
    def merge(self, keep: int, other: int, prefer: Preference = "keep",
              shown: MergePlan | None = None) -> MergeResult:
        """Move OTHER's file into KEEP, all or nothing (``plan`` is the dry run). ``shown``: the
        plan the user chose from; if what it moves or the values it asked about have changed
        since, nothing is merged (``ConflictError``) and the user looks again."""
        now = self._now()
        with unit_of_work(self._sessions) as session:
            connection = session.connection()
            merge_db.hold_files(connection, keep, other)  # planned again, as they are now
            plan = self._plan(connection, keep, other, prefer)
            if shown is not None and (plan.moves, plan.conflicts) != (shown.moves,
                                                                      shown.conflicts):
                raise ConflictError(f"client {keep} or {other} was changed by someone else "
                                    "since the merge was shown; nothing was changed: look at "
                                    "the merge again")
            moved = merge_db.move_items(connection, keep, other, plan.profile, now)
            changed = sorted(name for name, value in plan.profile.items()
                             if moved.profile_before.get(name) != value)
            items.log_change(session, "client", other, keep, "merge", changed, now, self.user)
            session.flush()
            self._status.refresh_in(connection, [keep], self._today())
        self._undo[keep] = moved
        if self._names_changed is not None:
            self._names_changed()
        return MergeResult(plan, False)

    @guarded("merge.can_undo", client="keep")
    def can_undo(self, keep: int) -> int | None:
        """The client last merged into KEEP in this session (which ``undo`` would bring back)."""
        moved = self._undo.get(keep)
        return None if moved is None else moved.other

    @guarded("merge.undo", client="keep")
    def undo(self, keep: int) -> int:
        """Put the last merge into KEEP back (this session only); returns the restored client."""
        moved = self._undo.get(keep)
        if moved is None:
            raise NotFoundError(f"no merge into client {keep} to undo in this session")
        now = self._now()
        with unit_of_work(self._sessions) as session:
            connection = session.connection()
            merge_db.move_back(connection, moved, now)
            items.log_change(session, "client", moved.other, keep, "unmerge", [], now, self.user)
            session.flush()
            self._status.refresh_in(connection, [keep, moved.other], self._today())
        del self._undo[keep]
        if self._names_changed is not None:
            self._names_changed()
        return moved.other
