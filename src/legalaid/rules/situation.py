"""What the facts mean on a given day: presence, documents that allow a stay ("covers"), entry
bans, and the day-count rule for the person's citizenship. Shared by the engine and what-if."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Sequence
from operator import attrgetter
from typing import NamedTuple

from legalaid.domain.enums import Category, DocumentType, EventType
from legalaid.domain.records import DocumentRecord, EventRecord, TripRecord
from legalaid.rules.facts import Facts
from legalaid.rules.rulebook import Rule, RuleBook
from legalaid.rules.stay import Days, Interval, clip, merge, subtract

FAR_FUTURE = dt.date(9999, 12, 31).toordinal()
EAEU_RULE = "STAY-02"
_CONTRACT = DocumentType.EMPLOYMENT_CONTRACT
_SPAN = attrgetter("first", "last")
_NO_DAYS = Days(())  # shared: Days is never changed after it is built
_RARE_DOCUMENTS = frozenset({DocumentType.ASYLUM_CERTIFICATE, DocumentType.ENTRY_BAN})
PROTECTION_CATEGORIES = frozenset({Category.ASYLUM_SEEKER, Category.STATELESS_APPLICANT})


class Cover(NamedTuple):
    """Days on which a document (or a grace period) allows the stay, whatever the day count.
    (A named tuple: thousands are built per second during a bulk refresh.)"""

    rule: str
    document: DocumentType | None
    first: int
    last: int  # FAR_FUTURE when the document has no end


class Ban(NamedTuple):
    rule: str
    document: DocumentType | None
    first: int
    last: int


def add_term(start: dt.date, years: int = 0, months: int = 0, days: int = 0) -> dt.date:
    """K5: the same calendar date that many years/months later (the month's last day when that
    month is shorter, as ``relativedelta`` does), plus days. Written out because relativedelta
    costs ~20 times more and a bulk refresh computes tens of thousands of terms."""
    total = start.month - 1 + months + 12 * years
    year, month = start.year + total // 12, total % 12 + 1
    day = start.day
    if day > 28:
        day = min(day, monthrange(year, month)[1])
    result = start.replace(year=year, month=month, day=day)
    return result + dt.timedelta(days=days) if days else result


def document_end(doc: DocumentRecord, book: RuleBook) -> dt.date | None:
    """``valid_until``, or the default term of the document type from its start."""
    if doc.valid_until is not None:
        return doc.valid_until
    term = book.document_terms.get(doc.type)
    if term is None or doc.valid_from is None:
        return None
    return add_term(doc.valid_from, term.years, term.months, term.days)


def _stays(facts: Facts, day: int) -> list[Interval]:
    """Continuous stays up to ``day`` (trips sorted by entry; trips that touch are one stay)."""
    stays: list[Interval] = []
    for trip in facts.trips:
        first = trip.entry.toordinal()
        if first > day:
            break
        last = day if trip.exit is None else trip.exit.toordinal()
        if last > day:
            last = day
        if stays and first <= stays[-1][1] + 1:
            if last > stays[-1][1]:
                stays[-1] = (stays[-1][0], last)
        else:
            stays.append((first, last))
    return stays


def _last_entered(trips: Sequence[TripRecord], as_of: dt.date) -> int | None:
    """Index of the last trip entered on or before ``as_of`` (trips sorted by entry)."""
    for index in range(len(trips) - 1, -1, -1):
        if trips[index].entry <= as_of:
            return index
    return None


def previous_exit(trips: Sequence[TripRecord], index: int) -> dt.date | None:
    """The exit of the trip before ``trips[index]``, if any."""
    return trips[index - 1].exit if index > 0 else None


class Situation:
    """The facts seen from ``as_of``: only trips, documents and events known by that day."""

    __slots__ = ("_events_by_type", "as_of", "bans", "book", "count_rule", "count_rule_usable",
                 "counted", "covers", "current_entry", "current_trip", "day", "document_types",
                 "events", "explain", "facts", "presence", "present", "protected_by", "stays")

    # Computed eagerly and held as plain attributes: this runs for every client on every
    # refresh of the status snapshots.
    def __init__(self, facts: Facts, as_of: dt.date, book: RuleBook, *,
                 explain: bool = True) -> None:
        self.explain = explain  # False: numbers only, no messages (bulk status refresh)
        self.facts = facts
        self.as_of = as_of
        self.day = day = as_of.toordinal()
        self.book = book
        events = facts.events
        self.events: tuple[EventRecord, ...] = events if not events or events[-1].date <= as_of \
            else tuple(e for e in events if e.date <= as_of)
        self.stays = stays = _stays(facts, day)
        self.present = bool(stays) and stays[-1][1] == day
        self.current_entry: int | None = stays[-1][0] if self.present else None
        # The trip of the current stay (a re-entry the day after an exit starts a new trip of
        # the same continuous stay), and its place in the trip list.
        self.current_trip: int | None = _last_entered(facts.trips, as_of) if self.present \
            else None
        rule_id = book.regime_by_country.get(facts.citizenship or "")
        self.count_rule: Rule | None = None if rule_id is None else book.rules[rule_id]
        self.count_rule_usable = self.count_rule is not None and self.count_rule.enabled \
            and not self.count_rule.unconfirmed
        self._events_by_type: dict[EventType, list[EventRecord]] = {}
        for event in self.events:
            self._events_by_type.setdefault(event.type, []).append(event)
        self.document_types = {doc.type for doc in facts.documents}
        self.covers = self._covers() if facts.documents else []
        self.presence = Days(stays, merged=True)
        self.counted = self._counted()
        # Most people have no events and no protection documents: skip the detailed checks.
        rare = bool(self.events) or facts.category is not None or bool(
            self.document_types & _RARE_DOCUMENTS)
        self.protected_by = self._protected_by() if rare else None
        self.bans = self._bans() if rare else []

    def events_of(self, kind: EventType) -> Sequence[EventRecord]:
        return self._events_by_type.get(kind, ())

    def stay_containing(self, day: int) -> Interval | None:
        for stay in self.stays:
            if stay[0] <= day <= stay[1]:
                return stay
        return None

    def _covers(self) -> list[Cover]:
        """Every period some document allows the stay, sorted by first day."""
        result: list[Cover] = []
        stay_documents = self.book.stay_documents
        for doc in self.facts.documents:
            rule_id = stay_documents.get(doc.type)
            if rule_id is None:
                continue
            end = doc.valid_until or document_end(doc, self.book)
            first = doc.valid_from.toordinal() if doc.valid_from else 1
            last = end.toordinal() if end else FAR_FUTURE
            if doc.type is _CONTRACT:
                result.extend(self._contract_covers(self.book.rules[rule_id], first, last))
            else:
                result.append(Cover(rule_id, doc.type, first, last))
        if len(result) > 1:
            result.sort(key=_SPAN)
        return result

    def _contract_covers(self, rule: Rule, first: int, last: int) -> list[Cover]:
        """EAEU-02 while the contract runs; EAEU-03 when it was ended early."""
        if self.book.regime_by_country.get(self.facts.citizenship or "") != EAEU_RULE:
            return []
        grace = self.book.rule("EAEU-03")
        for event in self.events_of(EventType.CONTRACT_TERMINATED):
            ended = event.date.toordinal()
            if not first <= ended <= last:
                continue
            stay = self.stay_containing(ended)
            if stay is not None and ended - stay[0] > grace.number("after_days") and grace.enabled:
                return [Cover(rule.id, DocumentType.EMPLOYMENT_CONTRACT, first, ended),
                        Cover(grace.id, None, ended + 1, ended + grace.number("days"))]
            # Ended within the first 90 days: the stay counts under 90/180 from the entry.
            return []
        return [Cover(rule.id, DocumentType.EMPLOYMENT_CONTRACT, first, last)]

    def covers_on(self, day: int) -> list[Cover]:
        return [cover for cover in self.covers if cover.first <= day <= cover.last]

    def cover_chain_end(self, day: int) -> int | None:
        """Last day of the unbroken run of covers through ``day`` (None when none covers it)."""
        end: int | None = None
        for cover in self.covers:
            if cover.first <= (day if end is None else end + 1) and cover.last >= day:
                end = cover.last if end is None else max(end, cover.last)
        return end

    def _counted(self) -> Days:
        """Days present that count under the day-count rule: on or after its effective date and
        not covered by a document."""
        rule = self.count_rule
        if rule is None:
            return _NO_DAYS
        start = rule.effective_from.toordinal() if rule.effective_from else 1
        stays = self.stays
        if not stays:
            return self.presence
        first, last = stays[0][0], stays[-1][1]
        if first >= start and not any(c.last >= first and c.first <= last for c in self.covers):
            return self.presence  # the common case: every day present counts
        days = stays if first >= start else clip(stays, start, FAR_FUTURE)
        covers = self.covers
        holes = [(covers[0].first, covers[0].last)] if len(covers) == 1 else merge(
            (c.first, c.last) for c in covers)
        return Days(subtract(days, holes), merged=True)

    def _protected_by(self) -> str | None:
        """The procedure that protects the person on ``as_of`` (asylum or statelessness)."""
        category = self.facts.category
        if category not in PROTECTION_CATEGORIES and not self.events and \
                DocumentType.ASYLUM_CERTIFICATE not in self.document_types:
            return None  # the usual case, decided without looking further
        if category in (Category.REJECTED_ASYLUM_SEEKER, Category.REFUGEE):
            return None
        registered = self.events_of(EventType.ASYLUM_REGISTERED)
        certificate = any(
            doc.type == DocumentType.ASYLUM_CERTIFICATE and doc.valid_from is not None
            and doc.valid_from <= self.as_of for doc in self.facts.documents)
        if registered or certificate:
            return "ASY-03"
        if category == Category.STATELESS_APPLICANT or (
                self.events_of(EventType.STATELESS_QUERY_SENT)
                and category in (None, Category.STATELESS_APPLICANT)):
            return "STL-01"
        return None

    def _bans(self) -> list[Ban]:
        """Entry bans: 5 years after an expulsion, or a recorded entry-ban document."""
        rule = self.book.rules["ENF-02"]
        if not rule.enabled:
            return []
        if not self.events_of(EventType.EXPELLED) and \
                DocumentType.ENTRY_BAN not in self.document_types:
            return []
        result = [Ban(rule.id, None, e.date.toordinal(),
                      add_term(e.date, years=rule.number("years")).toordinal() - 1)
                  for e in self.events_of(EventType.EXPELLED)]
        for doc in self.facts.documents:
            if doc.type == DocumentType.ENTRY_BAN and doc.valid_from is not None:
                end = doc.valid_until or add_term(doc.valid_from, years=rule.number("years"))
                result.append(Ban(rule.id, doc.type, doc.valid_from.toordinal(), end.toordinal()))
        return result

    def ban_on(self, day: int) -> Ban | None:
        for ban in self.bans:
            if ban.first <= day <= ban.last:
                return ban
        return None
