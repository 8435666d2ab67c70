"""The Today, Calendar and case-template services over clients whose situation on a fixed day is
known by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from legalaid.domain.enums import Category, DocumentType, Script
from legalaid.domain.records import (
    CaseRecord,
    ClientRecord,
    DocumentRecord,
    NameSpelling,
    TaskRecord,
    TripRecord,
)
from legalaid.errors import NotFoundError
from legalaid.services import Services
from legalaid.services.today import TodayService

TODAY = dt.date(2024, 3, 15)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def visitor(family: str, entry_offset: int, lawyer: str) -> ClientRecord:
    """A US visitor (30 days per stay) still in Kazakhstan, the host's notification recorded so
    that no registration deadline is pending."""
    entry = day(entry_offset)
    return ClientRecord(names=(NameSpelling(family, "Jane", Script.LATIN),), citizenship="US",
                        category=Category.VISITOR, lawyer=lawyer,
                        trips=(TripRecord(entry, host_notified=entry),))


def holder(family: str, passport_end: dt.date) -> ClientRecord:
    return ClientRecord(names=(NameSpelling(family, "Ali", Script.LATIN),), citizenship="UZ",
                        category=Category.LABOUR_IMMIGRANT, lawyer="A. Seitkali",
                        documents=(DocumentRecord(DocumentType.PASSPORT, "X1",
                                                  valid_until=passport_end),))


def build(services: Services) -> dict[str, int]:
    clients = services.clients
    ids = {
        # entry 40 days ago: last lawful day = entry + 29 = 11 days ago -> overstay.
        "over": clients.add(visitor("Over", -40, "N. Kim")),
        # entry 20 days ago: last lawful day = today + 9 -> 9 days left, at risk (<= 14).
        "risk": clients.add(visitor("Risk", -20, "N. Kim")),
        # entry 5 days ago: 24 days left -> lawful.
        "fine": clients.add(visitor("Fine", -5, "A. Seitkali")),
        "p5": clients.add(holder("Five", day(5))),
        "p20": clients.add(holder("Twenty", day(20))),
        "p60": clients.add(holder("Sixty", day(60))),
        "p200": clients.add(holder("Later", day(200))),
    }
    tasks = (TaskRecord("File the appeal", day(-3)), TaskRecord("Call the client", day(-1)),
             TaskRecord("Court hearing", day(2)), TaskRecord("Check the decision", day(30)),
             TaskRecord("Old task", day(-10), done=day(-9)))
    clients.add_case(ids["fine"], CaseRecord("unpaid wages", day(-20), tasks=tasks))
    services.status.refresh(None, TODAY)
    return ids


@pytest.fixture
def today_service(services: Services) -> TodayService:
    return TodayService(services.engine, services.status, services.clients)


def test_counts_match_the_clients_situation(services: Services,
                                            today_service: TodayService) -> None:
    build(services)
    counts = today_service.counts(TODAY)
    assert counts.overstay == 1
    assert counts.at_risk == 1
    assert dict(counts.expiring) == {7: 1, 30: 2, 90: 3}
    # The passport ending in 5 days (a rule deadline) and the hearing in 2 days.
    assert counts.this_week == 2
    assert counts.overdue == 2
    assert dict(counts.by_category) == {"visitor": 3, "labour_immigrant": 4}
    assert sum(count for _, count in counts.by_status) == 7


def test_a_lawyers_own_clients(services: Services, today_service: TodayService) -> None:
    build(services)
    counts = today_service.counts(TODAY, lawyer="N. Kim")
    assert (counts.overstay, counts.at_risk, counts.overdue) == (1, 1, 0)
    assert dict(counts.expiring) == {7: 0, 30: 0, 90: 0}
    assert today_service.lawyers() == ["A. Seitkali", "N. Kim"]


def test_a_wider_threshold_counts_more_clients_at_risk(
        services: Services, today_service: TodayService) -> None:
    build(services)
    assert today_service.counts(TODAY, at_risk_days=30).at_risk == 2


def test_section_rows_name_client_rule_and_tab(services: Services,
                                               today_service: TodayService) -> None:
    ids = build(services)
    overstay = today_service.section_rows("overstay", TODAY)
    assert [(r.client_id, r.days, r.rule, r.tab) for r in overstay] == [
        (ids["over"], 11, "STAY-01", "travel")]
    assert overstay[0].client_name == "Over Jane"
    expiring = today_service.section_rows("expiring", TODAY, days=30)
    assert [(r.client_id, r.due, r.tab) for r in expiring] == [
        (ids["p5"], day(5), "documents"), (ids["p20"], day(20), "documents")]
    assert expiring[0].rule  # the expiry rule of passports
    overdue = today_service.section_rows("overdue", TODAY)
    assert [(r.what, r.due, r.tab) for r in overdue] == [
        ("File the appeal", day(-3), "cases"), ("Call the client", day(-1), "cases")]
    week = today_service.section_rows("this_week", TODAY)
    assert [(r.client_id, r.due, r.kind) for r in week] == [
        (ids["fine"], day(2), "task"), (ids["p5"], day(5), "expiry")]


def test_completing_a_task_removes_it_from_the_overdue_list(
        services: Services, today_service: TodayService) -> None:
    ids = build(services)
    first = today_service.section_rows("overdue", TODAY)[0]
    assert first.item_id is not None
    with pytest.raises(NotFoundError):
        today_service.complete_task(ids["over"], first.item_id, TODAY)
    today_service.complete_task(ids["fine"], first.item_id, TODAY)
    assert [r.what for r in today_service.section_rows("overdue", TODAY)] == ["Call the client"]
    assert today_service.counts(TODAY).overdue == 1


def test_month_counts_and_agenda(services: Services) -> None:
    ids = build(services)
    grid = services.calendar.month_counts(day(-10), day(30))
    assert grid[day(5)].expiry == 1
    assert grid[day(2)].task == 1
    assert grid[day(20)].expiry == 1
    assert day(-10) not in grid  # the done task is not shown
    agenda = services.calendar.agenda(day(0), day(6), TODAY)
    assert [(r.client_id, r.due, r.kind) for r in agenda] == [
        (ids["fine"], day(2), "task"), (ids["p5"], day(5), "rule")]


def test_ics_export_reads_back_with_alarms(services: Services) -> None:
    ids = build(services)
    rows = services.calendar.client_deadlines(ids["p5"], day(0), day(30), TODAY)
    calendar = Calendar.from_ical(services.calendar.to_ics(rows, alarm_days=(7, 1)))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == day(5)
    assert str(event["summary"]).startswith(f"#{ids['p5']} F. — ")
    assert "Five" not in str(event["summary"])  # never the name
    triggers = sorted(alarm.decoded("trigger") for alarm in event.walk("VALARM"))
    assert triggers == [dt.timedelta(days=-7, hours=9), dt.timedelta(days=-1, hours=9)]


def test_case_from_template_has_checklist_and_rule_dates(services: Services) -> None:
    ids = build(services)
    templates = {t.id for t in services.case_templates.case_templates()}
    assert {"refugee_status_appeal", "trp_application", "unpaid_wages",
            "statelessness_determination"} <= templates
    trigger = dt.date(2024, 3, 1)
    case_id = services.case_templates.open_case_from_template(
        ids["fine"], "statelessness_determination", trigger, language="ru", opened=TODAY)
    record = services.clients.get(ids["fine"])
    case = next(c for c in record.cases if c.id == case_id)
    assert case.type == "statelessness determination"
    by_rule = {t.source_rule: t for t in case.tasks if t.source_rule}
    # STL-01: six months after the query (K5: the same calendar date).
    assert by_rule["STL-01"].due == dt.date(2024, 9, 1)
    checklist = [t for t in case.tasks if t.title.startswith("Собрать: ")]
    assert len(checklist) == 4
    assert all(t.due == trigger + dt.timedelta(days=14) for t in checklist)


def test_trp_template_counts_the_stay_and_working_days(services: Services) -> None:
    ids = build(services)
    entry = dt.date(2024, 3, 4)  # a Monday
    case_id = services.case_templates.open_case_from_template(ids["fine"], "trp_application",
                                                              entry, opened=TODAY)
    case = next(c for c in services.clients.get(ids["fine"]).cases if c.id == case_id)
    dues = {(t.source_rule, t.title): t.due for t in case.tasks if t.source_rule}
    # STAY-01: last lawful day = entry + 29 = 02.04; submit 10 days before; check 3 days before.
    assert dues[("STAY-01", "Submit the application to the migration police")] == \
        dt.date(2024, 3, 23)
    assert dues[("STAY-01", "Check the decision before the lawful stay ends")] == \
        dt.date(2024, 3, 30)
    # REG-01: three working days after Monday 04.03 (08.03 is a public holiday) -> 07.03.
    assert dues[("REG-01", "Check that the host notified the police of the arrival")] == \
        dt.date(2024, 3, 7)


def test_unknown_template_is_refused(services: Services) -> None:
    ids = build(services)
    with pytest.raises(NotFoundError):
        services.case_templates.open_case_from_template(ids["fine"], "no_such_case", TODAY)


def test_every_rule_deadline_of_the_week_counts_not_only_the_next(
        services: Services, today_service: TodayService) -> None:
    build(services)
    two = services.clients.add(ClientRecord(
        names=(NameSpelling("Two", "Ali", Script.LATIN),), citizenship="UZ",
        category=Category.LABOUR_IMMIGRANT,
        documents=(DocumentRecord(DocumentType.PASSPORT, "X2", valid_until=day(3)),
                   DocumentRecord(DocumentType.PASSPORT, "X3", valid_until=day(4)))))
    services.status.refresh([two], TODAY)
    counts = today_service.counts(TODAY)
    # build(): the passport in 5 days and the hearing in 2 days; now both passports of "Two"
    # as well, although the snapshot names only the first as the next deadline.
    assert counts.this_week == 4
    assert dict(counts.by_category)["labour_immigrant"] == 5
    rows = [row for row in today_service.section_rows("this_week", TODAY) if row.client_id == two]
    assert [row.due for row in rows] == [day(3), day(4)]
    assert all(row.tab == "documents" and row.rule for row in rows)
    month = services.calendar.month_counts(day(-14), day(27))
    assert (month[day(3)].expiry, month[day(4)].expiry, month[day(5)].expiry) == (1, 1, 1)
    agenda = services.calendar.agenda(TODAY, day(6), TODAY)
    assert [row.due for row in agenda if row.client_id == two] == [day(3), day(4)]

    services.clients.delete(two)  # to the bin: gone from every count and list
    counts = today_service.counts(TODAY)
    assert counts.this_week == 2
    assert dict(counts.by_category)["labour_immigrant"] == 4
    assert day(3) not in services.calendar.month_counts(day(-14), day(27))
    assert two not in {row.client_id for row in today_service.section_rows("this_week", TODAY)}
