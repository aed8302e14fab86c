"""The events index, archive and event pages; events on the home, city and story pages; times in both languages."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from events.models import EventPage
from iurc_site.core.factories import ProgrammePageFactory, published
from tests.pages import path_of, soup

from .conftest import FIXED_START

pytestmark = pytest.mark.django_db
BUDGET = 15
NO_CACHE = {"CACHES": {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}}


def titles(response, selector=".event-card .card__link"):
    return [link.get_text(strip=True) for link in soup(response).select(selector)]


def section_titles(response, section_id):
    section = soup(response).find(id=section_id).find_parent("section")
    return [link.get_text(strip=True) for link in section.select(".event-card .card__link")]


def test_index_lists_upcoming_soonest_first_then_the_archive_years(client, make_event):
    make_event(days=30, title="Later")
    make_event(days=2, title="Sooner")
    make_event(days=-1, hours=48, title="Running now")  # started yesterday, ends tomorrow
    for month in (3, 9):
        make_event(start=FIXED_START.replace(year=2024, month=month), title=f"2024-{month}")
    make_event(start=FIXED_START.replace(year=2023), title="2023")
    response = client.get("/en/events/")
    assert response.status_code == 200
    assert section_titles(response, "upcoming-events") == ["Running now", "Sooner", "Later"]
    years = [link.get_text(" ", strip=True) for link in soup(response).select(".event-archive__years a")]
    assert years == ["2024 2 events", "2023 1 event"]
    chinese = soup(client.get("/zh-hans/events/")).select(".event-archive__years a")
    assert [link.get_text(" ", strip=True) for link in chinese] == ["2024 2 场活动", "2023 1 场活动"]


def test_an_event_moves_to_the_archive_when_it_ends_without_any_job(client, make_event):
    event = make_event(days=1, title="Tomorrow's session")
    assert "Tomorrow's session" in section_titles(client.get("/en/events/"), "upcoming-events")
    later = event.end + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.get("/en/events/")
        assert not section_titles(response, "upcoming-events")
        year = event.start.astimezone(timezone.get_current_timezone()).year
        assert titles(client.get(f"/en/events/archive/{year}/")) == ["Tomorrow's session"]
        assert "This event has ended." in client.get(f"/en{path_of(event)}").content.decode()


def test_archive_by_year_lists_that_years_past_events_latest_first(client, make_event):
    make_event(start=FIXED_START.replace(year=2024, month=3), title="Spring")
    make_event(start=FIXED_START.replace(year=2024, month=9), title="Autumn")
    make_event(start=FIXED_START.replace(year=2023, month=5), title="Older")
    response = client.get("/en/events/archive/2024/")
    assert response.status_code == 200
    assert titles(response) == ["Autumn", "Spring"]
    years = [item.get_text(" ", strip=True) for item in soup(response).select(".event-archive__years li")]
    assert years == ["2024", "2023 1 event"]
    assert soup(response).select_one(".event-archive__years [aria-current=page]").get_text() == "2024"
    assert soup(client.get("/zh-hans/events/archive/2024/")).h1.get_text() == "2024年的活动"


def test_archive_breadcrumb_ends_with_the_year_after_a_link_to_the_events(client, make_event):
    make_event(start=FIXED_START.replace(year=2024, month=3))
    for language, current in (("en", "Events in 2024"), ("zh-hans", "2024年的活动")):
        crumbs = soup(client.get(f"/{language}/events/archive/2024/")).select(".breadcrumbs li")
        assert crumbs[-2].a["href"] == f"/{language}/events/"
        assert crumbs[-1].select_one("[aria-current=page]").get_text() == current


@pytest.mark.parametrize(
    "path",
    [
        "/en/events/archive/1999/",
        "/en/events/archive/99999/",
        "/en/events/archive/2024x/",
        "/en/events/archive/abc/",
        "/en/events/archive/",
        "/zh-hans/events/archive/00000000000000000000000002024/",
        "/en/events/no-such-event/",
        "/en/events/no-such-event/calendar/",
    ],
)
def test_hostile_addresses_are_404(client, make_event, path):
    make_event(days=-400)
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("query", ["?year=abc", "?year=99999", "?page=-1", "?page=x", "?upcoming=%00", "?city=1e9"])
def test_hostile_parameters_are_ignored(client, make_event, query):
    make_event(days=3, title="Planned")
    response = client.get(f"/en/events/{query}")
    assert response.status_code == 200 and titles(response) == ["Planned"]


def test_empty_state_in_both_languages(client, index):
    english = client.get("/en/events/")
    assert "No events are planned at the moment." in soup(english).select_one(".event-empty").get_text()
    chinese = client.get("/zh-hans/events/")
    assert "目前暂无已安排的活动。" in soup(chinese).select_one(".event-empty").get_text()
    assert not soup(english).select(".event-archive")


def test_times_in_the_events_zone_then_beijing_and_brussels(client, make_event):
    event = make_event(start=FIXED_START.astimezone(timezone.get_fixed_timezone(60)), time_zone="Europe/Rome")
    lines = {}
    for language in ("en", "zh-hans"):
        page = soup(client.get(f"/{language}{path_of(event)}"))
        lines[language] = [line.get_text() for line in page.select(".facts__line")][:3]
    assert lines["en"] == [
        "5 March 2026, 07:00–09:00 (Rome time)",
        "14:00–16:00 (Beijing time)",
        "07:00–09:00 CET (Brussels time)",
    ]
    assert lines["zh-hans"] == [
        "2026年3月5日 07:00–09:00（罗马时间）",
        "14:00–16:00（北京时间）",
        "07:00–09:00 CET（布鲁塞尔时间）",
    ]


def test_times_of_a_beijing_event_across_midnight_in_brussels_summer_time(make_event):
    start = FIXED_START.replace(month=7, hour=3)  # 3:00 in Beijing is 21:00 the day before in Brussels (CEST)
    event = make_event(start=start, hours=1, time_zone="Asia/Shanghai")

    with translation.override("zh-hans"):
        assert event.times() == [
            "2026年7月5日 03:00–04:00（北京时间）",
            "2026年7月4日 21:00–22:00 CEST（布鲁塞尔时间）",
        ]
    with translation.override("en"):
        assert event.times() == [
            "5 July 2026, 03:00–04:00 (Beijing time)",
            "4 July 2026, 21:00–22:00 CEST (Brussels time)",
        ]


def test_event_page_shows_place_online_link_organiser_cities_and_registration(client, make_event, chongqing, story):
    event = make_event(
        days=5,
        online_url="https://example.org/live",
        organiser_en="IURC-China",
        registration_url="https://example.org/register",
        cities=[chongqing],
        stories=[story],
    )
    page = soup(client.get(f"/zh-hans{path_of(event)}"))
    text = page.get_text()
    assert "重庆" in text and "IURC-China" in text
    assert page.find("a", href="https://example.org/register").get_text() == "报名"
    assert page.find("a", href="/zh-hans/cities/chongqing/")
    assert page.find("a", href=f"/zh-hans{path_of(event)}calendar/").get_text() == "添加到日历（.ics）"


def test_city_and_story_pages_list_their_events(client, make_event, chongqing, story):
    make_event(days=-30, title="Past visit", cities=[chongqing])
    make_event(days=9, title="Coming visit", cities=[chongqing], stories=[story])
    make_event(days=4, title="Elsewhere")
    assert section_titles(client.get("/en/cities/chongqing/"), "city-events") == ["Coming visit", "Past visit"]
    assert section_titles(client.get(f"/en{path_of(story)}"), "story-events") == ["Coming visit"]
    assert not soup(client.get("/en/cities/mannheim/")).find(id="city-events")


def test_an_unpublished_event_is_nowhere(client, make_event, chongqing):
    event = make_event(days=3, title="Draft", cities=[chongqing])
    event.unpublish()
    assert client.get(f"/en{path_of(event)}").status_code == 404
    for url in ["/en/events/", "/en/", "/en/cities/chongqing/"]:
        assert "Draft" not in titles(client.get(url)), url
    assert b"Draft" not in client.get("/en/events/calendar/").content


def test_home_shows_the_next_event_or_nothing(client, make_event):
    home = soup(client.get("/en/"))
    assert not home.find(id="next-event")
    make_event(days=-3, title="Past")
    make_event(days=20, title="Second")
    make_event(days=6, title="First")
    for language, heading in (("en", "Next event"), ("zh-hans", "下一场活动")):
        home = soup(client.get(f"/{language}/"))
        section = home.find(id="next-event").find_parent("section")
        assert home.find(id="next-event").get_text() == heading
        assert len(section.select(".next-event__card")) == 1
        assert section.find("a", href=f"/{language}/events/")
    assert soup(client.get("/en/")).select_one(".next-event__card .card__link").get_text() == "First"


def test_the_next_event_shows_its_day_as_a_calendar_tile_and_its_times_in_two_zones(client, make_event):
    make_event(start=FIXED_START.replace(year=2036), title="Forum", time_zone="Asia/Shanghai")
    expected = {
        "en": ("5", "March 2036", "5 Mar 2036", "(Brussels time)"),
        "zh-hans": ("5", "2036年3月", "2036年3月5日", "（布鲁塞尔时间）"),
    }
    for language, (day, month, date, brussels) in expected.items():
        card = soup(client.get(f"/{language}/")).select_one(".next-event__card")
        tile = card.select_one(".next-event__date time")
        assert tile["datetime"] == "2036-03-05T14:00:00+08:00"
        assert [tile.select_one(f".next-event__{part}").get_text() for part in ("day", "month")] == [day, month]
        assert tile.select_one(".visually-hidden").get_text() == date
        own, other = (line.get_text() for line in card.select(".next-event__times li"))
        assert "14:00" in own and "07:00" in other and other.endswith(brussels)


@pytest.mark.usefixtures("search_index")
def test_search_finds_words_inside_an_event_in_chinese(client, make_event, story):
    event = make_event(
        days=10,
        title="Urban regeneration workshop",
        title_zh_hans="城市更新研讨会",
        summary_zh_hans="与欧洲伙伴城市交流老旧街区改造经验。",
        place_zh_hans="成都天府国际会议中心",
    )
    for query in ("研讨会", "街区改造", "天府"):
        results = soup(client.get(f"/zh-hans/search/?q={query}")).select(".search-result__link")
        assert [link["href"] for link in results] == [f"/zh-hans{path_of(event)}"], query


def count_queries(client, url):
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def own_urls(event, year):
    """The events' own addresses: pages, calendars, API."""
    urls = ["/events/", f"/events/archive/{year}/", path_of(event), "/events/calendar/", f"{path_of(event)}calendar/"]
    urls = [f"/{language}{url}" for language in ("en", "zh-hans") for url in urls]
    return urls + ["/api/v2/events/?limit=100", "/api/v2/events/?upcoming=true", f"/api/v2/events/{event.pk}/"]


def host_urls(story):
    """Pages that show events among other things: home, a city, a story."""
    return [
        f"/{language}{url}" for language in ("en", "zh-hans") for url in ("/", "/cities/chongqing/", path_of(story))
    ]


def grow(make_event, cities, story, count):
    for number in range(count):
        make_event(days=3 + number, cities=cities, stories=[story])
        make_event(start=FIXED_START.replace(year=2024, day=1 + number), cities=cities, stories=[story])


@override_settings(**NO_CACHE)
def test_query_count_is_within_budget_and_constant_as_events_grow(client, home, make_event, story, chongqing, mannheim):
    """Without any cache (a dummy Django cache): events cost their pages the same whether
    there are 2 or 22 of them, and the home, city and story pages the same as with none."""
    published(ProgrammePageFactory(parent=home, slug="background"))
    cities = [chongqing, mannheim]
    hosts_without_events = {url: count_queries(client, url) for url in host_urls(story)}
    baseline = {language: count_queries(client, f"/{language}/background/") for language in ("en", "zh-hans")}
    grow(make_event, cities, story, 1)
    event = EventPage.objects.filter(end__gte=timezone.now()).first()
    urls = own_urls(event, 2024)
    before = {url: count_queries(client, url) for url in urls + host_urls(story)}
    for url in urls:
        count = before[url]
        if url.startswith("/api/") or url.endswith("/calendar/"):
            assert count <= BUDGET, (url, count)
        else:  # what the site's shared parts (menus, settings, routing) cost any page, plus the events' own
            assert count - baseline[url.split("/")[1]] <= 3, (url, count)
    assert {url: before[url] for url in host_urls(story)} == hosts_without_events
    grow(make_event, cities, story, 10)
    assert {url: count_queries(client, url) for url in urls + host_urls(story)} == before
    print(f"\nbaseline (a programme page): {baseline}")
    print("\n".join(f"{count:3d} {url}" for url, count in before.items()))
