"""``legalaid letter`` refuses to print an empty detail of the organisation profile: exit 2 with
one line naming the field and where it is filled in; the letter of a complete language prints."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from tests.e2e.test_cli_letter import _client_who_consents, legalaid
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid import settings as app_settings
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.services.letters.register import LanguageProfile

ARGS = ("letter", "embassy_documents", "--client", "1", "--field", "embassy=Elchixona",
        "--field", "document=passport", "--lawyer", "С. Қалиева")


def _without_kazakh_name(base: Path) -> None:
    from dataclasses import replace

    paths = AppPaths.create(base)
    context = CommandContext(paths=paths, settings=app_settings.load(paths.settings_file))
    try:
        kk = SYNTHETIC_ORGANISATION.kk
        context.services().letters.save_organisation(replace(
            SYNTHETIC_ORGANISATION, kk=LanguageProfile("", kk.address, kk.signatory)))
    finally:
        context.close()


def test_a_letter_in_a_language_without_the_organisations_name_is_exit_2_naming_it(
        tmp_path: Path) -> None:
    base = _client_who_consents(tmp_path)
    _without_kazakh_name(base)
    output = base / "kk.pdf"
    refused = legalaid(base, *ARGS, "--lang", "kk", "-o", str(output))
    assert refused.returncode == 2
    assert refused.stderr == ("legalaid: organisation.name_kk: missing: fill it in "
                              "Settings → Organisation\n")
    assert not output.exists()
    # Russian is complete: its letter prints the Russian name, never the Kazakh address.
    printed = legalaid(base, *ARGS, "--lang", "ru", "-o", str(base / "ru.pdf"))
    assert printed.returncode == 0, printed.stderr
    text = " ".join(page.extract_text()
                    for page in pypdf.PdfReader(io.BytesIO((base / "ru.pdf").read_bytes())).pages)
    assert SYNTHETIC_ORGANISATION.ru.name in text
    assert SYNTHETIC_ORGANISATION.kk.address not in text
