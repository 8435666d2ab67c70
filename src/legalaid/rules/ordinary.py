"""The numbers of an assessment for an ordinary client, computed in one pass.

Most clients have no events other than an asylum registration (no terminated contract, no
expulsion, no statelessness query), no entry ban, and are not in the asylum-seeker or
statelessness-applicant category. For them ``evaluate`` takes this path: the same
rules as ``Situation`` and ``engine``, written as one function over ordinals with the rule
parameters looked up once per rules file, because refreshing 100,000 status snapshots runs it
100,000 times. Anyone else (and every explanation) goes through the general path; a property test
checks both paths agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from legalaid.domain.enums import Category, DocumentType, EventType, Status
from legalaid.domain.records import TripRecord
from legalaid.rules.facts import Facts
from legalaid.rules.model import Assessment, Deadline, Finding
from legalaid.rules.rulebook import Rule, RuleBook
from legalaid.rules.situation import (
    _NO_DAYS,
    EAEU_RULE,
    FAR_FUTURE,
    PROTECTION_CATEGORIES,
    Cover,
    add_term,
    document_end,
)
from legalaid.rules.stay import Days, clip, first_entry_day, first_over_limit, merge, subtract

_CONTRACT = DocumentType.EMPLOYMENT_CONTRACT
_ASYLUM = DocumentType.ASYLUM_CERTIFICATE
_BAN = DocumentType.ENTRY_BAN
_RESIDENCE = (DocumentType.TRP, DocumentType.PERMANENT_RESIDENCE)
_REGISTERED = EventType.ASYLUM_REGISTERED
_NOT_PROTECTED = (Category.REJECTED_ASYLUM_SEEKER, Category.REFUGEE)
_SPAN = attrgetter("first", "last")
_LAST = attrgetter("last")
_DUE = itemgetter(2)  # Deadline.due


@dataclass(frozen=True, slots=True)
class CountRule:
    """A day-count regime with its parameters read once."""

    id: str
    usable: bool  # enabled and confirmed: days are counted
    start: int  # ordinal of effective_from (1 when none)
    window: int
    limit: int
    per_stay: int | None


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the ordinary path reads from a rules file, resolved once per file."""

    book: RuleBook
    regimes: dict[str, CountRule]
    stay_documents: dict[DocumentType, str]
    expiry: dict[DocumentType, Rule]
    asylum: str
    fingerprints: Rule
    decision: Rule
    titles: dict[DocumentType, str]  # English deadline titles of document expiries
    fingerprints_title: str
    decision_title: str
    decision_latest_title: str
    worker_title: str
    host_title: str
    host: Rule
    host_days: int
    worker: Rule
    worker_days: int
    must_leave_title: str


_PREPARED: dict[int, Prepared] = {}


def prepared(book: RuleBook) -> Prepared:
    """The resolved rules of ``book`` (cached; a rules book is never changed after loading)."""
    known = _PREPARED.get(id(book))
    if known is not None and known.book is book:
        return known
    regimes = {}
    for country, rule_id in book.regime_by_country.items():
        rule = book.rules[rule_id]
        per_stay = rule.params.get("per_stay_days")
        regimes[country] = CountRule(
            id=rule.id, usable=rule.enabled and not rule.unconfirmed,
            start=rule.effective_from.toordinal() if rule.effective_from else 1,
            window=rule.number("window_days"), limit=rule.number("window_limit"),
            per_stay=per_stay if isinstance(per_stay, int) else None)
    host, worker = book.rules["REG-01"], book.rules["REG-02"]
    result = Prepared(
        book=book, regimes=regimes, stay_documents=dict(book.stay_documents),
        expiry=dict(book.expiry_rules), asylum=book.rules["ASY-03"].id,
        fingerprints=book.rules["ASY-04"], decision=book.rules["ASY-05"],
        titles={kind: text["en"] for kind, text in book.texts.document_titles.items()},
        fingerprints_title=book.texts.title("fingerprinting"),
        decision_title=book.texts.title("asylum_decision"),
        decision_latest_title=book.texts.title("asylum_decision_latest"),
        worker_title=book.texts.title("register_stay"),
        host_title=book.texts.title("host_notifies"),
        host=host, host_days=host.number("working_days"),
        worker=worker, worker_days=worker.number("days"),
        must_leave_title=book.texts.title("must_leave"))
    _PREPARED[id(book)] = result
    return result


def ordinary_assessment(facts: Facts, as_of: dt.date, book: RuleBook, at_risk_days: int,
                        explain: Callable[[], tuple[Finding, ...]]) -> Assessment | None:
    """The assessment, or None when the client needs the general path."""
    category = facts.category
    if not facts.trips or category in PROTECTION_CATEGORIES:
        return None
    registered: dt.date | None = None
    if facts.events:
        if any(event.type is not _REGISTERED for event in facts.events):
            return None
        if facts.events[0].date <= as_of:  # sorted by date: the first registration counts
            registered = facts.events[0].date
    prep = _PREPARED.get(id(book))
    if prep is None or prep.book is not book:
        prep = prepared(book)
    day = as_of.toordinal()
    regime = prep.regimes.get(facts.citizenship or "")
    deadlines: list[Deadline] = []
    covers: list[Cover] = []
    protected = registered is not None and category not in _NOT_PROTECTED
    stay_documents = prep.stay_documents
    for doc in facts.documents:
        kind = doc.type
        if kind is _BAN:
            return None
        end = doc.valid_until or document_end(doc, book)
        if end is not None:
            rule = prep.expiry[kind]
            if rule.enabled:
                deadlines.append(Deadline(rule.id, kind, end, prep.titles[kind]))
        if kind is _ASYLUM and doc.valid_from is not None and doc.valid_from <= as_of:
            protected = category not in _NOT_PROTECTED
        rule_id = stay_documents.get(kind)
        if rule_id is None or (kind is _CONTRACT and (regime is None or regime.id != EAEU_RULE)):
            continue
        covers.append(Cover(rule_id, kind, doc.valid_from.toordinal() if doc.valid_from else 1,
                            end.toordinal() if end else FAR_FUTURE))
    if len(covers) > 1:
        covers.sort(key=_SPAN)
    stays: list[tuple[int, int]] = []
    arrival = facts.trips[0]  # the last trip entered by as_of
    for trip in facts.trips:  # continuous stays up to as_of (situation._stays, inlined)
        first = trip.entry.toordinal()
        if first > day:
            break
        arrival = trip
        until = day if trip.exit is None else trip.exit.toordinal()
        if until > day:
            until = day
        if stays and first <= stays[-1][1] + 1:
            if until > stays[-1][1]:
                stays[-1] = (stays[-1][0], until)
        else:
            stays.append((first, until))
    present = bool(stays) and stays[-1][1] == day
    if regime is not None and regime.usable:
        counted = _counted(stays, covers, regime)
        days_used = counted.count(day - regime.window + 1, day)
    else:
        counted, days_used = _NO_DAYS, 0
    regime_id: str | None = None
    last: int | None = None
    remaining: int | None = None
    overstay = 0
    next_entry: int | None = None
    if not present:
        status = Status.NOT_PRESENT
        next_entry = _next_entry(covers, regime, counted, day)
    elif protected:
        status, regime_id = Status.PROTECTED, prep.asylum
    else:
        regime_id, last, missing = _verdict(stays, arrival.entry.toordinal(), covers, regime,
                                            counted, day)
        if missing:
            status = Status.UNKNOWN
        elif last is None:
            status = Status.LAWFUL
        else:
            remaining = max(last - day, 0)
            if last < day:
                overstay = Days(stays, merged=True).count(last + 1, day)
                status = Status.OVERSTAY
            else:
                status = Status.AT_RISK if remaining <= at_risk_days else Status.LAWFUL
    if registered is not None:
        _asylum_steps(prep, facts, registered, deadlines)
    if present:
        _registration(prep, facts.category, arrival, regime, covers, day, deadlines)
    if last is not None and regime_id is not None:  # the must-leave date, after same-day ones
        deadlines.append(Deadline(regime_id, None, dt.date.fromordinal(last),
                                  prep.must_leave_title))
    if len(deadlines) > 1:
        deadlines.sort(key=_DUE)  # stable: same-day deadlines keep the general path's order
    return Assessment(
        as_of, present, regime_id, status, days_used,
        None if last is None else dt.date.fromordinal(last), remaining, overstay,
        None if next_entry is None else dt.date.fromordinal(next_entry), tuple(deadlines),
        explain, book.texts, book)


def _counted(stays: list[tuple[int, int]], covers: list[Cover], regime: CountRule) -> Days:
    """Days present on or after the regime's start that no document covers."""
    if not stays:
        return _NO_DAYS
    first, last = stays[0][0], stays[-1][1]
    if first >= regime.start:
        for cover in covers:
            if cover.last >= first and cover.first <= last:
                break
        else:
            return Days(stays, merged=True)  # the usual case: every day present counts
    days = stays if first >= regime.start else clip(stays, regime.start, FAR_FUTURE)
    return Days(subtract(days, merge((c.first, c.last) for c in covers)), merged=True)


def _chain_end(covers: list[Cover], day: int) -> int | None:
    end: int | None = None
    for cover in covers:
        if cover.first <= (day if end is None else end + 1) and cover.last >= day:
            end = cover.last if end is None else max(end, cover.last)
    return end


def _verdict(stays: list[tuple[int, int]], trip_entry: int, covers: list[Cover],
             regime: CountRule | None, counted: Days,
             day: int) -> tuple[str | None, int | None, bool]:
    """Regime, last lawful day and whether data is missing, for a present person; the
    per-stay cap counts from the entry of the current trip (K7)."""
    entry = stays[-1][0]
    if covers:
        chain_end = _chain_end(covers, day)
        if chain_end is not None:
            cover = max((c for c in covers if c.first <= day <= c.last), key=_LAST)
            return cover.rule, None if chain_end >= FAR_FUTURE else chain_end, False
    if regime is None:
        lapsed = [c for c in covers if entry - 1 <= c.last < day]
        if not lapsed:
            return None, None, True
        cover = max(lapsed, key=_LAST)
        return cover.rule, cover.last, False
    if not regime.usable or day < regime.start:
        return regime.id, None, True
    start = max(entry, regime.start)
    for cover in covers:  # a document that ran out during this stay: count from its end
        if entry - 1 <= cover.last < day:
            start = max(start, cover.last + 1)
    last = first_over_limit(counted, start, regime.window, regime.limit) - 1
    if regime.per_stay is not None and start <= trip_entry:
        last = min(last, trip_entry + regime.per_stay - 1)
    return regime.id, last, False


def _next_entry(covers: list[Cover], regime: CountRule | None, counted: Days,
                day: int) -> int | None:
    if covers and _chain_end(covers, day) is not None:
        return day
    if regime is not None and regime.usable:
        return first_entry_day(counted, day, regime.window, regime.limit)
    future = [c.first for c in covers if c.first > day]
    return min(future) if future else None


def _asylum_steps(prep: Prepared, facts: Facts, registered: dt.date,
                  deadlines: list[Deadline]) -> None:
    """ASY-04 fingerprinting after each certificate, ASY-05 decision dates (general path:
    ``deadlines._asylum``; the ASY-01/02 application deadline is moot once registered)."""
    fingerprints, decision = prep.fingerprints, prep.decision
    if fingerprints.enabled:
        for doc in facts.documents:
            if doc.type is _ASYLUM and doc.valid_from is not None:
                deadlines.append(Deadline(fingerprints.id, _ASYLUM, doc.valid_from + dt.timedelta(
                    days=fingerprints.number("days")), prep.fingerprints_title))
    if decision.enabled:
        deadlines.append(Deadline(decision.id, None, add_term(
            registered, months=decision.number("months")), prep.decision_title))
        deadlines.append(Deadline(decision.id, None, add_term(
            registered, years=decision.number("max_years")), prep.decision_latest_title))


def _registration(prep: Prepared, category: Category | None, trip: TripRecord,
                  regime: CountRule | None, covers: list[Cover], day: int,
                  deadlines: list[Deadline]) -> None:
    """REG-02 for EAEU workers, REG-01 otherwise (not for residents)."""
    if trip.host_notified is not None:
        return  # a late notification is a finding, not a deadline
    if category is Category.EAEU_WORKER and prep.worker.enabled and regime is not None \
            and regime.id == EAEU_RULE:
        deadlines.append(Deadline(prep.worker.id, None,
                                  trip.entry + dt.timedelta(days=prep.worker_days),
                                  prep.worker_title))
        return
    host = prep.host
    if category is not None and category not in host.categories:
        return
    if any(c.document in _RESIDENCE and c.first <= day <= c.last for c in covers):
        return
    if host.enabled:
        deadlines.append(Deadline(host.id, None, prep.book.holidays.add_working_days(
            trip.entry, prep.host_days), prep.host_title))
