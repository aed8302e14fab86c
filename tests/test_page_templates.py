"""What the home, city and story pages show, the header search box and the breadcrumbs (HTTP, both languages)."""

import importlib
import re

import pytest
from django.apps import apps
from wagtail.models import Page

from cities.models import CityPage
from iurc_site.core.models import HomePage

from .pages import soup as parse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # about the programme content


def soup(response):
    assert response.status_code == 200
    return parse(response)


def figures(document):
    return {
        figure.dt.get_text(strip=True): figure.dd.get_text(strip=True)
        for figure in document.select(".figures-band .key-figure")
    }


def test_home_key_figures_are_counted_from_the_content(client):
    assert figures(soup(client.get("/en/"))) == {
        "case cities": "31",
        "in China": "18",
        "in Europe": "13",
        "years of cooperation, IUC-Asia to IURC": "2017–2023",
    }
    CityPage.objects.get(slug="hohhot").unpublish()
    assert list(figures(soup(client.get("/zh-hans/"))).values()) == ["30", "17", "13", "2017–2023"]


@pytest.mark.parametrize("prefix", ["en", "zh-hans"])
def test_home_has_hero_map_featured_stories_and_entry_points(client, prefix):
    document = soup(client.get(f"/{prefix}/"))
    assert len(document.select("h1")) == 1 and document.select_one(".hero .hero__lead").get_text(strip=True)
    assert document.select_one(".hero a[href$='/cities/']") and document.select_one(".hero a[href$='/cooperation/']")
    assert document.select_one("figure.map svg")
    stories = document.select("section[aria-labelledby=featured-stories] li.story-card")
    assert len(stories) == 4 and all(story.select_one(".pair-badge__side--cn") for story in stories)
    assert [a["href"] for a in document.select("#entry-points ~ ul .card__link")] == [
        f"/{prefix}/background/",
        f"/{prefix}/cooperation-mechanism/",
        f"/{prefix}/contact/",
    ]
    assert not document.select("nav.breadcrumbs")


def test_home_links_follow_the_chosen_pages_when_they_are_renamed(client):
    """The hero's sections and the entry points are chosen pages: renaming one keeps its card and button."""
    mechanism = Page.objects.get(slug="cooperation-mechanism").specific
    mechanism.slug = "how-cooperation-works"
    mechanism.save_revision().publish()
    index = Page.objects.get(slug="cooperation").specific
    index.slug = "stories"
    index.save_revision().publish()
    document = soup(client.get("/en/"))
    assert document.select_one(".hero a[href='/en/stories/']") and document.select_one(
        "a.section__more[href='/en/stories/']"
    )
    assert [a["href"] for a in document.select("#entry-points ~ ul .card__link")] == [
        "/en/background/",
        "/en/how-cooperation-works/",
        "/en/contact/",
    ]
    mechanism.unpublish()
    document = soup(client.get("/en/"))
    assert [a["href"] for a in document.select("#entry-points ~ ul .card__link")] == ["/en/background/", "/en/contact/"]


def test_existing_home_pages_keep_their_links_when_they_become_choices():
    """The migration to chosen pages finds what the home page used to find by slug, in the page and its revision."""
    migration = importlib.import_module("iurc_site.core.migrations.0007_home_sections_chosen_as_pages")
    home = HomePage.objects.get()
    home.section_links.all().delete()
    HomePage.objects.filter(pk=home.pk).update(city_directory=None, story_index=None)
    migration.choose_sections_by_their_former_slugs(apps, None)
    home = HomePage.objects.get()
    assert (home.city_directory.slug, home.story_index.slug) == ("cities", "cooperation")
    expected = ["background", "cooperation-mechanism", "contact"]
    assert [link.link.slug for link in home.section_links.all()] == expected
    draft = home.get_latest_revision_as_object()
    assert draft.city_directory_id == home.city_directory_id and draft.story_index_id == home.story_index_id
    assert [link.link.slug for link in draft.section_links.all()] == expected


def test_city_page_names_both_scripts_with_their_lang(client):
    english = soup(client.get("/en/cities/yangzhou/"))
    assert english.h1.get_text(strip=True) == "Yangzhou" and english.h1["lang"] == "en"
    assert english.select_one(".city-names[lang=zh-Hans]").get_text(strip=True) == "扬州"
    chinese = soup(client.get("/zh-hans/cities/yangzhou/"))
    assert chinese.select_one(".city-names[lang=en]").get_text(strip=True) == "Yangzhou"
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
        for dt in chinese.select(".facts dt")
    }
    assert facts["国家"] == "中国" and facts["省份或地区"] == "江苏省" and "IUC-Asia" in facts["项目阶段"]


def test_story_page_shows_both_sides_tags_and_outcomes(client):
    document = soup(client.get("/zh-hans/cooperation/chongqing-mannheim/"))
    assert [a.get_text(strip=True) for a in document.select("#side-cn ~ ul .city-card__name")] == ["重庆"]
    assert [a.get_text(strip=True) for a in document.select("#side-eu ~ ul .city-card__name")] == ["曼海姆"]
    goals = [tag.get_text(" ", strip=True) for tag in document.select(".tag--sdg")]
    assert goals == ["目标 9 产业、创新和基础设施", "目标 11 可持续城市和社区", "目标 17 促进目标实现的伙伴关系"]
    assert [li.get_text(strip=True) for li in document.select("ul.outcomes li")] == ["开通中欧班列", "成立合作中心"]
    assert "2017–2020" in document.select_one(".facts").get_text()


@pytest.mark.parametrize(
    ("path", "trail"),
    [
        ("/en/cities/yangzhou/", [("Home", "/en/"), ("Case cities", "/en/cities/"), ("Yangzhou", None)]),
        (
            "/zh-hans/cooperation/chongqing-mannheim/",
            [("首页", "/zh-hans/"), ("合作故事", "/zh-hans/cooperation/"), ("重庆与德国曼海姆", None)],
        ),
        ("/zh-hans/background/", [("首页", "/zh-hans/"), ("项目背景", None)]),
    ],
)
def test_breadcrumbs(client, path, trail):
    crumbs = soup(client.get(path)).select("nav.breadcrumbs li")
    assert [(li.get_text(strip=True), li.a["href"] if li.a else None) for li in crumbs] == trail
    assert crumbs[-1].select_one("[aria-current=page]")


@pytest.mark.parametrize("prefix", ["en", "zh-hans"])
def test_header_has_a_labelled_search_box(client, prefix):
    document = soup(client.get(f"/{prefix}/contact/"))
    form = document.select_one("header.site-header form[role=search]")
    assert form["method"] == "get" and form["action"] == f"/{prefix}/search/"
    field = form.select_one("input[type=search][name=q]")
    assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
    assert not re.search(r"\sstyle=|\son[a-z]+=", str(document.select_one("header.site-header")))
