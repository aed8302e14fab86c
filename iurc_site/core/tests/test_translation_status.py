"""The translation status report: rows per page and language, filters, CSV/XLSX export, the dashboard counts,
the box in the page editor, a query count that does not grow per page; "Needs translation" and "Chinese checked".
On a small site made with the factories; the last class checks that the programme content is translated in full."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import GroupPagePermission, Page, PageLogEntry

from cities.factories import CityPageFactory
from cities.models import CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationStoryPage
from tests.editing import edit_page, form_errors, paragraph, user_in
from tests.pages import soup

pytestmark = pytest.mark.django_db
REPORT = "iurc_translation_status"
CITIES = {  # slug: English, Chinese
    "bologna": ("Bologna", "博洛尼亚"),
    "mannheim": ("Mannheim", "曼海姆"),
    "rome": ("Rome", "罗马"),
    "nice": ("Nice", "尼斯"),
    "chongqing": ("Chongqing", "重庆"),
    "yangzhou": ("Yangzhou", "扬州"),
    "liuzhou": ("Liuzhou", "柳州"),
}


@pytest.fixture(scope="module")
def world_translated_site(worlds, request):
    """`translated_site`, built once for the module's tests that read it (conftest.py, `Worlds`)."""

    def build(world):
        for slug, (title, title_zh_hans) in CITIES.items():
            city = CityPageFactory(
                parent=world.city_directory,
                slug=slug,
                title=title,
                title_zh_hans=title_zh_hans,
                summary_en=f"{title} is a case city.",
                summary_zh_hans=f"{title_zh_hans}是案例城市。",
            )
            city.save_revision().publish()
        story = CooperationStoryPageFactory(
            parent=world.story_index,
            slug="liuzhou-barcelona",
            title="Liuzhou and Barcelona",
            title_zh_hans="柳州与巴塞罗那",
            summary_en="Two cities plan a smart city together.",
            summary_zh_hans="两座城市共同规划智慧城市。",
        )
        story.save_revision().publish()

    with worlds.sharing(request.fixturename, build):
        yield


@pytest.fixture
def translated_site(world_translated_site, city_directory, story_index):
    """A site translated in full: the cities above and one story, each published once through a revision (the
    report reads the revisions), in both languages."""


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def report_rows(client, **params):
    """The report's table, every page of it, as a list of dicts: page, language, status, details (page-less rows
    continue the page)."""
    rows, page, pages = [], None, []
    while True:
        response = client.get(reverse(REPORT), {**params, "p": len(pages) + 1})
        table_rows = soup(response).select("table.iurc-status-report tbody tr") if response.status_code == 200 else []
        if not table_rows or str(table_rows) in pages:  # past the last page (or shown the last one again)
            return rows
        pages.append(str(table_rows))
        page = parse_rows(table_rows, rows, page)


def parse_rows(table_rows, rows, page):
    """Appends the table rows to `rows`; returns the page of the last one."""
    for tr in table_rows:
        cells = tr.find_all("td")
        link = cells[1].select_one("a")
        if link:
            page = link.get_text(strip=True)
        rows.append(
            {
                "page": page,
                "language": cells[3].get_text(strip=True),
                "status": cells[4].get_text(strip=True),
                "details": cells[5].get_text(" ", strip=True),
            }
        )
    return page


def make_missing_and_stale(client):
    """Bologna loses its Chinese summary; later, Mannheim's English summary changes but its Chinese does not."""
    bologna = CityPage.objects.get(slug="bologna")
    response = edit_page(client, bologna, {"summary_zh_hans": ""}, action="publish")
    assert response.status_code == 302, form_errors(response)
    mannheim = CityPage.objects.get(slug="mannheim")
    response = edit_page(client, mannheim, {"summary_en": "Mannheim, a city on the Rhine."}, action="publish")
    assert response.status_code == 302, form_errors(response)


def test_every_page_appears_once_per_language_and_all_start_complete(admin_client, translated_site):
    rows = report_rows(admin_client)
    assert len(rows) == 2 * Page.objects.filter(depth__gt=1).count()
    assert {row["status"] for row in rows} == {"Complete"}
    assert [row["language"] for row in rows[:2]] == ["English", "简体中文"]


def test_missing_field_and_stale_translation_rows(admin_client, translated_site):
    make_missing_and_stale(admin_client)
    rows = {(row["page"], row["language"]): row for row in report_rows(admin_client)}

    assert rows["Bologna", "简体中文"]["status"] == "Missing fields"
    assert rows["Bologna", "简体中文"]["details"] == "Missing: Summary"
    assert rows["Bologna", "English"]["status"] == "Complete"

    assert rows["Mannheim", "简体中文"]["status"] == "Older than English"
    assert rows["Mannheim", "简体中文"]["details"].startswith("English changed on")
    assert rows["Mannheim", "English"]["status"] == "Complete"

    # Translating brings Mannheim back to complete.
    mannheim = CityPage.objects.get(slug="mannheim")
    assert (
        edit_page(admin_client, mannheim, {"summary_zh_hans": "曼海姆，莱茵河畔的城市。"}, action="publish").status_code
        == 302
    )
    rows = {(row["page"], row["language"]): row for row in report_rows(admin_client)}
    assert rows["Mannheim", "简体中文"]["status"] == "Complete"


def test_filters_by_status_language_and_section(admin_client, translated_site):
    make_missing_and_stale(admin_client)
    assert [(r["page"], r["language"]) for r in report_rows(admin_client, status="missing")] == [
        ("Bologna", "简体中文")
    ]
    assert [(r["page"], r["language"]) for r in report_rows(admin_client, status="outdated")] == [
        ("Mannheim", "简体中文")
    ]

    cities = Page.objects.get(slug="cities")
    rows = report_rows(admin_client, section=cities.pk, language="zh-hans")
    assert len(rows) == 1 + CityPage.objects.count()
    assert {row["language"] for row in rows} == {"简体中文"}

    single = report_rows(admin_client, page=CityPage.objects.get(slug="bologna").pk)
    assert [(row["page"], row["language"]) for row in single] == [("Bologna", "English"), ("Bologna", "简体中文")]


def test_csv_and_xlsx_exports(admin_client, translated_site):
    make_missing_and_stale(admin_client)
    response = admin_client.get(reverse(REPORT), {"status": "missing", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(table) == 1
    assert table[0]["Page"] == "Bologna" and table[0]["Language"] == "简体中文"
    assert table[0]["Status"] == "Missing fields" and table[0]["Details"] == "Missing: Summary"
    bologna = CityPage.objects.get(slug="bologna")
    assert table[0]["Edit"] == "http://testserver" + reverse("wagtailadmin_pages:edit", args=[bologna.pk])

    response = admin_client.get(reverse(REPORT), {"status": "outdated", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *body = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(body) == 1
    record = dict(zip(header, body[0], strict=True))
    assert (record["Page"], record["Status"]) == ("Mannheim", "Older than English")
    assert record["English last changed"] > record["Last changed in this language"]


def test_report_is_in_the_reports_menu_and_on_the_dashboard(admin_client, translated_site):
    make_missing_and_stale(admin_client)
    home = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    items = soup_of(home).select("#translation-status-section .iurc-dashboard-counts__item")
    total = 2 * Page.objects.filter(depth__gt=1).count()
    assert [item.get_text(" ", strip=True) for item in items] == [
        f"{total - 2} Complete",
        "1 Missing fields",
        "0 Needs translation",
        "1 Older than English",
    ]
    assert [item["href"] for item in items] == [
        reverse(REPORT) + f"?status={s}" for s in ("complete", "missing", "untranslated", "outdated")
    ]
    assert f'"url": "{reverse(REPORT)}"' in home  # the Reports menu (the sidebar is drawn from JSON)


def test_the_page_editor_shows_the_pages_status_and_links_to_the_report(admin_client, translated_site):
    make_missing_and_stale(admin_client)
    mannheim = CityPage.objects.get(slug="mannheim")
    editor = soup(admin_client.get(reverse("wagtailadmin_pages:edit", args=[mannheim.pk])))
    box = editor.select_one(".iurc-status-panel")
    assert "简体中文: Older than English" in box.get_text(" ", strip=True)
    assert box.select_one("a")["href"] == reverse(REPORT) + f"?page={mannheim.pk}"


def test_editors_see_the_report_and_visitors_without_page_permissions_do_not(
    client, translated_site, django_user_model
):
    client.force_login(user_in("Editors", "editor"))
    assert client.get(reverse(REPORT)).status_code == 200
    from django.contrib.auth.models import Permission

    nobody = django_user_model.objects.create_user("nobody", password="a-long-test-password-1")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    assert client.get(reverse(REPORT)).status_code in (302, 403)


def test_query_count_does_not_grow_with_the_number_of_pages(admin_client, translated_site):
    """Revision analysis reads all revisions in one query; a second look uses the cache."""
    from django.core.cache import cache

    few, many = Page.objects.get(slug="cooperation"), Page.objects.get(slug="cities")
    assert many.get_descendants().count() > 5 * few.get_descendants().count()
    cache.clear()
    with CaptureQueriesContext(connection) as few_pages:
        admin_client.get(reverse(REPORT), {"section": few.pk})
    cache.clear()
    with CaptureQueriesContext(connection) as many_pages:
        admin_client.get(reverse(REPORT), {"section": many.pk})
    assert len(many_pages) == len(few_pages)
    with CaptureQueriesContext(connection) as cached:
        admin_client.get(reverse(REPORT), {"section": many.pk})
    revision_queries = [
        q for q in cached.captured_queries if "wagtailcore_revision" in q["sql"] and "content" in q["sql"]
    ]
    assert revision_queries == []


def showing_one_page(client, page_id):
    """The report's "Showing one page: …" line for `?page=page_id` ("" when it shows every page it may)."""
    response = client.get(reverse(REPORT), {"page": page_id})
    assert response.status_code == 200
    intro = soup(response).select_one(".iurc-report-intro")
    return " ".join(p.get_text(" ", strip=True) for p in intro.select("p") if "Showing one page" in p.get_text())


@pytest.mark.parametrize("bad", ["²", "٣x", "99999999999999999999", "-99999999999999999999", "9" * 5000, "1e3", ""])
def test_a_bad_page_parameter_shows_the_whole_report(admin_client, translated_site, bad):
    everything = report_rows(admin_client)
    assert showing_one_page(admin_client, bad) == ""
    assert report_rows(admin_client, page=bad) == everything


def test_the_report_names_only_a_page_the_user_may_edit(client, translated_site):
    cities = Page.objects.get(slug="cities")
    group = Group.objects.create(name="City editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=group, page=cities, permission_type="change")
    editor = user_in("City editors", "city-editor")
    client.force_login(editor)
    mannheim = CityPage.objects.get(slug="mannheim")
    story = CooperationStoryPage.objects.get(slug="liuzhou-barcelona")

    assert showing_one_page(client, mannheim.pk) == "Showing one page: Mannheim . Show all pages"
    response = client.get(reverse(REPORT), {"page": story.pk})
    assert response.status_code == 200
    assert story.title not in response.content.decode()
    assert showing_one_page(client, story.pk) == ""
    assert {row["page"] for row in report_rows(client, page=story.pk)} == {
        page.title for page in Page.objects.descendant_of(cities, inclusive=True)
    }


# Needs translation, and "Chinese checked, still current" ------------------------------------------------


def status_of(client, slug, language="简体中文"):
    title = CityPage.objects.get(slug=slug).title_en
    rows = {(row["page"], row["language"]): row for row in report_rows(client)}
    return rows[title, language]


def test_english_blocks_copied_into_the_chinese_body_need_translation(admin_client, translated_site):
    city = CityPage.objects.get(slug="bologna")
    streams = {"body_en": [paragraph("<p>A city of porticoes.</p>")], "body_zh_hans": [paragraph("<p>柱廊之城。</p>")]}
    assert edit_page(admin_client, city, streams=streams, action="publish").status_code == 302
    assert status_of(admin_client, "bologna")["status"] == "Complete"
    response = admin_client.post(
        reverse("iurc_copy_language", args=[city.pk]), {"direction": "en:zh-hans", "fields": ["body"]}
    )
    assert response.status_code == 302
    row = status_of(admin_client, "bologna")
    assert row["status"] == "Needs translation" and "Still in English: Body" in row["details"]


@pytest.mark.parametrize(
    ("changes", "streams"),
    [
        ({"summary_zh_hans": "Bologna, a city in Italy."}, {}),  # no Chinese character
        (
            {},
            {
                "body_en": [paragraph("<p>Bologna story.</p>")],
                "body_zh_hans": [paragraph("<p>博洛尼亚。</p>"), paragraph("<p>Bologna story.</p>")],
            },
        ),
    ],
)
def test_chinese_fields_or_blocks_in_english_need_translation(admin_client, translated_site, changes, streams):
    city = CityPage.objects.get(slug="bologna")
    response = edit_page(admin_client, city, changes, streams=streams, action="publish")
    assert response.status_code == 302, form_errors(response)
    assert status_of(admin_client, "bologna")["status"] == "Needs translation"


def test_chinese_checked_after_an_english_typo_fix(admin_client, translated_site):
    city = CityPage.objects.get(slug="mannheim")
    summary = city.summary_en.replace(".", " .", 1)
    assert edit_page(admin_client, city, {"summary_en": summary}, action="publish").status_code == 302
    assert status_of(admin_client, "mannheim")["status"] == "Older than English"
    report = soup(admin_client.get(reverse("iurc_translation_status")))
    assert report.select_one(f"button[formaction='{reverse('iurc_chinese_checked', args=[city.pk])}']")

    next_url = reverse("iurc_translation_status")
    assert admin_client.get(reverse("iurc_chinese_checked", args=[city.pk])).status_code == 405
    response = admin_client.post(reverse("iurc_chinese_checked", args=[city.pk]), {"next": next_url})
    assert response.status_code == 302 and response["Location"] == next_url
    assert status_of(admin_client, "mannheim")["status"] == "Complete"
    history = soup(admin_client.get(reverse("wagtailadmin_pages:history", args=[city.pk]))).get_text(" ", strip=True)
    assert "Chinese checked, still current" in history
    assert PageLogEntry.objects.filter(page=city, action="iurc.chinese_checked").count() == 1


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """The programme content as loaded is translated in full."""

    def test_every_page_appears_once_per_language_and_all_are_complete(self, admin_client):
        rows = report_rows(admin_client)
        assert len(rows) == 2 * Page.objects.filter(depth__gt=1).count()
        assert {row["status"] for row in rows} == {"Complete"}
