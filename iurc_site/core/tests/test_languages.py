"""The language contract: prefixes, redirects, `lang`, hreflang, canonical and the switcher; on pages made with the
factories, and (the last class) on every page of the programme content."""

import re

import pytest
from wagtail.models import Page

from cities.factories import CityPageFactory
from cooperations.factories import CooperationStoryPageFactory
from iurc_site.core.factories import ProgrammePageFactory, SiteSettingsFactory
from tests.pages import soup

pytestmark = pytest.mark.django_db

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", "/zh-hans/"),
        ("zh", "/zh-hans/"),
        ("zh-SG", "/zh-hans/"),
        ("zh-Hans-CN", "/zh-hans/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("zh-TW,zh;q=0.5", "/zh-hans/"),
        ("zh-TW", "/en/"),
        ("zh-Hant", "/en/"),
        ("zh-HK", "/en/"),
        ("fr-FR,de;q=0.8", "/en/"),
        ("en-US,en;q=0.9,zh-CN;q=0.8", "/en/"),
        ("de;q=0.9,zh-CN;q=0.4", "/zh-hans/"),
        ("", "/en/"),
        ("zh-CN;q=abc", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/zh/", "/zh-hans/"),
        ("/zh/cities/chongqing/", "/zh-hans/cities/chongqing/"),
        ("/zh-cn/cooperation/", "/zh-hans/cooperation/"),
        ("/zh-CN/cities/?side=eu", "/zh-hans/cities/?side=eu"),
    ],
)
def test_chinese_aliases_redirect_permanently(client, home, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == target


@pytest.fixture
def pages(home, city_directory, story_index):
    """A live page of each kind below the home page, with its title and summary in both languages; all the live
    pages of the site, in tree order."""
    SiteSettingsFactory()
    chongqing = CityPageFactory(
        parent=city_directory,
        title="Chongqing",
        title_zh_hans="重庆",
        summary_en="Chongqing is a case city.",
        summary_zh_hans="重庆是案例城市。",
    )
    mannheim = CityPageFactory(parent=city_directory, title="Mannheim", title_zh_hans="曼海姆")
    CooperationStoryPageFactory(
        parent=story_index,
        title="Chongqing and Mannheim",
        title_zh_hans="重庆与曼海姆",
        summary_en="A freight train links the two cities.",
        summary_zh_hans="两市开通中欧班列。",
        chinese_cities=[chongqing],
        european_cities=[mannheim],
    )
    ProgrammePageFactory(parent=home)
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


def test_every_page_renders_in_both_languages_with_lang_hreflang_and_switcher(client, pages):
    assert {type(page).__name__ for page in pages} == {
        "HomePage", "CityIndexPage", "CityPage", "CooperationIndexPage", "CooperationStoryPage", "ProgrammePage"
    }  # fmt: skip
    for page in pages:
        check_the_language_contract(client, page)


def test_each_language_shows_its_own_text_and_not_the_other(client, pages):
    assert sum(bool(page.summary_en and page.summary_zh_hans) for page in pages) == 3
    for page in pages:
        check_each_language_shows_its_own_text(client, page)


def check_the_language_contract(client, page):
    """The page in both languages: `lang`, the hreflang alternates, the canonical URL and the switcher."""
    path = page.url_path[len("/home") :]
    for code, html_code in LANGUAGES.items():
        url = f"/{code}{path}"
        response = client.get(url)
        assert response.status_code == 200, url
        document = soup(response)
        assert document.html["lang"] == html_code, url
        alternates = {link["hreflang"]: link["href"] for link in document.select('link[rel="alternate"][hreflang]')}
        assert alternates == {
            "en": f"http://testserver/en{path}",
            "zh-Hans": f"http://testserver/zh-hans{path}",
            "x-default": f"http://testserver/en{path}",
        }, url
        assert document.select_one('link[rel="canonical"]')["href"] == f"http://testserver{url}"
        switcher = {a["hreflang"]: a for a in document.select(".language-switcher a")}
        assert switcher["en"]["href"] == f"/en{path}"
        assert switcher["zh-Hans"]["href"] == f"/zh-hans{path}"
        assert switcher["en"].get_text() == "English" and switcher["zh-Hans"].get_text() == "简体中文"
        assert switcher[html_code]["aria-current"] == "true"
        other = "en" if html_code == "zh-Hans" else "zh-Hans"
        assert not switcher[other].has_attr("aria-current")
        assert switcher[other]["lang"] == other


def check_each_language_shows_its_own_text(client, page):
    """The English page shows the English title and summary and not the Chinese ones, and the other way round."""
    path = page.url_path[len("/home") :]
    english = soup(client.get(f"/en{path}"))
    chinese = soup(client.get(f"/zh-hans{path}"))
    assert english.h1.get_text(strip=True) == page.title_en
    assert chinese.h1.get_text(strip=True) == page.title_zh_hans
    if page.summary_en and page.summary_zh_hans:
        assert page.summary_en in english.get_text() and page.summary_en not in chinese.get_text()
        assert page.summary_zh_hans in chinese.get_text() and page.summary_zh_hans not in english.get_text()


@pytest.mark.parametrize(("prefix", "expected"), [("en", "Page not found"), ("zh-hans", "页面未找到")])
def test_unknown_path_is_404_in_the_visitors_language(client, city_directory, prefix, expected):
    response = client.get(f"/{prefix}/cities/atlantis/")
    assert response.status_code == 404
    document = soup(response)
    assert expected in document.h1.get_text()
    assert document.html["lang"] == LANGUAGES[prefix]
    switcher = {a["hreflang"]: a["href"] for a in document.select(".language-switcher a")}
    assert switcher == {"en": "/en/cities/atlantis/", "zh-Hans": "/zh-hans/cities/atlantis/"}


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """Every page of the programme content (`live_pages`), and its menus, footer and settings."""

    def test_every_page_renders_in_both_languages_with_lang_hreflang_and_switcher(self, client, live_pages):
        assert len(live_pages) == 51  # home, 15 sections (five indexes, three legal pages), 31 cities, 4 stories
        for page in live_pages:
            check_the_language_contract(client, page)

    def test_each_language_shows_its_own_text_and_not_the_other(self, client, live_pages):
        for page in live_pages:
            check_each_language_shows_its_own_text(client, page)

    def test_chinese_pages_have_no_english_navigation(self, client):
        document = soup(client.get("/zh-hans/cities/chongqing/"))
        chrome = " ".join(
            element.get_text(" ") for element in document.select("header.site-header, footer, .skip-link")
        )
        chrome += " ".join(element.get("aria-label", "") for element in document.select("[aria-label]"))
        chrome = chrome.replace("English", "").replace("IURC-China", "").replace("www.iurc.eu", "")
        chrome = re.sub(r"[\w.-]+@[\w.-]+", "", chrome)  # the e-mail address
        chrome = re.sub(r"IUC|IURC|Asia", "", chrome)
        assert not re.search(r"[A-Za-z]{3,}", chrome), chrome
