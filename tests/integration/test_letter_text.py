"""Letters read as a lawyer would type them: names declined, forms agreeing with the client's
sex, amounts and dates written the way the letter's language writes them, and text printed
exactly as typed. Clients are stored in a real database and letters produced through the
services, then read back from the PDF as its reader sees it."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.errors import ValidationError
from legalaid.pdf.context import template_values
from legalaid.services import Services
from legalaid.services.letters.compose import LetterRequest, letter_context, template_for

NBSP = "\u00a0"
WAGES = {"employer": 'ТОО "Ромашка"', "worked_from": "2026-03-01", "amount": "450000",
         "reply_days": "10"}


@pytest.fixture(autouse=True)
def _letterhead(letterhead: Services) -> None:
    """Every letter here prints the made-up organisation's letterhead."""


def add_client(services: Services, family: str, given: str, sex: Sex | None,
               latin: tuple[str, str] = ("Fedorov", "Stepan"),
               script: Script = Script.CYRILLIC) -> int:
    names = [NameSpelling(family, given, script)]
    if script == Script.CYRILLIC:
        names.append(NameSpelling(*latin, Script.LATIN))
    return services.clients.add(ClientRecord(
        names=tuple(names), sex=sex, date_of_birth=dt.date(1990, 5, 17), citizenship="UZ",
        category=Category.LABOUR_IMMIGRANT,
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                                  valid_from=dt.date(2022, 1, 10),
                                  valid_until=dt.date(2032, 1, 9)),),
        trips=(TripRecord(entry=dt.date(2026, 2, 20)),),
    ))


def letter_text(services: Services, template: str, client_id: int, language: str,
                **fields: str) -> str:
    request = LetterRequest(template, client_id, language, fields=fields, lawyer="С. Қалиева",
                            date=dt.date(2026, 12, 7))
    pdf = services.letters.preview(request)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split(" "))  # keeps no-break spaces, joins nothing else


def flat(text: str) -> str:
    """Line breaks of the layout as spaces (a no-break space is kept)."""
    return " ".join(text.replace(NBSP, "\0").split()).replace("\0", NBSP)


def test_a_man_is_declined_and_the_verb_is_masculine(services: Services) -> None:
    client = add_client(services, "Федоров", "Степан", Sex.MALE)
    text = flat(letter_text(services, "employer_wages", client, "ru", **WAGES))
    assert "представляет интересы Федорова Степана, который работал у Вас с 01.03.2026" in text
    assert "(ая)" not in text and "(а)" not in text


def test_a_woman_is_declined_and_the_verb_is_feminine(services: Services) -> None:
    client = add_client(services, "Каримова", "Дилноза", Sex.FEMALE, ("Karimova", "Dilnoza"))
    text = flat(letter_text(services, "employer_wages", client, "ru", **WAGES))
    assert "представляет интересы Каримовой Дилнозы, которая работала у Вас" in text


def test_without_a_recorded_sex_both_forms_print_and_the_name_is_not_guessed(
        services: Services) -> None:
    client = add_client(services, "Федоров", "Степан", None)
    text = flat(letter_text(services, "employer_wages", client, "ru", **WAGES))
    assert "представляет интересы гр. Федоров Степан, который(ая) работал(а) у Вас" in text


def test_a_name_in_uzbek_letters_stays_as_in_the_passport(services: Services) -> None:
    client = add_client(services, "Мамадалиев", "Ғани", Sex.MALE, ("Mamadaliev", "G'ani"))
    text = flat(letter_text(services, "host_notification", client, "ru",
                            host="Иванов И. И.", notify_by="2026-12-14"))
    assert "оказывает юридическую помощь гр. Мамадалиев Ғани (гражданство" in text
    assert "который прибыл 20.02.2026" in text


def test_a_kazakh_letter_keeps_the_name_in_the_nominative(services: Services) -> None:
    client = add_client(services, "Каримова", "Дилноза", Sex.FEMALE, ("Karimova", "Dilnoza"))
    text = flat(letter_text(services, "employer_wages", client, "kk", **WAGES))
    assert "қызметкердің мүддесін білдіреді: Каримова Дилноза." in text
    assert "қарыз сомасы 450 000 теңге" in text


def merged(services: Services, template_id: str, client_id: int, language: str,
           **fields: str) -> str:
    """The letter's text as composed, before layout (the PDF's text layer shows a no-break
    space as a plain one)."""
    request = LetterRequest(template_id, client_id, language, fields=fields)
    template = template_for(request)
    context = letter_context(services.clients, services.status, template, request,
                             SYNTHETIC_ORGANISATION.letterhead(language))
    return flat(template.merge(language, template_values(template, context, language)))


@pytest.mark.parametrize(("language", "amount"), [
    ("ru", "задолженность составляет 450 000 тенге"),
    ("kk", "қарыз сомасы 450 000 теңге"),
    ("en", "the amount owed is 450,000 tenge"),
])
def test_amounts_are_grouped_as_the_language_writes_them(
        services: Services, language: str, amount: str) -> None:
    client = add_client(services, "Федоров", "Степан", Sex.MALE)
    assert amount in flat(letter_text(services, "employer_wages", client, language, **WAGES))
    # The group separator is Babel's no-break space: "450" and "000" never part at a line end.
    composed = merged(services, "employer_wages", client, language, **WAGES)
    assert amount.replace("450 000", f"450{NBSP}000") in composed


@pytest.mark.parametrize(("language", "deadline"), [
    ("ru", "не позднее 14 декабря 2026 г."),
    ("en", "no later than 14 December 2026"),
])
def test_a_deadline_is_written_out_in_the_letters_language(
        services: Services, language: str, deadline: str) -> None:
    client = add_client(services, "Каримова", "Дилноза", Sex.FEMALE, ("Karimova", "Dilnoza"))
    text = flat(letter_text(services, "host_notification", client, language,
                            host="Иванов И. И.", notify_by="2026-12-14"))
    assert deadline in text


def test_quotes_apostrophes_and_numero_print_as_typed(services: Services) -> None:
    client = add_client(services, "G'afurov", "O'tkir", Sex.MALE, script=Script.LATIN)
    text = flat(letter_text(
        services, "embassy_documents", client, "en",
        embassy="Embassy of the Republic of Uzbekistan", document="passport",
        reason='Passport № AB0012345 was kept by TOO "Romashka" and «Stroy-Servis» (it\'s lost).',
    ))
    assert "G'afurov O'tkir" in text
    assert 'Passport № AB0012345 was kept by TOO "Romashka" and «Stroy-Servis» (it\'s lost).' \
        in text
    assert "&#" not in text and "&amp;" not in text


def test_an_organisation_name_in_quotes_prints_as_typed_in_russian(services: Services) -> None:
    client = add_client(services, "Федоров", "Степан", Sex.MALE)
    text = flat(letter_text(services, "employer_wages", client, "ru",
                            **{**WAGES, "employer": 'ТОО "Ромашка" & Co'}))
    assert 'ТОО "Ромашка" & Co' in text


def test_a_character_the_font_lacks_is_refused_naming_the_field(services: Services) -> None:
    client = add_client(services, "Федоров", "Степан", Sex.MALE)
    with pytest.raises(ValidationError) as refused:
        letter_text(services, "employer_wages", client, "ru", **{**WAGES, "employer": "王氏公司"})
    assert refused.value.field == "employer"
    assert '"王" (U+738B)' in refused.value.problem


def test_a_name_the_font_cannot_print_is_refused_naming_the_name(services: Services) -> None:
    client = add_client(services, "王", "小明", Sex.MALE, script=Script.LATIN)
    with pytest.raises(ValidationError) as refused:
        letter_text(services, "embassy_documents", client, "en",
                    embassy="Embassy", document="passport")
    assert refused.value.field == "name"


def test_every_kazakh_letter_prints_in_a_kazakh_letter(services: Services) -> None:
    letters = "ӘҒҚҢӨҰҮҺІ"
    client = add_client(services, "Жұмабекова", "Әйгерім", Sex.FEMALE, ("Zhumabekova", "Aigerim"))
    host = f"Әбілқасымова Ғалия ({letters} {letters.lower()})"
    text = letter_text(services, "host_notification", client, "kk", host=host,
                       notify_by="2026-12-14")
    assert f"{letters} {letters.lower()}" in flat(text)
    assert "Жұмабекова Әйгерім" in flat(text)
