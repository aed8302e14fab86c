"""Publications where the site shows them: city and story pages, search (Chinese words), sitemap, JSON-LD,
OpenGraph, the translation status report; and the editor's form."""

import json
import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import PageViewRestriction

from publications.factories import DocumentFactory, PublicationPageFactory
from publications.models import DocumentCover, PublicationPage
from tests.editing import add_page, form_data, form_errors
from tests.pages import path_of, soup

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def plan(library, city, story):
    return PublicationPageFactory(
        parent=library,
        title="Urban renewal action plan",
        title_zh_hans="城市更新行动计划",
        summary_en="A yearly report on low-carbon transport and urban renewal.",
        summary_zh_hans="关于低碳交通和城市更新的年度报告。",
        publication_type="action-plan",
        year=2025,
        file_language="zh-hans",
        document=DocumentFactory(file_size=2345),
        cities=[city],
        stories=[story],
    )


def card_titles(document):
    return [link.get_text(strip=True) for link in document.select("#related-publications ~ ul .card__link")]


def test_city_and_story_pages_list_their_visible_publications(client, plan, library, city):
    hidden = PublicationPageFactory(parent=library, title="Draft plan", cities=[city], live=False)
    story = plan.stories.get()
    for language, title in (("en", "Urban renewal action plan"), ("zh-hans", "城市更新行动计划")):
        for page in (city, story):
            document = soup(client.get(f"/{language}{path_of(page)}"))
            assert card_titles(document) == [title]
            card = document.select_one(".publication-card")
            assert card.select_one(".card__link")["href"] == f"/{language}{path_of(plan)}"
            assert card.select_one(".publication-card__download")["href"] == plan.document.url
    other_city = type(city).objects.live().exclude(pk=city.pk).order_by("path").first()
    assert not soup(client.get(f"/en{path_of(other_city)}")).select("#related-publications")
    assert hidden.title not in client.get(f"/en{path_of(city)}").content.decode()


def test_the_publication_page_links_back_to_its_cities_and_stories(client, plan, city):
    document = soup(client.get(f"/zh-hans{path_of(plan)}"))
    assert document.h1.get_text(strip=True) == "城市更新行动计划"
    assert f"/zh-hans{path_of(city)}" in [a["href"] for a in document.select("main .city-card a")]
    story = plan.stories.get()
    assert [a["href"] for a in document.select("main .link-list a")] == [f"/zh-hans{path_of(story)}"]
    facts = {item.dt.get_text(strip=True): item.dd.get_text(strip=True) for item in document.select(".facts__item")}
    assert facts["类型"] == "行动计划" and facts["年份"] == "2025" and facts["文件语言"] == "中文"


@pytest.mark.parametrize(
    ("query", "language"),
    [("交通", "zh-hans"), ("城市更新", "en"), ("行动计划", "zh-hans"), ("low-carbon", "en"), ("action plan", "en")],
)
@pytest.mark.usefixtures("search_index")
def test_search_finds_words_inside_titles_and_summaries(client, plan, query, language):
    document = soup(client.get(f"/{language}/search/", {"q": query}))
    assert f"/{language}{path_of(plan)}" in [a["href"] for a in document.select("main .search-result h2 a")]


def test_sitemap_lists_the_library_and_each_publication_with_hreflang_alternates(client, plan, library):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        for url in root
    }
    for page in (library, plan):
        english, chinese = (f"http://testserver/{code}{path_of(page)}" for code in ("en", "zh-hans"))
        assert entries[english] == entries[chinese] == {"en": english, "zh-Hans": chinese, "x-default": english}


def json_ld(document):
    return [json.loads(script.string) for script in document.select('script[type="application/ld+json"]')]


def test_json_ld_describes_the_publication_as_a_digital_document(client, plan):
    for language, name in (("en", "Urban renewal action plan"), ("zh-hans", "城市更新行动计划")):
        document = soup(client.get(f"/{language}{path_of(plan)}"))
        data = next(item for item in json_ld(document) if item["@type"] == "DigitalDocument")
        assert data["name"] == name
        assert data["encodingFormat"] == "application/pdf"
        assert data["contentSize"] == "2.3 KB"
        assert data["inLanguage"] == ["zh-Hans"]
        assert data["datePublished"] == "2025"
        assert data["url"] == f"http://testserver{plan.document.url}"
        assert data["mainEntityOfPage"] == f"http://testserver/{language}{path_of(plan)}"
        assert data["image"].startswith("http://testserver/") and data["publisher"]["@type"] == "Organization"
        assert [item["@type"] for item in json_ld(document)] == ["DigitalDocument", "BreadcrumbList"]
    library = soup(client.get(f"/en{path_of(plan.get_parent())}"))
    assert json_ld(library)[0]["@type"] == "CollectionPage"


def test_opengraph_shows_the_cover_drawn_from_the_pdf(client, plan):
    cover = DocumentCover.objects.get(document=plan.document).image
    document = soup(client.get(f"/en{path_of(plan)}"))
    image = document.select_one('meta[property="og:image"]')["content"]
    assert image.startswith("http://testserver/media/images/") and image.endswith(".jpg")
    assert cover.get_rendition("fill-1200x630").url in image
    assert document.select_one('meta[property="og:image:width"]')["content"] == "1200"
    assert document.select_one('meta[property="og:title"]')["content"] == "Urban renewal action plan"
    assert document.select_one('meta[name="description"]')["content"].startswith("A yearly report")


def test_translation_status_report_lists_publications(admin_client, plan):
    plan.summary_zh_hans = ""
    plan.save_revision().publish()
    report = soup(admin_client.get(reverse("iurc_translation_status"), {"page": plan.pk}))
    rows = [[cell.get_text(" ", strip=True) for cell in tr.find_all("td")] for tr in report.select("tbody tr")]
    chinese = next(row for row in rows if "简体中文" in row)
    assert "Missing fields" in chinese and "Missing: Summary" in chinese


def test_an_editor_adds_a_publication_through_the_admin_form(admin_client, client, library, city):
    changes = {"title_en": "Waste report", "title_zh_hans": "废物报告", "slug": "waste-report"}
    response = add_page(admin_client, library, PublicationPage, {**changes, "year": "abc"}, action="publish")
    errors = form_errors(response)
    assert response.status_code == 200 and set(errors) >= {"document", "year"}, errors
    assert errors["document"] == ["This field is required."]

    response = add_page(admin_client, library, PublicationPage, {**changes, "year": "1700"}, action="publish")
    assert "year" in form_errors(response)

    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 not really", name="waste.pdf"))
    fields = {**changes, "year": "2024", "document": document.pk, "cities": [city.pk], "publication_type": "report"}
    response = add_page(admin_client, library, PublicationPage, fields, action="publish")
    assert response.status_code == 302, form_errors(response)
    page = PublicationPage.objects.get(slug="waste-report")
    assert page.live and page.title_zh_hans == "废物报告" and list(page.cities.all()) == [city]
    assert soup(client.get(f"/zh-hans{path_of(page)}")).h1.get_text(strip=True) == "废物报告"
    assert "废物报告" in client.get(f"/zh-hans{path_of(city)}").content.decode()


def test_a_new_publication_is_previewed_with_the_chosen_city_only(admin_client, library, city):
    add_url = reverse("wagtailadmin_pages:add", args=["publications", "publicationpage", library.pk])
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=["publications", "publicationpage", library.pk])
    data = form_data(admin_client, add_url, PublicationPage, {"title_en": "Draft plan", "title_zh_hans": "规划草稿"})
    data.update({"slug": "draft-plan", "year": "2024", "document": DocumentFactory().pk, "cities": str(city.pk)})
    assert json.loads(admin_client.post(preview_url, data).content)["is_valid"]
    preview = soup(admin_client.get(preview_url, {"mode": "zh-hans"}))
    assert preview.h1.get_text(strip=True) == "规划草稿"
    assert [link.get_text(strip=True) for link in preview.select("main .city-card__name")] == [city.title_zh_hans]


def test_a_publication_behind_a_login_is_listed_nowhere(client, plan, library, city):
    PageViewRestriction.objects.create(page=plan, restriction_type=PageViewRestriction.LOGIN)
    for path in (path_of(library), path_of(city)):
        assert plan.title not in client.get(f"/en{path}").content.decode()
    assert client.get(f"/en{path_of(plan)}").status_code == 302  # to the login
    assert f"/en{path_of(plan)}" not in client.get("/sitemap.xml").content.decode()
