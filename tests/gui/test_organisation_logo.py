"""The organisation profile's logo: a file that is not a PNG or JPEG of sensible size is refused
when chosen, with the reason shown, and the logo already there stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.logo_images import png

from legalaid.db.migrate import migrate_to_head
from legalaid.db.session import create_engine_for
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.ops import wait_idle
from legalaid.gui.views.letters_page import OrganisationDialog
from legalaid.services import build_services
from legalaid.services.letters.register import LanguageProfile, OrganisationProfile


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    engine = create_engine_for(str(tmp_path / "case.sqlite"))
    migrate_to_head(engine)
    yield Desk(build_services(engine))
    engine.dispose()


def test_a_bad_logo_is_refused_with_the_reason_and_the_old_one_stays(
        qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    old = png(300, 100)
    desk.services.letters.save_organisation(OrganisationProfile(
        kk=LanguageProfile("«Құқық» қоры"), logo_name="old.png", logo_image=old))
    ensure_application()
    install_language("en")
    dialog = OrganisationDialog(desk.services.letters)
    qtbot.addWidget(dialog)
    text, huge = tmp_path / "logo.png", tmp_path / "huge.png"
    text.write_text("not an image", encoding="utf-8")
    huge.write_bytes(png(20_000, 20_000))  # a 400-megapixel header
    dialog.set_logo(text)
    assert dialog.problem.text() == "not a PNG or JPEG image"
    dialog.set_logo(huge)
    assert dialog.problem.text().startswith("20000 x 20000 pixels is too large")
    assert dialog.logo_label.text() == "old.png"
    dialog.save()
    assert wait_idle()
    assert desk.services.letters.organisation().logo_image == old
    new = tmp_path / "new.png"
    new.write_bytes(png(200, 200))
    dialog.set_logo(new)
    assert dialog.problem.text() == "" and dialog.logo_label.text() == "new.png"
    dialog.save()
    assert wait_idle()
    saved = desk.services.letters.organisation()
    assert (saved.logo_name, saved.logo_image) == ("new.png", new.read_bytes())
