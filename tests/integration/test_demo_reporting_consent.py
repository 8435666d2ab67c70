"""Demo data records reporting consent for most clients, so a demo database's report has
breakdowns; the flag given with a client record is what the database keeps."""

from __future__ import annotations

import datetime as dt

from legalaid.demo import generate_clients
from legalaid.domain.enums import Script
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.services import Services

TODAY = dt.date.today()


def test_most_demo_clients_consent_and_the_same_seed_gives_the_same_answers() -> None:
    first = [c.reporting_consent for c in generate_clients(1000, 7, TODAY)]
    again = [c.reporting_consent for c in generate_clients(1000, 7, TODAY)]
    assert first == again
    # About 85 in 100 agree: 1000 draws land well within 80-90 %.
    assert 800 <= sum(first) <= 900


def test_demo_report_has_breakdowns(services: Services) -> None:
    services.clients.bulk_insert(generate_clients(300, 1, TODAY))
    report = services.reports.activity(TODAY - dt.timedelta(days=365), TODAY)
    served = report.figure("clients_served").count
    assert served > 0
    keys = {section.key for section in report.sections}
    assert {"category", "sex", "age", "citizenship"} <= keys
    counted = report.section("sex").total.count
    # Only clients with consent are broken down: most of those served, not all.
    assert 0.7 * served <= counted < served


def test_the_flag_of_the_record_is_kept(services: Services) -> None:
    def client(family: str, consent: bool) -> ClientRecord:
        return ClientRecord(names=(NameSpelling(family, "Test", Script.LATIN),),
                            reporting_consent=consent)

    services.clients.bulk_insert([client("Agrees", True), client("Declines", False)])
    services.clients.add(client("AgreesToo", True))
    report = services.reports.activity(TODAY - dt.timedelta(days=30), TODAY)
    # All three were registered today, so served; two consent and are broken down.
    assert report.figure("clients_served").count == 3
    assert report.section("sex").total.count == 2
