"""Test data for cooperation stories (wagtail-factories): give `parent`, the story index, the cities, and optionally
themes and sdgs."""

import factory
import wagtail_factories

from iurc_site.core.factories import RelatedPageFactory

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

    @factory.post_generation
    def chinese_cities(story, create, cities, **kwargs):
        if create and cities:
            story.chinese_cities.set(cities)
            return True

    @factory.post_generation
    def european_cities(story, create, cities, **kwargs):
        if create and cities:
            story.european_cities.set(cities)
            return True

    @factory.post_generation
    def themes(story, create, themes, **kwargs):
        if create and themes:
            story.themes.set(themes)
            return True

    @factory.post_generation
    def sdgs(story, create, goals, **kwargs):
        if create and goals:
            story.sdgs.set(goals)
            return True
