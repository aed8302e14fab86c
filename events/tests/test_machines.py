"""Events for machines: iCalendar files and feeds, the API, JSON-LD, OpenGraph, the sitemap, the translation report."""

import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
import jsonschema
import pytest
from django.urls import reverse

from tests.pages import path_of, soup

from .conftest import FIXED_START

pytestmark = pytest.mark.django_db
CALENDAR_TYPE = "text/calendar; charset=utf-8"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == CALENDAR_TYPE
    assert all(len(line) <= 75 for line in response.content.split(b"\r\n")), "lines are folded at 75 octets"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "URL"):
            assert name in event, name
        assert event["DTSTAMP"].dt.utcoffset() == timedelta(0)  # DTSTAMP is in UTC
        assert event["DTSTART"].params["TZID"] in zones  # each TZID has its VTIMEZONE
    return calendar


def test_an_events_ics_file_is_valid_and_keeps_its_uid(client, make_event):
    event = make_event(
        start=FIXED_START.astimezone(ZoneInfo("Europe/Rome")),
        time_zone="Europe/Rome",
        title="Workshop; urban, green \\ blue",
        summary_en="A long summary " * 12,
        online_url="https://example.org/live",
    )
    url = f"/en{path_of(event)}calendar/"
    response = client.get(url)
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    (item,) = parse_calendar(response).walk("VEVENT")
    assert str(item["SUMMARY"]) == "Workshop; urban, green \\ blue"  # escaped and read back by the library
    assert item["DTSTART"].dt == FIXED_START and item["DTSTART"].params["TZID"] == "Europe/Rome"
    assert item["DTEND"].dt - item["DTSTART"].dt == timedelta(hours=2)
    assert str(item["LOCATION"]) == "Chongqing, https://example.org/live"
    assert str(item["URL"]) == f"http://testserver/en{path_of(event)}"
    uid = str(item["UID"])
    event.title_en = "Workshop renamed"
    event.save_revision().publish()
    (again,) = parse_calendar(client.get(url)).walk("VEVENT")
    assert str(again["UID"]) == uid and str(again["SUMMARY"]) == "Workshop renamed"


def test_the_calendar_feed_has_every_event_in_the_pages_language(client, make_event):
    make_event(days=3, title="Upcoming", title_zh_hans="即将举行")
    make_event(days=-100, title="Past", title_zh_hans="往期", time_zone="Europe/Brussels")
    english = parse_calendar(client.get("/en/events/calendar/"))
    assert sorted(str(item["SUMMARY"]) for item in english.walk("VEVENT")) == ["Past", "Upcoming"]
    assert {str(zone["TZID"]) for zone in english.walk("VTIMEZONE")} == {"Asia/Shanghai", "Europe/Brussels"}
    chinese = parse_calendar(client.get("/zh-hans/events/calendar/"))
    assert sorted(str(item["SUMMARY"]) for item in chinese.walk("VEVENT")) == ["即将举行", "往期"]
    assert str(chinese["X-WR-CALNAME"]) == "活动"
    uids = lambda calendar: sorted(str(item["UID"]) for item in calendar.walk("VEVENT"))  # noqa: E731
    assert uids(english) == uids(chinese)  # the same events, whatever the language


def test_an_empty_calendar_feed_is_still_a_valid_calendar(client, index):
    assert not parse_calendar(client.get("/en/events/calendar/")).walk("VEVENT")


def structured_data(response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    return {item["@type"]: item for item in (json.loads(script.string) for script in scripts)}


def test_json_ld_event_with_dates_locations_status_and_organiser(client, make_event, chongqing):
    event = make_event(
        start=FIXED_START.astimezone(ZoneInfo("Europe/Brussels")),
        time_zone="Europe/Brussels",
        online_url="https://example.org/live",
        organiser_en="City of Mannheim",
        status="postponed",
        cities=[chongqing],
    )
    data = structured_data(client.get(f"/en{path_of(event)}"))
    item = data["Event"]
    assert item["startDate"] == "2026-03-05T07:00:00+01:00" and item["endDate"] == "2026-03-05T09:00:00+01:00"
    assert item["location"] == [
        {"@type": "Place", "name": "Chongqing", "address": "Chongqing"},
        {"@type": "VirtualLocation", "url": "https://example.org/live"},
    ]
    assert item["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert item["eventStatus"] == "https://schema.org/EventPostponed"
    assert item["organizer"] == {"@type": "Organization", "name": "City of Mannheim"}
    assert item["about"] == [{"@type": "Place", "name": "Chongqing", "url": "http://testserver/en/cities/chongqing/"}]
    assert "BreadcrumbList" in data
    chinese = structured_data(client.get(f"/zh-hans{path_of(event)}"))["Event"]
    assert chinese["inLanguage"] == "zh-Hans" and chinese["location"][0]["name"] == "重庆"
    assert structured_data(client.get("/en/events/"))["CollectionPage"]


def test_opengraph_and_sitemap_with_hreflang(client, make_event):
    event = make_event(days=4, title_zh_hans="伙伴城市会议")
    page = soup(client.get(f"/zh-hans{path_of(event)}"))
    assert page.select_one('meta[property="og:title"]')["content"] == "伙伴城市会议"
    assert page.select_one('meta[property="og:url"]')["content"] == f"http://testserver/zh-hans{path_of(event)}"
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        for url in root
    }
    alternates = {
        "en": f"http://testserver/en{path_of(event)}",
        "zh-Hans": f"http://testserver/zh-hans{path_of(event)}",
        "x-default": f"http://testserver/en{path_of(event)}",
    }
    assert entries[alternates["en"]] == entries[alternates["zh-Hans"]] == alternates


# --- API ------------------------------------------------------------------------------------------------


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_api_lists_events_in_both_languages_with_times_in_their_zone(client, make_event, chongqing, story):
    event = make_event(
        start=FIXED_START.astimezone(ZoneInfo("Europe/Rome")),
        time_zone="Europe/Rome",
        cities=[chongqing],
        stories=[story],
        title="Joint session",
        title_zh_hans="联合会议",
    )
    item = get_json(client, f"/api/v2/events/{event.pk}/")
    assert item["title"] == {"en": "Joint session", "zh-hans": "联合会议"}
    assert item["start"] == "2026-03-05T07:00:00+01:00" and item["time_zone"] == "Europe/Rome"
    assert item["place"] == {"en": "Chongqing", "zh-hans": "重庆"} and item["status"] == "scheduled"
    assert [city["slug"] for city in item["cities"]] == ["chongqing"]
    assert [story["slug"] for story in item["stories"]] == ["chongqing-mannheim"]
    assert item["urls"] == {
        "en": f"http://testserver/en{path_of(event)}",
        "zh-hans": f"http://testserver/zh-hans{path_of(event)}",
    }
    assert "permalinks" not in item
    spec = get_json(client, "/api/v2/openapi.json")
    jsonschema.validate(item, {"$ref": "#/components/schemas/Event", **spec})
    listing = get_json(client, "/api/v2/events/?limit=100")
    jsonschema.validate(listing, {"$ref": "#/components/schemas/PaginatedEventList", **spec})


def test_api_filters_upcoming_past_and_by_city(client, make_event, chongqing):
    make_event(days=9, title="Later", cities=[chongqing])
    make_event(days=2, title="Soon")
    make_event(days=-9, title="Past", cities=[chongqing])

    def titles(query):
        return [item["title"]["en"] for item in get_json(client, f"/api/v2/events/?{query}")["items"]]

    assert titles("limit=10") == ["Past", "Soon", "Later"]
    assert titles("upcoming=true") == ["Soon", "Later"]
    assert titles("upcoming=false") == ["Past"]
    assert titles(f"city={chongqing.pk}") == ["Past", "Later"]
    assert titles(f"city={chongqing.pk}&upcoming=true") == ["Later"]
    assert get_json(client, "/api/v2/events/?upcoming=yes", 400) == {
        "message": "Unknown upcoming 'yes'. Known: true, false."
    }
    assert "city" in get_json(client, "/api/v2/events/?city=-1", 400)["message"]
    assert get_json(client, "/api/v2/events/999999/", 404) == {"message": "No published event has the id 999999."}


def test_openapi_describes_the_events_endpoints_with_examples(client):
    spec = get_json(client, "/api/v2/openapi.json")
    operation = spec["paths"]["/events/"]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert sorted(parameters["upcoming"]["schema"]["enum"]) == ["false", "true"]
    assert parameters["upcoming"]["examples"]["Upcoming"] == {"value": "true"}
    examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
    assert set(examples) == {"Upcoming", "ChongqingEvents"}
    assert spec["components"]["schemas"]["Event"]["additionalProperties"] is False


def test_translation_status_report_lists_event_pages(admin_client, make_event):
    event = make_event(days=3, title="Untranslated session", title_zh_hans="")
    report = soup(admin_client.get(reverse("iurc_translation_status"), {"page": event.pk})).get_text(" ", strip=True)
    assert "Untranslated session" in report and "Missing fields" in report
