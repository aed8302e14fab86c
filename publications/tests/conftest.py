import pytest
from wagtail.models import Site

from cities.models import CityPage
from publications.factories import PublicationIndexPageFactory
from publications.models import PublicationIndexPage


@pytest.fixture
def library(db):
    """The publication library below the home page (the loaded one, else a new one)."""
    existing = PublicationIndexPage.objects.first()
    if existing is not None:
        return existing
    return PublicationIndexPageFactory(parent=Site.objects.get(is_default_site=True).root_page)


@pytest.fixture
def city(db):
    return CityPage.objects.live().get(slug="bologna")
