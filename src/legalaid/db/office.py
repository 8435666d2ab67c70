"""The office installation on a PostgreSQL server: roles, grants, the audit log's append-only
trigger, the migration lock, and the checks ``legalaid selfcheck`` runs against a server.

Two roles share the database. The owner role owns the schema and is the only one that migrates.
The data role is the one the desktops connect as: it reads and writes the case records, but may
not create, alter or drop anything, and may only ``INSERT`` and ``SELECT`` audit rows. The
append-only rule is held twice: by the privileges, and by a trigger that refuses ``UPDATE``,
``DELETE`` and ``TRUNCATE`` on ``audit_log`` for every role, the owner's too.

Every statement here is PostgreSQL's; on SQLite the migration lock is a no-op (a file has one
writer at a time) and the audit log's triggers come with migration 0002.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import URL, Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from legalaid.errors import ValidationError

T = TypeVar("T")
# Any fixed 64-bit number: every LegalAid process that migrates takes this one lock.
MIGRATION_LOCK = 7_362_400_151_015
AUDIT_TABLE = "audit_log"
AUDIT_TRIGGER = "audit_log_append_only"
AUDIT_TRUNCATE_TRIGGER = "audit_log_no_truncate"
AUDIT_FUNCTION = "legalaid_audit_append_only"
# Read by the desktops to learn the schema version; only the owner's migrations change it.
READ_ONLY_TABLES = ("alembic_version",)
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def on_server(engine: Engine, work: Callable[[Connection], T], *, write: bool = False) -> T:
    """Run one of this module's steps on a connection of its own, committed when ``write``:
    the office's set-up and checks stand outside the case records' transactions."""
    with engine.begin() if write else engine.connect() as connection:
        return work(connection)


def is_server(engine: Engine | Connection) -> bool:
    """True for a database on a server (PostgreSQL), False for an SQLite file."""
    return engine.dialect.name == "postgresql"


@contextmanager
def migration_lock(connection: Connection) -> Iterator[None]:
    """Hold the migration lock for the rest of ``connection``'s transaction: concurrent
    migrations of one server database run one after the other (the second finds the work done)."""
    if is_server(connection):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    yield


def checked_role_name(option: str, name: str) -> str:
    """A role name LegalAid creates: lower-case letters, digits and underscores."""
    if not _ROLE_NAME.fullmatch(name):
        raise ValidationError(option, "a role name is lower-case letters, digits and "
                              "underscores, starting with a letter (at most 63)")
    return name


@dataclass(frozen=True)
class OfficeRoles:
    """The two roles of an office database and their passwords (never shown or logged)."""

    owner: str
    data: str
    owner_password: str = field(repr=False)
    data_password: str = field(repr=False)


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _password_literal(connection: Connection, role: str, password: str) -> str:
    """The password as the server stores it (a SCRAM verifier computed here), so that the
    plain password never reaches the server's statement log."""
    raw = connection.connection.driver_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is not None:  # psycopg 3: libpq's PQencryptPasswordConn
        secret = pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
        value: str = secret.decode()
    else:
        value = password
    return "'" + value.replace("'", "''") + "'"


def create_roles(connection: Connection, roles: OfficeRoles) -> None:
    """As a superuser (or a role with CREATEROLE): create or update both roles, make the owner
    role own the database and everything already in its schema, and let the data role connect."""
    database = str(connection.execute(text("SELECT current_database()")).scalar())
    owner, data = _quoted(connection, roles.owner), _quoted(connection, roles.data)
    for name, password in ((roles.owner, roles.owner_password), (roles.data, roles.data_password)):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                                    {"name": name}).scalar()
        verb = "ALTER" if exists else "CREATE"
        # Not through text(): a verifier's colons would read as bind parameters.
        connection.exec_driver_sql(
            f"{verb} ROLE {_quoted(connection, name)} LOGIN NOSUPERUSER NOCREATEDB "
            f"NOCREATEROLE PASSWORD {_password_literal(connection, name, password)}")
    quoted_db = _quoted(connection, database)
    if not connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
                                   )).scalar():
        # A managed server's administrator is no superuser: it must be a member of the owner
        # role to hand it the database and to act as it while migrating.
        connection.execute(text(f"GRANT {owner} TO CURRENT_USER"))
    connection.execute(text(f"ALTER DATABASE {quoted_db} OWNER TO {owner}"))
    connection.execute(text(f"ALTER SCHEMA public OWNER TO {owner}"))
    # Before PostgreSQL 15 every role could create tables in public; never the desktops.
    connection.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    connection.execute(text(f"REVOKE CREATE ON DATABASE {quoted_db} FROM PUBLIC"))
    connection.execute(text(f"REVOKE CREATE ON DATABASE {quoted_db} FROM {data}"))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {quoted_db} TO {data}"))
    # Tables a superuser migrated before the setup pass to the owner role.
    for kind, catalogue in (("TABLE", "pg_tables"), ("SEQUENCE", "pg_sequences")):
        column = "tablename" if kind == "TABLE" else "sequencename"
        owner_column = "tableowner" if kind == "TABLE" else "sequenceowner"
        names = connection.execute(text(
            f"SELECT {column} FROM {catalogue} WHERE schemaname = 'public' "
            f"AND {owner_column} <> :owner"), {"owner": roles.owner}).scalars().all()
        for name in names:
            connection.execute(text(f"ALTER {kind} public.{_quoted(connection, name)} "
                                    f"OWNER TO {owner}"))


def owner_engine(admin_url: str, owner: str) -> Engine:
    """An engine that connects with the administrator's URL and acts as the owner role (so that
    what it creates belongs to the owner, without the owner's password)."""
    url: URL = make_url(admin_url)
    return create_engine(url, connect_args={"options": f"-c role={owner}"})


def grant_data_role(connection: Connection, roles: OfficeRoles) -> None:
    """As the owner, after migrating: the data role's rights on what exists and on what later
    migrations create, and the audit log's append-only trigger."""
    owner, data = _quoted(connection, roles.owner), _quoted(connection, roles.data)
    audit = _quoted(connection, AUDIT_TABLE)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {data}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {data}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {data}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {data}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA public "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {data}",
        f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {audit} FROM {data}",
        f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM {data}",
    ]
    statements += [f"REVOKE INSERT, UPDATE, DELETE ON {_quoted(connection, table)} FROM {data}"
                   for table in READ_ONLY_TABLES]
    statements += [
        f"CREATE OR REPLACE FUNCTION {AUDIT_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'the audit trail is append-only' "
        "USING ERRCODE = 'insufficient_privilege'; END $$",
        f"DROP TRIGGER IF EXISTS {AUDIT_TRIGGER} ON {audit}",
        f"CREATE TRIGGER {AUDIT_TRIGGER} BEFORE UPDATE OR DELETE ON {audit} "
        f"FOR EACH ROW EXECUTE FUNCTION {AUDIT_FUNCTION}()",
        f"DROP TRIGGER IF EXISTS {AUDIT_TRUNCATE_TRIGGER} ON {audit}",
        f"CREATE TRIGGER {AUDIT_TRUNCATE_TRIGGER} BEFORE TRUNCATE ON {audit} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {AUDIT_FUNCTION}()",
        f"REVOKE ALL ON FUNCTION {AUDIT_FUNCTION}() FROM PUBLIC",
    ]
    for statement in statements:
        connection.execute(text(statement))


def data_url(admin_url: str, role: str) -> str:
    """The URL the desktops use: the administrator's server and database, the data role, no
    password (the desktop keeps it in the system keyring or asks)."""
    url = make_url(admin_url).set(username=role, password=None)
    return url.render_as_string(hide_password=False)


# The checks of a server installation (``legalaid selfcheck --db URL``), each on a connection
# made with the URL the desktops use.

def ddl_rights(connection: Connection) -> list[str]:
    """What the connected role may do to the schema (empty: nothing, as a desktop's role)."""
    row = connection.execute(text(
        "SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
        "has_schema_privilege(current_user, 'public', 'CREATE'), "
        "has_database_privilege(current_user, current_database(), 'CREATE'), "
        "(SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
        " AND pg_has_role(current_user, tableowner, 'USAGE')) "
        "FROM pg_roles r WHERE r.rolname = current_user")).one()
    labels = ("superuser", "creates roles", "creates databases", "creates tables",
              "creates schemas")
    found = [label for label, held in zip(labels, row[:5], strict=True) if held]
    if row[5]:
        found.append(f"owns {row[5]} tables")
    return found


def audit_rights(connection: Connection) -> list[str]:
    """Which of UPDATE, DELETE, TRUNCATE the connected role holds on the audit log."""
    return [privilege for privilege in ("UPDATE", "DELETE", "TRUNCATE")
            if connection.execute(text("SELECT has_table_privilege(current_user, :table, :p)"),
                                  {"table": AUDIT_TABLE, "p": privilege}).scalar()]


def audit_trigger_enabled(connection: Connection) -> bool:
    """Whether the append-only trigger is on the audit log and enabled."""
    return bool(connection.execute(text(
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = CAST(:table AS regclass) "
        "AND tgname IN (:row, :truncate) AND tgenabled <> 'D'"),
        {"table": AUDIT_TABLE, "row": AUDIT_TRIGGER,
         "truncate": AUDIT_TRUNCATE_TRIGGER}).scalar() == 2)


def index_exists(connection: Connection, name: str) -> bool:
    return bool(connection.execute(text(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname = :name"),
        {"name": name}).scalar())


def probe_engine(url: str, timeout_seconds: int = 5) -> Engine:
    """An engine for one short check: no pool, a connect timeout."""
    from sqlalchemy.pool import NullPool

    return create_engine(make_url(url), poolclass=NullPool,
                         connect_args={"connect_timeout": timeout_seconds})


def server_facts(connection: Connection) -> tuple[str, str, bool]:
    """The server's version, the role connected, and whether the connection is encrypted."""
    version = str(connection.execute(text("SHOW server_version")).scalar())
    user = str(connection.execute(text("SELECT current_user")).scalar())
    tls = bool(connection.execute(text(
        "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"
    )).scalar())
    return version, user, tls


def write_and_read_probe(connection: Connection) -> int:
    """Insert a client row and read it back inside a transaction that is rolled back; returns
    the id the server gave it (nothing stays in the database)."""
    import datetime as dt

    from sqlalchemy import insert, select

    from legalaid.db.models import Client

    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    transaction = connection.begin()
    try:
        new_id = connection.execute(insert(Client).values(
            created_at=now, updated_at=now, languages="", safe_to_contact=False,
            reporting_consent=False).returning(Client.id)).scalar_one()
        read = connection.execute(select(Client.id).where(Client.id == new_id)).scalar()
        if read != new_id:
            raise RuntimeError("the probe row written could not be read back")
        return int(new_id)
    finally:
        transaction.rollback()
