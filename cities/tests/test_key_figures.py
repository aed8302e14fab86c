"""The home page's key figures: cities counted by side and the programme's years, on a site whose settings were
never saved as well as on one with its phases."""

import pytest

from cities.factories import CityPageFactory
from iurc_site.core.factories import CountryFactory, ProgrammePhaseFactory
from iurc_site.core.models import Country, SiteSettings
from tests.pages import soup

pytestmark = pytest.mark.django_db


def figures(client, language="en"):
    document = soup(client.get(f"/{language}/"))
    return {
        figure.select_one("dt").get_text(strip=True): figure.select_one("dd").get_text(strip=True)
        for figure in document.select(".key-figure")
    }


def test_a_new_site_without_saved_settings_shows_its_cities_and_years(client, city_directory):
    china = CountryFactory(iso_code="CN", side=Country.Side.CHINA)
    CityPageFactory(parent=city_directory, country=china, phases=[ProgrammePhaseFactory(start_year=2017)])
    CityPageFactory(parent=city_directory, phases=[ProgrammePhaseFactory(slug="later", end_year=2023)])
    assert not SiteSettings.objects.exists()

    shown = figures(client)

    assert SiteSettings.objects.exists()
    assert shown == {
        "case cities": "2",
        "in China": "1",
        "in Europe": "1",
        "years of cooperation, IUC-Asia to IURC": "2017–2023",
    }
