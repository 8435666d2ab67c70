"""Every dated obligation the rules derive: document expiries and their alerts, asylum steps,
statelessness, registration of arrival, EAEU job change, entry-ban ends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from operator import attrgetter

from legalaid.domain.enums import Category, DocumentType, EventType, Severity
from legalaid.rules.model import Deadline, Finding
from legalaid.rules.rulebook import Rule
from legalaid.rules.situation import Situation, add_term, document_end

LABELS = {
    DocumentType.PASSPORT: "passport",
    DocumentType.VISA: "visa",
    DocumentType.TRP: "temporary residence permit",
    DocumentType.PERMANENT_RESIDENCE: "permanent residence card",
    DocumentType.LABOUR_PERMIT: "labour immigrant permit",
    DocumentType.EMPLOYMENT_CONTRACT: "employment contract",
    DocumentType.ASYLUM_CERTIFICATE: "asylum-seeker certificate",
    DocumentType.REFUGEE_CERTIFICATE: "refugee certificate",
    DocumentType.STATELESS_CERTIFICATE: "stateless person's certificate",
    DocumentType.KANDAS_STATUS: "kandas status",
    DocumentType.ATA_ZHOLY_CARD: "Ata Zholy card",
    DocumentType.ENTRY_BAN: "entry ban",
}


_BY_DUE = attrgetter("due")
_RESIDENCE = (DocumentType.TRP, DocumentType.PERMANENT_RESIDENCE)
TITLES = {doc_type: "Entry ban ends" if doc_type == DocumentType.ENTRY_BAN
          else f"{label[0].upper()}{label[1:]} expires" for doc_type, label in LABELS.items()}


def finding(rule: Rule, severity: Severity, message: str) -> Finding:
    return Finding(rule.id, severity, message, rule.citation)


class _Collector:
    __slots__ = ("book", "deadlines", "explain", "findings", "sit")

    def __init__(self, sit: Situation) -> None:
        self.sit = sit
        self.book = sit.book
        self.deadlines: list[Deadline] = []
        self.findings: list[Finding] = []
        self.explain = sit.explain  # messages are only written when someone will read them

    def say(self, rule: Rule, severity: Severity, message: Callable[[], str]) -> None:
        """A finding; the message is only written when the explanation is wanted."""
        if self.explain:
            self.findings.append(finding(rule, severity, message()))

    def add(self, rule: Rule, due: dt.date, title: str,
            document: DocumentType | None = None) -> None:
        if rule.enabled:
            self.deadlines.append(Deadline(rule.id, document, due, title))


def collect(sit: Situation) -> tuple[list[Deadline], list[Finding]]:
    """Deadlines (sorted by date) and the findings that go with them."""
    out = _Collector(sit)
    _documents(out)
    if sit.events or sit.facts.category == Category.ASYLUM_SEEKER:
        _asylum(out)
        _stateless(out)
    if sit.present:
        _registration(out)
    if sit.covers:
        _contract_end(out)
    if sit.events or DocumentType.ENTRY_BAN in sit.document_types:
        _bans(out)
    if len(out.deadlines) > 1:
        out.deadlines.sort(key=_BY_DUE)  # stable: same-day deadlines keep the rules' order
    return out.deadlines, out.findings


def _documents(out: _Collector) -> None:
    """Each document's end, and an alert when it is 90/30/7 days away or already past."""
    sit = out.sit
    book = sit.book
    latest: dict[DocumentType, dt.date] = {}
    for doc in sit.facts.documents:
        end = doc.valid_until or document_end(doc, book)
        if end is None:
            continue
        rule = book.expiry_rules[doc.type]
        if rule.enabled:
            out.deadlines.append(Deadline(rule.id, doc.type, end, TITLES[doc.type]))
        if out.explain and end >= latest.get(doc.type, dt.date.min):
            latest[doc.type] = end
    if not latest:
        return
    horizon = sit.as_of + dt.timedelta(days=max(book.alert_days, default=0))
    for doc_type, end in latest.items():
        if doc_type != DocumentType.ENTRY_BAN and end <= horizon:
            _expiry_alert(out, doc_type, end)


def _expiry_alert(out: _Collector, doc_type: DocumentType, end: dt.date) -> None:
    """Only reached when the explanation is wanted (alerts are findings, not deadlines)."""
    sit = out.sit
    rule = sit.book.expiry_rules[doc_type]
    label = LABELS[doc_type]
    left = (end - sit.as_of).days
    if left < 0:
        out.findings.append(finding(rule, Severity.WARNING,
                                    f"The {label} expired on {end.isoformat()}."))
        return
    thresholds = sorted(sit.book.alert_days)
    if not thresholds or left > thresholds[-1]:
        return
    severity = Severity.INFO
    if len(thresholds) >= 2 and left <= thresholds[-2]:
        severity = Severity.WARNING
    if left <= thresholds[0]:
        severity = Severity.CRITICAL
    renew = " Apply for renewal now." if doc_type in (
        DocumentType.REFUGEE_CERTIFICATE, DocumentType.ASYLUM_CERTIFICATE,
        DocumentType.KANDAS_STATUS, DocumentType.TRP) else ""
    if doc_type == DocumentType.KANDAS_STATUS:
        renew += " The status can be extended once, by up to " + _kandas_extension(out, end)
    message = f"The {label} expires on {end.isoformat()}, in {left} days.{renew}"
    out.findings.append(finding(rule, severity, message))


def _asylum(out: _Collector) -> None:
    sit = out.sit
    registered = sit.events_of(EventType.ASYLUM_REGISTERED)
    if sit.facts.category != Category.ASYLUM_SEEKER and not registered:
        return  # most clients: nothing to do
    book = sit.book
    arrival = next((t for t in reversed(sit.facts.trips) if t.entry <= sit.as_of), None)
    if arrival is not None:
        rule = book.rule("ASY-02" if arrival.irregular_entry else "ASY-01")
        due = arrival.entry + dt.timedelta(days=rule.number("days"))
        if not registered:
            out.add(rule, due, "Apply for asylum")
            severity = Severity.CRITICAL if due < sit.as_of else Severity.WARNING
            out.say(rule, severity, lambda: (
                f"The asylum application must be made by {due.isoformat()} "
                f"({rule.number('days')} calendar days after arriving on "
                f"{arrival.entry.isoformat()})."))
        elif registered[0].date > due:
            out.say(rule, Severity.WARNING, lambda: (
                f"The asylum application was registered on {registered[0].date.isoformat()}, "
                f"after the time limit of {due.isoformat()}."))
    fingerprints = book.rule("ASY-04")
    for doc in sit.facts.documents:
        if doc.type == DocumentType.ASYLUM_CERTIFICATE and doc.valid_from is not None:
            out.add(fingerprints, doc.valid_from + dt.timedelta(days=fingerprints.number("days")),
                    "Fingerprinting", doc.type)
    if registered:
        decision = book.rule("ASY-05")
        start = registered[0].date
        out.add(decision, add_term(start, months=decision.number("months")), "Decision on asylum")
        out.add(decision, add_term(start, years=decision.number("max_years")),
                "Decision on asylum at the latest")


def _stateless(out: _Collector) -> None:
    rule = out.book.rules["STL-01"]
    for event in out.sit.events_of(EventType.STATELESS_QUERY_SENT):
        due = add_term(event.date, months=rule.number("months"))
        out.add(rule, due, "Country of origin's answer due")
        if due <= out.sit.as_of and out.explain:
            out.findings.append(finding(rule, Severity.INFO, (
                f"The country of origin was asked on {event.date.isoformat()}; if it has not "
                f"answered by {due.isoformat()}, statelessness can be recognised.")))


def _registration(out: _Collector) -> None:
    """REG-01 (host notifies within 3 working days) or REG-02 (EAEU workers: 30 days)."""
    sit = out.sit
    if not sit.present:
        return
    category = sit.facts.category
    trip = next(t for t in reversed(sit.facts.trips) if t.entry <= sit.as_of)
    worker = sit.book.rules["REG-02"]
    if category == Category.EAEU_WORKER and worker.enabled and sit.count_rule is not None \
            and sit.count_rule.id == "STAY-02":
        rule = worker
        due = trip.entry + dt.timedelta(days=rule.number("days"))
        title = "Register the stay (30-day exemption ends)"
    else:
        rule = sit.book.rules["REG-01"]
        if category is not None and category not in rule.categories:
            return
        if sit.covers and any(c.document in _RESIDENCE for c in sit.covers_on(sit.day)):
            return  # residents are registered at their address
        due = sit.book.holidays.add_working_days(trip.entry, rule.number("working_days"))
        title = "Host notifies the police of arrival"
    if trip.host_notified is None:
        out.add(rule, due, title)
        if due < sit.as_of:
            out.say(rule, Severity.WARNING, lambda: (
                f"No notification of arrival is recorded; it was due by {due.isoformat()}. "
                "Ask the host whether it was made."))
    elif trip.host_notified > due:
        notified = trip.host_notified
        out.say(rule, Severity.WARNING, lambda: (
            f"The arrival was notified on {notified.isoformat()}, after the time "
            f"limit of {due.isoformat()}."))


def _contract_end(out: _Collector) -> None:
    for cover in out.sit.covers:
        if cover.rule == "EAEU-03":
            rule = out.book.rule("EAEU-03")
            due = dt.date.fromordinal(cover.last)
            out.add(rule, due, "Sign a new employment contract")
            if out.explain:
                out.findings.append(finding(rule, Severity.WARNING, (
                    f"The employment contract ended early; a new contract must be signed by "
                    f"{due.isoformat()} to stay without leaving.")))


def _bans(out: _Collector) -> None:
    rule = out.book.rule("ENF-02")
    for ban in out.sit.bans:
        if ban.document is None:  # documents already gave their end date
            out.add(rule, dt.date.fromordinal(ban.last + 1), "Entry ban ends")
        if ban.first <= out.sit.day <= ban.last and out.explain:
            out.findings.append(finding(rule, Severity.CRITICAL, (
                "An entry ban is in force until "
                f"{dt.date.fromordinal(ban.last).isoformat()}: entering Kazakhstan before then "
                "is not allowed.")))


def _kandas_extension(out: _Collector, end: dt.date) -> str:
    """KAN-01: one extension of up to 6 months (3 months before the change of 2025-10-26)."""
    rule = out.book.rules["KAN-01"]
    longer = rule.params.get("extension_months", 6)
    shorter = rule.params.get("extension_months_before", 3)
    change = rule.params.get("extension_change")
    months = shorter if isinstance(change, dt.date) and end < change else longer
    return f"{months} months."
