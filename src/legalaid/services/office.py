"""The office server: setting one up, connecting a desktop to it, and checking it end to end.

``setup_office`` is the administrator's ``legalaid office setup``: the owner and data roles, the
schema migrated as the owner under the migration lock, the data role's grants and the audit log's
append-only trigger, then the first administrator account (as ``users init`` creates it).

A desktop keeps the server's URL in its settings without a password; the password is kept in
the system keyring where there is one (``keyring`` package), otherwise asked at start, and added
to the URL only in memory (``with_password``). ``try_connection`` answers in one sentence what
worked or what failed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from legalaid.db import office
from legalaid.db.migrate import SCHEMA_HEAD, TRIGRAM_INDEX, ServerUpgrade, migrate_to_head
from legalaid.errors import AccessDenied, LegalAidError, ValidationError

if TYPE_CHECKING:
    from legalaid.services.command_context import CommandContext

log = logging.getLogger(__name__)

TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
# Modes that may send the password and the case data unencrypted: for a test server only.
UNSAFE_TLS_MODES = ("prefer", "disable")
DEFAULT_PORT = 5432
KEYRING_SERVICE = "LegalAid database server"
SERVER_DRIVER = "postgresql+psycopg"


def default_tls_mode(ca_file: str) -> str:
    """``verify-full`` when the office gave a CA file, else at least ``require``."""
    return "verify-full" if ca_file.strip() else "require"


@dataclass(frozen=True)
class ServerConnection:
    """What a desktop needs to reach the office server (no password)."""

    host: str
    port: int
    database: str
    user: str
    tls_mode: str
    ca_file: str = ""

    def checked(self) -> ServerConnection:
        for name in ("host", "database", "user"):
            if not getattr(self, name).strip():
                raise ValidationError(name, "is empty")
        if not 0 < self.port < 65536:
            raise ValidationError("port", "must be between 1 and 65535")
        if self.tls_mode not in TLS_MODES:
            raise ValidationError("tls_mode", f"must be one of {', '.join(TLS_MODES)}")
        if self.tls_mode.startswith("verify") and not self.ca_file.strip():
            raise ValidationError("ca_file", f"is needed to {self.tls_mode}")
        return self

    def url(self) -> str:
        """The URL the settings keep: no password."""
        from sqlalchemy import URL

        query = {"sslmode": self.tls_mode}
        if self.ca_file.strip():
            query["sslrootcert"] = self.ca_file.strip()
        return URL.create(SERVER_DRIVER, username=self.user.strip(), host=self.host.strip(),
                          port=self.port, database=self.database.strip(),
                          query=query).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerConnection:
        parsed = make_url(url)
        query = {key: str(value) for key, value in parsed.query.items()}
        ca_file = query.get("sslrootcert", "")
        return cls(parsed.host or "", parsed.port or DEFAULT_PORT, parsed.database or "",
                   parsed.username or "", query.get("sslmode", default_tls_mode(ca_file)),
                   ca_file)


def is_server_url(target: str | None) -> bool:
    return bool(target) and str(target).startswith("postgresql")


def has_password(url: str) -> bool:
    return make_url(url).password is not None


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` (for this run's engine only: never saved)."""
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def without_password(url: str) -> str:
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def _keyring_account(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.username}@{parsed.host}:{parsed.port or DEFAULT_PORT}/{parsed.database}"


def _usable_keyring() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as if there were none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    """Whether this computer has a system keyring to keep the server password in."""
    return _usable_keyring() is not None


def stored_password(url: str) -> str | None:
    """The password the keyring keeps for this server and user, or None."""
    store = _usable_keyring()
    if store is None:
        return None
    try:
        value = store.get_password(KEYRING_SERVICE, _keyring_account(url))
    except Exception:  # the keyring is locked or gone: ask instead
        log.info("the system keyring could not be read")
        return None
    return str(value) if value is not None else None


def store_password(url: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none (ask at each start)."""
    store = _usable_keyring()
    if store is None:
        return False
    try:
        store.set_password(KEYRING_SERVICE, _keyring_account(url), password)
    except Exception:
        log.info("the system keyring could not be written")
        return False
    return True


@dataclass(frozen=True)
class ConnectionTest:
    """What a connection attempt found: ``sentence`` in English, and ``kind`` with the values
    it names for the desktop to say it in the user's language."""

    ok: bool
    sentence: str
    kind: str = "other"
    values: Mapping[str, str] = field(default_factory=dict)


def _failure(error: BaseException, url: str) -> ConnectionTest:
    parsed = make_url(url)
    message = str(getattr(error, "orig", None) or error)
    lowered = message.lower()
    where = f"{parsed.host}:{parsed.port or DEFAULT_PORT}"
    first = message.strip().splitlines()[0] if message.strip() else type(error).__name__
    values = {"where": where, "user": parsed.username or "", "database": parsed.database or "",
              "detail": first}

    def failed(kind: str, sentence: str) -> ConnectionTest:
        return ConnectionTest(False, sentence, kind, values)

    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return failed("login", f"The server refused the user name or password for "
                               f"{parsed.username}.")
    if "does not exist" in lowered and "database" in lowered:
        return failed("no_database", f"The server at {where} has no database named "
                                     f"{parsed.database}.")
    if "does not exist" in lowered and "role" in lowered:
        return failed("no_user", f"The server at {where} has no user named {parsed.username}.")
    if "server does not support ssl" in lowered:
        return failed("no_tls", f"The server at {where} does not offer TLS: ask the "
                      "administrator to enable it (or choose another TLS mode for a test "
                      "server).")
    if "certificate" in lowered:
        return failed("certificate", f"The server's TLS certificate could not be verified: "
                                     f"{first}")
    if "no pg_hba.conf entry" in lowered:
        return failed("not_allowed", f"The server at {where} does not accept this computer or "
                                     "user (pg_hba.conf).")
    if "timeout" in lowered or "timed out" in lowered:
        return failed("timeout", f"No answer from {where} in time: check the host name, port "
                                 "and firewall.")
    if "connection refused" in lowered or "could not translate host name" in lowered \
            or "name or service not known" in lowered or "connection failed" in lowered:
        return failed("unreachable", f"No PostgreSQL server answers at {where}: check the host "
                                     "name and port.")
    return failed("other", f"The connection failed: {first}")


def _failure_sentence(error: BaseException, url: str) -> str:
    return _failure(error, url).sentence


def try_connection(url: str, password: str | None = None,
                   timeout_seconds: int = 5) -> ConnectionTest:
    """Connect once and say in one sentence what worked (server, role, TLS, schema) or what
    failed."""
    from legalaid.db.migrate import current_revision, known_revision, schema_problem

    full = with_password(url, password)
    try:
        engine = office.probe_engine(full, timeout_seconds)
    except (SQLAlchemyError, ValueError) as error:
        return _failure(error, url)
    try:
        version, user, tls = office.on_server(engine, office.server_facts)
        revision = current_revision(engine)
    except SQLAlchemyError as error:
        return _failure(error, url)
    finally:
        engine.dispose()
    problem = schema_problem(revision, True, ServerUpgrade.NEVER)
    encrypted = "encrypted (TLS)" if tls else "NOT encrypted"
    values = {"version": version, "user": user, "tls": "yes" if tls else "no",
              "revision": revision or "", "head": SCHEMA_HEAD}
    if problem is not None:
        kind = ("not_set_up" if revision is None
                else "older" if known_revision(revision) else "newer")
        return ConnectionTest(False, f"Connected to PostgreSQL {version} as {user}, "
                                     f"{encrypted}, but {problem}.", kind, values)
    return ConnectionTest(True, f"Connected to PostgreSQL {version} as {user}, {encrypted}; "
                                f"the database is at schema {revision}, as this app expects.",
                          "connected", values)


def check_desktop_schema(url: str) -> None:
    """Before a desktop opens a server database: SchemaMismatch unless it is at this app's schema
    (the desktops never migrate one); a server that cannot be reached is one sentence too."""
    from legalaid.db.migrate import check_schema

    engine = office.probe_engine(url, 10)
    try:
        check_schema(engine)
    except SQLAlchemyError as error:
        raise LegalAidError(_failure_sentence(error, url)) from None
    finally:
        engine.dispose()


def migrate_server(url: str) -> str:
    """``legalaid migrate`` on a server: upgrade to head as the role in ``url`` (the owner),
    under the migration lock; returns the revision."""
    engine = office.probe_engine(url, 10)
    try:
        return migrate_to_head(engine, server_upgrade=ServerUpgrade.ANY)
    except SQLAlchemyError as error:
        raise LegalAidError(f"migrate: {_failure_sentence(error, url)}") from None
    finally:
        engine.dispose()


@dataclass(frozen=True)
class OfficeSummary:
    database: str
    owner_role: str
    data_role: str
    schema: str
    administrator: str | None
    data_url: str

    def to_json(self) -> dict[str, Any]:
        return {"database": self.database, "owner_role": self.owner_role,
                "data_role": self.data_role, "schema": self.schema,
                "audit_append_only": True, "administrator": self.administrator,
                "desktop_url": self.data_url}


def setup_office(context: CommandContext, roles: office.OfficeRoles,
                 environ: Mapping[str, str], create_administrator: bool = True) -> OfficeSummary:
    """``legalaid office setup``: roles, schema, grants and trigger, first administrator. Run
    again, it brings the roles' passwords and rights up to date and migrates what is behind."""
    from legalaid.services.signin import initialise

    admin_url = context.database_target
    if not is_server_url(admin_url):
        raise ValidationError("--db", "office setup needs a PostgreSQL server URL "
                              "(postgresql+psycopg://ADMIN@HOST/DATABASE)")
    if roles.owner == roles.data:
        raise ValidationError("--data-role", "must differ from the owner role")
    engine = office.probe_engine(admin_url, 10)
    try:
        office.on_server(engine, lambda connection: office.create_roles(connection, roles),
                         write=True)
    except SQLAlchemyError as error:
        raise LegalAidError(f"office setup: {_failure_sentence(error, admin_url)}") from None
    finally:
        engine.dispose()
    owner = office.owner_engine(admin_url, roles.owner)
    try:
        schema = migrate_to_head(owner, server_upgrade=ServerUpgrade.ANY)
        office.on_server(owner, lambda connection: office.grant_data_role(connection, roles),
                         write=True)
    finally:
        owner.dispose()
    administrator: str | None = None
    if create_administrator:
        try:
            administrator = initialise(context, environ).name
        except AccessDenied:
            administrator = None  # the database has accounts already: nothing to create
    return OfficeSummary(make_url(admin_url).database or "", roles.owner, roles.data, schema,
                         administrator, office.data_url(admin_url, roles.data))


@dataclass(frozen=True)
class ServerCheck:
    name: str
    passed: bool
    detail: str
    milliseconds: float


def server_checks(url: str) -> list[ServerCheck]:
    """``legalaid selfcheck --db URL``: the installation as a desktop sees it, check by check;
    a failed connection stops the rest."""
    from legalaid.db.migrate import current_revision

    results: list[ServerCheck] = []
    engine = office.probe_engine(url, 10)

    def check(name: str, run: Callable[[], tuple[bool, str]]) -> bool:
        start = time.perf_counter()
        try:
            passed, detail = run()
        except (SQLAlchemyError, LegalAidError, RuntimeError) as error:
            passed, detail = False, _failure_sentence(error, url)
        results.append(ServerCheck(name, passed, detail, (time.perf_counter() - start) * 1000))
        return passed

    def connect() -> tuple[bool, str]:
        version, user, tls = office.on_server(engine, office.server_facts)
        return True, f"PostgreSQL {version} as {user}, {'TLS' if tls else 'no TLS'}"

    def schema() -> tuple[bool, str]:
        revision = current_revision(engine)
        return revision == SCHEMA_HEAD, f"schema {revision or 'none'} (this app: {SCHEMA_HEAD})"

    def no_ddl() -> tuple[bool, str]:
        rights = office.on_server(engine, office.ddl_rights)
        return not rights, ", ".join(rights) if rights else "no rights to change the schema"

    def audit() -> tuple[bool, str]:
        trigger = office.on_server(engine, office.audit_trigger_enabled)
        rights = office.on_server(engine, office.audit_rights)
        problems = ([] if trigger else ["the append-only trigger is missing"]) + \
            [f"this role may {right} audit rows" for right in rights]
        return not problems, "; ".join(problems) or "append-only (trigger and privileges)"

    def search_index() -> tuple[bool, str]:
        present = office.on_server(
            engine, lambda connection: office.index_exists(connection, TRIGRAM_INDEX))
        return present, TRIGRAM_INDEX + (" present" if present else " missing")

    def probe() -> tuple[bool, str]:
        office.on_server(engine, office.write_and_read_probe)
        return True, "a client row written and read back, then rolled back"

    try:
        if check("connect", connect):
            for name, run in (("schema version", schema), ("no schema rights", no_ddl),
                              ("audit append-only", audit), ("search index", search_index),
                              ("write and read", probe)):
                check(name, run)
    finally:
        engine.dispose()
    return results
