"""Chinese-aware search at /<lang>/search/: pages are indexed as they are saved (no `update_index` run). The tests
build the pages they search with the factories; the last class searches the programme content as loaded."""

import io
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cities.factories import CityPageFactory
from cooperations.factories import CooperationStoryPageFactory
from iurc_site.core.factories import (
    CountryFactory,
    ProgrammePageFactory,
    ProgrammePhaseFactory,
    SustainableDevelopmentGoalFactory,
    ThemeFactory,
)
from iurc_site.core.models import Country
from iurc_site.core.search import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, query_terms, tokenizer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


def search(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response, BeautifulSoup(response.content.decode(), "html.parser")


def result_urls(document):
    return [a["href"] for a in document.select("main .search-result h2 a")]


@pytest.fixture(scope="module")
def world_cities_and_stories(worlds, request):
    """`cities_and_stories`, built once for the module's tests that search them (conftest.py, `Worlds`)."""

    def build(world):
        china = CountryFactory(name="China", name_zh_hans="中国", iso_code="CN", side=Country.Side.CHINA)
        germany = CountryFactory(name="Germany", name_zh_hans="德国", iso_code="DE")
        italy = CountryFactory(name="Italy", name_zh_hans="意大利", iso_code="IT")
        for slug, title, title_zh_hans, country in [
            ("yangzhou", "Yangzhou", "扬州", china),
            ("mannheim", "Mannheim", "曼海姆", germany),
            ("rome", "Rome", "罗马", italy),
            ("bologna", "Bologna", "博洛尼亚", italy),
            ("reggio-emilia", "Reggio Emilia", "雷焦艾米利亚", italy),
        ]:
            CityPageFactory(
                parent=world.city_directory, slug=slug, title=title, title_zh_hans=title_zh_hans, country=country
            )
        for slug, title, title_zh_hans, summary_en, summary_zh_hans in [
            (
                "yangzhou-horticultural-expo",
                "A garden expo in Yangzhou",
                "扬州的园林博览",
                "European gardeners at the International Horticultural Expo.",
                "欧洲园丁参加了扬州世界园艺博览会。",
            ),
            (
                "liuzhou-barcelona",
                "Liuzhou and Barcelona",
                "柳州与巴塞罗那",
                "Two cities plan a smart city together.",
                "两座城市共同规划智慧城市。",
            ),
            (
                "chongqing-mannheim",
                "Chongqing and Mannheim, Germany",
                "重庆与德国曼海姆",
                "A freight train links the two cities.",
                "两市开通中欧班列。",
            ),
        ]:
            CooperationStoryPageFactory(
                parent=world.story_index,
                slug=slug,
                title=title,
                title_zh_hans=title_zh_hans,
                summary_en=summary_en,
                summary_zh_hans=summary_zh_hans,
            )

    with worlds.sharing(request.fixturename, build, search_index=True):
        yield


@pytest.fixture
def cities_and_stories(world_cities_and_stories, city_directory, story_index):
    """Five cities in three countries and three stories, each word below on the pages the tests expect it on."""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("扬州", ["/cities/yangzhou/", "/cooperation/yangzhou-horticultural-expo/"]),
        ("园艺", ["/cooperation/yangzhou-horticultural-expo/"]),
        ("智慧城市", ["/cooperation/liuzhou-barcelona/"]),
        ("中欧班列", ["/cooperation/chongqing-mannheim/"]),
        ("开通中欧班列", ["/cooperation/chongqing-mannheim/"]),
        ("曼海姆", ["/cities/mannheim/", "/cooperation/chongqing-mannheim/"]),
        ("horticultural", ["/cooperation/yangzhou-horticultural-expo/"]),
        ("Horticultural Expo", ["/cooperation/yangzhou-horticultural-expo/"]),
        ("smart city", ["/cooperation/liuzhou-barcelona/"]),
        ("Mannheim", ["/cities/mannheim/", "/cooperation/chongqing-mannheim/"]),
        ("意大利", ["/cities/rome/", "/cities/bologna/", "/cities/reggio-emilia/"]),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_finds_chinese_and_english_words_in_both_languages(client, cities_and_stories, language, query, expected):
    _response, document = search(client, language, query)
    urls = result_urls(document)
    # Specific words find exactly their pages, not the rest of the site; all in the visitor's language.
    assert sorted(urls) == sorted(f"/{language}{path}" for path in expected), (query, urls)


def test_chinese_word_inside_a_sentence_is_highlighted(client, cities_and_stories):
    _response, document = search(client, "zh-hans", "园艺")
    first = document.select_one("main .search-result")
    assert first.select_one("h2 a")["href"] == "/zh-hans/cooperation/yangzhou-horticultural-expo/"
    snippet = first.select_one(".search-result__snippet")
    assert snippet["lang"] == "zh-Hans"
    assert [mark.get_text() for mark in snippet.select("mark")][:1] == ["园艺"]
    assert "扬州世界园艺博览会" in snippet.get_text()


def test_snippet_comes_from_the_other_language_when_only_it_matches(client, cities_and_stories):
    _response, document = search(client, "en", "中欧班列")
    result = document.select_one("main .search-result")
    assert result.select_one("h2 a").get_text() == "Chongqing and Mannheim, Germany"
    assert result.select_one("h2 a")["lang"] == "en"
    snippet = result.select_one(".search-result__snippet")
    assert snippet["lang"] == "zh-Hans"
    assert {mark.get_text() for mark in snippet.select("mark")} == {"中欧", "班列"}


@pytest.fixture
def publish(home):
    """Publish a programme page below the home page (through a revision, as an editor would)."""

    def publish(title_en, title_zh, summary_en="", summary_zh=""):
        page = ProgrammePageFactory(
            parent=home,
            title=title_en,
            title_zh_hans=title_zh,
            summary_en=summary_en,
            summary_zh_hans=summary_zh,
            slug=title_en.lower().replace(" ", "-"),
        )
        page.save_revision().publish()
        return page

    return publish


def test_results_in_the_page_language_come_first(client, publish):
    # The English-only page matches more strongly, yet Chinese visitors see the Chinese match first.
    publish("Zebrafish zebrafish", "斑马页", "Zebrafish research on zebrafish.", "斑马鱼的研究。")
    publish("Fish page", "鱼页", "About fish.", "关于 zebrafish 的研究。")
    _response, document = search(client, "en", "zebrafish")
    assert result_urls(document) == ["/en/zebrafish-zebrafish/", "/en/fish-page/"]
    _response, document = search(client, "zh-hans", "zebrafish")
    assert result_urls(document) == ["/zh-hans/fish-page/", "/zh-hans/zebrafish-zebrafish/"]
    snippets = document.select("main .search-result__snippet")
    assert [snippet["lang"] for snippet in snippets] == ["zh-Hans", "en"]


def test_a_newly_published_page_is_found_without_update_index(client, publish):
    publish("Ecological corridor", "生态廊道建设", "Planning green corridors.", "在城市之间规划生态廊道建设。")
    for language in LANGUAGES:
        _response, document = search(client, language, "生态廊道")
        assert result_urls(document) == [f"/{language}/ecological-corridor/"]


def test_empty_translations_are_not_indexed_as_none(client, publish):
    publish("Untranslated page", "", "Only in English.", "")
    _response, document = search(client, "en", "none")
    assert result_urls(document) == []
    _response, document = search(client, "en", "untranslated")
    assert result_urls(document) == ["/en/untranslated-page/"]


def test_highlight_escapes_page_text_and_query(client, publish):
    publish("Markup page", "标记页", "Tom & Jerry <b>zebrafish</b> <script>alert(1)</script>", "")
    response, document = search(client, "en", '<script>alert("q")</script> zebrafish')
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "&lt;b&gt;<mark>zebrafish</mark>&lt;/b&gt;" in body
    assert "Tom &amp; Jerry" in body
    assert document.select_one("#search-page-q")["value"] == '<script>alert("q")</script> zebrafish'
    assert document.select("main .search-result")


def test_query_is_escaped_when_nothing_matches(client, cities_and_stories):
    response, document = search(client, "zh-hans", '"><img src=x onerror=alert(1)>')
    body = response.content.decode()
    assert "<img src=x" not in body
    assert "请检查拼写" in document.select_one("main .empty-state").get_text()  # what to try next
    assert not document.select("main .search-result")


@pytest.mark.parametrize("query", [None, "", "   ", "\t\n"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_query_shows_a_prompt(client, home, language, query):
    response = client.get(f"/{language}/search/", {} if query is None else {"q": query})
    assert response.status_code == 200
    document = BeautifulSoup(response.content.decode(), "html.parser")
    assert document.select_one("main .search-prompt")
    assert not document.select("main .search-result, main .empty-state")
    assert document.html["lang"] == LANGUAGES[language]


@pytest.mark.parametrize("length", [MAX_QUERY_LENGTH + 1, 5000, 100_000])
def test_overlong_query_is_shortened_kindly(client, home, length):
    query = ("扬州 " + "x" * length)[:length]
    _response, document = search(client, "en", query)
    assert len(document.select_one("#search-page-q")["value"]) <= MAX_QUERY_LENGTH
    assert "shortened to its first 200 characters" in document.select_one("main .notice").get_text()
    assert "x" * (MAX_QUERY_LENGTH + 1) not in str(document.select_one("main"))


def test_overlong_query_notice_is_translated(client, home):
    _response, document = search(client, "zh-hans", "扬州" * 200)
    assert "200" in document.select_one("main .notice").get_text()
    assert "shortened" not in document.select_one("main .notice").get_text()


@pytest.mark.parametrize(
    "query",
    [
        "扬州\x00",
        "\x00",
        '" OR AND NOT NEAR * ( ) ^ : -',
        "title:扬州",
        "？？？",
        "'; DROP TABLE wagtailcore_page; --",
        "扬州 AND OR",
        "the and of",
        "\u202e扬州",
        "🏙️ city",
        "😀" * 300,
    ],
)
def test_odd_queries_never_fail(client, cities_and_stories, query):
    pages = Page.objects.count()
    for language in LANGUAGES:
        search(client, language, query)
    assert Page.objects.count() == pages


def test_words_missing_from_every_page_fall_back_to_any_word(client, cities_and_stories):
    _response, document = search(client, "zh-hans", "扬州 zzzzqqq")
    assert "/zh-hans/cities/yangzhou/" in result_urls(document)
    assert document.select_one("main .notice")


def test_results_are_paginated_and_bad_page_numbers_are_forgiven(client, home):
    for number in range(2 * RESULTS_PER_PAGE + 1):
        ProgrammePageFactory(parent=home, summary_zh_hans=f"关于第{number}座城市的页面。")
    _response, document = search(client, "zh-hans", "城市")
    count = int("".join(filter(str.isdigit, document.select_one("main .result-count").get_text())))
    assert count > RESULTS_PER_PAGE
    last = (count - 1) // RESULTS_PER_PAGE + 1
    first_page = result_urls(document)
    assert len(first_page) == RESULTS_PER_PAGE
    next_link = document.select_one('main .pagination a[rel="next"]')["href"]
    assert next_link == "?q=%E5%9F%8E%E5%B8%82&page=2"
    _response, second = search(client, "zh-hans", "城市", page="2")
    assert not set(result_urls(second)) & set(first_page)
    for bad, expected_page in [("abc", 1), ("0", last), ("-1", last), ("99999999999999999999", last), ("9" * 5000, 1)]:
        _response, document = search(client, "zh-hans", "城市", page=bad)
        assert document.select_one("main .pagination__current").get_text() == f"第 {expected_page} 页，共 {last} 页"


def test_search_results_are_not_indexed_by_search_engines(client, cities_and_stories):
    for query in ("扬州", ""):
        _response, document = search(client, "en", query)
        assert document.select_one('meta[name="robots"]')["content"] == "noindex"


def test_search_page_language_switcher_keeps_the_query(client, home):
    _response, document = search(client, "en", "扬州")
    switcher = {a["hreflang"]: a["href"] for a in document.select(".language-switcher a")}
    assert switcher["zh-Hans"] == "/zh-hans/search/?q=%E6%89%AC%E5%B7%9E"


def test_query_segmentation_matches_the_index():
    assert query_terms("智慧城市") == ["智慧", "城市"]
    assert query_terms("开通中欧班列!") == ["开通", "中欧", "班列"]
    assert query_terms("Smart  City, 扬州") == ["smart", "city", "扬州"]
    assert tokenizer() is tokenizer()


def search_queries(client, language, query):
    """The queries of a warm search request, and the number of results it reports."""
    url = f"/{language}/search/"
    assert client.get(url, {"q": query}).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"q": query})
    assert response.status_code == 200
    return len(queries), response.context["paginator"].count


@pytest.mark.parametrize(("language", "word"), [("en", "demo"), ("zh-hans", "示例")])
def test_search_queries_do_not_grow_with_the_results(client, city_directory, story_index, language, word):
    # What the generator picks from: a country on each side (named without a digit: "3" must find only what is
    # numbered 3), a phase, themes and goals.
    CountryFactory(side=Country.Side.CHINA, name="China", name_zh_hans="中国", iso_code="CN")
    CountryFactory(side=Country.Side.EUROPE, name="Italy", name_zh_hans="意大利", iso_code="IT")
    ProgrammePhaseFactory()
    ThemeFactory.create_batch(2)
    SustainableDevelopmentGoalFactory.create_batch(2)
    call_command("generate_demo_content", cities=60, stories=5, stdout=io.StringIO())
    # Both searches find generated cities and stories (one query per page type fetches the hits).
    few, few_results = search_queries(client, language, f"{word} 3")  # city 3, the cities of region 3, story 3
    many, many_results = search_queries(client, language, word)  # every generated city and story
    assert few_results < 10 and many_results == 65
    assert many == few


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """The content as loaded by `load_iurc_content` is searchable at once (the loader indexes what it saves)."""

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_its_cities_and_stories_are_found_in_both_languages(self, client, language):
        _response, document = search(client, language, "扬州")
        urls = result_urls(document)
        assert f"/{language}/cities/yangzhou/" in urls
        assert f"/{language}/cooperation/yangzhou-horticultural-expo/" in urls
        _response, document = search(client, language, "意大利")
        assert {f"/{language}/cities/{slug}/" for slug in ("rome", "bologna", "reggio-emilia")} <= set(
            result_urls(document)
        )


PAGE_TEXTS = """
import django
django.setup()
from cities.models import CityPage
from iurc_site.core.models import Country
from iurc_site.core.search import page_texts
fields = {"summary": "On the Yangtze.", "region": "Chongqing Municipality", "image_credit": "X", "image_alt": "A river"}
city = CityPage(content_type_id=1, title="Chongqing", country=Country(name_en="China"), **fields)  # no database
print(page_texts(city, "en"))
"""


@pytest.mark.system
def test_a_pages_text_comes_in_the_same_order_in_every_process():
    """Two gunicorn workers index and show the same snippet: the field order does not follow the hash seed."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", PAGE_TEXTS],
            env={**os.environ, "PYTHONHASHSEED": seed, "DJANGO_SETTINGS_MODULE": "iurc_site.settings.test"},
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2")
    }
    assert len(outputs) == 1 and "On the Yangtze." in outputs.pop()
