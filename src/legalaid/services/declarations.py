"""The access declaration on each public service method: ``@guarded("clients.get",
client="client_id")`` names the method's row in the policy table (``policy.py``) and where its
arguments hold the client acted on.

Called on a service as ``build_services`` makes it, a declared method runs as written. Called on
the sealed copy that ``access.guard`` hands to a signed-in user, it goes through that user's
checks first and is audited after. The decorator keeps the method's signature (``ParamSpec``), so
every call is type-checked as the method itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")

SEAL = "__legalaid_seal__"  # where a sealed copy keeps its target and the user's checks


@dataclass(frozen=True)
class Declaration:
    """What a method declares about itself; who may run it is the policy table's business."""

    name: str  # "service.method": the policy row, and what the audit entry names
    client: str | None = None  # argument holding the client id ("request.client_id": its field)
    item: tuple[str, str] | None = None  # (kind, or "=arg" naming the kind; argument)

    @property
    def key(self) -> tuple[str, str]:
        service, _, method = self.name.partition(".")
        return service, method


class Checks(Protocol):
    """The signed-in user's checks (``access.AccessSession``)."""

    def call(self, declaration: Declaration, function: Callable[..., Any],
             args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any: ...


@dataclass(frozen=True)
class Seal:
    """What a sealed copy holds: the service it stands for and the user's checks."""

    target: object
    checks: Checks


def checked(declaration: Declaration, function: Callable[Concatenate[S, P], R],
            ) -> Callable[Concatenate[S, P], R]:
    """``function`` behind the checks whenever it is called on a sealed copy."""

    @functools.wraps(function)
    def run(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        seal = vars(self).get(SEAL)
        if not isinstance(seal, Seal):
            return function(self, *args, **kwargs)
        result: R = seal.checks.call(declaration, function, (seal.target, *args), kwargs)
        return result

    run.__dict__["declaration"] = declaration
    return run


def guarded(name: str, *, client: str | None = None, item: tuple[str, str] | None = None,
            ) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Declare a public service method: its policy row and the argument holding the client."""
    declaration = Declaration(name, client, item)

    def decorate(function: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        return checked(declaration, function)

    return decorate


def declaration_of(function: object) -> Declaration | None:
    found = getattr(function, "declaration", None)
    return found if isinstance(found, Declaration) else None
