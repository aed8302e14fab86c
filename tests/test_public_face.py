"""The public face on the loaded content: EU identity, legal pages, filing numbers, the grouped menu with distinct
Chinese labels, the content fixes, links that lead somewhere, heading order, and search roll-ups."""

import math
import re

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from content import programme
from content.loader import ContentLoader
from content.models import LoadedContent
from iurc_site.core import emblem
from iurc_site.core.menus import list_values
from iurc_site.core.models import NavigationSettings, ProgrammePage, SiteSettings

from .editing import form_data
from .pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # about the programme content

LANGUAGES = ("en", "zh-hans")
ROLLUPS = ("/cooperation/?theme=smart-city", "/cooperation/?sdg=11", "/cities/?side=eu")


def public_urls(live_pages):
    """Every live page in both languages, with roll-ups, a filtered directory and a search."""
    paths = [page.url_path[len("/home") :] for page in live_pages] + list(ROLLUPS) + ["/search/?q=smart+city"]
    return [f"/{language}{path}" for language in LANGUAGES for path in paths]


# EU identity ------------------------------------------------------------------------------------------------


def test_the_emblem_follows_its_published_geometry():
    svg = str(emblem.emblem_svg())
    width, height = (int(number) for number in re.search(r'viewBox="0 0 (\d+) (\d+)"', svg).groups())
    assert width * 2 == height * 3  # 3:2
    assert f'fill="{emblem.BLUE}"' in svg and emblem.BLUE == "#003399"
    assert f'fill="{emblem.YELLOW}"' in svg and emblem.YELLOW == "#FFCC00"
    stars = re.search(r'd="([^"]+)"', svg).group(1).split("Z")[:-1]
    assert len(stars) == 12
    centre = (width / 2, height / 2)
    for index, star in enumerate(stars):
        points = [tuple(map(float, pair.split())) for pair in star.lstrip("M").split("L")]
        assert len(points) == 10
        star_x = sum(x for x, _y in points) / 10
        star_y = sum(y for _x, y in points) / 10
        assert math.dist((star_x, star_y), centre) == pytest.approx(height / 3, abs=0.1)
        clock = math.degrees(math.atan2(star_x - centre[0], centre[1] - star_y)) % 360
        assert clock == pytest.approx(30 * index, abs=0.1)  # like the hours of a clock, from twelve o'clock
        outer = points[0::2]
        assert all(math.dist(point, (star_x, star_y)) == pytest.approx(height / 18, abs=0.05) for point in outer)
        assert min(y for _x, y in points) == pytest.approx(outer[0][1])  # one point straight up


@pytest.mark.parametrize(("language", "statement"), [("en", "Funded by the European Union"), ("zh-hans", "由欧盟资助")])
def test_every_page_carries_the_emblem_and_funding_statement(client, language, statement):
    for path in ("/", "/cities/", "/privacy/"):
        document = soup(client.get(f"/{language}{path}"))
        for place in ("header", "footer"):
            funding = document.select_one(f"{place} .eu-funding")
            assert funding.select_one("svg.eu-emblem") and funding.get_text(strip=True) == statement
    footer = soup(client.get(f"/{language}/")).select_one("footer").get_text()
    assert ("Partnership Instrument" in footer) if language == "en" else ("欧盟伙伴关系工具项目" in footer)


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("en", ["Legal notice", "Privacy statement", "Accessibility statement"]),
        ("zh-hans", ["法律声明", "隐私声明", "无障碍声明"]),
    ],
)
def test_footer_links_to_the_legal_pages_beside_the_contact_block(client, language, titles):
    document = soup(client.get(f"/{language}/"))
    links = document.select(".site-footer__nav a")
    assert [a.get_text(strip=True) for a in links] == titles
    for link, title in zip(links, titles, strict=True):
        page = soup(client.get(link["href"]))
        assert page.select_one("h1").get_text(strip=True) == title
        assert len(page.select("main .prose h2, main h2")) >= 3
    columns = [
        child.get("class", [""])[0] for child in document.select_one(".site-footer__inner").find_all(recursive=False)
    ]
    assert columns == ["site-footer__about", "site-footer__nav", "site-footer__contact"]


def test_the_accessibility_statement_says_how_the_site_was_tested(client):
    text = soup(client.get("/en/accessibility/")).select_one("main").get_text()
    for phrase in ("WCAG", "2.2", "AA", "axe-core", "Lighthouse", "2016/2102", "China-office@iurc.eu"):
        assert phrase in text


def test_the_privacy_statement_says_public_pages_set_no_cookie(client):
    assert "sets no cookie" in soup(client.get("/en/privacy/")).select_one("main").get_text()
    assert "设置任何Cookie" in soup(client.get("/zh-hans/privacy/")).select_one("main").get_text()


class TestFilingNumbers:
    def post(self, admin_client, **numbers):
        url = reverse("wagtailsettings:edit", args=["core", "sitesettings", Site.objects.get(is_default_site=True).pk])
        data = form_data(admin_client, url, None, {**numbers, "social_media-count": 0}, form_id="w-editor-form")
        return admin_client.post(url, data)

    def test_hidden_when_empty(self, client):
        assert soup(client.get("/zh-hans/")).select_one(".site-footer__filing") is None

    def test_shown_with_links_to_the_registers(self, admin_client, client):
        response = self.post(
            admin_client, icp_number="京ICP备12345678号-1", public_security_number="京公网安备11010502030143号"
        )
        assert response.status_code == 302
        for language in LANGUAGES:
            links = soup(client.get(f"/{language}/")).select(".site-footer__filing a")
            assert [(a.get_text(), a["href"]) for a in links] == [
                ("京ICP备12345678号-1", "https://beian.miit.gov.cn/"),
                ("京公网安备11010502030143号", "https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143"),
            ]

    def test_a_malformed_number_is_refused_on_its_field(self, admin_client):
        response = self.post(admin_client, icp_number="12345678")
        assert response.status_code == 200
        errors = soup(response).select_one("[data-contentpath=icp_number] [data-field-errors]")
        assert "Enter the number as issued" in errors.get_text()
        assert not SiteSettings.objects.get().icp_number


# Navigation -------------------------------------------------------------------------------------------------

SECTIONS = ("achievements", "cooperation", "cities")


def test_chinese_section_names_are_distinct_and_used_alike_in_menu_heading_breadcrumb_and_title(client):
    names = {}
    for slug in SECTIONS:
        page = Page.objects.get(slug=slug)
        names[slug] = page.title_zh_hans
        document = soup(client.get(f"/zh-hans/{slug}/"))
        assert document.select_one("h1").get_text(strip=True) == page.title_zh_hans
        assert document.select_one(".breadcrumbs [aria-current]").get_text(strip=True) == page.title_zh_hans
        assert document.title.get_text().startswith(page.title_zh_hans)
        menu = {a["href"]: a.get_text(strip=True) for a in document.select(".main-nav__list a")}
        assert menu[f"/zh-hans/{slug}/"] == page.title_zh_hans
    assert len(set(names.values())) == 3
    assert not any(a in b or b in a for a in names.values() for b in names.values() if a != b)
    assert "案例" not in names["achievements"] + names["cooperation"]  # 案例城市 keeps the brochure's term alone
    home = soup(client.get("/zh-hans/"))
    assert home.select_one("#featured-stories").get_text(strip=True) == names["cooperation"]


def test_the_loader_adds_a_new_menu_group_to_a_menu_editors_changed():
    """A group added to the seed menu later (news and events) reaches an existing site on the next load, at its
    seed position, without touching what editors changed."""
    navigation = NavigationSettings.objects.get()
    news = Page.objects.get(slug="news").pk
    menu = [
        entry
        for entry in navigation.main_menu.raw_data
        if entry["type"] != "group" or news not in [item.get("page") for item in list_values(entry["value"]["items"])]
    ]
    assert len(menu) == 5  # the menu of a site loaded before the group was added to the seed
    menu[-1]["value"]["label_zh_hans"] = "写信给我们"  # an editor's change to the contact entry
    navigation.main_menu = menu
    navigation.save()
    LoadedContent.objects.filter(key="menu:news-events").delete()
    ContentLoader(log=lambda *args: None).run()
    entries = list(NavigationSettings.objects.get().main_menu.raw_data)
    assert [entry["type"] for entry in entries] == ["group", "link", "link", "link", "group", "link"]
    assert entries[4]["value"]["label_zh_hans"] == "新闻与活动"
    assert entries[5]["value"]["label_zh_hans"] == "写信给我们"
    ContentLoader(log=lambda *args: None).run()  # and only once
    assert len(NavigationSettings.objects.get().main_menu.raw_data) == 6


# Content ----------------------------------------------------------------------------------------------------


def first_sentence(text):
    return re.split(r"(?<=[.。])\s*", re.sub(r"<[^>]+>", "", text).strip())[0]


@pytest.mark.parametrize("language", ["en", "zh_hans"])
def test_no_intro_repeats_the_first_sentence_of_its_body(language):
    for page in ProgrammePage.objects.live():
        body = getattr(page, f"body_{language}")
        texts = [str(block.value.source if hasattr(block.value, "source") else block.value) for block in body]
        first_text = next((text for text in texts if "<p>" in text), "")
        summary = getattr(page, f"summary_{language}")
        assert first_sentence(summary) not in re.sub(r"<[^>]+>", "", first_text), page.slug


def test_story_summaries_do_not_repeat_their_titles(client):
    for story in programme.STORIES:
        for language in ("en", "zh_hans"):
            title, summary = story["title"][language], story["summary"][language]
            assert title not in summary and summary.split(":")[0] not in title


def test_the_achievements_page_lists_the_stories_once_under_one_heading(client):
    for language, heading in (("en", "Cooperation stories"), ("zh-hans", "合作故事")):
        document = soup(client.get(f"/{language}/achievements/"))
        headings = [h.get_text(strip=True) for h in document.select("main h2, main h3")]
        assert headings.count(heading) == 1
        story_links = [a["href"] for a in document.select("main .story-card .card__link")]
        assert len(story_links) == len(set(story_links)) == 4


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_achievements_key_figures_carry_the_side_they_count(client, language):
    figures = soup(client.get(f"/{language}/achievements/")).select("main .key-figure")
    sides = {figure.dd.get_text(): figure["class"] for figure in figures}
    assert sides["18"] == ["key-figure", "key-figure--cn"] and sides["13"] == ["key-figure", "key-figure--eu"]
    assert sides["31"] == ["key-figure"]


def test_aak_is_named_in_full_with_its_region_and_position(client):
    english = soup(client.get("/en/cities/aak/"))
    assert english.select_one("h1").get_text(strip=True) == "Agioi Anargyroi-Kamatero (AAK)"
    assert "Attica" in english.select_one(".facts").get_text()
    chinese = soup(client.get("/zh-hans/cities/aak/"))
    assert chinese.select_one("h1").get_text(strip=True) == "阿伊奥伊阿纳尔伊里-卡马泰罗（AAK）"
    assert "阿提卡大区" in chinese.select_one(".facts").get_text()
    city = Page.objects.get(slug="aak").specific
    assert (float(city.latitude), float(city.longitude)) == pytest.approx((38.03, 23.71), abs=0.01)
    assert "Zhengzhou" in city.summary_en and "郑州" in city.summary_zh_hans


# Defects ----------------------------------------------------------------------------------------------------


def test_every_public_page_sets_no_cookie_links_somewhere_and_keeps_heading_order(client, live_pages):
    """One pass over every page in both languages (with roll-ups, a filter and a search): no cookie set (as the
    privacy statement says), no link with an empty or "#" address or to a missing fragment, no skipped heading and
    no heading repeated by the next one."""
    for url in public_urls(live_pages) + ["/en/no-such-page/"]:
        response = client.get(url)
        assert not response.cookies, (url, list(response.cookies))
        document = soup(response)
        ids = {element["id"] for element in document.select("[id]")}
        for link in document.select("a"):
            href = (link.get("href") or "").strip()
            assert href not in ("", "#"), (url, str(link)[:120])
            if href.startswith("#"):
                assert href[1:] in ids, (url, href)
        headings = document.select("main h1, main h2, main h3, main h4")
        levels = [int(h.name[1]) for h in headings]
        assert levels[0] == 1, url
        for previous, level in zip(levels, levels[1:], strict=False):
            assert level <= previous + 1, (url, levels)
        texts = [heading.get_text(" ", strip=True) for heading in headings]
        assert all(a != b for a, b in zip(texts, texts[1:], strict=False)), (url, texts)  # no heading said twice


def test_call_to_action_links_reach_pages_created_after_them(client):
    """Support's "Contact" button links to the contact page, which the loader creates later."""
    for language, label in (("en", "Contact"), ("zh-hans", "联系我们")):
        button = soup(client.get(f"/{language}/support/")).select_one("main .cta a")
        assert (button.get_text(strip=True), button["href"]) == (label, f"/{language}/contact/")
    home_button = soup(client.get("/en/")).select_one("main .cta a")
    assert home_button["href"] == "/en/cooperation/"


def test_a_call_to_action_whose_page_is_gone_draws_no_button(client):
    Page.objects.get(slug="contact").specific.unpublish()
    assert soup(client.get("/en/support/")).select("main .cta") == []


# Search -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "query", "rollup", "cities"),
    [
        ("en", "smart city", "/en/cooperation/?theme=smart-city", ["/en/cities/liuzhou/", "/en/cities/barcelona/"]),
        ("zh-hans", "智慧城市", "/zh-hans/cooperation/?theme=smart-city", ["/zh-hans/cities/liuzhou/"]),
        ("en", "Smart city", "/en/cooperation/?theme=smart-city", ["/en/cities/barcelona/"]),
        ("zh-hans", "smart city", "/zh-hans/cooperation/?theme=smart-city", ["/zh-hans/cities/barcelona/"]),
        ("en", "quality education", "/en/cooperation/?sdg=4", ["/en/cities/yantai/", "/en/cities/rome/"]),
        ("zh-hans", "优质教育", "/zh-hans/cooperation/?sdg=4", ["/zh-hans/cities/yantai/"]),
    ],
)
def test_search_finds_theme_and_goal_rollups_and_the_cities_of_their_stories(client, language, query, rollup, cities):
    document = soup(client.get(f"/{language}/search/", {"q": query}))
    urls = [a["href"] for a in document.select("main .search-result h2 a")]
    assert urls[0] == rollup
    for city in cities:
        assert city in urls
    first = document.select_one("main .search-result")
    assert first.select_one(".search-result__kind").get_text(strip=True) in (
        "Theme",
        "主题",
        "UN Sustainable Development Goal",
        "联合国可持续发展目标",
    )
