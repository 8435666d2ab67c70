"""Reports count citizenship "not stated" (XXX) apart from stateless, and refugee travel document
holders (XXB) under their own row."""

from __future__ import annotations

import datetime as dt

from legalaid.db.session import session_factory
from legalaid.domain.countries import NOT_STATED
from legalaid.domain.enums import Category, Script
from legalaid.domain.records import CaseRecord, ClientRecord, NameSpelling
from legalaid.domain.report import value_label
from legalaid.services import Services
from legalaid.services.clients import ClientService

START, END = dt.date(2023, 1, 1), dt.date(2023, 12, 31)


def _client(family: str, citizenship: str | None) -> ClientRecord:
    return ClientRecord(names=(NameSpelling(family, "Test", Script.LATIN),),
                        citizenship=citizenship, category=Category.VISITOR,
                        cases=(CaseRecord("consultation", dt.date(2023, 2, 1)),))


def test_not_stated_is_counted_apart_from_stateless(services: Services) -> None:
    groups = {"Stateless": None, "Unstated": NOT_STATED, "Refugee": "XXB", "Uzbek": "UZ"}
    records = [_client(f"{family}{chr(97 + i)}", code)
               for family, code in groups.items() for i in range(6)]
    in_period = ClientService(services.engine, session_factory(services.engine),
                              services.status, user="lawyer1",
                              clock=lambda: dt.datetime(2023, 3, 1, 10, 0))
    for client_id in in_period.add_many(records):
        services.consent.record_consent(client_id, "reporting", dt.date(2022, 1, 1))
    section = services.reports.activity(START, END).section("citizenship")
    assert {cell.key: cell.shown for cell in section.cells} == {
        "citizenship.stateless": "6", "citizenship.unknown": "6", "citizenship.XXB": "6",
        "citizenship.UZ": "6"}
    assert value_label("citizenship.unknown", "en") == "not recorded"
    assert value_label("citizenship.stateless", "ru") == "без гражданства"
    assert value_label("citizenship.XXB", "en") == "Refugee (1951 Convention travel document)"
