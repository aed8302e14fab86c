"""Review fixes in the admin: the translation report's `?page=` and the story form's side rule."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import Country

from .editing import form_data, form_errors, user_in
from .pages import soup
from .test_translation_status import REPORT, report_rows

pytestmark = pytest.mark.django_db


def showing_one_page(client, page_id):
    """The report's "Showing one page: …" line for `?page=page_id` ("" when it shows every page it may)."""
    response = client.get(reverse(REPORT), {"page": page_id})
    assert response.status_code == 200
    intro = soup(response).select_one(".iurc-report-intro")
    return " ".join(p.get_text(" ", strip=True) for p in intro.select("p") if "Showing one page" in p.get_text())


@pytest.mark.parametrize("bad", ["²", "٣x", "99999999999999999999", "-99999999999999999999", "9" * 5000, "1e3", ""])
def test_a_bad_page_parameter_shows_the_whole_report(admin_client, bad):
    everything = report_rows(admin_client)
    assert showing_one_page(admin_client, bad) == ""
    assert report_rows(admin_client, page=bad) == everything


def test_the_report_names_only_a_page_the_user_may_edit(client):
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


def post_story_cities(client, chinese, european):
    """Save a story draft listing `chinese` and `european` cities: the response and the queries of the POST."""
    story = CooperationStoryPage.objects.get(slug="liuzhou-barcelona")
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    changes = {"chinese_cities": [city.pk for city in chinese], "european_cities": [city.pk for city in european]}
    data = dict(form_data(client, url, CooperationStoryPage, changes).lists())  # every value of a multiple choice
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, data)
    return response, len(queries)


def test_story_form_checks_each_side_in_a_query_whatever_the_number_of_cities(admin_client):
    chinese = list(CityPage.objects.filter(country__side=Country.Side.CHINA).order_by("path"))
    european = list(CityPage.objects.filter(country__side=Country.Side.EUROPE).order_by("path"))

    response, _queries = post_story_cities(admin_client, chinese[:1], european[:1])
    assert response.status_code == 302, form_errors(response)

    response, few = post_story_cities(admin_client, european[:1], chinese[:1])
    assert form_errors(response) == {
        "chinese_cities": ["Only cities in China can be listed here."],
        "european_cities": ["Only European cities can be listed here."],
    }

    # Many cities, all but the last one on the right side.
    response, many = post_story_cities(admin_client, chinese + european[-1:], european + chinese[-1:])
    assert form_errors(response) == {
        "chinese_cities": ["Only cities in China can be listed here."],
        "european_cities": ["Only European cities can be listed here."],
    }
    assert many == few

    response, _queries = post_story_cities(admin_client, chinese, european)
    assert response.status_code == 302, form_errors(response)
    story = CooperationStoryPage.objects.get(slug="liuzhou-barcelona").get_latest_revision_as_object()
    assert len(story.chinese_cities.all()) == len(chinese) and len(story.european_cities.all()) == len(european)
