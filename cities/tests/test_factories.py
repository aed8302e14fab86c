"""The factories build pages that are served, with their relations saved, on a site holding nothing else."""

import pytest
from wagtail.models import Page

from cities.factories import CityPageFactory
from cities.models import CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationStoryPage, partner_cities

pytestmark = pytest.mark.django_db


def test_a_factory_city_and_story_are_served_and_related(client, city_directory, story_index):
    assert Page.objects.filter(depth__gt=1).count() == 3  # home, directory, index: no programme content
    city = CityPageFactory(parent=city_directory, title="Factory city")
    partner = CityPageFactory(parent=city_directory, country__side="cn", country__iso_code="XC")
    story = CooperationStoryPageFactory(parent=story_index, chinese_cities=[partner], european_cities=[city])
    assert CityPage.objects.get(pk=city.pk).phases.count() == 1
    assert list(CooperationStoryPage.objects.get(pk=story.pk).european_cities.all()) == [city]
    assert list(partner_cities(city)) == [partner]
    response = client.get(f"/en/cities/{city.slug}/")
    assert response.status_code == 200 and "Factory city" in response.content.decode()
    assert city.title_zh_hans in client.get("/zh-hans/cities/").content.decode()


@pytest.mark.usefixtures("city_directory")
def test_a_new_site_shows_its_key_figures_before_any_settings_are_saved(client):
    """The site settings' row is made on the first view; the key figures read the programme's years with it."""
    for language in ("en", "zh-hans"):
        assert client.get(f"/{language}/").status_code == 200
