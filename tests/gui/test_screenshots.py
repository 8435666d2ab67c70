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
    names = sorted(path.name for path in out.iterdir())
    # 1 list + 8 client file tabs + 3 wizard pages, per language.
    assert len(names) == 3 * 12
    for language in ("kk", "ru", "en"):
        assert f"{language}-client-list.png" in names
        assert f"{language}-client-file-3-travel.png" in names
        assert f"{language}-intake-3.png" in names
    image = QImage(str(out / "kk-client-list.png"))
    assert image.width() >= 1000 and image.height() >= 700
