"""Settings survive hand edits: bad values fall back to defaults, never stop the app."""

from pathlib import Path

from legalaid import settings


def test_round_trip_and_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(path) == settings.Settings()
    chosen = settings.Settings(language="kk", at_risk_threshold_days=21, rules_file="/x.toml")
    settings.save(chosen, path)
    assert settings.load(path) == chosen


def test_wrong_types_and_unknown_values_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "fr", "at_risk_threshold_days": "many", "rules_file": 7,'
                    ' "surprise": true}', encoding="utf-8")
    loaded = settings.load(path)
    assert loaded.language == "en"
    assert loaded.at_risk_threshold_days == 14
    assert loaded.rules_file is None


def test_a_corrupt_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert settings.load(path) == settings.Settings()


def test_a_server_password_never_reaches_the_settings_file(tmp_path: Path) -> None:
    from legalaid.settings import Settings, load, save

    path = tmp_path / "settings.json"
    chosen = Settings(database="postgresql+psycopg://desk:s3cret%40word@db.office:5433/cases"
                               "?sslmode=verify-full")
    save(chosen, path)
    written = path.read_text(encoding="utf-8")
    assert "s3cret" not in written
    assert load(path).database == ("postgresql+psycopg://desk@db.office:5433/cases"
                                   "?sslmode=verify-full")
    assert chosen.database is not None and "s3cret" in chosen.database  # in memory it stays


def test_a_file_path_with_an_at_sign_is_kept_as_it_is(tmp_path: Path) -> None:
    from legalaid.settings import Settings, load, save

    path = tmp_path / "settings.json"
    save(Settings(database="/home/a:b@c/case.sqlite"), path)
    assert load(path).database == "/home/a:b@c/case.sqlite"
