"""The library page: empty state, filters (hostile values answered kindly), pagination, file facts per language and
query counts that stay the same as the library grows."""

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from iurc_site.core.factories import published
from publications.factories import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory
from publications.models import PER_PAGE
from tests.pages import path_of, soup

pytestmark = pytest.mark.django_db
BUDGET = 15


def listed(document):
    return [link.get_text(strip=True) for link in document.select("main .publication-card .card__link")]


def notices(document):
    return [item.get_text(" ", strip=True) for item in document.select("main .notice--filters li")]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "No publications yet", "Brochures, reports and action plans"),
        ("zh-hans", "暂无出版物", "宣传册、报告和行动计划"),
    ],
)
def test_an_empty_library_says_so_in_each_language(client, library, language, title, text):
    document = soup(client.get(f"/{language}{path_of(library)}"))
    empty = document.select_one("main .empty-state--library")
    assert empty.select_one(".empty-state__title").get_text(strip=True) == title
    assert text in empty.get_text()
    assert not document.select("main form.filters")


@pytest.fixture(scope="module")
def world_shelf(worlds, request):
    """`shelf` and its library, built once for the module's tests that filter it (conftest.py, `Worlds`)."""

    def build(world):
        world.library = library = published(PublicationIndexPageFactory(parent=world.home))
        make = PublicationPageFactory
        world.shelf = {
            "brochure": make(parent=library, title="Programme brochure", publication_type="brochure", year=2021),
            "report-en": make(parent=library, title="Energy report", year=2023, file_language="en"),
            "report-zh": make(parent=library, title="Transport report", year=2023, file_language="zh-hans"),
            "plan": make(parent=library, title="Mobility action plan", publication_type="action-plan", year=2024),
            "draft": make(parent=library, title="Unpublished study", live=False, year=2019),
        }

    with worlds.sharing(request.fixturename, build, sections=False):
        yield


@pytest.fixture
def shelf(world_shelf, library, shared):
    """Five publications: types, years and languages to filter by."""
    return shared("shelf")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Mobility action plan", "Transport report", "Energy report", "Programme brochure"]),
        ({"type": "report"}, ["Transport report", "Energy report"]),
        ({"type": "REPORT", "year": "2023"}, ["Transport report", "Energy report"]),
        ({"year": "2021"}, ["Programme brochure"]),
        ({"language": "zh-hans"}, ["Mobility action plan", "Transport report", "Programme brochure"]),
        ({"language": "en"}, ["Mobility action plan", "Energy report", "Programme brochure"]),
        ({"language": "both", "type": "brochure"}, ["Programme brochure"]),
    ],
)
def test_filters_by_type_year_and_language(client, shelf, library, params, expected):
    document = soup(client.get(f"/en{path_of(library)}", params))
    assert listed(document) == expected
    assert not notices(document)
    years = [option["value"] for option in document.select("#filter-year option")]
    assert years == ["", "2024", "2023", "2021"]  # only years with a visible publication


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "2019"},  # the unpublished one's
        {"year": "99999999999999999999"},
        {"type": "<script>alert(1)</script>"},
        {"language": "fr"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "9999"},
        {"year": "\x00\x1f"},
        {"type": ["report", "x" * 5000]},
    ],
)
def test_hostile_parameters_get_the_full_list_and_a_friendly_note(client, shelf, library, params):
    for language in ("en", "zh-hans"):
        response = client.get(f"/{language}{path_of(library)}", params)
        assert response.status_code == 200
        document = soup(response)
        assert len(listed(document)) in (1, 4)
        assert "<script>" not in response.content.decode().split("<main", 1)[1].replace("&lt;script&gt;", "")
    if "page" not in params:
        assert len(notices(soup(client.get(f"/en{path_of(library)}", params)))) == 1


def test_unknown_values_are_named_in_chinese_on_the_chinese_page(client, shelf, library):
    document = soup(client.get(f"/zh-hans{path_of(library)}", {"year": "abc", "type": "poster"}))
    assert notices(document) == ["已忽略未知的类型“poster”。", "已忽略未知的年份“abc”。"]
    assert document.select_one("main .empty-state") is None


def test_no_match_has_its_own_message(client, shelf, library):
    document = soup(client.get(f"/zh-hans{path_of(library)}", {"type": "guide"}))
    assert document.select_one("main .empty-state").get_text(strip=True) == "没有符合筛选条件的出版物。"


def test_pagination_keeps_the_filters(client, library):
    for number in range(PER_PAGE + 2):
        PublicationPageFactory(parent=library, title=f"Report {number:02}", year=2020)
    first = soup(client.get(f"/en{path_of(library)}", {"year": "2020"}))
    assert len(listed(first)) == PER_PAGE
    next_link = first.select_one("main .pagination a[rel=next]")["href"]
    assert next_link == "?page=2&year=2020"
    second = soup(client.get(f"/en{path_of(library)}{next_link}"))
    assert len(listed(second)) == 2
    assert second.select_one("main .pagination a[rel=prev]")["href"] == "?page=1&year=2020"
    assert "Page 2 of 2" in second.select_one("main .pagination").get_text()


@pytest.mark.parametrize(
    ("language", "size", "meta"),
    [("en", "500 bytes", "TXT, 500 bytes"), ("zh-hans", "500 字节", "TXT, 500 字节")],
)
def test_the_file_size_is_written_for_each_language(client, library, language, size, meta):
    document = DocumentFactory(file=ContentFile(b"x" * 500, name="data.txt"), file_size=500)
    publication = PublicationPageFactory(parent=library, document=document, file_language="zh-hans")

    page = soup(client.get(f"/{language}{path_of(publication)}"))
    facts = {item.dt.get_text(strip=True): item.dd.get_text(" ", strip=True) for item in page.select(".facts__item")}
    assert size in " ".join(facts.values()).replace("\xa0", " ")
    card = soup(client.get(f"/{language}{path_of(library)}")).select_one("main .publication-card .document-meta")
    assert card.get_text().replace("\xa0", " ") == f"({meta}, 中文)"
    assert card.select_one("[lang=zh-Hans]").get_text() == "中文"


def test_larger_sizes_in_both_languages(client, library):
    document = DocumentFactory(file_size=1234567)
    publication = PublicationPageFactory(parent=library, document=document)
    for language in ("en", "zh-hans"):
        text = soup(client.get(f"/{language}{path_of(publication)}")).select_one("main .publication__download")
        assert "PDF, 1.2 MB" in text.get_text().replace("\xa0", " ")


def queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_stay_within_budget_and_do_not_grow(client, library, city):
    photo_publication = PublicationPageFactory(parent=library, cities=[city])
    PublicationPageFactory(
        parent=library, cities=[city], document=DocumentFactory(file=ContentFile(b"x", name="a.txt"))
    )
    urls = [
        f"/{language}{path}"
        for language in ("en", "zh-hans")
        for path in (
            path_of(library),
            f"{path_of(library)}?type=report&year=2024&language=zh-hans",
            path_of(photo_publication),
            path_of(city),
        )
    ]
    before = {url: queries(client, url) for url in urls}
    assert max(before.values()) <= BUDGET, before

    for number in range(3 * PER_PAGE):
        PublicationPageFactory(parent=library, cities=[city], year=2024 - number % 3)
    after = {url: queries(client, url) for url in urls}
    assert after == before
