"""Access control in one layer: ``guard(services, actor)`` hands out sealed copies of the services
on which each declared method (``@guarded``, ``declarations.py``) is checked against the policy
table (``policy.py``) before it runs, and audited after.

Lawyers reach a client's file only when it is assigned to them, or after ``request_access`` with
a reason (audited; it lasts for the session). Intake staff never see cases or notes, even in the
file ``clients.get`` or ``clients.file`` returns. Refusals are audited too; a change and its entry
share one transaction (``unit_of_work.together``). Undeclared methods, methods missing from
the policy, and private attributes are refused: nothing reaches the services around the guard.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import Engine

from legalaid.db.repositories import accounts as accounts_db
from legalaid.db.repositories import consent as consent_db
from legalaid.domain.records import ClientRecord
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditService
from legalaid.services.clients import ClientFile
from legalaid.services.declarations import SEAL, Declaration, Seal, checked, declaration_of
from legalaid.services.policy import KIND_ACTIONS, POLICY, Rule
from legalaid.services.roles import PER_CLIENT_FOR_LAWYERS, Action, Role, may
from legalaid.services.unit_of_work import reading, together

if TYPE_CHECKING:
    from legalaid.services import Services

SERVICE_PACKAGE = "legalaid.services."
T = TypeVar("T")
CHANGES = ("change", "import")  # audit entries that record a change to the data
RECORDED_AFTER = {("retention", "anonymise_due")}  # changes whose entries ``_after`` writes
# The backup service's declarations, kept here until its methods carry ``@guarded`` themselves.
def is_service(value: object) -> bool:
    """Whether a ``Services`` field holds a service (the engine and plain values do not)."""
    return type(value).__module__.startswith(SERVICE_PACKAGE)


class AccessSession:
    """The signed-in actor, the clients they were granted on request, and the checks."""

    def __init__(self, actor: Actor, engine: Engine, audit: AuditService) -> None:
        self.actor = actor
        self._engine = engine
        self._audit = audit
        self._granted: set[int] = set()
        self._signatures: dict[Callable[..., Any], inspect.Signature] = {}

    # -- what the GUI asks before showing an action -----------------------------------------
    def may(self, action: Action) -> bool:
        return may(self.actor.role, action)

    def reaches(self, client_id: int) -> bool:
        """Whether per-client actions on this client are open to the actor right now."""
        if self.actor.role is not Role.LAWYER or client_id in self._granted:
            return True
        with reading(self._engine) as connection:
            lawyer = accounts_db.assigned_lawyer(connection, client_id)
        return (lawyer or "").strip().lower() == self.actor.name.lower()

    def schema_revision(self) -> str:
        from legalaid.db.migrate import current_revision

        return current_revision(self._engine) or ""

    def request_access(self, client_id: int, reason: str) -> None:
        """A lawyer opens a client assigned to someone else: the reason is audited."""
        if not reason.strip():
            raise ValidationError("reason", "say why you need this client's file")
        self._granted.add(client_id)
        self.record("access_request", "client", client_id, client_id, reason.strip())

    def record(self, action: str, table_name: str | None = None, record_id: int | None = None,
               client_id: int | None = None, detail: str = "") -> None:
        self._audit.record(self.actor.name, action, table_name, record_id, client_id, detail)

    # -- the check around every call --------------------------------------------------------
    def refuse(self, what: str, client_id: int | None, message: str) -> AccessDenied:
        self.record("denied", "client" if client_id else None, client_id, client_id, what)
        return AccessDenied(message)

    def call(self, declaration: Declaration, function: Callable[..., Any],
             args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run a declared method (``args`` start with the service) if the actor may."""
        what = declaration.name
        service, method = declaration.key
        rule = POLICY.get(declaration.key)
        if rule is None:
            raise self.refuse(what, None, f"{what} is not in the access policy")
        bound = self._bind(function, args, kwargs)
        arguments = bound.arguments
        action = _action_of(rule, declaration, arguments)
        client_id = self._client_of(declaration, arguments)
        if not self.may(action):
            role = self.actor.role.value
            article = "an" if role[0] in "aeiou" else "a"  # "an intake", "a lawyer"
            raise self.refuse(what, client_id, f"{article} {role} may not do this "
                                               f"({action.value})")
        if client_id is not None and action in PER_CLIENT_FOR_LAWYERS \
                and not self.reaches(client_id):
            raise self.refuse(what, client_id, f"client {client_id} is not assigned to you; "
                                               "ask for access with a reason")
        _before(self, service, method, arguments)
        try:
            with self._transaction_of(rule, declaration):
                result = function(*bound.args, **bound.kwargs)
                return self._after(declaration, rule, arguments, client_id, result)
        except AccessDenied:  # an audited act the service refused (changing an administrator)
            if rule.audit is not None:  # failed sign-ins and unlocks are recorded by the caller
                self.record("denied", "client" if client_id else None, client_id, client_id,
                            what)
            raise

    def _transaction_of(self, rule: Rule, declaration: Declaration) -> AbstractContextManager[None]:
        """A change and the entries recording it share one transaction: neither is kept alone.
        (Reads keep their own: their view entry never waits for a write lock.)"""
        if rule.audit in CHANGES or declaration.key in RECORDED_AFTER:
            return together(self._engine)
        return nullcontext()

    def _bind(self, function: Callable[..., Any], args: tuple[Any, ...],
              kwargs: dict[str, Any]) -> inspect.BoundArguments:
        if function not in self._signatures:
            self._signatures[function] = inspect.signature(function)
        bound = self._signatures[function].bind(*args, **kwargs)
        bound.apply_defaults()
        return bound

    def _client_of(self, declaration: Declaration, arguments: dict[str, Any]) -> int | None:
        if declaration.client is not None:
            argument, _, attribute = declaration.client.partition(".")
            value = arguments.get(argument)
            if attribute:
                value = getattr(value, attribute, None)
            return int(value) if isinstance(value, int) else None
        if declaration.item is None:
            return None
        kind, item_id = _item_of(declaration.item, arguments)
        if item_id is None or kind not in accounts_db.OWNED_KINDS:
            return None
        with reading(self._engine) as connection:
            return accounts_db.owner_of(connection, kind, item_id)

    def _after(self, declaration: Declaration, rule: Rule, arguments: dict[str, Any],
               client_id: int | None, result: Any) -> Any:
        service, method = declaration.key
        if rule.audit is not None:
            self._audit_success(declaration, rule, arguments, client_id, result)
        if method == "require_consent_or_override" and result is True:
            self.record("consent_override", "client", client_id, client_id,
                        f"{arguments['purpose']}: {arguments['override_reason']}")
        if declaration.key == ("referrals", "create") and arguments.get("override_reason") \
                and client_id is not None and not self._consented(client_id, "referral"):
            self.record("consent_override", "client", client_id, client_id,
                        f"referral: {arguments['override_reason']}")
        if service == "clients" and method in ("add", "add_many"):
            self._granted.update(result if isinstance(result, list) else [result])
            if arguments.get("allow_duplicate"):  # registered despite a document on file
                for added in result if isinstance(result, list) else [result]:
                    self.record("duplicate_allowed", "client", added, added,
                                str(arguments["allow_duplicate"]).strip())
        if service == "retention" and method == "anonymise_due":
            for anonymised in result:
                self.record("anonymise", "client", anonymised, anonymised)
        if declaration.key == ("clients", "add") and arguments.get("consents"):
            self._record_consents(int(result))
        if self.actor.role is Role.INTAKE and isinstance(result, ClientRecord):
            return _without_casework(result)
        if self.actor.role is Role.INTAKE and isinstance(result, ClientFile):
            return dataclasses.replace(result, record=_without_casework(result.record))
        return result

    def _consented(self, client_id: int, purpose: str) -> bool:
        import datetime as dt

        with reading(self._engine) as connection:
            return consent_db.in_force(connection, client_id, purpose, dt.date.today())

    def _record_consents(self, client_id: int) -> None:
        """The consents a client was registered with, an entry each (in the same transaction)."""
        with reading(self._engine) as connection:
            rows = consent_db.consents_of(connection, client_id)
        self._audit.record_many(self.actor.name, "change", "consent",
                                [(row.id, client_id) for row in rows], "clients.add")

    def _audit_success(self, declaration: Declaration, rule: Rule, arguments: dict[str, Any],
                       client_id: int | None, result: Any) -> None:
        """One entry naming the record acted on: the item, the record created, the client, the
        user account; an export names what it wrote and how many rows (never as a record id)."""
        action = rule.audit or "change"
        what = declaration.name
        if what.startswith("accounts."):
            self.record(action, "user_account", None, None,
                        f"{what} {arguments.get('name', '')}".strip())
        elif declaration.item is not None:
            table_name, record_id = _item_of(declaration.item, arguments)
            self.record(action, table_name, record_id, client_id, what)
        elif rule.creates is not None and isinstance(result, list | int):
            created = [int(new) for new in (result if isinstance(result, list) else [result])]
            owners = created if rule.creates == "client" else [client_id] * len(created)
            self._audit.record_many(self.actor.name, action, rule.creates,
                                    list(zip(created, owners, strict=True)), what)
        elif action in ("export", "import"):
            self.record(action, None, None, client_id, _with_count(what, result, arguments))
        elif client_id is None:
            self.record(action, None, None, None, what)
        else:
            self.record(action, "client", client_id, client_id, what)


def _without_casework(record: ClientRecord) -> ClientRecord:
    return dataclasses.replace(record, notes=(), cases=())


def _item_of(item: tuple[str, str], arguments: dict[str, Any]) -> tuple[str, int | None]:
    """The kind of item and its id, from the arguments a rule's ``item`` names."""
    kind_spec, argument = item
    kind = str(arguments[kind_spec[1:]]) if kind_spec.startswith("=") else kind_spec
    value = arguments.get(argument)
    item_id = value if isinstance(value, int) else getattr(value, "id", None)
    return kind, None if item_id is None else int(item_id)


def _with_count(what: str, result: Any, arguments: dict[str, Any]) -> str:
    """``what`` and, for an export or import, how many rows it wrote."""
    rows = arguments.get("rows")
    if isinstance(result, bool) or not isinstance(result, int | list):
        count = len(rows) if isinstance(rows, list | tuple) else None
    else:
        count = result if isinstance(result, int) else len(result)
    return what if count is None else f"{what} {count} rows"


def _action_of(rule: Rule, declaration: Declaration, arguments: dict[str, Any]) -> Action:
    if declaration.item is not None and declaration.item[0].startswith("="):
        kind = arguments.get(declaration.item[0][1:])
        if kind not in KIND_ACTIONS:
            raise ValidationError("kind", f'"{kind}" is not one of {", ".join(KIND_ACTIONS)}')
        return KIND_ACTIONS[str(kind)]
    return rule.action


def _before(session: AccessSession, service: str, method: str, arguments: dict[str, Any]) -> None:
    """Checks that depend on the arguments, and arguments the actor may not choose."""
    if service == "audit" and method in ("record", "record_many"):
        arguments["user"] = session.actor.name  # nobody writes entries in another's name
    if (service, method) in (("consent", "require_consent_or_override"),
                             ("referrals", "create")) \
            and not session.may(Action.OVERRIDE_CONSENT):
        arguments["override_reason"] = None  # only a supervisor's reason overrides
    if (service, method) == ("letters", "save_many"):
        for request in arguments["requests"]:  # a group of letters: every client in reach
            if not session.reaches(request.client_id):
                raise session.refuse(f"{service}.{method}", request.client_id,
                                     f"client {request.client_id} is not assigned to you; "
                                     "ask for access with a reason")
    if service == "merge" and "other" in arguments \
            and not session.reaches(int(arguments["other"])):  # both files must be in reach
        raise session.refuse(f"{service}.{method}", int(arguments["other"]),
                             f"client {arguments['other']} is not assigned to you; "
                             "ask for access with a reason")
    rule = POLICY[(service, method)]
    if rule.scope is not None and session.actor.role is Role.LAWYER:
        _limit_to_own_clients(arguments, rule.scope, session.actor.name)
    if service == "accounts" and "by" in arguments:
        arguments["by"] = session.actor  # who changes whom is decided in the account service


def _limit_to_own_clients(arguments: dict[str, Any], argument: str, own: str) -> None:
    """A lawyer's list covers their own clients, whichever lawyer it asks for: the lawyer
    argument becomes their name, so the query leaves every other client out. (The reminders ask
    with the name typed in Settings; another lawyer's name gives one's own clients, no error.)"""
    asked = arguments.get(argument)
    same = isinstance(asked, str) and asked.strip().lower() == own.lower()
    arguments[argument] = asked.strip() if same and isinstance(asked, str) else own


def declaration_on(service_type: type, name: str) -> Declaration | None:
    """The declaration of a service's method: its ``@guarded``."""
    return declaration_of(inspect.getattr_static(service_type, name, None))


def public_methods(services: Services) -> dict[tuple[str, str], Declaration | None]:
    """Every public method of every service, keyed (field, method), with its declaration."""
    return {
        (spec.name, name): declaration_on(type(service), name)
        for spec in dataclasses.fields(services)
        if is_service(service := getattr(services, spec.name))
        for name in dir(service)
        if not name.startswith("_") and callable(getattr(service, name))
    }


def _sealed_attribute(sealed: object, attribute: str) -> Any:
    """What a sealed copy shows: declared methods behind the checks, plain public values of the
    service; private attributes and undeclared methods are not there."""
    if attribute.startswith("__"):
        return object.__getattribute__(sealed, attribute)
    seal: Seal = object.__getattribute__(sealed, "__dict__")[SEAL]
    service = type(seal.target)
    if attribute.startswith("_"):
        raise AttributeError(f"{service.__name__}.{attribute} is not part of the service")
    declaration = declaration_on(service, attribute)
    if declaration is not None:
        function = inspect.getattr_static(service, attribute)
        if declaration_of(function) is None:
            function = checked(declaration, function)
        return function.__get__(sealed, type(sealed))
    value = getattr(seal.target, attribute)
    if callable(value):
        session = cast("AccessSession", seal.checks)
        what = f"{service.__name__}.{attribute}"
        raise session.refuse(what, None, f"{what} is not in the access policy")
    return value


def _sealed_setattr(sealed: object, attribute: str, value: object) -> None:
    raise AttributeError(f"{type(sealed).__name__} cannot be changed through the guard")


_SEALED_TYPES: dict[type, type] = {}


def _sealed(target: T, session: AccessSession) -> T:
    """A copy of ``target`` of the same type whose declared methods go through the checks."""
    service = type(target)
    if service not in _SEALED_TYPES:
        _SEALED_TYPES[service] = type(f"Sealed{service.__name__}", (service,), {
            "__getattribute__": _sealed_attribute, "__setattr__": _sealed_setattr})
    sealed: object = object.__new__(_SEALED_TYPES[service])
    object.__getattribute__(sealed, "__dict__")[SEAL] = Seal(target, session)
    return cast("T", sealed)


class SealedEngine:
    """The engine as the guarded services show it: it can be closed, nothing else, so no query
    goes around the checks."""

    def __init__(self, engine: Engine) -> None:
        object.__setattr__(self, "_engine", engine)

    def dispose(self) -> None:
        self._engine.dispose()

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("_"):  # copy, pickle and hasattr probe these: "not here"
            raise AttributeError(attribute)
        raise AccessDenied("the database is reached through the services only")

    def __setattr__(self, attribute: str, value: object) -> None:
        raise AccessDenied("the database is reached through the services only")


def guard(services: Services, actor: Actor) -> Services:
    """The same services, each behind the access checks for ``actor``."""
    from legalaid.services import GuardedServices

    session = AccessSession(actor, services.engine, services.audit)
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(services):
        value = getattr(services, spec.name)
        if is_service(value):
            if hasattr(value, "user"):  # the change log and consent records name the user
                value = copy.copy(value)  # a copy: other sessions keep their own user
                value.user = actor.name
                if hasattr(value, "role"):  # what the input may carry depends on the role
                    value.role = actor.role
            value = _sealed(value, session)
        values[spec.name] = value
    values["engine"] = SealedEngine(services.engine)
    guarded = GuardedServices(**values)
    guarded.access = session
    return cast("Services", guarded)
