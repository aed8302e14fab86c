"""Test data for cooperation stories (wagtail-factories): give `parent`, the story index, the cities, and optionally
themes and sdgs."""

import factory
import wagtail_factories

from iurc_site.core.factories import RelatedPageFactory, related

from .models import CooperationIndexPage, CooperationStoryPage


class CooperationIndexPageFactory(wagtail_factories.PageFactory):
    """The story index; give `parent`, the home page."""

    title = "Cooperation"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "合作"
    slug = "cooperation"

    class Meta:
        model = CooperationIndexPage


class CooperationStoryPageFactory(RelatedPageFactory):
    title = factory.Sequence(lambda n: f"Test story {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试案例{n}")
    slug = factory.Sequence(lambda n: f"test-story-{n}")
    summary_en = "Test."
    start_year = 2022

    class Meta:
        model = CooperationStoryPage

    chinese_cities = related("chinese_cities")
    european_cities = related("european_cities")
    themes = related("themes")
    sdgs = related("sdgs")
