"""Helpers shared by the partners tests (partners/tests/): pages made with the apps' factories."""

from cities.factories import CityPageFactory
from cities.models import CityIndexPage, CityPage
from cooperations.factories import CooperationStoryPageFactory
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from iurc_site.core.models import Country, ProgrammePhase

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


def make_city(slug, title_en, title_zh_hans="", iso="IT", phase_slug=None):
    """Create and publish a case city below the directory (no Chinese title unless given)."""
    phase = ProgrammePhase.objects.get(slug=phase_slug) if phase_slug else ProgrammePhase.objects.first()
    city = CityPageFactory(
        parent=CityIndexPage.objects.get(),
        title=title_en,
        title_zh_hans=title_zh_hans,
        slug=slug,
        country=Country.objects.get(iso_code=iso),
        phases=[phase],
    )
    city.save_revision().publish()
    return CityPage.objects.get(pk=city.pk)


def make_story(slug, title_en, title_zh_hans="", chinese=("chongqing",), european=("mannheim",)):
    """Create and publish a cooperation story between existing cities (no Chinese title unless given)."""
    story = CooperationStoryPageFactory(
        parent=CooperationIndexPage.objects.get(),
        title=title_en,
        title_zh_hans=title_zh_hans,
        slug=slug,
        chinese_cities=CityPage.objects.filter(slug__in=chinese),
        european_cities=CityPage.objects.filter(slug__in=european),
    )
    story.save_revision().publish()
    return CooperationStoryPage.objects.get(pk=story.pk)
