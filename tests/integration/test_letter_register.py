"""The letters register: outgoing numbers per year, unique across two instances saving at once,
PDFs kept in the database, the organisation profile on the letterhead; and batch letters."""

from __future__ import annotations

import datetime as dt
import io
import threading
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import Engine
from tests import postgres
from tests.logo_images import png
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.session import create_engine_for
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.errors import ValidationError
from legalaid.services import Services, build_services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.letters import batch as letter_batch
from legalaid.services.letters.batch import BatchRequest, run_batch
from legalaid.services.letters.compose import LetterRequest
from legalaid.services.letters.register import LanguageProfile, OrganisationProfile
from legalaid.services.roles import Role

POLICE_FIELDS = {"police_office": "УМП ДП г. Алматы", "request": "extension",
                 "reason": "лечение"}
DAY = dt.date(2026, 11, 21)


def client(family: str = "Жұмабекова", passport: bool = True) -> ClientRecord:
    documents = (DocumentRecord(DocumentType.PASSPORT, "FA7654321",
                                valid_from=dt.date(2021, 5, 4),
                                valid_until=dt.date(2031, 5, 3)),) if passport else ()
    return ClientRecord(
        names=(NameSpelling(family, "Әйгерім", Script.CYRILLIC),
               NameSpelling("Zhumabekova", "Aigerim", Script.LATIN)),
        sex=Sex.FEMALE, date_of_birth=dt.date(1991, 3, 7), citizenship="UZ",
        category=Category.VISITOR, documents=documents,
        trips=(TripRecord(entry=dt.date(2026, 9, 1)),), lawyer="С. Қалиева",
    )


def request(client_id: int, language: str = "ru", date: dt.date = DAY) -> LetterRequest:
    return LetterRequest("police_extension", client_id, language, fields=POLICE_FIELDS,
                         date=date, lawyer="С. Қалиева")


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def profiled(services: Services) -> Services:
    services.letters.save_organisation(replace(SYNTHETIC_ORGANISATION, prefix="la"))
    return services


def test_saved_letters_take_consecutive_numbers_and_keep_their_pdf(
        profiled: Services, tmp_path: Path) -> None:
    client_id = profiled.clients.add(client())
    before = set(tmp_path.rglob("*"))
    first = profiled.letters.save(request(client_id))
    second = profiled.letters.save(request(client_id, "kk"))
    assert (first.letter.number, second.letter.number) == ("LA-2026/0001", "LA-2026/0002")
    stored = profiled.letters.pdf(first.letter.id)
    assert stored == first.pdf
    text = text_of(stored)
    assert "LA-2026/0001" in text
    assert "Узбекистан" in text and " UZ" not in text  # the country's name, not its code
    ru = SYNTHETIC_ORGANISATION.ru  # a Russian letter prints the Russian letterhead
    assert ru.name in text and ru.address in text and SYNTHETIC_ORGANISATION.phone in text
    assert ru.signatory in text
    assert "Өзбекстан" in text_of(profiled.letters.pdf(second.letter.id))
    register = profiled.letters.letters_of_client(client_id)
    assert [row.number for row in register] == ["LA-2026/0002", "LA-2026/0001"]
    # No PDF written anywhere: only the database files are new.
    assert {p.suffix for p in set(tmp_path.rglob("*")) - before} <= {".sqlite", "-wal", "-shm"}


def test_the_register_names_each_client_by_the_primary_spelling(profiled: Services) -> None:
    first = profiled.clients.add(client())
    second = profiled.clients.add(client("Сейткали"))
    profiled.letters.save(request(first))
    profiled.letters.save(request(second, "kk"))
    assert [row.client_name for row in profiled.letters.letters()] == [
        "Сейткали Әйгерім", "Жұмабекова Әйгерім"]


def test_the_sequence_restarts_each_year(profiled: Services) -> None:
    client_id = profiled.clients.add(client())
    profiled.letters.save(request(client_id))
    next_year = profiled.letters.save(request(client_id, date=dt.date(2027, 1, 4)))
    assert next_year.letter.number == "LA-2027/0001"


def test_a_missing_required_field_stores_nothing(profiled: Services) -> None:
    client_id = profiled.clients.add(client(passport=False))
    with pytest.raises(ValidationError) as error:
        profiled.letters.save(request(client_id))
    assert error.value.field == "passport_number"
    assert profiled.letters.letters() == []


def test_numbers_stay_unique_when_two_instances_save_at_once(
        profiled: Services, engine: Engine) -> None:
    client_id = profiled.clients.add(client())
    other_engine = create_engine_for(postgres.url_of(engine))
    other = build_services(other_engine)
    numbers: list[str] = []
    lock = threading.Lock()

    def save_many(instance: Services) -> None:
        for _ in range(12):
            saved = instance.letters.save(request(client_id))
            with lock:
                numbers.append(saved.letter.number)

    threads = [threading.Thread(target=save_many, args=(instance,))
               for instance in (profiled, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other_engine.dispose()
    expected = {f"LA-2026/{n:04d}" for n in range(1, 25)}
    assert sorted(numbers) == sorted(expected)
    assert {row.number for row in profiled.letters.letters()} == expected


def test_preview_shows_a_blank_number_and_registers_nothing(profiled: Services) -> None:
    client_id = profiled.clients.add(client())
    text = text_of(profiled.letters.preview(request(client_id)))
    assert "LA-2026/____" in text
    assert profiled.letters.letters() == []


def test_profile_refuses_an_empty_name_and_a_bad_prefix(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.letters.save_organisation(OrganisationProfile(
            kk=LanguageProfile("  "), ru=LanguageProfile(" ", "Алматы"), en=LanguageProfile()))
    assert error.value.field == "name_ru"
    with pytest.raises(ValidationError) as error:
        services.letters.save_organisation(OrganisationProfile(en=LanguageProfile("X"),
                                                               prefix="ИСХ"))
    assert error.value.field == "prefix"


def test_batch_produces_registers_and_explains_what_it_skipped(
        profiled: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(letter_batch, "GROUP", 2)  # progress moves once per group of letters
    ok = [profiled.clients.add(client()) for _ in range(3)]
    no_passport = profiled.clients.add(client(passport=False))
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int]] = []
    summary = run_batch(profiled.letters, BatchRequest(
        "police_extension", [ok[0], no_passport, ok[1], ok[2]], "ru", folder, POLICE_FIELDS,
        date=DAY), progress=lambda done, total: seen.append((done, total)))
    assert [p.client_id for p in summary.produced] == ok
    assert [(s.client_id, s.field) for s in summary.skipped] == [(no_passport, "passport_number")]
    assert seen == [(2, 4), (4, 4)]
    files = sorted(path.name for path in folder.iterdir())
    assert files == [f"LA-2026-000{n}_police_extension_{cid}.pdf"
                     for n, cid in zip((1, 2, 3), ok, strict=True)]
    assert "LA-2026/0003" in text_of((folder / files[2]).read_bytes())
    assert len(profiled.letters.letters()) == 3


def test_batch_cancel_leaves_only_whole_files(profiled: Services, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(letter_batch, "GROUP", 2)  # cancel stops before the next group
    ids = [profiled.clients.add(client()) for _ in range(5)]
    folder = tmp_path / "out"
    folder.mkdir()
    done_count = 0

    def progress(done: int, total: int) -> None:
        nonlocal done_count
        done_count = done

    summary = run_batch(profiled.letters, BatchRequest(
        "police_extension", ids, "kk", folder, POLICE_FIELDS, date=DAY),
        progress=progress, cancelled=lambda: done_count >= 2)
    assert summary.cancelled and len(summary.produced) == 2
    files = list(folder.iterdir())
    assert len(files) == 2 and all(path.suffix == ".pdf" for path in files)
    for path in files:  # each one a complete, readable PDF
        assert "Өзбекстан" in text_of(path.read_bytes())
    # Every number taken has its letter: the register holds exactly the two produced.
    assert sorted(row.number for row in profiled.letters.letters()) == [
        "LA-2026/0001", "LA-2026/0002"]


def test_batch_skips_what_the_precheck_refuses(profiled: Services, tmp_path: Path) -> None:
    ids = [profiled.clients.add(client()) for _ in range(2)]
    summary = run_batch(profiled.letters, BatchRequest(
        "police_extension", ids, "en", tmp_path, POLICE_FIELDS, date=DAY),
        precheck=lambda cid: "no consent" if cid == ids[0] else None)
    assert [s.reason for s in summary.skipped] == ["no consent"]
    assert [p.client_id for p in summary.produced] == [ids[1]]


def _printed(services: Services) -> list[tuple[str | None, int | None, int | None, str]]:
    """The audit trail's letter prints, oldest first: user, letter id, client id, detail."""
    entries = services.audit.entries(AuditFilter(action="print"))
    return [(entry.user, entry.record_id, entry.client_id, entry.detail)
            for entry in reversed(entries) if entry.table_name == "letter"]


def test_a_letter_whose_file_cannot_be_written_takes_no_number(profiled: Services) -> None:
    client_id = profiled.clients.add(client())

    def full_disk(pdf: bytes) -> None:
        raise ValidationError("-o", "cannot write letter.pdf: No space left on device")

    with pytest.raises(ValidationError):
        profiled.letters.save(request(client_id), sink=full_disk)
    assert profiled.letters.letters() == []
    assert _printed(profiled) == []
    written: list[bytes] = []
    saved = profiled.letters.save(request(client_id), sink=written.append)
    assert saved.letter.number == "LA-2026/0001"  # no gap: the failed one used no number
    assert written == [saved.pdf]


def test_every_letter_printed_is_audited_with_its_letter_and_client(
        profiled: Services, tmp_path: Path) -> None:
    client_id = profiled.clients.add(client())
    other = profiled.clients.add(client("Омарова"))
    admin = guard(profiled, Actor("root", Role.ADMINISTRATOR))
    saved = admin.letters.save(request(client_id), sink=lambda pdf: None)
    admin.letters.preview(request(client_id), sink=lambda pdf: None)  # a draft written out
    admin.letters.preview(replace(request(client_id), number="LA-2026/0042"),
                          sink=lambda pdf: None)
    admin.letters.preview(request(client_id))  # shown on screen only: not printed
    summary = run_batch(admin.letters, BatchRequest(
        "police_extension", [other], "ru", tmp_path, POLICE_FIELDS, date=DAY))
    batch_letter = admin.letters.letters_of_client(other)[0]
    assert [p.client_id for p in summary.produced] == [other]
    assert _printed(profiled) == [
        ("root", saved.letter.id, client_id, "letters.save"),
        ("root", None, client_id, "letters.preview police_extension (draft)"),
        ("root", None, client_id, "letters.preview police_extension (number by hand)"),
        ("root", batch_letter.id, other, "letters.save_many"),
    ]


def test_profile_refuses_a_logo_that_is_not_a_png_or_jpeg_of_sensible_size(
        services: Services) -> None:
    for logo in (b"just some text", png(20_000, 20_000), png(9000, 9000)):
        with pytest.raises(ValidationError) as error:
            services.letters.save_organisation(OrganisationProfile(en=LanguageProfile("X"),
                                                                   logo_image=logo))
        assert error.value.field == "logo"
    assert services.letters.organisation().logo_image is None
    logo = png(400, 200)
    services.letters.save_organisation(OrganisationProfile(en=LanguageProfile("X"),
                                                           logo_image=logo))
    assert services.letters.organisation().logo_image == logo
