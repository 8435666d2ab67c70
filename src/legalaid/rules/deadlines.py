"""Every dated obligation the rules derive: document expiries and their alerts, asylum steps,
statelessness, registration of arrival, EAEU job change, entry-ban ends."""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import Any

from legalaid.domain.enums import Category, DocumentType, EventType, Severity
from legalaid.rules.model import Deadline, Finding
from legalaid.rules.rulebook import Rule, RuleBook
from legalaid.rules.situation import Situation, add_term, document_end
from legalaid.rules.texts import Joined, Phrase

_BY_DUE = attrgetter("due")
_RESIDENCE = (DocumentType.TRP, DocumentType.PERMANENT_RESIDENCE)


def finding(book: RuleBook, rule: Rule, severity: Severity, key: str, /,
            **args: Any) -> Finding:
    """A finding whose message is the rules file's text ``key`` with ``args``, in English
    (``message``) and in every interface language (``texts``)."""
    return say(book, rule.id, severity, Phrase(key, args), rule.citation)


def convention_finding(book: RuleBook, convention: str, severity: Severity, key: str, /,
                       **args: Any) -> Finding:
    """A finding of a counting convention (K1-K9), cited as the rules file cites it."""
    return say(book, convention, severity, Phrase(key, args),
               book.conventions[convention].citation)


def add_stay_deadline(book: RuleBook, dues: list[Deadline], regime: str | None,
                      last: int | None) -> None:
    """The must-leave date of a present person whose stay is limited, under the rule that
    limits it; kept in due order (after same-day deadlines, as both engine paths add it)."""
    if regime is None or last is None:
        return
    dues.append(Deadline(regime, None, dt.date.fromordinal(last), book.texts.title("must_leave")))
    if len(dues) > 1:
        dues.sort(key=_BY_DUE)


def say(book: RuleBook, rule_id: str, severity: Severity, phrase: Phrase | Joined,
        source: str) -> Finding:
    message = book.texts.render(phrase, "en", iso_dates=True)
    return Finding(rule_id, severity, message, source, book.texts.in_languages(phrase))


class _Collector:
    __slots__ = ("book", "deadlines", "explain", "findings", "sit")

    def __init__(self, sit: Situation) -> None:
        self.sit = sit
        self.book = sit.book
        self.deadlines: list[Deadline] = []
        self.findings: list[Finding] = []
        self.explain = sit.explain  # messages are only written when someone will read them

    def say(self, rule: Rule, severity: Severity, key: str, /, **args: Any) -> None:
        """A finding; the message is only written when the explanation is wanted."""
        if self.explain:
            self.findings.append(finding(self.book, rule, severity, key, **args))

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
    titles = book.texts.document_titles
    for doc in sit.facts.documents:
        end = doc.valid_until or document_end(doc, book)
        if end is None:
            continue
        rule = book.expiry_rules[doc.type]
        if rule.enabled:
            out.deadlines.append(Deadline(rule.id, doc.type, end, titles[doc.type]["en"]))
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
    left = (end - sit.as_of).days
    if left < 0:
        out.findings.append(finding(sit.book, rule, Severity.WARNING, "document_expired",
                                    document=doc_type, date=end))
        return
    thresholds = sorted(sit.book.alert_days)
    if not thresholds or left > thresholds[-1]:
        return
    severity = Severity.INFO
    if len(thresholds) >= 2 and left <= thresholds[-2]:
        severity = Severity.WARNING
    if left <= thresholds[0]:
        severity = Severity.CRITICAL
    parts = [Phrase("document_expires", {"document": doc_type, "date": end, "days": left})]
    if doc_type in (DocumentType.REFUGEE_CERTIFICATE, DocumentType.ASYLUM_CERTIFICATE,
                    DocumentType.KANDAS_STATUS, DocumentType.TRP):
        parts.append(Phrase("apply_for_renewal", {}))
    if doc_type == DocumentType.KANDAS_STATUS:
        parts.append(Phrase("kandas_extension", {"months": _kandas_extension(out, end)}))
    out.findings.append(say(sit.book, rule.id, severity, Joined(tuple(parts)), rule.citation))


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
            out.add(rule, due, book.texts.title("apply_for_asylum"))
            severity = Severity.CRITICAL if due < sit.as_of else Severity.WARNING
            out.say(rule, severity, "asylum_apply_by", due=due, days=rule.number("days"),
                    entry=arrival.entry)
        elif registered[0].date > due:
            out.say(rule, Severity.WARNING, "asylum_registered_late", date=registered[0].date,
                    due=due)
    fingerprints = book.rule("ASY-04")
    for doc in sit.facts.documents:
        if doc.type == DocumentType.ASYLUM_CERTIFICATE and doc.valid_from is not None:
            out.add(fingerprints, doc.valid_from + dt.timedelta(days=fingerprints.number("days")),
                    book.texts.title("fingerprinting"), doc.type)
    if registered:
        decision = book.rule("ASY-05")
        start = registered[0].date
        out.add(decision, add_term(start, months=decision.number("months")),
                book.texts.title("asylum_decision"))
        out.add(decision, add_term(start, years=decision.number("max_years")),
                book.texts.title("asylum_decision_latest"))


def _stateless(out: _Collector) -> None:
    rule = out.book.rules["STL-01"]
    for event in out.sit.events_of(EventType.STATELESS_QUERY_SENT):
        due = add_term(event.date, months=rule.number("months"))
        out.add(rule, due, out.book.texts.title("origin_answer_due"))
        if due <= out.sit.as_of:
            out.say(rule, Severity.INFO, "stateless_answer_due", date=event.date, due=due)


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
        title = sit.book.texts.title("register_stay")
    else:
        rule = sit.book.rules["REG-01"]
        if category is not None and category not in rule.categories:
            return
        if sit.covers and any(c.document in _RESIDENCE for c in sit.covers_on(sit.day)):
            return  # residents are registered at their address
        due = sit.book.holidays.add_working_days(trip.entry, rule.number("working_days"))
        title = sit.book.texts.title("host_notifies")
    if trip.host_notified is None:
        out.add(rule, due, title)
        if due < sit.as_of:
            out.say(rule, Severity.WARNING, "arrival_not_notified", due=due)
    elif trip.host_notified > due:
        out.say(rule, Severity.WARNING, "arrival_notified_late", date=trip.host_notified, due=due)


def _contract_end(out: _Collector) -> None:
    for cover in out.sit.covers:
        if cover.rule == "EAEU-03":
            rule = out.book.rule("EAEU-03")
            due = dt.date.fromordinal(cover.last)
            out.add(rule, due, out.book.texts.title("sign_new_contract"))
            out.say(rule, Severity.WARNING, "contract_ended_early", due=due)


def _bans(out: _Collector) -> None:
    rule = out.book.rule("ENF-02")
    for ban in out.sit.bans:
        if ban.document is None:  # documents already gave their end date
            out.add(rule, dt.date.fromordinal(ban.last + 1), out.book.texts.title("entry_ban_ends"))
        if ban.first <= out.sit.day <= ban.last:
            out.say(rule, Severity.CRITICAL, "entry_ban_in_force",
                    date=dt.date.fromordinal(ban.last))


def _kandas_extension(out: _Collector, end: dt.date) -> int:
    """KAN-01: one extension of up to 6 months (3 months before the change of 2025-10-26)."""
    rule = out.book.rules["KAN-01"]
    longer = rule.params.get("extension_months", 6)
    shorter = rule.params.get("extension_months_before", 3)
    change = rule.params.get("extension_change")
    months = shorter if isinstance(change, dt.date) and end < change else longer
    return months if isinstance(months, int) else 6
