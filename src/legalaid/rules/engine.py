"""``evaluate(facts, as_of)``: the person's status, regime, day counts, last lawful day, next
lawful entry, deadlines and the findings that explain them (RULES.md, SCENARIOS.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from legalaid.domain.countries import NO_COUNTRY
from legalaid.domain.enums import Severity, Status
from legalaid.rules import deadlines
from legalaid.rules.deadlines import convention_finding, finding, say
from legalaid.rules.facts import Facts
from legalaid.rules.model import Assessment, Deadline, Finding
from legalaid.rules.notes import category_notes
from legalaid.rules.ordinary import ordinary_assessment
from legalaid.rules.rulebook import Rule, RuleBook
from legalaid.rules.situation import FAR_FUTURE, Cover, Situation, previous_exit
from legalaid.rules.stay import first_entry_day, first_over_limit
from legalaid.rules.texts import Phrase

CHECK_LAW = "check current law"


@dataclass(slots=True)
class StayVerdict:
    """The outcome for a present person: which rule limits the stay and until when."""

    regime: str | None = None
    last: int | None = None  # ordinal of the last lawful day; None = not limited
    protected: bool = False
    missing: Phrase | None = None  # what data is missing when the status is UNKNOWN
    findings: list[Finding] = field(default_factory=list)


class _Numbers(NamedTuple):
    """Everything of an assessment except the explanation."""

    verdict: StayVerdict
    days_used: int
    overstay: int
    remaining: int | None
    next_entry: int | None
    status: Status
    deadlines: list[Deadline]
    due_findings: list[Finding]


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def evaluate(facts: Facts, as_of: dt.date, rulebook: RuleBook, *,
             at_risk_days: int = 14) -> Assessment:
    """Where the person stands on ``as_of``; a rule given again from a later date applies from
    that date (``timeline``)."""
    if rulebook.successors:
        from legalaid.rules.timeline import evaluate_dated

        return evaluate_dated(facts, as_of, rulebook, at_risk_days, _evaluate_fixed)
    return _evaluate_fixed(facts, as_of, rulebook, at_risk_days)


def _evaluate_fixed(facts: Facts, as_of: dt.date, rulebook: RuleBook,
                    at_risk_days: int) -> Assessment:
    def explain() -> tuple[Finding, ...]:
        return _findings(Situation(facts, as_of, rulebook), at_risk_days)

    quick = ordinary_assessment(facts, as_of, rulebook, at_risk_days, explain)
    if quick is not None:
        return quick
    return evaluate_general(facts, as_of, rulebook, at_risk_days=at_risk_days)


def evaluate_general(facts: Facts, as_of: dt.date, rulebook: RuleBook, *,
                     at_risk_days: int = 14) -> Assessment:
    """``evaluate`` without the ordinary-client shortcut (every case; the reference the
    shortcut is tested against)."""

    def explain() -> tuple[Finding, ...]:
        return _findings(Situation(facts, as_of, rulebook), at_risk_days)

    sit = Situation(facts, as_of, rulebook, explain=False)
    numbers = _numbers(sit, at_risk_days)
    verdict = numbers.verdict
    present = sit.present
    return Assessment(
        as_of=as_of, present=present, regime=verdict.regime if present else None,
        status=numbers.status, days_used_in_window=numbers.days_used,
        last_lawful_day=None if not present or verdict.last is None
        else dt.date.fromordinal(verdict.last),
        days_remaining=numbers.remaining, overstay_days=numbers.overstay,
        next_lawful_entry=None if numbers.next_entry is None
        else dt.date.fromordinal(numbers.next_entry),
        deadlines=tuple(numbers.deadlines), explain=explain, texts=rulebook.texts,
        book=rulebook,
    )


def _numbers(sit: Situation, at_risk_days: int) -> _Numbers:
    day = sit.day
    present = sit.present
    verdict = present_verdict(sit) if present else StayVerdict()
    overstay = 0
    remaining = None
    if present and verdict.last is not None:
        remaining = max(verdict.last - day, 0)
        if verdict.last < day:
            overstay = sit.presence.count(verdict.last + 1, day)
    next_entry = None if present else _next_entry(sit, verdict)
    dues, due_findings = deadlines.collect(sit)
    if present:
        deadlines.add_stay_deadline(sit.book, dues, verdict.regime, verdict.last)
    status = _status(sit, verdict, overstay, remaining, at_risk_days)
    return _Numbers(verdict, _days_used(sit), overstay, remaining, next_entry, status, dues,
                    due_findings)


def _findings(sit: Situation, at_risk_days: int) -> tuple[Finding, ...]:
    numbers = _numbers(sit, at_risk_days)
    verdict = numbers.verdict
    findings = [*verdict.findings, *_overstay_findings(sit, numbers.overstay, verdict),
                *numbers.due_findings, *category_notes(sit)]
    if numbers.status == Status.UNKNOWN:
        missing = verdict.missing or Phrase("missing_trips", {})
        findings.insert(0, say(sit.book, "DATA", Severity.WARNING,
                               Phrase("status_unknown", {"missing": missing}), ""))
    return tuple(findings)


def _status(sit: Situation, verdict: StayVerdict, overstay: int, remaining: int | None,
            at_risk_days: int) -> Status:
    if not sit.facts.trips:
        return Status.UNKNOWN
    if not sit.present:
        return Status.NOT_PRESENT
    if verdict.protected:
        return Status.PROTECTED
    if verdict.missing is not None:
        return Status.UNKNOWN
    if overstay > 0:
        return Status.OVERSTAY
    if remaining is not None and remaining <= at_risk_days:
        return Status.AT_RISK
    return Status.LAWFUL


def _days_used(sit: Situation) -> int:
    rule = sit.count_rule
    if rule is None or not sit.count_rule_usable:
        return 0
    return sit.counted.count(sit.day - rule.number("window_days") + 1, sit.day)


def present_verdict(sit: Situation) -> StayVerdict:
    """Which rule limits the current stay, and its last lawful day."""
    if sit.protected_by is not None:
        return _protected(sit, sit.book.rules[sit.protected_by])
    if sit.covers:
        chain_end = sit.cover_chain_end(sit.day)
        if chain_end is not None:
            cover = max(sit.covers_on(sit.day), key=lambda c: c.last)
            return _covered(sit, cover, chain_end)
    if sit.count_rule is None:
        return _no_rule(sit)
    return _counted(sit, sit.count_rule)


def _protected(sit: Situation, rule: Rule) -> StayVerdict:
    verdict = StayVerdict(regime=rule.id, protected=True)
    if sit.explain:
        key = "protected_asylum" if rule.id.startswith("ASY") else "protected_stateless"
        verdict.findings.append(finding(sit.book, rule, Severity.INFO, key))
    return verdict


def _covered(sit: Situation, cover: Cover, chain_end: int) -> StayVerdict:
    rule = sit.book.rules[cover.rule]
    unlimited = chain_end >= FAR_FUTURE
    verdict = StayVerdict(regime=rule.id, last=None if unlimited else chain_end)
    if sit.explain:
        until = dt.date.fromordinal(min(chain_end, FAR_FUTURE))
        if cover.document is None:
            verdict.findings.append(finding(sit.book, rule, Severity.INFO, "covered_grace",
                                            until=until))
        elif unlimited:
            verdict.findings.append(finding(sit.book, rule, Severity.INFO, "covered_open",
                                            document=cover.document))
        else:
            verdict.findings.append(finding(sit.book, rule, Severity.INFO, "covered_until",
                                            document=cover.document, until=until))
    return verdict


def _no_rule(sit: Situation) -> StayVerdict:
    """No document covers today and no visa-free rule applies to the citizenship."""
    entry = sit.current_entry
    assert entry is not None
    lapsed = [c for c in sit.covers if c.last < sit.day and c.last >= entry - 1]
    if lapsed:  # a document allowed the stay and has run out
        cover = max(lapsed, key=lambda c: c.last)
        return _covered(sit, cover, cover.last)
    if sit.facts.citizenship is None or sit.facts.citizenship in NO_COUNTRY:  # XXX: not stated
        return StayVerdict(missing=Phrase("missing_citizenship", {}))
    return StayVerdict(missing=Phrase("missing_document", {"country": sit.facts.citizenship}))


def _counted(sit: Situation, rule: Rule) -> StayVerdict:
    """Day-count regime (STAY-01/02/03): rolling window and per-stay cap."""
    if not sit.count_rule_usable:
        verdict = StayVerdict(regime=rule.id, missing=Phrase(
            "missing_unconfirmed_limit", {"country": sit.facts.citizenship}))
        if sit.explain:
            verdict.findings.append(finding(sit.book, rule, Severity.INFO, "unconfirmed_count",
                                            title=rule.localised_title))
        return verdict
    start_rule = rule.effective_from.toordinal() if rule.effective_from else 1
    if sit.day < start_rule:
        return StayVerdict(regime=rule.id, missing=Phrase(
            "missing_before_rule", {"rule": rule.id, "start": dt.date.fromordinal(start_rule)}))
    entry = sit.current_entry
    assert entry is not None and sit.current_trip is not None
    trip_entry = sit.facts.trips[sit.current_trip].entry.toordinal()
    window, limit = rule.number("window_days"), rule.number("window_limit")
    start = max(entry, start_rule)
    for cover in sit.covers:  # a document that ran out during this stay: count from its end
        if entry - 1 <= cover.last < sit.day:
            start = max(start, cover.last + 1)
    last = first_over_limit(sit.counted, start, window, limit) - 1
    capped = False
    # K7: each entry starts a new per-stay count; the window above counts every day present.
    if "per_stay_days" in rule.params and start <= trip_entry:
        cap_last = trip_entry + rule.number("per_stay_days") - 1
        if cap_last <= last:
            last, capped = cap_last, True
    verdict = StayVerdict(regime=rule.id, last=last)
    if sit.explain:
        verdict.findings = _count_findings(sit, rule, entry, trip_entry, start_rule, last,
                                           capped)
    return verdict


def _count_findings(sit: Situation, rule: Rule, entry: int, trip_entry: int, start_rule: int,
                    last: int, capped: bool) -> list[Finding]:
    window, limit = rule.number("window_days"), rule.number("window_limit")
    used = sit.counted.count(sit.day - window + 1, sit.day)
    severity = Severity.INFO if last - sit.day > 14 else Severity.WARNING
    if last < sit.day:
        severity = Severity.CRITICAL
    key = "days_used_had_to_leave" if last < sit.day else "days_used_must_leave"
    day = dt.date.fromordinal
    book = sit.book
    findings = [finding(book, rule, severity, key, used=used, limit=limit, window=window,
                        first=day(sit.day - window + 1), last_in_window=day(sit.day),
                        last=day(last))]
    if capped:
        findings.append(finding(book, rule, Severity.INFO, "per_stay_cap",
                                days=rule.number("per_stay_days"), entry=day(trip_entry),
                                last=day(last)))
    if "per_stay_days" in rule.params:
        findings.extend(_border_run(sit, rule))
    if entry < start_rule:
        findings.append(convention_finding(book, "K8", Severity.INFO, "entered_before_rule",
                                           entry=day(entry), rule=rule.id,
                                           start=day(start_rule)))
    return findings


def _border_run(sit: Situation, rule: Rule) -> list[Finding]:
    """K9: a re-entry within one day of an exit may be treated as a border run (U)."""
    assert sit.current_trip is not None
    left = previous_exit(sit.facts.trips, sit.current_trip)
    trip = sit.facts.trips[sit.current_trip]
    if left is None or (trip.entry - left).days > 1:
        return []
    return [convention_finding(sit.book, "K9", Severity.WARNING, "border_run", exit=left,
                               entry=trip.entry, days=rule.number("per_stay_days"))]


def _overstay_findings(sit: Situation, overstay: int, verdict: StayVerdict) -> list[Finding]:
    """ENF-01: what an overstay of this many days usually leads to."""
    rule = sit.book.rules["ENF-01"]
    if overstay <= 0 or not rule.enabled or verdict.last is None:
        return []
    last = dt.date.fromordinal(verdict.last)
    if overstay <= rule.number("warning_days"):
        return [finding(sit.book, rule, Severity.CRITICAL, "overstay_warning", days=overstay,
                        last=last)]
    if overstay <= rule.number("fine_days"):
        return [finding(sit.book, rule, Severity.CRITICAL, "overstay_fine", days=overstay,
                        last=last, fine=rule.number("fine_mci"))]
    return [finding(sit.book, rule, Severity.CRITICAL, "overstay_expulsion", days=overstay,
                    last=last)]


def _next_entry(sit: Situation, verdict: StayVerdict) -> int | None:
    """First day on or after ``as_of`` on which the person may enter and stay that day."""
    day = sit.day
    bans = sit.bans
    rule = sit.count_rule
    for _ in range(len(bans) + 2):  # each pass can only move past one more ban
        ban = sit.ban_on(day) if bans else None
        if ban is not None:
            day = ban.last + 1
            continue
        if sit.covers and sit.cover_chain_end(day) is not None:
            return day
        if rule is not None and sit.count_rule_usable:
            candidate = first_entry_day(sit.counted, day, rule.number("window_days"),
                                        rule.number("window_limit"))
        else:
            future = [c.first for c in sit.covers if c.first > day]
            if not future:
                if sit.explain:
                    verdict.findings.append(say(sit.book, "DATA", Severity.INFO,
                                                Phrase("no_next_entry", {}), ""))
                return None
            candidate = min(future)
        if candidate == day or not bans or sit.ban_on(candidate) is None:
            return candidate
        day = candidate
    return day
