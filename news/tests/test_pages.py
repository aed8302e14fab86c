"""The news index and article pages: listing, filters, pagination, hostile parameters, empty state, both languages;
the latest news on the home page and a city's or story's news on its page; the News & events menu group."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from iurc_site.core.models import NavigationSettings
from news.factories import NewsArticlePageFactory
from news.models import ARTICLES_PER_PAGE
from tests.pages import soup

pytestmark = pytest.mark.django_db
LANGUAGES = ("en", "zh-hans")
BUDGET = 15


def card_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("main .news-card .card__title a")]


def queries(client, url):
    """SQL queries of the second request to `url` (the first warms per-process data)."""
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize(
    ("language", "heading", "text"),
    [("en", "No news yet", "Delegation visits"), ("zh-hans", "暂无新闻", "代表团访问")],
)
def test_an_empty_index_has_a_designed_empty_state_in_both_languages(client, news_index, language, heading, text):
    document = soup(client.get(f"/{language}/news/"))
    assert document.select_one("h1").get_text(strip=True) == ("News" if language == "en" else "新闻")
    empty = document.select_one(".news-empty")
    assert empty.select_one("h2").get_text(strip=True) == heading and text in empty.get_text()
    assert document.select_one("form.filters") is None  # nothing to filter yet
    assert document.select_one(f'a[href="/{language}/news/feed/"]')


def test_articles_are_listed_newest_first_with_date_summary_and_cities(client, publish_article, chongqing):
    publish_article(title="Older", date=datetime.date(2025, 5, 1), cities=[chongqing])
    publish_article(title="Newer", title_zh_hans="较新的新闻", date=datetime.date(2026, 3, 5))
    assert card_titles(client.get("/en/news/")) == ["Newer", "Older"]
    document = soup(client.get("/zh-hans/news/"))
    first, second = document.select(".news-card")
    assert first.select_one("time")["datetime"] == "2026-03-05"
    assert first.select_one("time").get_text() == "2026年3月5日"
    assert soup(client.get("/en/news/")).select_one(".news-card time").get_text() == "5 March 2026"
    assert first.select_one(".card__title a").get_text() == "较新的新闻"
    assert second.select_one(".card__title a").get_text() != "较新的新闻"
    assert document.select_one(".result-count").get_text(strip=True) == "2 篇新闻"


def test_filters_by_city_theme_and_year(client, publish_article, chongqing, theme):
    publish_article(title="About Chongqing", cities=[chongqing], date=datetime.date(2025, 1, 2))
    publish_article(title="About a theme", themes=[theme], date=datetime.date(2026, 1, 2))
    publish_article(title="About nothing", date=datetime.date(2026, 2, 2))
    assert card_titles(client.get("/en/news/?city=chongqing")) == ["About Chongqing"]
    assert card_titles(client.get(f"/en/news/?theme={theme.slug}")) == ["About a theme"]
    assert card_titles(client.get("/en/news/?year=2026")) == ["About nothing", "About a theme"]
    assert card_titles(client.get("/en/news/?year=2026&city=chongqing")) == []
    document = soup(client.get("/en/news/"))
    options = {select["name"]: [o["value"] for o in select.select("option")] for select in document.select("select")}
    assert options == {"city": ["", "chongqing"], "theme": ["", theme.slug], "year": ["", "2026", "2025"]}
    chinese = soup(client.get("/zh-hans/news/"))
    assert [o.get_text() for o in chinese.select("select[name=city] option")] == ["全部城市", "重庆"]


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=1999",
        "year=%00",
        "city=atlantis",
        "theme=" + "x" * 500,
        "page=999",
        "page=x",
        "page=-1",
        "page=1e9",
        "page=%EF%BC%92",
        "year=2026&year=abc",
        "city[]=1",
    ],
)
def test_hostile_parameters_get_a_friendly_page(client, publish_article, query):
    publish_article(title="Still here", title_zh_hans="仍在", date=datetime.date(2026, 1, 1))
    for language, title in zip(LANGUAGES, ("Still here", "仍在"), strict=True):
        response = client.get(f"/{language}/news/?{query}")
        assert response.status_code == 200, query
        assert card_titles(response) == [title] or soup(response).select_one(".notice--filters")


def test_an_unknown_filter_value_is_named_in_a_notice(client, publish_article):
    publish_article()
    document = soup(client.get("/zh-hans/news/?year=abc"))
    assert "abc" in document.select_one(".notice--filters").get_text()


def test_pagination_pages_through_every_article_once(client, news_index):
    for number in range(ARTICLES_PER_PAGE * 2 + 1):
        NewsArticlePageFactory(parent=news_index, title=f"Article {number}", date=datetime.date(2026, 1, 1))
    seen = []
    url = "/en/news/?year=2026"
    while url:
        document = soup(client.get(url))
        seen += [a.get_text(strip=True) for a in document.select(".news-card .card__title a")]
        following = document.select_one(".pagination a[rel=next]")
        url = f"/en/news/{following['href']}" if following else None
        if following:
            assert "year=2026" in following["href"]
    assert sorted(seen) == sorted(f"Article {number}" for number in range(ARTICLES_PER_PAGE * 2 + 1))
    assert "3" in soup(client.get("/en/news/?page=999")).select_one(".pagination__current").get_text()


def test_article_page_shows_date_body_image_credit_and_what_it_is_about(
    client, publish_article, chongqing, story, theme
):
    article = publish_article(
        title="Delegation visit",
        title_zh_hans="代表团访问",
        cities=[chongqing],
        stories=[story],
        themes=[theme],
        body_en=[("paragraph", "<p>A working session in Chongqing.</p>")],
        body_zh_hans=[("paragraph", "<p>在重庆举行的工作会议。</p>")],
    )
    for language in LANGUAGES:
        document = soup(client.get(f"/{language}/news/{article.slug}/"))
        assert document.select_one("h1").get_text(strip=True) == (
            "Delegation visit" if language == "en" else "代表团访问"
        )
        assert document.select_one(".eyebrow time")["datetime"] == "2026-03-05"
        aside = document.select_one("aside")
        assert aside.select_one(f'a[href="/{language}/cities/chongqing/"]')
        assert aside.select_one(f'a[href="/{language}/cooperation/chongqing-mannheim/"]')
        assert aside.select_one(f'a[href="/{language}/news/?theme={theme.slug}"]')
    assert "在重庆举行的工作会议" in soup(client.get(f"/zh-hans/news/{article.slug}/")).select_one(".prose").get_text()


def test_an_article_published_in_english_first_shows_the_notice_on_the_chinese_site(client, publish_article):
    article = publish_article(title="Only in English", title_zh_hans="", publish_without_chinese=True)
    document = soup(client.get(f"/zh-hans/news/{article.slug}/"))
    assert document.select_one(".notice--untranslated")
    assert document.select_one("h1")["lang"] == "en"
    assert soup(client.get("/zh-hans/news/")).select_one(".news-card a[lang=en]").get_text() == "Only in English"


def test_home_shows_the_latest_three_articles_and_nothing_when_there_are_none(client, news_index):
    for language in LANGUAGES:
        assert soup(client.get(f"/{language}/")).select_one("#latest-news") is None
    for day in range(1, 5):
        NewsArticlePageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2026, 1, day))
    document = soup(client.get("/en/"))
    section = document.select_one("#latest-news").find_parent("section")
    assert card_titles(client.get("/en/")) == ["Day 4", "Day 3", "Day 2"]
    assert section.select_one(".section__more")["href"] == "/en/news/"
    assert soup(client.get("/zh-hans/")).select_one("#latest-news").get_text(strip=True) == "最新消息"


def test_city_and_story_pages_list_their_visible_news(client, publish_article, news_index, chongqing, story):
    publish_article(title="About the city", cities=[chongqing])
    about_story = publish_article(title="About the story", title_zh_hans="关于合作的新闻", stories=[story])
    NewsArticlePageFactory(parent=news_index, title="A draft", cities=[chongqing], live=False)
    city = soup(client.get("/en/cities/chongqing/"))
    assert [a.get_text() for a in city.select("#related-news ~ ul .card__title a")] == ["About the city"]
    story_page = soup(client.get("/zh-hans/cooperation/chongqing-mannheim/"))
    assert story_page.select_one("#related-news").get_text(strip=True) == "新闻"
    links = story_page.select("#related-news ~ ul .card__title a")
    assert [(a["href"], a.get_text()) for a in links] == [(f"/zh-hans/news/{about_story.slug}/", "关于合作的新闻")]
    assert soup(client.get("/en/cities/mannheim/")).select_one("#related-news") is None


@pytest.mark.usefixtures("programme")
def test_the_loaded_menu_has_a_news_and_events_group(client):
    for language, label, news in (("en", "News & events", "News"), ("zh-hans", "新闻与活动", "新闻")):
        document = soup(client.get(f"/{language}/"))
        assert len(document.select(".main-nav__list > li")) <= 6
        group = next(
            group
            for group in document.select(".main-nav__group")
            if group.select_one("summary").get_text(strip=True) == label
        )
        links = {a["href"]: a.get_text(strip=True) for a in group.select("a")}
        assert links[f"/{language}/news/"] == news
    entries = NavigationSettings.objects.get().main_menu.raw_data
    assert len(entries) == 6


def test_query_counts_stay_within_budget_and_do_not_grow_with_the_articles(
    client, settings, news_index, chongqing, story, theme
):
    """With no cache at all: the news index keeps to the budget, an article costs no more than a city page (their
    shared part, site, menus and breadcrumbs, is over it: tests/test_query_budget.py), the pages that show news
    cost what they cost without any, and no page the news reach grows with them."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    hosts = [f"/{language}/" for language in LANGUAGES] + [
        "/en/cities/chongqing/",
        "/zh-hans/cooperation/chongqing-mannheim/",
    ]
    without_news = {url: queries(client, url) for url in hosts}

    def make(count, start):
        for number in range(start, start + count):
            NewsArticlePageFactory(
                parent=news_index,
                slug=f"grown-{number}",
                date=datetime.date(2024 + number % 3, 1 + number % 12, 1),
                cities=[chongqing],
                themes=[theme],
            )

    make(3, 0)
    urls = [
        f"/{language}{path}"
        for language in LANGUAGES
        for path in ("/", "/news/", "/news/?year=2025&city=chongqing", "/news/?page=2", "/news/grown-0/")
    ] + ["/en/cities/chongqing/", "/zh-hans/cooperation/chongqing-mannheim/"]
    before = {url: queries(client, url) for url in urls}
    assert {url: before[url] for url in hosts} == without_news
    assert not {
        url: count for url, count in before.items() if "/news/" in url and "grown" not in url and count > BUDGET
    }
    for language in LANGUAGES:
        assert before[f"/{language}/news/grown-0/"] <= queries(client, f"/{language}/cities/chongqing/")
    make(300, 3)
    after = {url: queries(client, url) for url in urls}
    assert after == before
