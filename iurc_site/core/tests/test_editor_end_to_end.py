"""End to end: an Editor signs in and adds a case city in both languages, submits it; a Moderator approves it; the
city is then in the directory, on the map, in search results and in the translation status report."""

import pytest
from django.test import Client
from django.urls import reverse

from cities.models import CityPage
from iurc_site.core.factories import CountryFactory, ProgrammePhaseFactory
from tests.editing import add_page, form_errors, paragraph, user_in
from tests.pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_index")]
PASSWORD = "a-long-test-password-1"


def sign_in(username):
    """A browser-like client signed in through the admin's login form (not force_login)."""
    client = Client()
    response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def test_editor_adds_a_city_moderator_publishes_it_and_it_appears_everywhere(client, city_directory):
    italy = CountryFactory(iso_code="IT", name="Italy", name_zh_hans="意大利")
    phase = ProgrammePhaseFactory(slug="iurc")
    user_in("Editors", "lin.editor")
    user_in("Moderators", "anna.moderator")
    editor = sign_in("lin.editor")

    directory = city_directory
    response = add_page(
        editor,
        directory,
        CityPage,
        {
            "title_en": "Turin",
            "title_zh_hans": "都灵",
            "slug": "turin",
            "summary_en": "Turin, capital of Piedmont, cooperates on sustainable mobility.",
            "summary_zh_hans": "都灵是皮埃蒙特大区首府，在可持续交通领域开展合作。",
            "country": italy.pk,
            "region_en": "Piedmont",
            "region_zh_hans": "皮埃蒙特大区",
            "latitude": "45.07030",
            "longitude": "7.68690",
            "phases": [phase.pk],
        },
        streams={
            "body_en": [paragraph("<p>Turin shares its experience of car-free streets.</p>")],
            "body_zh_hans": [paragraph("<p>都灵分享无车街道的经验。</p>")],
        },
        action="submit",
    )
    assert response.status_code == 302, form_errors(response)
    turin = CityPage.objects.get(slug="turin")
    assert not turin.live and turin.current_workflow_state.status == "in_progress"
    assert client.get("/en/cities/turin/").status_code == 404  # not before a Moderator approves

    moderator = sign_in("anna.moderator")
    assert "Turin" in soup(moderator.get(reverse("wagtailadmin_home"))).get_text()  # awaiting review
    task_state = turin.current_workflow_state.current_task_state
    response = moderator.post(
        reverse("wagtailadmin_pages:workflow_action", args=[turin.pk, "approve", task_state.pk]), {"comment": ""}
    )
    assert response.status_code == 302
    turin.refresh_from_db()
    assert turin.live

    for language, name in (("en", "Turin"), ("zh-hans", "都灵")):
        page = soup(client.get(f"/{language}/cities/turin/"))
        assert page.h1.get_text(strip=True) == name

        listing = soup(client.get(f"/{language}/cities/"))
        links = {a["href"]: a.get_text(strip=True) for a in listing.select("main a[href]")}
        assert links.get(f"/{language}/cities/turin/") == name  # in the directory
        markers = {a["href"] for a in listing.select("svg .map-marker")}
        assert f"/{language}/cities/turin/" in markers  # and on its map

        results = soup(client.get(f"/{language}/search/", {"q": name}))
        assert f"/{language}/cities/turin/" in {a["href"] for a in results.select("main a[href]")}

    report = soup(moderator.get(reverse("iurc_translation_status"), {"page": turin.pk}))
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in report.select("table tbody tr")]
    assert [(row[3], row[4]) for row in rows] == [("English", "Complete"), ("简体中文", "Complete")]
    assert "Turin" in rows[0][1] and "lin.editor" in rows[0][6]
