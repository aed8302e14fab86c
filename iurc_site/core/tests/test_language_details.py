"""Details a Chinese or English reader notices: punctuation, names never mixed in from the other language, the
language of pages outside the prefixes, and story pages that list only what is published. On pages made with the
factories (most on the small network of tests/network.py)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cities.factories import CityPageFactory
from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.factories import ProgrammePageFactory, ProgrammePhaseFactory, SiteSettingsFactory
from iurc_site.core.models import Country
from tests.editing import form_errors
from tests.pages import soup

pytestmark = pytest.mark.django_db


def page(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, path
    return soup(response)


def blocks(heading, item):
    """A body with a section heading, a bulleted list and a list of actors (cards), as StreamField JSON."""
    lists = [
        {"type": "list", "value": {"title": "", "style": style, "items": [{"title": item, "text": ""}]}}
        for style in ("bullets", "actors")
    ]
    return json.dumps([{"type": "heading", "value": {"text": heading, "level": "h2"}}, *lists])


@pytest.mark.usefixtures("search_index")
def test_search_does_not_find_the_editors_block_labels(client, home):
    """Heading levels and list styles are choices in the editor ("Section heading", "Bulleted list")."""
    ProgrammePageFactory(
        parent=home,
        body_en=blocks("Support for cities", "Local governments"),
        body_zh_hans=blocks("支持城市", "地方政府"),
    )
    for query in ("bulleted", "section heading", "actors cards"):
        assert not page(client, "/en/search/", data={"q": query}).select("main .search-result"), query
    snippets = page(client, "/zh-hans/search/", data={"q": "支持"}).select("main .search-result__snippet")
    assert snippets
    for label in ("章节标题", "项目符号列表", "参与方（卡片）"):
        assert not [snippet for snippet in snippets if label in snippet.get_text()], label


def test_chinese_footer_and_facts_use_chinese_punctuation(client, city_directory):
    SiteSettingsFactory(
        email="info@example.org",
        address_en="1 Test Street, Beijing",
        address_zh_hans="北京市测试街1号",
        postcode="100000",
    )
    phase = ProgrammePhaseFactory(name="IUC Asia", name_zh_hans="国际城市合作亚洲项目", start_year=2017, end_year=2020)
    CityPageFactory(parent=city_directory, slug="chongqing", title="Chongqing", title_zh_hans="重庆", phases=[phase])
    document = page(client, "/zh-hans/cities/chongqing/")
    footer = document.select_one("footer").get_text(" ", strip=True)
    assert "邮箱：" in footer and "地址：" in footer and "邮编：" in footer
    assert ": " not in footer and "," not in footer
    phase = document.select_one(".facts .facts__line").get_text()
    assert phase.endswith("（2017–2020）") and " (" not in phase
    assert page(client, "/en/cities/chongqing/").select_one(".facts .facts__line").get_text().endswith(" (2017–2020)")


def test_map_markers_are_labelled_in_the_page_language(client, network):
    chinese = page(client, "/zh-hans/cities/").select_one('.map-marker[href="/zh-hans/cities/mannheim/"]')
    assert chinese["aria-label"] == "曼海姆（德国）" and chinese.find_next_sibling("text").get_text() == "曼海姆"
    english = page(client, "/en/cities/").select_one('.map-marker[href="/en/cities/mannheim/"]')
    assert english["aria-label"] == "Mannheim, Germany"


def test_an_untranslated_city_title_is_shown_once_and_marked_english(client, network):
    CityPage.objects.filter(slug="rome").update(title_zh_hans="")
    document = page(client, "/zh-hans/cities/rome/")
    assert document.h1.get_text(strip=True) == "Rome" and document.h1["lang"] == "en"
    assert not document.select(".city-names")
    card = page(client, "/zh-hans/cities/").select_one('.city-card a[href="/zh-hans/cities/rome/"]').parent
    assert not card.select(".city-card__alt")


def test_programme_data_names_are_required_in_both_languages(admin_client):
    """Country, theme, goal and phase names appear inline on every page, so neither language may be empty."""
    url = reverse("wagtailsnippets_core_country:add")
    response = admin_client.post(url, {"name_en": "Portugal", "name_zh_hans": "", "iso_code": "PT", "side": "eu"})
    assert response.status_code == 200
    assert list(form_errors(response)) == ["name_zh_hans"]
    assert not Country.objects.filter(iso_code="PT").exists()
    response = admin_client.post(url, {"name_en": "Portugal", "name_zh_hans": "葡萄牙", "iso_code": "PT", "side": "eu"})
    assert response.status_code == 302 and Country.objects.get(iso_code="PT").name_zh_hans == "葡萄牙"
    for snippet in ("theme", "sustainabledevelopmentgoal", "programmephase"):
        response = admin_client.post(reverse(f"wagtailsnippets_core_{snippet}:add"), {"name_en": "Something"})
        assert "name_zh_hans" in form_errors(response), snippet


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [("zh-CN,zh;q=0.9", "/zh-hans/cities/"), ("zh-TW", "/en/cities/"), ("fr", "/en/cities/")],
)
def test_addresses_without_a_language_follow_the_same_rule_as_the_home_page(client, accept_language, target):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)["Location"] == target.replace("cities/", "")
    assert client.get("/cities/", HTTP_ACCEPT_LANGUAGE=accept_language)["Location"] == target


@pytest.mark.parametrize("path", ["/embed/c/999999/", "/embed/cities/atlantis/"])
def test_an_unknown_embed_answers_in_the_language_asked_for(client, path):
    response = client.get(path, {"lang": "zh-hans"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == "zh-Hans"
    switcher = {a["hreflang"]: a["href"] for a in document.select(".language-switcher a")}
    assert switcher == {"en": f"{path}?lang=en", "zh-Hans": f"{path}?lang=zh-hans"}


def test_story_pages_list_only_published_cities(client, network):
    CityPage.objects.get(slug="mannheim").unpublish()
    story = page(client, "/en/cooperation/chongqing-mannheim/")
    assert [a["href"] for a in story.select(".pair a")] == ["/en/cities/chongqing/"]
    assert "/en/cities/mannheim/" not in str(story)  # nor in the structured data
    embed = page(client, f"/embed/s/{CooperationStoryPage.objects.get(slug='chongqing-mannheim').pk}/")
    assert [item.get_text(" ", strip=True) for item in embed.select(".embed-card__list li")] == ["Chongqing China"]


def test_a_story_page_costs_the_same_queries_with_more_cities(client, network):
    """The cities of a story come with their countries in one query, however many there are."""
    story = CooperationStoryPage.objects.get(slug="chongqing-mannheim")
    path = "/en/cooperation/chongqing-mannheim/"

    def queries_of_a_warm_request():
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    before = queries_of_a_warm_request()
    extra = CityPage.objects.live().exclude(pk__in=[*story.chinese_cities.all(), *story.european_cities.all()])
    european = [city for city in extra.select_related("country") if city.country.side == Country.Side.EUROPE][:4]
    story.european_cities.add(*european)
    story.save()
    assert queries_of_a_warm_request() == before
