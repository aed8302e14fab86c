"""Case cities and stories published with the factories (the partners tests, the `pair` fixture in conftest.py)."""

from cities.factories import CityPageFactory
from cities.models import CityIndexPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationIndexPage
from iurc_site.core.factories import country, published

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


def make_city(slug, title_en, title_zh_hans="", iso="IT", **fields):
    """Create and publish a case city below the directory (no Chinese title unless given)."""
    city = CityPageFactory(
        parent=CityIndexPage.objects.get(),
        title=title_en,
        title_zh_hans=title_zh_hans,
        slug=slug,
        country=country(iso),
        **fields,
    )
    return published(city)


def make_story(slug, title_en, title_zh_hans="", chinese=(), european=(), **fields):
    """Create and publish a cooperation story between `chinese` and `european` cities (no Chinese title unless
    given)."""
    story = CooperationStoryPageFactory(
        parent=CooperationIndexPage.objects.get(),
        title=title_en,
        title_zh_hans=title_zh_hans,
        slug=slug,
        chinese_cities=chinese,
        european_cities=european,
        **fields,
    )
    return published(story)
