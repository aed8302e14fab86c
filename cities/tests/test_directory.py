"""City directory and cooperation index filters, and the theme / SDG roll-ups, through HTTP: on the small network
of cities and stories of tests/network.py (`network`); the last class checks the programme content's own."""

from decimal import Decimal
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from cities.factories import CityPageFactory
from cities.filters import CityFilterSet
from cities.models import CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationStoryPage
from cooperations.templatetags.cooperation_tags import story_index_url
from iurc_site.core.models import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme
from tests.network import CHINESE, CITIES, EUROPEAN, ITALIAN
from tests.pages import soup as parse

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return parse(response)


def slugs(cards):
    """The last path segment of each card's link to its page."""
    return [card.select_one("a[href]")["href"].rstrip("/").rsplit("/", 1)[-1] for card in cards]


def listed_cities(document, scope="main"):
    return slugs(document.select(f"{scope} .city-card"))


def listed_stories(document):
    return slugs(document.select("main .story-card .card__title"))


def notices(document):
    return [item.get_text(" ", strip=True) for item in document.select("main .notice--filters li")]


def result_count(document):
    return document.select_one("main .result-count").get_text(strip=True)


# The city directory ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", CHINESE | EUROPEAN),
        ("?side=cn", CHINESE),
        ("?side=eu", EUROPEAN),
        ("?country=it", ITALIAN),
        ("?country=IT", ITALIAN),
        ("?country=%20De%20", {"mannheim", "stuttgart-region"}),
        ("?phase=iuc-asia", CHINESE | EUROPEAN),
        ("?phase=IURC", set()),
        ("?side=eu&country=it&phase=iuc-asia", ITALIAN),
        ("?side=eu&country=gb", {"barnsley"}),
        ("?side=cn&country=it", set()),
        ("?country=cn&side=cn", CHINESE),
        ("?side=cn&side=eu", EUROPEAN),  # a repeated parameter counts with its last value
        ("?side=&country=&phase=", CHINESE | EUROPEAN),
    ],
)
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_directory_filters_alone_and_combined(client, network, language, query, expected):
    document = soup(client.get(f"/{language}/cities/{query}"))
    cities = listed_cities(document)
    assert set(cities) == expected
    assert len(cities) == len(expected)
    assert str(len(expected)) in result_count(document)
    assert not notices(document)
    if not expected:
        assert document.select_one("main .empty-state")


def test_result_count_is_worded_in_each_language(client, network):
    assert result_count(soup(client.get("/en/cities/?country=it"))) == "3 case cities"
    assert result_count(soup(client.get("/en/cities/?country=fr"))) == "1 case city"
    assert result_count(soup(client.get("/zh-hans/cities/?country=it"))) == "3 个案例城市"


@pytest.mark.parametrize(
    ("query", "expected", "message"),
    [
        ("?country=xx", CHINESE | EUROPEAN, "Unknown country “xx” was ignored."),
        ("?side=moon", CHINESE | EUROPEAN, "Unknown side “moon” was ignored."),
        ("?phase=iuc", CHINESE | EUROPEAN, "Unknown programme phase “iuc” was ignored."),
        ("?side=eu&country=zz", EUROPEAN, "Unknown country “zz” was ignored."),
        ("?country=ita&side=cn", CHINESE, "Unknown country “ita” was ignored."),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_message(client, network, query, expected, message):
    document = soup(client.get(f"/en/cities/{query}"))
    assert set(listed_cities(document)) == expected
    assert notices(document) == [message]


def test_ignored_value_message_is_in_the_page_language(client, network):
    document = soup(client.get("/zh-hans/cities/?country=xx&side=moon"))
    assert notices(document) == ["已忽略未知的所属方“moon”。", "已忽略未知的国家“xx”。"]
    assert len(listed_cities(document)) == len(CITIES)


@pytest.mark.parametrize(
    "value",
    [
        "x" * 5000,
        "<script>alert(1)</script>",
        "it\x00",
        "%E2%80%AE%F0%9F%92%A9",
        "\u202eti",
        "it%0d%0aSet-Cookie:%20a=b",
        "../../etc/passwd",
        "' OR 1=1 --",
    ],
)
def test_odd_and_overlong_values_never_break_the_page(client, network, value):
    response = client.get("/en/cities/", {"country": value, "side": value, "phase": value})
    document = soup(response)
    assert len(listed_cities(document)) == len(CITIES)
    messages = notices(document)
    assert len(messages) == 3
    assert all(len(message) < 80 for message in messages)
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert "\x00" not in body
    assert "x" * 100 not in str(document.select_one("main"))


def test_filter_form_works_without_javascript(client, network):
    document = soup(client.get("/en/cities/?side=eu&country=it&phase=nope"))
    form = document.select_one("main form.filters")
    assert form["method"] == "get"
    assert form["action"] == "/en/cities/"
    assert form.select_one("button[type=submit]")
    selects = form.select("select")
    assert [select["name"] for select in selects] == ["side", "country", "phase"]
    for select in selects:
        label = form.select_one(f'label[for="{select["id"]}"]')
        assert label and label.get_text(strip=True)
    chosen = {select["name"]: [option["value"] for option in select.select("option[selected]")] for select in selects}
    assert chosen == {"side": ["eu"], "country": ["it"], "phase": [""]}
    country_options = {option["value"]: option.get_text() for option in form.select("select[name=country] option")}
    assert country_options["it"] == "Italy" and country_options["cn"] == "China" and country_options[""]
    assert form.select_one("a.filters__clear")["href"] == "/en/cities/"
    assert "Unknown programme phase “nope” was ignored." in notices(document)


def test_filter_form_is_translated(client, network):
    document = soup(client.get("/zh-hans/cities/?country=it"))
    form = document.select_one("main form.filters")
    assert form["action"] == "/zh-hans/cities/"
    labels = [label.get_text(strip=True) for label in form.select("label")]
    assert labels == ["所属方", "国家", "项目阶段"]
    options = {option["value"]: option.get_text() for option in form.select("select[name=country] option")}
    assert options["it"] == "意大利"
    assert {option.get_text() for option in form.select("select[name=side] option")} >= {"中国", "欧洲"}


def test_no_clear_link_without_filters(client, network):
    document = soup(client.get("/en/cities/"))
    assert not document.select("a.filters__clear")


def test_city_cards_show_both_names_with_their_language(client, network):
    card = soup(client.get("/en/cities/?country=de")).select_one("main .city-card")
    assert card.select_one('[lang="zh-Hans"]').get_text() == "曼海姆"
    card = soup(client.get("/zh-hans/cities/?country=de")).select_one("main .city-card")
    assert card.select_one('[lang="en"]').get_text() == "Mannheim"


def test_filter_form_is_reusable_without_templates(network):
    filters = CityFilterSet({"side": "EU", "country": "it", "phase": "bogus"}, CityPage.objects.live())
    assert filters.values == {"side": "eu", "country": "it"}
    with translation.override("en"):
        assert filters.ignored_messages() == ["Unknown programme phase “bogus” was ignored."]
    assert set(filters.qs.values_list("slug", flat=True)) == ITALIAN
    cities = filters.apply(CityPage.objects.live())
    assert set(cities.values_list("slug", flat=True)) == ITALIAN


def add_cities(directory, count, start=0):
    """Publish `count` more European case cities in the directory, in phase "iuc-asia"."""
    phase = ProgrammePhase.objects.get(slug="iuc-asia")
    countries = list(Country.objects.filter(side="eu"))
    for number in range(start, start + count):
        CityPageFactory(
            parent=directory,
            title=f"Testville {number}",
            title_zh_hans=f"测试城{number}",
            slug=f"testville-{number}",
            country=countries[number % len(countries)],
            latitude=Decimal("45"),
            longitude=Decimal("10"),
            phases=[phase],
        )


def queries_for(client, url):
    """Queries of a request after two warm-up requests."""
    for _warm_up in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("query", ["", "?side=eu", "?country=it&phase=iuc-asia", "?country=xx"])
def test_directory_query_count_does_not_grow_with_the_cities(client, network, city_directory, query):
    url = f"/en/cities/{query}"
    add_cities(city_directory, 1)  # both counts are taken after a publish, so content caches are in the same state
    before = queries_for(client, url)
    add_cities(city_directory, 20, start=1)
    assert queries_for(client, url) == before
    if query in ("", "?side=eu"):
        assert len(listed_cities(soup(client.get(url)))) == 21 + len(EUROPEAN if query else CITIES)


# The cooperation index and the roll-ups -------------------------------------------------------------


def test_story_index_lists_every_story_with_both_sides_and_themes(client, network):
    document = soup(client.get("/en/cooperation/"))
    assert listed_stories(document) == [
        "chongqing-mannheim",
        "yangzhou-horticultural-expo",
        "liuzhou-barcelona",
        "yantai-rome",
    ]
    assert result_count(document) == "4 cooperation stories"
    card = document.select(".story-card")[1]
    text = card.get_text(" ", strip=True)
    for name in ("Yangzhou", "Barcelona", "Bologna", "Stuttgart", "Rome"):
        assert name in text
    themes = {a.get_text(): a["href"] for a in card.select(".tags a")}
    assert themes == {
        "Horticulture and ecology": "/en/cooperation/?theme=horticulture-ecology",
        "Sustainable urban development": "/en/cooperation/?theme=sustainable-urban-development",
    }
    assert not document.select("#involved-cities")


@pytest.mark.parametrize(
    ("query", "stories"),
    [
        ("?theme=smart-city", ["liuzhou-barcelona"]),
        ("?theme=Logistics-Rail", ["chongqing-mannheim"]),
        ("?theme=sustainable-urban-development", ["chongqing-mannheim", "yangzhou-horticultural-expo",
                                                  "liuzhou-barcelona", "yantai-rome"]),
        ("?theme=innovation", []),
        ("?sdg=4", ["yantai-rome"]),
        ("?sdg=04", ["yantai-rome"]),
        ("?sdg=15", ["yangzhou-horticultural-expo"]),
        ("?sdg=9", ["chongqing-mannheim", "liuzhou-barcelona"]),
        ("?sdg=1", []),
        ("?sdg=9&theme=smart-city", ["liuzhou-barcelona"]),
        ("?sdg=4&theme=smart-city", []),
    ],
)  # fmt: skip
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_story_filters_alone_and_combined(client, network, language, query, stories):
    document = soup(client.get(f"/{language}/cooperation/{query}"))
    assert listed_stories(document) == stories
    assert str(len(stories)) in result_count(document)
    assert not notices(document)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?theme=nope", "Unknown theme “nope” was ignored."),
        ("?sdg=18", "Unknown goal “18” was ignored."),
        ("?sdg=0", "Unknown goal “0” was ignored."),
        ("?sdg=-3", "Unknown goal “-3” was ignored."),
        ("?sdg=²", "Unknown goal “²” was ignored."),
        ("?sdg=" + "9" * 5000, "Unknown goal “" + "9" * 29 + "…” was ignored."),
    ],
)
def test_unknown_story_filters_are_ignored_with_a_message(client, network, query, message):
    document = soup(client.get(f"/en/cooperation/{query}"))
    assert len(listed_stories(document)) == 4
    assert notices(document) == [message]
    assert not document.select("#rollup-title")


def test_theme_rollup_lists_its_stories_and_cities(client, network):
    document = soup(client.get("/en/cooperation/?theme=horticulture-ecology"))
    assert document.select_one("#rollup-title").get_text(strip=True) == "Horticulture and ecology"
    assert "Yangzhou World Horticultural Expo" in document.select_one(".rollup").get_text()
    assert document.title.get_text().startswith("Horticulture and ecology · ")
    assert listed_stories(document) == ["yangzhou-horticultural-expo"]
    assert listed_cities(document, "#involved-cities ~ ul") == ["yangzhou", "barcelona", "rome", "bologna",
                                                                "stuttgart-region"]  # fmt: skip


def test_sdg_rollup_in_chinese(client, network):
    document = soup(client.get("/zh-hans/cooperation/?sdg=9"))
    assert document.select_one("#rollup-title").get_text(strip=True) == "目标 9：产业、创新和基础设施"
    assert set(listed_cities(document, "#involved-cities ~ ul")) == {"chongqing", "liuzhou", "mannheim", "barcelona"}


def test_the_story_index_url_behind_every_tag_link_is_worked_out_once_per_request_and_language(rf, network):
    request = rf.get("/en/")
    with mock.patch.object(Page, "get_url", autospec=True, side_effect=Page.get_url) as get_url:
        with translation.override("en"):
            english = [story_index_url(request) for _ in range(3)]
        with translation.override("zh-hans"):
            chinese = story_index_url(request)
    assert english == ["/en/cooperation/"] * 3 and chinese == "/zh-hans/cooperation/"
    assert get_url.call_count == 2


def test_every_theme_and_goal_has_a_rollup(client, network):
    for theme in Theme.objects.all():
        document = soup(client.get(f"/en/cooperation/?theme={theme.slug}"))
        stories = set(CooperationStoryPage.objects.live().filter(themes=theme).values_list("slug", flat=True))
        assert set(listed_stories(document)) == stories
        assert not notices(document)
    for goal in SustainableDevelopmentGoal.objects.all():
        document = soup(client.get(f"/zh-hans/cooperation/?sdg={goal.number}"))
        stories = set(CooperationStoryPage.objects.live().filter(sdgs=goal).values_list("slug", flat=True))
        assert set(listed_stories(document)) == stories


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_story_page_tags_link_to_their_rollups(client, network, language):
    document = soup(client.get(f"/{language}/cooperation/chongqing-mannheim/"))
    links = {a["href"] for a in document.select("main .tags a")}
    assert links == {
        f"/{language}/cooperation/?theme=logistics-rail",
        f"/{language}/cooperation/?theme=sustainable-urban-development",
        f"/{language}/cooperation/?sdg=9",
        f"/{language}/cooperation/?sdg=11",
        f"/{language}/cooperation/?sdg=17",
    }
    for link in links:
        assert "chongqing-mannheim" in listed_stories(soup(client.get(link)))


def add_stories(story_index, count, start=0):
    """Publish `count` more stories pairing Chongqing and Rome, tagged smart city and SDG 11."""
    chongqing, rome = CityPage.objects.get(slug="chongqing"), CityPage.objects.get(slug="rome")
    smart_city, goal = Theme.objects.get(slug="smart-city"), SustainableDevelopmentGoal.objects.get(number=11)
    for number in range(start, start + count):
        CooperationStoryPageFactory(
            parent=story_index,
            title=f"Story {number}",
            title_zh_hans=f"故事{number}",
            slug=f"story-{number}",
            start_year=2021,
            chinese_cities=[chongqing],
            european_cities=[rome],
            themes=[smart_city],
            sdgs=[goal],
        )


@pytest.mark.parametrize(
    ("query", "expected"), [("", 20), ("?theme=smart-city", 17), ("?sdg=11&theme=smart-city", 17), ("?theme=nope", 20)]
)
def test_story_index_query_count_does_not_grow_with_the_stories(
    client, network, city_directory, story_index, query, expected
):
    url = f"/en/cooperation/{query}"
    add_stories(story_index, 1)
    before = queries_for(client, url)
    add_stories(story_index, 15, start=1)
    add_cities(city_directory, 5)
    assert queries_for(client, url) == before
    assert len(listed_stories(soup(client.get(url)))) == expected


# The programme content -----------------------------------------------------------------------------

PROGRAMME_CHINESE = {
    "hohhot", "ningbo", "panjin", "yangzhou", "haikou", "kunming", "liuzhou", "weinan", "yantai",
    "changchun", "chongqing", "longyan", "shantou", "zhengzhou", "chengdu", "guangzhou", "tianjin", "wuhan",
}  # fmt: skip
PROGRAMME_EUROPEAN = {
    "barcelona", "granada", "malaga", "rome", "bologna", "reggio-emilia", "nice", "mannheim",
    "stuttgart-region", "aak", "burgas", "greater-manchester", "barnsley",
}  # fmt: skip


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """The brochure's 31 case cities on both sides, all in phase IUC Asia, and its four cooperation stories."""

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("", PROGRAMME_CHINESE | PROGRAMME_EUROPEAN),
            ("?side=cn", PROGRAMME_CHINESE),
            ("?side=eu", PROGRAMME_EUROPEAN),
            ("?phase=iuc-asia", PROGRAMME_CHINESE | PROGRAMME_EUROPEAN),
            ("?country=gb", {"greater-manchester", "barnsley"}),
        ],
    )
    def test_the_directory_lists_the_case_cities(self, client, query, expected):
        cities = listed_cities(soup(client.get(f"/en/cities/{query}")))
        assert set(cities) == expected and len(cities) == len(expected)

    def test_the_four_stories_and_the_cities_of_the_horticultural_expo(self, client):
        assert listed_stories(soup(client.get("/en/cooperation/"))) == [
            "chongqing-mannheim",
            "yangzhou-horticultural-expo",
            "liuzhou-barcelona",
            "yantai-rome",
        ]
        document = soup(client.get("/en/cooperation/?theme=horticulture-ecology"))
        assert "Yangzhou World Horticultural Expo" in document.select_one(".rollup").get_text()
        assert listed_cities(document, "#involved-cities ~ ul") == ["yangzhou", "barcelona", "rome", "bologna",
                                                                    "stuttgart-region"]  # fmt: skip
