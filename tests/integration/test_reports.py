"""Activity reports: figures checked against counts this test works out from the data it
creates; small cells suppressed (also against subtraction); withdrawn consent kept out of the
breakdowns; exports read back from XLSX equal the source and formula-like names stay text."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from legalaid.db.session import session_factory
from legalaid.domain.enums import CaseStatus, Category, DocumentType, Script, Sex
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    NoteRecord,
)
from legalaid.services import Services
from legalaid.services.clients import ClientService
from legalaid.services.letters.compose import LetterRequest

START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
IN_PERIOD = dt.date(2023, 2, 1)
CONSENTED = dt.date(2022, 1, 1)
NOTES_WRITTEN = dt.datetime(2023, 5, 2, 10, 0)


def _client(family: str, category: Category, sex: Sex, born: dt.date, citizenship: str,
            cases: tuple[CaseRecord, ...], notes: int = 0) -> ClientRecord:
    return ClientRecord(
        names=(NameSpelling(family, "Test", Script.LATIN),), sex=sex, date_of_birth=born,
        citizenship=citizenship, category=category, address="Almaty, Abai Ave 1",
        cases=cases,
        notes=tuple(NoteRecord("Consultation.", NOTES_WRITTEN) for _ in range(notes)))


def _case(funding: str, closed: dt.date | None = None, outcome: str | None = None,
          kind: str = "labour permit") -> CaseRecord:
    status = CaseStatus.CLOSED if closed else CaseStatus.OPEN
    return CaseRecord(kind, IN_PERIOD, status, closed, outcome, funding)


@pytest.fixture
def population(services: Services) -> dict[str, list[int]]:
    """12 labour immigrants (UNHCR, 4 closed granted), 3 refugees (UNHCR), 6 kandas (EU),
    1 visitor with a case of 2021 only (outside the period)."""
    records = []
    for i in range(12):
        closed = (dt.date(2023, 9, 1), "granted") if i < 4 else (None, None)
        records.append(_client(f"Labour{chr(97 + i)}", Category.LABOUR_IMMIGRANT,
                               Sex.MALE if i < 7 else Sex.FEMALE, dt.date(1990, 1, 1), "UZ",
                               (_case("UNHCR-1", *closed),), notes=1))
    for i in range(3):
        records.append(_client(f"Refugee{chr(97 + i)}", Category.REFUGEE, Sex.FEMALE,
                               dt.date(2010, 1, 1), "AF", (_case("UNHCR-1"),)))
    for i in range(6):
        records.append(_client(f"Kandas{chr(97 + i)}", Category.KANDAS, Sex.MALE,
                               dt.date(1960, 5, 5), "CN",
                               (_case("EU-2", dt.date(2023, 3, 1), "settled",
                                      "overstay fine"),)))
    old = CaseRecord("visa", dt.date(2021, 1, 1), CaseStatus.CLOSED, dt.date(2021, 2, 1),
                     "granted", "UNHCR-1")
    records.append(_client("Visitor", Category.VISITOR, Sex.MALE, dt.date(1980, 1, 1), "RU",
                           (old,)))
    # Notes are stamped when written: the 21 were registered (with their notes) during the
    # report's period, the visitor today.
    in_period = ClientService(services.engine, session_factory(services.engine),
                              services.status, user="lawyer1", clock=lambda: NOTES_WRITTEN)
    ids = in_period.add_many(records[:-1]) + services.clients.add_many(records[-1:])
    for client_id in ids:  # everyone agreed to anonymous statistics at intake, in 2022
        services.consent.record_consent(client_id, "reporting", CONSENTED)
    return {"labour": ids[:12], "refugee": ids[12:15], "kandas": ids[15:21], "visitor": ids[21:]}


def test_figures_match_the_counts_of_the_data(services: Services,
                                              population: dict[str, list[int]]) -> None:
    report = services.reports.activity(START, END)
    served = 12 + 3 + 6  # the visitor's only case ended in 2021
    assert report.figure("clients_served").shown == str(served)
    assert report.figure("cases_opened").shown == str(served)
    assert report.figure("cases_closed").shown == str(4 + 6)
    assert report.figure("cases_open_at_end").shown == str(8 + 3)
    assert report.figure("consultations").shown == "12"
    assert report.figure("overstays_resolved").shown == "6"  # kandas: overstay fine, settled
    category = {cell.key: cell.shown for cell in report.section("category").cells}
    # refugees are 3 ("<5"); the next smallest (kandas, 6) is hidden too, or 21 - 12 gives 3
    assert category == {"category.labour_immigrant": "12", "category.refugee": "<5",
                        "category.kandas": "<5"}
    assert report.section("category").total.shown == "21"
    sex = {cell.key: cell.shown for cell in report.section("sex").cells}
    assert sex == {"sex.M": str(7 + 6), "sex.F": str(5 + 3)}
    ages = {cell.key: cell.count for cell in report.section("age").cells}
    assert ages == {"age.0-17": 3, "age.30-44": 12, "age.60+": 6}


def test_small_counts_of_work_are_shown_and_small_counts_of_people_hidden(
        services: Services, letterhead: Services) -> None:
    in_period = ClientService(services.engine, session_factory(services.engine),
                              services.status, user="lawyer1", clock=lambda: NOTES_WRITTEN)
    passport = DocumentRecord(DocumentType.PASSPORT, "FA7654321",
                              valid_until=dt.date(2031, 5, 3))
    ids = in_period.add_many([
        replace(_client(f"Small{letter}", Category.REFUGEE, Sex.FEMALE, dt.date(1990, 1, 1),
                        "AF", (_case("UNHCR-1"),), notes=1), documents=(passport,))
        for letter in "ab"])
    for client_id in ids:
        services.consent.record_consent(client_id, "reporting", CONSENTED)
    fields = {"police_office": "УМП ДП г. Алматы", "request": "extension", "reason": "лечение"}
    for client_id in (*ids, ids[0]):
        services.letters.save(LetterRequest("police_extension", client_id, "ru", fields=fields,
                                            date=IN_PERIOD, lawyer="lawyer1"))
    report = services.reports.activity(START, END)
    # Two people: hidden. Three letters, two consultations, two cases: work, shown as done.
    assert report.figure("clients_served").shown == "<5"
    assert report.figure("new_clients").shown == "<5"
    assert report.figure("letters_sent").shown == "3"
    assert report.figure("consultations").shown == "2"
    assert report.figure("cases_opened").shown == "2"
    assert report.section("category").total.shown == "<5"


def test_funding_code_limits_the_report(services: Services,
                                        population: dict[str, list[int]]) -> None:
    report = services.reports.activity(START, END, "EU-2")
    assert report.figure("clients_served").shown == "6"
    assert report.figure("consultations").shown == "0"
    assert {cell.key: cell.shown for cell in report.section("outcome").cells} == {
        "outcome.settled": "6"}
    assert services.reports.funding_codes() == ["EU-2", "UNHCR-1"]


def test_withdrawn_consent_counts_in_totals_only(services: Services,
                                                 population: dict[str, list[int]]) -> None:
    from legalaid.db.repositories import consent as consent_db

    with services.engine.begin() as connection:
        for client_id in population["labour"][:2]:
            consent_db.insert_consent(connection, client_id, "reporting", dt.date(2022, 1, 1),
                                      "admin")
            consent_db.withdraw(connection, client_id, "reporting", dt.date(2023, 2, 1), "admin")
    report = services.reports.activity(START, END)
    assert report.figure("clients_served").shown == "21"
    assert report.section("category").total.shown == "19"
    labour = next(c for c in report.section("category").cells if c.key.endswith("immigrant"))
    assert labour.count == 10


def _set_intake_flag(services: Services, client_ids: list[int]) -> None:
    from sqlalchemy import update

    from legalaid.db.models import Client, table

    with services.engine.begin() as connection:
        connection.execute(update(table(Client)).where(table(Client).c.id.in_(client_ids))
                           .values(reporting_consent=True))


def test_without_a_consent_record_the_intake_flag_decides(services: Services) -> None:
    """7 refugees served in 2023, none in the consent register: the 5 whose intake form says
    they agree are in the breakdowns, the other 2 in the figures only."""
    ids = services.clients.add_many([
        _client(f"Flag{chr(97 + i)}", Category.REFUGEE, Sex.FEMALE, dt.date(1985, 6, 1), "AF",
                (_case("UNHCR-1"),)) for i in range(7)])
    report = services.reports.activity(START, END)
    assert report.figure("clients_served").shown == "7"
    assert not report.sections  # nobody agreed: no breakdown at all
    _set_intake_flag(services, ids[:5])
    report = services.reports.activity(START, END)
    assert report.figure("clients_served").shown == "7"
    assert {c.key: c.shown for c in report.section("category").cells} == {
        "category.refugee": "5"}
    assert {c.key: c.shown for c in report.section("age").cells} == {"age.30-44": "5"}


def test_the_consent_register_overrides_the_intake_flag(services: Services) -> None:
    """6 clients flagged at intake; 1 later withdrew in the register (before the period's end),
    1 withdrew only after it: 5 in the breakdowns."""
    ids = services.clients.add_many([
        _client(f"Reg{chr(97 + i)}", Category.KANDAS, Sex.MALE, dt.date(1970, 1, 1), "CN",
                (_case("EU-2"),)) for i in range(6)])
    _set_intake_flag(services, ids)
    for client_id in ids[:2]:
        services.consent.record_consent(client_id, "reporting", CONSENTED)
    services.consent.withdraw_consent(ids[0], "reporting", dt.date(2023, 6, 1))
    services.consent.withdraw_consent(ids[1], "reporting", dt.date(2024, 1, 10))
    report = services.reports.activity(START, END)
    assert report.figure("clients_served").shown == "6"
    assert {c.key: c.count for c in report.section("sex").cells} == {"sex.M": 5}


def test_age_on_the_last_day_and_region_from_the_address_start(services: Services) -> None:
    """Ages are taken on 31.12.2023: born 31.12.2005 is 18 that day, born 01.01.2006 still 17;
    the region is the city before the first comma, in either script and any case."""
    people = [  # (born, address)
        (dt.date(2005, 12, 31), "Almaty, Abai Ave 1"),
        (dt.date(2006, 1, 1), "АЛМАТЫ, пр. Абая 2"),
        (dt.date(1963, 12, 31), "Shymkent"),
        (dt.date(1964, 1, 1), "  Шымкент  , ул. Байтурсынова 3"),
        (None, "   "),
        (dt.date(1990, 1, 1), None),
        (dt.date(1990, 1, 1), "Paris, Rue 5"),
        (dt.date(2024, 1, 10), ", no city"),  # born after the period: no age band
    ]
    ids = services.clients.add_many([
        ClientRecord(names=(NameSpelling(f"Edge{chr(97 + i)}", "Test", Script.LATIN),),
                     date_of_birth=born, address=address, category=Category.REFUGEE,
                     cases=(_case("UNHCR-1"),))
        for i, (born, address) in enumerate(people)])
    for client_id in ids:
        services.consent.record_consent(client_id, "reporting", CONSENTED)
    report = services.reports.activity(START, END)
    ages = {cell.key: cell.count for cell in report.section("age").cells}
    assert ages == {"age.0-17": 1, "age.18-29": 1, "age.30-44": 2, "age.45-59": 1,
                    "age.60+": 1, "age.unknown": 2}
    regions = {cell.key: cell.count for cell in report.section("region").cells}
    assert regions == {"region.Almaty": 2, "region.Shymkent": 2, "region.unknown": 2,
                       "region.other": 2}


def test_report_files_in_three_languages(services: Services, population: dict[str, list[int]],
                                         tmp_path: Path) -> None:
    from legalaid.domain.report import report_table
    from legalaid.pdf.report import render_report

    report = services.reports.activity(START, END)
    for language, title in (("kk", "Қызмет туралы есеп"), ("ru", "Отчёт о деятельности"),
                            ("en", "Activity report")):
        pdf = render_report(report, language)
        assert pdf.startswith(b"%PDF")
        import io

        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        assert title in text and "<5" in text
        header, rows = report_table(report, language)
        assert len(header) == 3 and rows


def test_client_export_reads_back_equal_and_formula_names_stay_text(
    services: Services, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("http://example.invalid","x")'
    services.clients.add_many([
        ClientRecord(names=(NameSpelling(formula, "Test", Script.LATIN),),
                     date_of_birth=dt.date(1990, 1, 2), citizenship="UZ",
                     category=Category.REFUGEE, lawyer="@lawyer"),
        ClientRecord(names=(NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC),
                            NameSpelling("Abdullaev", "Shukhrat", Script.LATIN)),
                     citizenship="UZ"),
    ])
    path = tmp_path / "clients.xlsx"
    count = services.exports.export_clients(ClientQuery(), path, "xlsx", "ru")
    source = list(services.exports.client_rows(ClientQuery()))
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(min_row=2))
    assert count == 2 == len(rows)
    for cells, expected in zip(rows, source, strict=True):
        values = tuple(c.value.date() if isinstance(c.value, dt.datetime) else c.value
                       for c in cells)
        assert values == expected
    name_cell = next(row[1] for row in rows if row[1].value.startswith("="))
    assert name_cell.value == f"{formula} Test" and name_cell.data_type == "s"
    assert sheet.cell(1, 2).value == "ФИО"

    csv_path = tmp_path / "clients.csv"
    services.exports.export_clients(ClientQuery(), csv_path, "csv")
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@lawyer" in text
