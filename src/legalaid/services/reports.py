"""Activity and donor reports for a period and, optionally, one funding code.

What is counted (also stated in the README's Reports section):

- *clients served*: clients with a case open at some time in the period, or (without a funding
  code) with a note, letter or referral in the period or registered in it;
- *new clients*: clients served who were registered in the period;
- *cases opened / closed* in the period, *open at the end*; outcomes of the closed cases;
- *consultations*: notes written in the period (a note records one consultation or contact);
- *letters sent*: letters registered with a date in the period;
- *referrals made* in the period, *answered* when the partner replied (status not "sent");
- *overstays resolved*: cases about an overstay or regularisation closed in the period as granted
  or settled;
- breakdowns of the clients served by category, sex, age band (at the end of the period),
  citizenship and region (from the city that starts the address).

With a funding code, cases and everything about clients are limited to clients with a case of
that code. Clients who withdrew reporting consent count in the figures but in no breakdown.
Small cells are suppressed (``domain.report``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable

from sqlalchemy import Engine

from legalaid.db.repositories import reports as reports_db
from legalaid.domain.enums import Category, Sex
from legalaid.domain.report import Report, Section, figure_cell, region_key, section_of
from legalaid.errors import ValidationError

AGE_BANDS = ((0, 17, "0-17"), (18, 29, "18-29"), (30, 44, "30-44"), (45, 59, "45-59"),
             (60, 200, "60+"))
OVERSTAY_WORDS = ("overstay", "regularis", "просроч", "легализ")
RESOLVED_OUTCOMES = ("granted", "settled", "удовлетвор", "урегулир")
MAX_DAYS = 3660


def age_band(born: dt.date | None, on: dt.date) -> str:
    if born is None:
        return "unknown"
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return next((name for low, high, name in AGE_BANDS if low <= years <= high), "unknown")


def _is_overstay_resolved(kind: str, outcome: str | None) -> bool:
    kind, result = kind.lower(), (outcome or "").lower()
    return any(w in kind for w in OVERSTAY_WORDS) and any(w in result for w in RESOLVED_OUTCOMES)


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError("--to", "is before --from")
    if (end - start).days > MAX_DAYS:
        raise ValidationError("--to", "a report covers at most ten years")


class ReportService:
    """Builds reports; every figure is counted from the database at the time of asking."""

    def __init__(self, engine: Engine, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._engine = engine
        self._today = today

    def funding_codes(self) -> list[str]:
        with self._engine.connect() as connection:
            return reports_db.funding_codes(connection)

    def activity(self, start: dt.date, end: dt.date, funding: str | None = None) -> Report:
        """The report for [start, end] (both included), of one funding code or of all."""
        check_period(start, end)
        funding = (funding or "").strip() or None
        with self._engine.connect() as connection:
            cases = reports_db.cases_in_period(connection, start, end, funding)
            notes = reports_db.notes_in_period(connection, start, end)
            letters = reports_db.letters_in_period(connection, start, end)
            referrals = reports_db.referrals_in_period(connection, start, end)
            registered = set(reports_db.clients_registered(connection, start, end))
            served = {case.client_id for case in cases}
            if funding is None:
                served |= registered | set(notes) | set(letters) | {c for c, _ in referrals}
            clients = reports_db.client_facts(connection, served)
            withheld = reports_db.reporting_withheld(connection, end)
        served = {client.id for client in clients}  # deleted clients drop out
        closed = [c for c in cases if c.closed is not None and start <= c.closed <= end
                  and c.client_id in served]
        figures = (
            figure_cell("clients_served", len(served)),
            figure_cell("new_clients", len(served & registered)),
            figure_cell("cases_opened", sum(start <= c.opened <= end for c in cases
                                            if c.client_id in served)),
            figure_cell("cases_closed", len(closed)),
            figure_cell("cases_open_at_end", sum(c.closed is None or c.closed > end
                                                 for c in cases if c.client_id in served)),
            figure_cell("consultations", sum(1 for cid in notes if cid in served)),
            figure_cell("letters_sent", sum(1 for cid in letters if cid in served)),
            figure_cell("referrals_made", sum(1 for cid, _ in referrals if cid in served)),
            figure_cell("referrals_answered", sum(1 for cid, status in referrals
                                                  if cid in served and status != "sent")),
            figure_cell("overstays_resolved", sum(_is_overstay_resolved(c.type, c.outcome)
                                                  for c in closed)),
        )
        reported = [client for client in clients if client.id not in withheld]
        outcomes = [c.outcome for c in closed if c.client_id not in withheld]
        sections = (
            section_of("outcome", _outcomes(outcomes)),
            section_of("category", Counter(c.category or "unknown" for c in reported),
                       [member.value for member in Category]),
            section_of("sex", Counter(c.sex or "unknown" for c in reported),
                       [member.value for member in Sex]),
            section_of("age", Counter(age_band(c.date_of_birth, end) for c in reported),
                       [name for _, _, name in AGE_BANDS]),
            section_of("citizenship", Counter(c.citizenship or "stateless" for c in reported)),
            section_of("region", Counter(region_key(c.address) for c in reported)),
        )
        return Report(start, end, funding, self._today(), figures, _drop_empty(sections))


KNOWN_OUTCOMES = ("granted", "refused", "withdrawn", "settled", "referred to a partner")


def _outcome_key(outcome: str | None) -> str:
    """Outcomes are free text: only the standard ones are shown, so no note can leak out."""
    text = (outcome or "").strip().lower()
    if not text:
        return "unknown"
    return text if text in KNOWN_OUTCOMES else "other"


def _outcomes(outcomes: Iterable[str | None]) -> Counter[str]:
    return Counter(_outcome_key(outcome) for outcome in outcomes)


def _drop_empty(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    return tuple(section for section in sections if section.cells)
