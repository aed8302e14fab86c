"""The small confusions of the editor, through the admin's HTTP forms: language names in labels, country codes
in any case, the coordinate picker's data, the language actions after the page's own actions."""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from cities.factories import CityPageFactory
from iurc_site.core import geo
from iurc_site.core.models import Country
from tests.pages import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def city(city_directory):
    return CityPageFactory(parent=city_directory)


def editor_page(client, page):
    return soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))


def test_field_labels_name_the_language(admin_client, city):
    page = editor_page(admin_client, city)
    labels = [label.get_text(" ", strip=True).rstrip(" *") for label in page.select("label")]
    assert "Title [English]" in labels and "Title [简体中文]" in labels
    assert "Summary [简体中文]" in labels
    assert not [label for label in labels if "[zh-hans]" in label or "[en]" in label]
    config = json.loads(page.select_one("#iurc-modeltranslation-config").get_text())
    assert config["languages"] == ["English", "简体中文"]  # the "Show fields in" buttons


def test_lowercase_country_code_is_accepted_and_stored_in_capitals(admin_client):
    url = reverse("wagtailsnippets_core_country:add")
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="w-editor-form")
    data.update({"name_en": "Portugal", "name_zh_hans": "葡萄牙", "iso_code": " pt ", "side": "eu"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, soup(response).select(".error-message")
    assert Country.objects.get(name_en="Portugal").iso_code == "PT"

    data.update({"name_en": "Portugal again", "iso_code": "PT"})
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the same code in capitals is the same country
    assert "iso_code" in response.context["form"].errors


def test_city_editor_has_the_coordinate_picker_on_the_sites_own_map(admin_client, city):
    picker = editor_page(admin_client, city).select_one("[data-iurc-coordinate-picker]")
    assert picker["data-latitude"] == "id_latitude" and picker["data-longitude"] == "id_longitude"
    assert float(picker["data-west"]) == geo.WEST and float(picker["data-top"]) == pytest.approx(geo.TOP)
    svg = picker.select_one("svg")
    assert svg["viewbox"] == geo.VIEWBOX  # the site's own land map, no tiles
    assert svg.select_one("use.map-land")["href"].endswith("img/map-land.svg#land")
    assert picker.select_one("input.iurc-picker__paste").get("name") is None  # a helper, never submitted
    assert "decimal degrees" in picker.get_text()


def test_language_actions_come_after_the_pages_own_copy(admin_client, city):
    page = editor_page(admin_client, city)
    menu = [item.get_text(" ", strip=True) for item in page.select("header [data-controller~='w-dropdown'] a")]
    assert menu.index("Copy") < menu.index("Sort menu order") < menu.index("Translation status")
    assert menu.index("Translation status") + 1 == menu.index("Copy text between languages")
    assert page.select_one("[data-iurc-language-actions='first']").get_text(strip=True) == "Translation status"
