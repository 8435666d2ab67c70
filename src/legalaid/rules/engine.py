"""``evaluate(facts, as_of)``: the person's status, regime, day counts, last lawful day, next
lawful entry, deadlines and the findings that explain them (RULES.md, SCENARIOS.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from legalaid.domain.enums import Severity, Status
from legalaid.rules import deadlines
from legalaid.rules.deadlines import LABELS, finding
from legalaid.rules.facts import Facts
from legalaid.rules.model import Assessment, Finding
from legalaid.rules.rulebook import Rule, RuleBook
from legalaid.rules.situation import FAR_FUTURE, Cover, Situation
from legalaid.rules.stay import first_entry_day, first_over_limit

CHECK_LAW = "check current law"


@dataclass
class StayVerdict:
    """The outcome for a present person: which rule limits the stay and until when."""

    regime: str | None = None
    last: int | None = None  # ordinal of the last lawful day; None = not limited
    protected: bool = False
    missing: str | None = None  # what data is missing when the status is UNKNOWN
    findings: list[Finding] = field(default_factory=list)


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def evaluate(facts: Facts, as_of: dt.date, rulebook: RuleBook, *,
             at_risk_days: int = 14) -> Assessment:
    """Where the person stands on ``as_of``."""
    sit = Situation(facts, as_of, rulebook)
    day = sit.day
    present = sit.present
    verdict = present_verdict(sit) if present else StayVerdict()
    days_used = _days_used(sit)
    overstay = 0
    if present and verdict.last is not None and verdict.last < day:
        overstay = sit.presence.count(verdict.last + 1, day)
    next_entry = None if present else _next_entry(sit, verdict)
    dues, due_findings = deadlines.collect(sit)
    findings = verdict.findings + _overstay_findings(sit, overstay, verdict) + due_findings
    remaining = None if not present or verdict.last is None else max(verdict.last - day, 0)
    status = _status(sit, verdict, overstay, remaining, at_risk_days)
    if status == Status.UNKNOWN and verdict.missing is None:
        verdict.missing = "no trips are recorded: add the entry and exit dates"
    if status == Status.UNKNOWN:
        findings.insert(0, Finding("DATA", Severity.WARNING,
                                   f"The status cannot be determined: {verdict.missing}.", ""))
    if verdict.last is not None and verdict.last < day and present and overstay == 0:
        remaining = 0
    return Assessment(
        as_of=as_of, present=present, regime=verdict.regime if present else None,
        status=status, days_used_in_window=days_used,
        last_lawful_day=None if not present or verdict.last is None
        else dt.date.fromordinal(verdict.last),
        days_remaining=remaining, overstay_days=overstay,
        next_lawful_entry=None if next_entry is None else dt.date.fromordinal(next_entry),
        deadlines=tuple(dues), findings=tuple(findings),
    )


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
        return _protected(sit, sit.book.rule(sit.protected_by))
    chain_end = sit.cover_chain_end(sit.day)
    if chain_end is not None:
        cover = max(sit.covers_on(sit.day), key=lambda c: c.last)
        return _covered(sit, cover, chain_end)
    if sit.count_rule is None:
        return _no_rule(sit)
    return _counted(sit, sit.count_rule)


def _protected(sit: Situation, rule: Rule) -> StayVerdict:
    what = "asylum claim" if rule.id.startswith("ASY") else "statelessness procedure"
    message = (f"The {what} is being examined: the person may stay in Kazakhstan while it "
               "runs. Keep the certificate valid.")
    return StayVerdict(regime=rule.id, protected=True,
                       findings=[finding(rule, Severity.INFO, message)])


def _covered(sit: Situation, cover: Cover, chain_end: int) -> StayVerdict:
    rule = sit.book.rule(cover.rule)
    what = LABELS[cover.document] if cover.document else "15-day period to find a new employer"
    if chain_end >= FAR_FUTURE:
        message = f"The stay is allowed by the {what}, which has no end date."
        return StayVerdict(regime=rule.id, findings=[finding(rule, Severity.INFO, message)])
    message = f"The stay is allowed by the {what} until {_iso(chain_end)}."
    return StayVerdict(regime=rule.id, last=chain_end,
                       findings=[finding(rule, Severity.INFO, message)])


def _no_rule(sit: Situation) -> StayVerdict:
    """No document covers today and no visa-free rule applies to the citizenship."""
    entry = sit.current_entry
    assert entry is not None
    lapsed = [c for c in sit.covers if c.last < sit.day and c.last >= entry - 1]
    if lapsed:  # a document allowed the stay and has run out
        cover = max(lapsed, key=lambda c: c.last)
        return _covered(sit, cover, cover.last)
    if sit.facts.citizenship is None:
        missing = "the citizenship is not recorded (or the statelessness documents are missing)"
    else:
        missing = (f"no visa or residence document is recorded, and citizens of "
                   f"{sit.facts.citizenship} need one to stay")
    return StayVerdict(missing=missing)


def _counted(sit: Situation, rule: Rule) -> StayVerdict:
    """Day-count regime (STAY-01/02/03): rolling window and per-stay cap."""
    if not rule.enabled or rule.unconfirmed:
        message = (f"{rule.title}: this rule is not confirmed, so the days are not counted "
                   f"automatically ({CHECK_LAW}).")
        return StayVerdict(regime=rule.id, missing=f"the stay limit for citizens of "
                           f"{sit.facts.citizenship} is unconfirmed ({CHECK_LAW})",
                           findings=[finding(rule, Severity.INFO, message)])
    start_rule = rule.effective_from.toordinal() if rule.effective_from else 1
    if sit.day < start_rule:
        return StayVerdict(regime=rule.id, missing=(
            f"{rule.id} applies from {_iso(start_rule)}; the earlier rule is not in the rules "
            f"file ({CHECK_LAW})"))
    entry = sit.current_entry
    assert entry is not None
    window, limit = rule.number("window_days"), rule.number("window_limit")
    lapsed = [c.last for c in sit.covers if entry - 1 <= c.last < sit.day]
    start = max([entry, start_rule, *(last + 1 for last in lapsed)])
    last = first_over_limit(sit.counted, start, window, limit) - 1
    findings = []
    if "per_stay_days" in rule.params and start == entry:
        cap = rule.number("per_stay_days")
        if entry + cap - 1 <= last:
            last = entry + cap - 1
            findings.append(finding(rule, Severity.INFO, (
                f"Each stay may last at most {cap} days: entered on {_iso(entry)}, so the "
                f"last day is {_iso(last)}.")))
    used = sit.counted.count(sit.day - window + 1, sit.day)
    severity = Severity.INFO if last - sit.day > 14 else Severity.WARNING
    if last < sit.day:
        severity = Severity.CRITICAL
    verb = "had to leave" if last < sit.day else "must leave"
    findings.insert(0, finding(rule, severity, (
        f"{used} of {limit} days used in the {window} days {_iso(sit.day - window + 1)} to "
        f"{_iso(sit.day)}; {verb} by {_iso(last)}")))
    if entry < start_rule:
        findings.append(finding(rule, Severity.INFO, (
            f"Entered on {_iso(entry)}, before {rule.id} took effect on {_iso(start_rule)}: "
            f"days before {_iso(start_rule)} are not counted under it; the earlier rule is not "
            f"in the rules file ({CHECK_LAW}).")))
    return StayVerdict(regime=rule.id, last=last, findings=findings)


def _overstay_findings(sit: Situation, overstay: int, verdict: StayVerdict) -> list[Finding]:
    """ENF-01: what an overstay of this many days usually leads to."""
    rule = sit.book.rule("ENF-01")
    if overstay <= 0 or not rule.enabled or verdict.last is None:
        return []
    left = _iso(verdict.last)
    if overstay <= rule.number("warning_days"):
        text = (f"Stayed {overstay} days beyond the last lawful day ({left}): "
                "the usual consequence is a warning.")
    elif overstay <= rule.number("fine_days"):
        text = (f"Stayed {overstay} days beyond the last lawful day ({left}): a fine of "
                f"{rule.number('fine_mci')} MCI is likely.")
    else:
        text = (f"Stayed {overstay} days beyond the last lawful day ({left}): risk of a larger "
                f"fine, expulsion and a 5-year entry ban ({CHECK_LAW}).")
    return [finding(rule, Severity.CRITICAL, text)]


def _next_entry(sit: Situation, verdict: StayVerdict) -> int | None:
    """First day on or after ``as_of`` on which the person may enter and stay that day."""
    day = sit.day
    for _ in range(len(sit.bans) + 2):  # each pass can only move past one more ban
        ban = sit.ban_on(day)
        if ban is not None:
            day = ban.last + 1
            continue
        if sit.cover_chain_end(day) is not None:
            return day
        rule = sit.count_rule
        if rule is not None and sit.count_rule_usable:
            candidate = first_entry_day(sit.counted, day, rule.number("window_days"),
                                        rule.number("window_limit"))
        else:
            future = [c.first for c in sit.covers if c.first > day]
            if not future:
                verdict.findings.append(Finding("DATA", Severity.INFO, (
                    "No visa or residence document allows a new entry: the next lawful entry "
                    "date cannot be given."), ""))
                return None
            candidate = min(future)
        if candidate == day or sit.ban_on(candidate) is None:
            return candidate
        day = candidate
    return day
