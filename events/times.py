"""An event's times as the site shows them: in the event's own zone, then in Beijing and Brussels time, each in
the page language's format (Babel's CLDR data), e.g. "2026年3月5日 14:00–16:00（北京时间）" and
"07:00–09:00 CET（布鲁塞尔时间）".
"""

from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.dates import format_date, format_datetime, format_interval, format_skeleton, get_timezone_location
from django.utils.translation import get_language
from django.utils.translation import gettext as _

BEIJING = "Asia/Shanghai"
BRUSSELS = "Europe/Brussels"
BABEL_LOCALES = {"en": "en_GB", "zh-hans": "zh_Hans_CN"}
ZONE_AREAS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


def zone_choices():
    """The IANA zones an event may be in: the regional ones (`Europe/Rome`) and UTC, by name."""
    names = sorted(name for name in available_timezones() if name.startswith(ZONE_AREAS))
    return [("UTC", "UTC"), *((name, name.replace("_", " ")) for name in names)]


def babel_locale(language=None):
    return Locale.parse(BABEL_LOCALES.get(language or get_language(), "en_GB"))


def span(start, end, zone, locale, with_date=True):
    """`5 March 2026, 14:00–16:00` (one day) or `5 March 2026, 14:00 – 6 March 2026, 12:00`, in `zone`."""
    start, end = start.astimezone(zone), end.astimezone(zone)
    joined = locale.datetime_formats["medium"]  # "{1}, {0}" (date, time) in English, "{1} {0}" in Chinese

    def at(moment):
        return joined.format(format_datetime(moment, "HH:mm", locale=locale), format_date(moment, "long", locale))

    if start.date() != end.date():
        return f"{at(start)} – {at(end)}"
    times = format_interval(start, end, "Hm", tzinfo=zone, locale=locale)
    return joined.format(times, format_date(start, "long", locale)) if with_date else times


def zone_label(text, zone_name, moment, locale):
    """`text` marked with its zone: Beijing time, Brussels time (with CET/CEST) or the zone's city (Rome time)."""
    if zone_name == BEIJING:
        return _("%(time)s (Beijing time)") % {"time": text}
    if zone_name == BRUSSELS:
        abbreviation = format_datetime(moment, "zzz", tzinfo=ZoneInfo(BRUSSELS), locale="en_GB")  # CET or CEST
        return _("%(time)s %(abbreviation)s (Brussels time)") % {"time": text, "abbreviation": abbreviation}
    city = get_timezone_location(ZoneInfo(zone_name), locale, return_city=True)
    return _("%(time)s (%(city)s time)") % {"time": text, "city": city}


def event_times(start, end, zone_name, language=None):
    """The event's times as lines: first in its own zone, then in Beijing and in Brussels time (each unless it is
    the event's zone); a line repeats the date only when it differs from the first line's."""
    locale = babel_locale(language)
    own = ZoneInfo(zone_name)
    lines = [zone_label(span(start, end, own, locale), zone_name, start, locale)]
    own_dates = (start.astimezone(own).date(), end.astimezone(own).date())
    for other in (BEIJING, BRUSSELS):
        if other == zone_name:
            continue
        zone = ZoneInfo(other)
        same_dates = (start.astimezone(zone).date(), end.astimezone(zone).date()) == own_dates
        lines.append(zone_label(span(start, end, zone, locale, with_date=not same_dates), other, start, locale))
    return lines


def short_date(start, zone_name, language=None):
    """The event's first day in its own zone, e.g. `5 Mar 2026` / `2026年3月5日`, for cards."""
    return format_date(start.astimezone(ZoneInfo(zone_name)), "medium", babel_locale(language))


def date_tile(start, zone_name, language=None):
    """The event's first day in its own zone as a calendar tile shows it: the day (`5`) and the month
    (`March 2026` / `2026年3月`)."""
    locale, moment = babel_locale(language), start.astimezone(ZoneInfo(zone_name))
    return {"day": format_date(moment, "d", locale), "month": format_skeleton("yMMMM", moment, locale=locale)}


def card_time(start, end, zone_name, language=None):
    """The time in the event's own zone without the date when it fits in one day (cards show the date apart)."""
    locale = babel_locale(language)
    own = ZoneInfo(zone_name)
    one_day = start.astimezone(own).date() == end.astimezone(own).date()
    return zone_label(span(start, end, own, locale, with_date=not one_day), zone_name, start, locale)
