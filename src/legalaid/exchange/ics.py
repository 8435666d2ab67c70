"""Deadlines as an iCalendar (.ics) file for a lawyer's phone or desktop calendar.

Each deadline is an all-day event with a stable UID (importing the file again updates the events
instead of duplicating them) and a display reminder some days before. The caller decides what the
summary says; LegalAid puts a client number and one initial there, never a name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

PRODUCT_ID = "-//LegalAid//Deadlines//EN"


@dataclass(frozen=True)
class CalendarEntry:
    """One all-day event."""

    uid: str
    day: dt.date
    summary: str
    description: str = ""


def to_ics(entries: Sequence[CalendarEntry], alarm_days: Sequence[int] = (7, 1),
           stamp: dt.datetime | None = None) -> bytes:
    """The calendar as bytes (UTF-8, CRLF line ends as RFC 5545 wants)."""
    from icalendar import Alarm, Calendar, Event

    now = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "LegalAid")
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", now)
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        event.add("summary", entry.summary)
        if entry.description:
            event.add("description", entry.description)
        event.add("transp", "TRANSPARENT")  # an all-day deadline does not make the lawyer busy
        for days in sorted({d for d in alarm_days if d >= 0}, reverse=True):
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", entry.summary)
            # 09:00 on the day of the reminder, not midnight: all-day events start at 00:00.
            alarm.add("trigger", dt.timedelta(days=-days, hours=9))
            event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
