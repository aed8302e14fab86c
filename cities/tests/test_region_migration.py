"""Migration cities.0005: Chongqing's and Tianjin's region becomes the municipality's name where a database still
holds the loaded "Municipality directly under the central government", in the page and its latest revision."""

import importlib

import pytest
from django.apps import apps
from django.utils import translation

from cities.factories import CityPageFactory
from cities.models import CityPage

pytestmark = pytest.mark.django_db

migration = importlib.import_module("cities.migrations.0005_region_names_of_municipalities")
OLD = {"region": "Municipality directly under the central government", **migration.OLD}


def test_the_loaded_kind_of_region_becomes_the_name_and_an_editors_region_stays(city_directory):
    with translation.override("en"):  # `region` reads the active language's column
        chongqing = CityPageFactory(parent=city_directory, slug="chongqing", **OLD)
        chongqing.save_revision().publish()
        tianjin = CityPageFactory(parent=city_directory, slug="tianjin")
        tianjin.region = tianjin.region_en = "Tianjin, by an editor"
        tianjin.region_zh_hans = "直辖市"
        tianjin.save_revision().publish()

        migration.forwards(apps, None)

        chongqing.refresh_from_db()
        assert (chongqing.region, chongqing.region_en, chongqing.region_zh_hans) == (
            "Chongqing Municipality",
            "Chongqing Municipality",
            "重庆市",
        )
        content = chongqing.get_latest_revision().content
        assert (content["region_en"], content["region_zh_hans"]) == ("Chongqing Municipality", "重庆市")
        tianjin.refresh_from_db()
        assert (tianjin.region_en, tianjin.region_zh_hans) == ("Tianjin, by an editor", "天津市")
        # Run twice, nothing changes.
        migration.forwards(apps, None)
        assert CityPage.objects.get(slug="chongqing").region_zh_hans == "重庆市"
