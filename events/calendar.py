"""iCalendar (RFC 5545) files with the `icalendar` library: one event's `.ics`, and the feed of all events.

Each VEVENT keeps its UID across edits (the page id and the site's host), carries DTSTART/DTEND with the event's
TZID and the matching VTIMEZONE, and DTSTAMP in UTC; the library escapes and folds the text.
"""

from datetime import UTC

import icalendar
from django.http import HttpResponse
from django.utils import timezone

CONTENT_TYPE = "text/calendar; charset=utf-8"
STATUS = {"scheduled": "CONFIRMED", "postponed": "TENTATIVE", "cancelled": "CANCELLED"}


def vevent(request, event):
    item = icalendar.Event()
    item.add("uid", f"event-{event.pk}@{request.get_host().split(':')[0]}")
    item.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(UTC))
    item.add("dtstart", event.local_start)
    item.add("dtend", event.local_end)
    item.add("summary", event.title)
    item.add("status", STATUS.get(event.status, "CONFIRMED"))
    url = request.build_absolute_uri(event.get_url(request))
    item.add("url", url)
    where = [text for text in (event.place, event.online_url) if text]
    if where:
        item.add("location", ", ".join(where))
    description = [text for text in (event.summary, event.organiser, event.registration_url, url) if text]
    item.add("description", "\n\n".join(description))
    if event.last_published_at:
        item.add("last-modified", event.last_published_at.astimezone(UTC))
    return item


def ics(request, events, name):
    """The calendar of `events` (EventPages) as bytes, its texts in the active language."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//IURC-China//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(vevent(request, event))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def response(body, filename=None):
    answer = HttpResponse(body, content_type=CONTENT_TYPE)
    if filename:
        answer["Content-Disposition"] = f'attachment; filename="{filename}"'
    return answer
