"""Referrals through the services on both engines: the supervisor's override is audited and a
lawyer's reason is not taken, the course is dated and refused out of order, the figures per
partner kind, the directory's spreadsheet, the demo directory, Today's and the calendar's lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from legalaid.db.models import Referral
from legalaid.domain.enums import Category, Script, Sex
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services import Services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.audit import AuditFilter
from legalaid.services.roles import Role

TODAY = dt.date.today()
CLIENT = ClientRecord(names=(NameSpelling("Sultanova", "Gulnara", Script.LATIN),),
                      sex=Sex.FEMALE, date_of_birth=dt.date(1990, 1, 2), citizenship="TJ",
                      category=Category.TRAFFICKING_VICTIM, lawyer="lawyer1",
                      address="Almaty, Tole bi 5")
SHELTER = {"names": {"en": "Kamkor"}, "kind": "shelter", "regions": ["almaty"],
           "services": [{"kind": "shelter", "categories": ["trafficking_victim"]}]}
CLINIC = {"names": {"en": "Clinic 4"}, "kind": "medical", "services": [{"kind": "medical"}]}


def sent_on(engine: Engine, referral_id: int, day: dt.date) -> None:
    with engine.begin() as connection:
        connection.execute(update(Referral).where(Referral.id == referral_id).values(
            date=day, status_on=day, feedback_due=day + dt.timedelta(days=7)))


def test_only_a_supervisors_reason_refers_without_consent_and_it_is_audited(
        services: Services) -> None:
    client = services.clients.add(CLIENT)
    shelter = services.partners.add(SHELTER).uid
    lawyer = guard(services, Actor("lawyer1", Role.LAWYER))
    with pytest.raises(AccessDenied, match="not consented to referral"):
        lawyer.referrals.create(client, shelter, "shelter", override_reason="urgent, at risk")
    supervisor = guard(services, Actor("sup", Role.SUPERVISOR))
    referral = supervisor.referrals.create(client, shelter, "shelter",
                                           override_reason="urgent, at risk")
    [entry] = services.audit.entries(AuditFilter(action="consent_override"))
    assert (entry.client_id, entry.user) == (client, "sup")
    assert "urgent, at risk" in entry.detail
    assert services.referrals.get(referral).status == "sent"
    services.consent.record_consent(client, "referral")
    supervisor.referrals.create(client, shelter, "shelter", override_reason="not needed now")
    assert len(services.audit.entries(AuditFilter(action="consent_override"))) == 1


def test_each_step_is_dated_and_a_step_out_of_order_is_refused(services: Services) -> None:
    client = services.clients.add(CLIENT)
    services.consent.record_consent(client, "referral")
    shelter = services.partners.add(SHELTER).uid
    referral = services.referrals.create(client, shelter, "shelter", "safety")
    with pytest.raises(ValidationError) as raised:
        services.referrals.update_status(referral, "provided")
    assert raised.value.field == "status"
    with pytest.raises(ValidationError) as no_reason:
        services.referrals.update_status(referral, "declined")
    assert no_reason.value.field == "reason"
    services.referrals.update_status(referral, "acknowledged")
    services.referrals.update_status(referral, "declined", "no beds")
    services.referrals.update_status(referral, "closed")
    steps = services.referrals.steps(referral)
    assert [(s.status, s.on, s.reason) for s in steps] == [
        ("sent", TODAY, None), ("acknowledged", TODAY, None), ("declined", TODAY, "no beds"),
        ("closed", TODAY, None)]
    row = services.referrals.get(referral)
    assert (row.status, row.answered_on) == ("closed", TODAY)  # the first answer's day stays


def test_figures_per_partner_kind(services: Services, engine: Engine) -> None:
    client = services.clients.add(CLIENT)
    services.consent.record_consent(client, "referral")
    shelter = services.partners.add(SHELTER).uid
    clinic = services.partners.add(CLINIC).uid
    made = [services.referrals.create(client, uid, kind)
            for uid, kind in ((shelter, "shelter"), (shelter, "shelter"), (shelter, "shelter"),
                              (clinic, "medical"))]
    for referral, days_ago in zip(made, (10, 6, 9, 2), strict=True):
        sent_on(engine, referral, TODAY - dt.timedelta(days=days_ago))
    services.referrals.update_status(made[0], "accepted", on=TODAY - dt.timedelta(days=8))
    services.referrals.update_status(made[1], "declined", "full", on=TODAY - dt.timedelta(days=2))
    figures = {f.kind: f for f in services.referrals.figures(TODAY - dt.timedelta(days=30),
                                                              TODAY)}
    assert (figures["shelter"].sent, figures["shelter"].answered,
            figures["shelter"].accepted) == (3, 2, 1)
    assert figures["shelter"].acceptance_rate == 0.5
    assert figures["shelter"].median_days_to_answer == 3.0  # 2 days and 4 days
    assert figures["medical"].answered == 0 and figures["medical"].acceptance_rate is None
    overdue = services.referrals.listing(overdue=True)
    assert [row.id for row in overdue] == [made[2]]  # sent 9 days ago: due 2 days ago
    agenda = services.calendar.agenda(TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(
        days=10), TODAY)
    assert [(row.kind, row.task_id) for row in agenda if row.kind == "referral"] == [
        ("referral", made[2]), ("referral", made[3])]
    news = services.today.news_since(TODAY - dt.timedelta(days=5), TODAY)
    assert news.referrals_overdue == 1


def test_the_directory_goes_to_a_spreadsheet_and_back(services: Services,
                                                      tmp_path: Path) -> None:
    assert services.partners.add_demo() > 5
    assert services.partners.add_demo() == 0  # only into an empty directory
    before = services.partners.listing()
    path = tmp_path / "partners.xlsx"
    assert services.partners.export_sheet(path) == len(before)
    with pytest.raises(Exception, match="already in the directory"):
        services.partners.import_sheet(path)  # all or nothing: the first is there already
    assert services.partners.listing() == before


def test_the_referral_form_is_printed_with_the_partner_filled_in(
        services: Services, letterhead: Services) -> None:
    import io

    import pypdf

    client = services.clients.add(CLIENT)
    services.consent.record_consent(client, "referral")
    shelter = services.partners.add({**SHELTER, "names": {"en": "Kamkor",
                                                          "ru": "Приют «Камкор»"}}).uid
    referral = services.referrals.create(client, shelter, "shelter", "safety")
    saved = services.letters.save(services.referrals.form_request(referral, "ru"))
    pdf = services.letters.pdf(saved.letter.id)
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Приют «Камкор»" in text and "02.01.1990" in text  # the partner, the client
    assert saved.letter.template == "referral_shelter"
