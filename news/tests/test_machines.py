"""News for machines: the Atom feed per language, NewsArticle JSON-LD and OpenGraph, the sitemap with hreflang
alternates, the bilingual API (`/api/v2/news/`) and its OpenAPI examples."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.factories import NewsArticlePageFactory
from tests.pages import soup

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


def parse_feed(client, code):
    response = client.get(f"/{code}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_feed_is_atom_in_its_language_newest_first_without_untranslated_articles(client, publish_article, code):
    publish_article(title="Older", title_zh_hans="较早", date=datetime.date(2025, 1, 1))
    publish_article(title="Newer", title_zh_hans="较新", date=datetime.date(2026, 1, 1), summary_zh_hans="新摘要")
    publish_article(
        title="English only", title_zh_hans="", publish_without_chinese=True, date=datetime.date(2026, 2, 1)
    )
    root = parse_feed(client, code)
    assert root.get(XML_LANG) == LANGUAGES[code]
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {"self": f"http://testserver/{code}/news/feed/", "alternate": f"http://testserver/{code}/news/"}
    entries = root.findall(f"{ATOM}entry")
    titles = [entry.findtext(f"{ATOM}title") for entry in entries]
    assert titles == (["English only", "Newer", "Older"] if code == "en" else ["较新", "较早"])
    for entry in entries:
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert link.startswith(f"http://testserver/{code}/news/") and client.get(link).status_code == 200
    if code == "zh-hans":
        assert entries[0].findtext(f"{ATOM}summary") == "新摘要"


def test_an_entry_keeps_its_id_when_the_article_is_renamed(client, publish_article):
    article = publish_article(title="Renamed", title_zh_hans="改名", slug="first-slug")
    ids = {code: parse_feed(client, code).find(f"{ATOM}entry").findtext(f"{ATOM}id") for code in LANGUAGES}
    article.slug = "second-slug"
    article.save_revision().publish()

    for code, entry_id in ids.items():
        entry = parse_feed(client, code).find(f"{ATOM}entry")
        assert "second-slug" in entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert entry.findtext(f"{ATOM}id") == entry_id
    assert ids["en"] != ids["zh-hans"]


def test_the_feed_of_an_empty_section_is_valid_and_empty(client, news_index):
    root = parse_feed(client, "zh-hans")
    assert root.findall(f"{ATOM}entry") == [] and root.findtext(f"{ATOM}title").startswith("新闻")


def test_news_pages_link_the_news_feed(client, publish_article):
    article = publish_article()
    for path in ("/news/", f"/news/{article.slug}/"):
        links = soup(client.get(f"/zh-hans{path}")).select('head link[type="application/atom+xml"]')
        assert "/zh-hans/news/feed/" in [link["href"] for link in links]


def json_ld(response):
    scripts = soup(response).select('script[type="application/ld+json"]')
    return {item["@type"]: item for item in (json.loads(script.string) for script in scripts)}


@pytest.mark.parametrize("code", LANGUAGES)
def test_article_json_ld_is_a_news_article_about_its_cities_and_stories(
    client, publish_article, chongqing, story, theme, code
):
    article = publish_article(title="Visit", title_zh_hans="访问", cities=[chongqing], stories=[story], themes=[theme])
    data = json_ld(client.get(f"/{code}/news/{article.slug}/"))
    news = data["NewsArticle"]
    suffix = code.replace("-", "_")
    assert news["headline"] == {"en": "Visit", "zh-hans": "访问"}[code]
    assert news["inLanguage"] == LANGUAGES[code]
    assert news["datePublished"] == "2026-03-05"
    assert news["about"] == [
        {
            "@type": "Place",
            "name": chongqing.title_en if code == "en" else "重庆",
            "url": f"http://testserver/{code}/cities/chongqing/",
        },
        {
            "@type": "Article",
            "name": getattr(story, f"title_{suffix}"),
            "url": f"http://testserver/{code}/cooperation/chongqing-mannheim/",
        },
    ]
    assert news["keywords"] == getattr(theme, f"name_{suffix}")
    assert news["author"]["@type"] == "Organization"
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [crumb["item"] for crumb in crumbs][-2:] == [
        f"http://testserver/{code}/news/",
        f"http://testserver/{code}/news/{article.slug}/",
    ]
    assert json_ld(client.get(f"/{code}/news/"))["CollectionPage"]["url"] == f"http://testserver/{code}/news/"


def test_article_opengraph_is_an_article_with_its_date(client, publish_article):
    article = publish_article(title="Visit", title_zh_hans="访问", summary_zh_hans="一次访问。")
    head = soup(client.get(f"/zh-hans/news/{article.slug}/")).head
    meta = {tag["property"]: tag["content"] for tag in head.select("meta[property]")}
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "访问" and meta["og:description"] == "一次访问。"
    assert meta["og:locale"] == "zh_CN" and meta["og:url"] == f"http://testserver/zh-hans/news/{article.slug}/"
    assert meta["article:published_time"] == "2026-03-05"


def test_sitemap_lists_articles_in_their_languages_with_alternates(client, publish_article):
    both = publish_article(title="Both", title_zh_hans="两种语言")
    english = publish_article(title="English only", title_zh_hans="", publish_without_chinese=True)
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        for url in root
    }
    for code in LANGUAGES:
        assert entries[f"http://testserver/{code}/news/{both.slug}/"] == {
            "en": f"http://testserver/en/news/{both.slug}/",
            "zh-Hans": f"http://testserver/zh-hans/news/{both.slug}/",
            "x-default": f"http://testserver/en/news/{both.slug}/",
        }
    assert f"http://testserver/en/news/{english.slug}/" in entries
    assert f"http://testserver/zh-hans/news/{english.slug}/" not in entries
    assert "http://testserver/zh-hans/news/" in entries


# --- API ------------------------------------------------------------------------------------------------


def test_api_lists_articles_in_both_languages_newest_first(client, publish_article, chongqing, story, theme):
    older = publish_article(title="Older", title_zh_hans="较早", date=datetime.date(2025, 1, 1))
    newer = publish_article(
        title="Newer",
        title_zh_hans="较新",
        cities=[chongqing],
        stories=[story],
        themes=[theme],
        date=datetime.date(2026, 1, 1),
    )
    body = client.get("/api/v2/news/").json()
    assert body["meta"]["total_count"] == 2
    assert [item["id"] for item in body["items"]] == [newer.pk, older.pk]
    item = body["items"][0]
    assert item["title"] == {"en": "Newer", "zh-hans": "较新"}
    assert item["date"] == "2026-01-01"
    assert [city["slug"] for city in item["cities"]] == ["chongqing"]
    assert item["cities"][0]["detail_url"] == f"http://testserver/api/v2/cities/{chongqing.pk}/"
    assert [s["slug"] for s in item["stories"]] == ["chongqing-mannheim"]
    assert [t["slug"] for t in item["themes"]] == [theme.slug]
    assert item["urls"] == {
        "en": f"http://testserver/en/news/{newer.slug}/",
        "zh-hans": f"http://testserver/zh-hans/news/{newer.slug}/",
    }
    assert "permalinks" not in item
    assert client.get(f"/api/v2/news/{newer.pk}/").json() == item


@pytest.mark.parametrize(
    ("query", "expected"),
    [("year=2025", ["Older"]), ("city={city}", ["Newer"]), ("theme={theme}", ["Newer"]), ("story={story}", ["Newer"])],
)
def test_api_filters(client, publish_article, chongqing, story, theme, query, expected):
    publish_article(title="Older", date=datetime.date(2025, 1, 1))
    publish_article(title="Newer", cities=[chongqing], stories=[story], themes=[theme], date=datetime.date(2026, 1, 1))
    url = "/api/v2/news/?" + query.format(city=chongqing.pk, theme=theme.slug, story=story.pk)
    assert [item["title"]["en"] for item in client.get(url).json()["items"]] == expected


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/v2/news/?year=abc", 400, "'year' must be a whole number from 2000 to 2100."),
        ("/api/v2/news/?year=99999999999999999999", 400, "'year'"),
        ("/api/v2/news/?city=0", 400, "'city'"),
        ("/api/v2/news/?theme=nope", 400, "Unknown theme 'nope'"),
        ("/api/v2/news/?page=2", 400, "Unknown query parameter 'page'"),
        ("/api/v2/news/999999/", 404, "No published news article has the id 999999."),
    ],
)
def test_api_bad_requests_are_answered_with_a_message(client, news_index, url, status, words):
    response = client.get(url)
    assert response.status_code == status and words in response.json()["message"]


def test_an_unpublished_article_is_not_in_the_api(client, news_index):
    draft = NewsArticlePageFactory(parent=news_index, live=False)
    assert client.get(f"/api/v2/news/{draft.pk}/").status_code == 404
    assert client.get("/api/v2/news/").json()["meta"]["total_count"] == 0


def api_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_api_query_count_does_not_grow_with_the_articles(client, news_index, chongqing, story, theme):

    def make(count):
        for _ in range(count):
            NewsArticlePageFactory(parent=news_index, cities=[chongqing], stories=[story], themes=[theme])

    make(2)
    before = api_queries(client, "/api/v2/news/?limit=100")
    make(40)
    assert api_queries(client, "/api/v2/news/?limit=100") == before


def test_openapi_describes_news_with_working_examples(client, publish_article):
    spec = client.get("/api/v2/openapi.json").json()
    assert {"/news/", "/news/{id}/"} <= set(spec["paths"])
    operations = {spec["paths"][path]["get"]["operationId"] for path in ("/news/", "/news/{id}/")}
    assert operations == {"listNews", "getArticle"}
    parameters = {p["name"]: p["schema"] for p in spec["paths"]["/news/"]["get"]["parameters"]}
    assert parameters["year"] == {"type": "integer", "minimum": 2000, "maximum": 2100}
    for path in ("/news/", "/news/{id}/"):
        for status, response in spec["paths"][path]["get"]["responses"].items():
            content = response["content"]["application/json"]
            for example in content.get("examples", {}).values():
                request = re.fullmatch(r"The answer to `GET (/api/v2/[^`]*)`\.", example["description"]).group(1)
                answer = client.get(request)
                assert answer.status_code == int(status), request
                jsonschema.validate(
                    answer.json(), {"$ref": content["schema"]["$ref"], "components": spec["components"]}
                )
    publish_article(cities=[], themes=[])
    listing = client.get("/api/v2/news/").json()
    schema = {"$ref": "#/components/schemas/PaginatedNewsList", "components": spec["components"]}
    jsonschema.validate(listing, schema)
