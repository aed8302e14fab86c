"""Helpers shared by the partners tests (partners/tests/)."""

from cities.models import CityIndexPage, CityPage
from cooperations.models import CooperationIndexPage, CooperationStoryPage
from iurc_site.core.models import Country, ProgrammePhase

LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}


def make_city(slug, title_en, title_zh_hans="", iso="IT", phase_slug=None):
    """Create and publish a case city below the directory (no Chinese title unless given)."""
    index = CityIndexPage.objects.get()
    city = CityPage(
        title=title_en,
        title_en=title_en,
        title_zh_hans=title_zh_hans,
        slug=slug,
        country=Country.objects.get(iso_code=iso),
        latitude="45.10000",
        longitude="9.20000",
        summary_en=f"{title_en} is a test city.",
    )
    index.add_child(instance=city)
    phase = ProgrammePhase.objects.get(slug=phase_slug) if phase_slug else ProgrammePhase.objects.first()
    city.phases.set([phase])
    city.save_revision().publish()
    return CityPage.objects.get(pk=city.pk)


def make_story(slug, title_en, title_zh_hans="", chinese=("chongqing",), european=("mannheim",)):
    """Create and publish a cooperation story between existing cities (no Chinese title unless given)."""
    index = CooperationIndexPage.objects.get()
    story = CooperationStoryPage(
        title=title_en, title_en=title_en, title_zh_hans=title_zh_hans, slug=slug, start_year=2022, summary_en="Test."
    )
    index.add_child(instance=story)
    story.chinese_cities.set(CityPage.objects.filter(slug__in=chinese))
    story.european_cities.set(CityPage.objects.filter(slug__in=european))
    story.save_revision().publish()
    return CooperationStoryPage.objects.get(pk=story.pk)
