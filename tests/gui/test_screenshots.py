"""``legalaid screenshots`` writes every main screen in every language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from legalaid.app import main


def test_screenshots_of_every_screen_in_three_languages(qapp: object, tmp_path: Path,
                                                        capsys: object) -> None:
    out = tmp_path / "shots"
    status = main(["--base-dir", str(tmp_path / "base"), "screenshots", "--out", str(out)])
    assert status == 0
    names = {path.name for path in out.iterdir()}
    screens = ["client-list", "today", "calendar", "letters", "partners", "reports", "settings",
               "client-file-1-profile", "client-file-2-documents", "client-file-3-travel",
               "client-file-4-cases", "client-file-5-family", "client-file-6-notes",
               "client-file-7-letters", "client-file-8-referrals", "client-file-9-history",
               "client-file-10-consent", "client-file-banner",
               "client-file-explanation",
               "intake-1", "intake-2", "intake-3", "document-scan", "duplicate-list", "merge",
               "duplicate-choice"]
    expected = {f"{language}-{screen}.png" for language in ("kk", "ru", "en") for screen in screens}
    assert expected <= names
    image = QImage(str(out / "kk-client-list.png"))
    assert image.width() >= 1000 and image.height() >= 700
