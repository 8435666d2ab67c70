"""The case database: models, engines and sessions, migrations and repositories (SQLAlchemy)."""
