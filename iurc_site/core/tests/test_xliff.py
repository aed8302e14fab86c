"""The translator round trip: export pages as XLIFF, translate the file (here by program), import it as drafts;
in code and through the admin, in both admin languages. On two cities made with the factories; the last class
takes every page of the programme content through the round trip."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from translate.storage.placeables import StringElem
from translate.storage.placeables import xliff as codes
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cities.factories import CityPageFactory
from cities.models import CityPage
from iurc_site.core.xliff import Xliff12File, export_pages, import_translation, page_units
from tests.editing import edit_page
from tests.pages import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(city_directory):
    """Bologna and Rome with a title, region and summary in both languages, each published through a revision."""
    for slug, title, title_zh_hans, region, region_zh_hans in [
        ("bologna", "Bologna", "博洛尼亚", "Emilia-Romagna", "艾米利亚-罗马涅大区"),
        ("rome", "Rome", "罗马", "Lazio", "拉齐奥大区"),
    ]:
        city = CityPageFactory(
            parent=city_directory,
            slug=slug,
            title=title,
            title_zh_hans=title_zh_hans,
            region_en=region,
            region_zh_hans=region_zh_hans,
            summary_en=f"{title}, a city in Italy.",
            summary_zh_hans=f"{title_zh_hans}，意大利城市。",
        )
        city.save_revision().publish()


def translated(element):
    """A placeable tree with each text prefixed by 译 and the codes kept (as a CAT tool would)."""
    if isinstance(element, str):
        return f"译{element}" if element.strip() else element
    if isinstance(element, codes.G):
        return codes.G(id=element.id, sub=[translated(child) for child in element.sub])
    if isinstance(element, codes.X):
        return codes.X(id=element.id)
    return StringElem([translated(child) for child in element.sub])


def translate_file(data):
    store = Xliff12File.parsestring(data)
    for unit in store.units:
        if not unit.isheader():
            unit.rich_target = [translated(unit.rich_source[0])]
    return bytes(store)


def all_pages():
    return list(Page.objects.filter(depth__gt=1).order_by("path"))


def test_rich_text_markup_survives_with_links(cities, admin_user):
    city = CityPage.objects.get(slug="bologna")
    city.body_en = [
        (
            "paragraph",
            '<p data-block-key="k1">Read the <a href="https://example.org/a?x=1&amp;y=2">report</a> <b>now</b>.</p>',
        )
    ]
    city.save_revision().publish()
    data = export_pages([city])
    assert b'<g id="2">report</g>' in data
    result = import_translation(translate_file(data), admin_user)
    assert result.ok, result.errors
    draft = CityPage.objects.get(pk=city.pk).get_latest_revision_as_object()
    html = draft.body_zh_hans.get_prep_value()[0]["value"]
    assert html == (
        '<p data-block-key="k1">译Read the <a href="https://example.org/a?x=1&amp;y=2">译report</a> <b>译now</b>译.</p>'
    )


def test_nothing_is_imported_when_the_english_changed_since_export(cities, admin_user):
    bologna, rome = CityPage.objects.get(slug="bologna"), CityPage.objects.get(slug="rome")
    data = translate_file(export_pages([bologna, rome]))
    rome.summary_en = "Rome, rewritten after the export."
    rome.save_revision().publish()
    before = {page.pk: page.latest_revision_id for page in CityPage.objects.filter(pk__in=[bologna.pk, rome.pk])}
    result = import_translation(data, admin_user)
    assert not result.ok
    assert any(
        "Rome" in error and "summary" in error and "changed since the export" in error for error in result.errors
    )
    after = {page.pk: page.latest_revision_id for page in CityPage.objects.filter(pk__in=[bologna.pk, rome.pk])}
    assert after == before


def test_a_deleted_page_and_a_malformed_file_are_reported(cities, admin_user):
    rome = CityPage.objects.get(slug="rome")
    data = translate_file(export_pages([rome]))
    rome.delete()
    result = import_translation(data, admin_user)
    assert result.errors == [f"Page {rome.pk} no longer exists ({data.count(b'<trans-unit')} texts)."]
    assert not import_translation(b"<xliff><file>broken", admin_user).ok
    assert not import_translation(b"not xml at all", admin_user).ok


@pytest.mark.parametrize("admin_language", ["en", "zh-hans"])
def test_export_and_import_through_the_admin(cities, admin_client, admin_user, admin_language):
    UserProfile.get_for_user(admin_user).__class__.objects.update_or_create(
        user=admin_user, defaults={"preferred_language": admin_language}
    )
    bologna = CityPage.objects.get(slug="bologna")
    assert edit_page(admin_client, bologna, {"summary_zh_hans": ""}, action="publish").status_code == 302

    response = admin_client.get(reverse("iurc_export_translation"), {"status": "missing"})
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")
    data = response.content
    assert f'id="{bologna.pk}/summary"'.encode() in data and data.count(b"<trans-unit") >= 3
    rome = CityPage.objects.get(slug="rome")
    assert f'id="{rome.pk}/'.encode() not in data  # only the pages with work to do

    chosen = admin_client.get(reverse("iurc_export_translation"), {"page": [bologna.pk]}).content
    assert f'id="{bologna.pk}/title"'.encode() in chosen

    upload = translate_file(data)
    page = admin_client.get(reverse("iurc_import_translation"))
    heading = soup(page).select_one("h1").get_text(strip=True)
    assert heading == ("Import translation" if admin_language == "en" else "导入翻译")
    response = admin_client.post(
        reverse("iurc_import_translation"), {"file": SimpleUploadedFile("done.xlf", upload, "application/xml")}
    )
    assert response.status_code == 200
    summary = soup(response).select_one(".iurc-import__summary").get_text(" ", strip=True)
    assert ("Bologna" if admin_language == "en" else "博洛尼亚") in summary
    bologna.refresh_from_db()
    assert bologna.summary_zh_hans == ""  # live page unchanged: a draft only
    draft = bologna.get_latest_revision_as_object()
    assert draft.summary_zh_hans == "译" + bologna.summary_en

    broken = admin_client.post(
        reverse("iurc_import_translation"), {"file": SimpleUploadedFile("x.xlf", b"<xliff", "application/xml")}
    )
    errors = soup(broken).select_one(".iurc-import__errors").get_text(" ", strip=True)
    assert ("not an XLIFF file" if admin_language == "en" else "XLIFF") in errors


def test_a_partly_translated_body_is_refused_and_an_unchanged_page_gets_no_draft(cities, admin_user):
    city = CityPage.objects.get(slug="bologna")
    city.body_en = [("paragraph", "<p>One.</p>"), ("paragraph", "<p>Two.</p>")]
    city.body_zh_hans = [("paragraph", "<p>一。</p>"), ("paragraph", "<p>二。</p>")]
    city.save_revision().publish()
    store = Xliff12File.parsestring(export_pages([city]))
    body = [unit for unit in store.units if "/body/" in unit.getid()]
    body[0].rich_target = [translated(body[0].rich_source[0])]  # the second paragraph left untranslated
    result = import_translation(bytes(store), admin_user)
    assert [error for error in result.errors if "body" in error] == [
        "“Bologna” (body): 1 of 2 texts are translated: translate all of this field's texts, or none"
    ]

    latest = CityPage.objects.get(pk=city.pk).latest_revision_id
    untouched = Xliff12File.parsestring(export_pages([city]))  # titles etc. come with their Chinese as target
    result = import_translation(bytes(untouched), admin_user)
    assert result.ok and result.pages == []
    assert CityPage.objects.get(pk=city.pk).latest_revision_id == latest


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """Every page of the programme content, with every kind of text and block it uses."""

    def test_round_trip_on_the_loaded_content(self, admin_user):
        pages = all_pages()
        data = export_pages(pages)
        assert b"urn:oasis:names:tc:xliff:document:1.2" in data and b'target-language="zh-Hans"' in data
        assert b"<g id=" in data  # rich text kept as inline codes
        result = import_translation(translate_file(data), admin_user)
        assert result.ok, result.errors[:5]
        assert {item.page.pk for item in result.pages} == {page.pk for page in pages}

        for page in pages:
            page = Page.objects.get(pk=page.pk).specific
            assert page.title_zh_hans != f"译{page.title_en}"  # a draft: nothing published
            draft = page.get_latest_revision_as_object()
            units = list(page_units(draft))
            assert units
            for unit_id, rich, english, _chinese, _note in units:
                name = unit_id.split("/")[1]
                if "/" not in unit_id.split("/", 2)[-1] and not rich and name not in ("body", "outcomes"):
                    assert getattr(draft, f"{name}_zh_hans") == f"译{english}", unit_id
            body = getattr(draft, "body_zh_hans", None)
            if body is not None and len(draft.body_en):
                english = draft.body_en.get_prep_value()
                chinese = body.get_prep_value()
                assert [block["type"] for block in chinese] == [block["type"] for block in english]
                assert all(block["id"] not in {b["id"] for b in english} for block in chinese)
