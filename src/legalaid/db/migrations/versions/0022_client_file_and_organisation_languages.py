"""The rest of the client file and the organisation in each letter language: a client's need of an
interpreter; the client's lawyer as a reference to the lawyer's account (a name typed earlier that
matches a lawyer's account, without regard to case or surrounding spaces, is linked to it and
takes the account's spelling; any other name stays as it was typed); and the organisation's
name, address and signatory in Kazakh, Russian and English.

The one name, address and signatory stored so far go to the language they are written in
(Kazakh letters: Kazakh; other Cyrillic: Russian; Latin: English); the other languages stay empty
until they are filled in, and letters in those languages are refused until then.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

LANGUAGES = ("kk", "ru", "en")
_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_TEXTS = (("name", sa.String(300)), ("address", sa.Text()), ("signatory", sa.String(200)))


def language_of(text: str) -> str:
    """The letter language a text is written in, judged by its letters."""
    if any(ch in _KAZAKH for ch in text):
        return "kk"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    if any(ch.isalpha() for ch in text):
        return "en"
    return "ru"


def upgrade() -> None:
    # Plain ADD COLUMNs on the client: rebuilding it would cascade into every file.
    op.add_column("client", sa.Column("interpreter", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.add_column("client", sa.Column("lawyer_id", sa.Integer(), nullable=True))
    op.create_index("ix_client_lawyer_id", "client", ["lawyer_id"])
    for field, kind in _TEXTS:
        for language in LANGUAGES:
            op.add_column("organisation", sa.Column(f"{field}_{language}", kind, nullable=True))
    connection = op.get_bind()
    _link_lawyers(connection)
    _spread_organisation(connection)
    with op.batch_alter_table("organisation") as batch:  # a one-row table: cheap to rebuild
        for field, _kind in _TEXTS:
            batch.drop_column(field)


def _link_lawyers(connection: sa.Connection) -> None:
    accounts: dict[str, tuple[int, str]] = {}
    for account_id, name in connection.execute(sa.text(
            "SELECT id, name FROM user_account WHERE role = 'lawyer'")):
        accounts[name.strip().casefold()] = (account_id, name)
    if not accounts:
        return
    typed = [row[0] for row in connection.execute(sa.text(
        "SELECT DISTINCT lawyer FROM client WHERE lawyer IS NOT NULL"))]
    for value in typed:
        match = accounts.get(value.strip().casefold())
        if match is not None:
            connection.execute(sa.text(
                "UPDATE client SET lawyer_id = :id, lawyer = :name WHERE lawyer = :typed"),
                {"id": match[0], "name": match[1], "typed": value})


def _spread_organisation(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text(
        "SELECT id, name, address, signatory FROM organisation")).all()
    for row in rows:
        values = {}
        for field, value in zip(("name", "address", "signatory"), row[1:], strict=True):
            if value and value.strip():
                values[f"{field}_{language_of(value)}"] = value
        if values:
            assignments = ", ".join(f"{column} = :{column}" for column in values)
            connection.execute(sa.text(f"UPDATE organisation SET {assignments} WHERE id = :id"),
                               {**values, "id": row[0]})


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("name", sa.String(300), nullable=False, server_default=""))
        batch.add_column(sa.Column("address", sa.Text(), nullable=True))
        batch.add_column(sa.Column("signatory", sa.String(200), nullable=True))
    connection = op.get_bind()
    for field, _kind in _TEXTS:  # the first language that has it: Russian, Kazakh, English
        first = ", ".join(f"NULLIF({field}_{language}, '')" for language in ("ru", "kk", "en"))
        last = "''" if field == "name" else "NULL"  # the old name was required
        connection.execute(sa.text(
            f"UPDATE organisation SET {field} = COALESCE({first}, {last})"))
    with op.batch_alter_table("organisation") as batch:
        for field, _kind in _TEXTS:
            for language in LANGUAGES:
                batch.drop_column(f"{field}_{language}")
    op.drop_index("ix_client_lawyer_id", table_name="client")
    op.drop_column("client", "lawyer_id")
    op.drop_column("client", "interpreter")
