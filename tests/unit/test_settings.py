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
