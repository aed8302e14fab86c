"""The factories build pages that are served, with their relations saved."""

import pytest

from cities.factories import CityPageFactory
from cities.models import CityIndexPage, CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationIndexPage, CooperationStoryPage, partner_cities

pytestmark = pytest.mark.django_db


def test_a_factory_city_and_story_are_served_and_related(client):
    city = CityPageFactory(parent=CityIndexPage.objects.get(), title="Factory city")
    partner = CityPageFactory(parent=CityIndexPage.objects.get(), country__side="cn", country__iso_code="XC")
    story = CooperationStoryPageFactory(
        parent=CooperationIndexPage.objects.get(), chinese_cities=[partner], european_cities=[city]
    )
    assert CityPage.objects.get(pk=city.pk).phases.count() == 1
    assert list(CooperationStoryPage.objects.get(pk=story.pk).european_cities.all()) == [city]
    assert list(partner_cities(city)) == [partner]
    response = client.get(f"/en/cities/{city.slug}/")
    assert response.status_code == 200 and "Factory city" in response.content.decode()
