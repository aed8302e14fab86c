"""Cooperation stories where other pages show them: a city's partners and stories, the home page's featured
stories, the achievements page's list, and links to the theme and SDG roll-ups."""

from django import template
from django.utils.http import urlencode
from django.utils.translation import get_language

from iurc_site.core.models import Country
from iurc_site.core.per_request import once_per_request

from ..models import CooperationIndexPage, CooperationStoryPage, city_stories, story_card_prefetches

register = template.Library()


def story_index_url(request):
    """The live cooperation story index's URL in the active language, looked up once per request."""

    def find():
        index = CooperationIndexPage.objects.visible().first()
        return index.get_url(request) if index else ""

    key = f"story-index-url:{get_language()}"
    return once_per_request(request, key, find)


@register.simple_tag(takes_context=True)
def rollup_url(context, theme=None, goal=None):
    """`/<lang>/cooperation/?theme=<slug>` or `?sdg=<number>`: every story and city tagged so ("" if no index)."""
    base = story_index_url(context.get("request"))
    if not base:
        return ""
    return f"{base}?{urlencode({'theme': theme.slug} if theme else {'sdg': goal.number})}"


@register.simple_tag
def city_relations(city):
    """`{"partners": […], "stories": […]}` of a city page: its partners are its stories' cities on the other side
    (loaded with the stories: no query of their own)."""
    stories = list(city_stories(city))
    other_side = "chinese_cities" if city.country.side == Country.Side.EUROPE else "european_cities"
    partners = {partner.pk: partner for story in stories for partner in getattr(story, other_side).all()}
    return {"partners": sorted(partners.values(), key=lambda partner: partner.path), "stories": stories}


@register.simple_tag
def featured_stories(page):
    """The live stories among `page.featured_stories` (the home page's choice), in the editor's order."""
    chosen = list(page.featured_stories.values_list("story_id", flat=True))
    stories = CooperationStoryPage.objects.visible().filter(pk__in=chosen).prefetch_related(*story_card_prefetches())
    return sorted(stories, key=lambda story: chosen.index(story.pk))


@register.simple_tag
def live_stories():
    """Every live cooperation story, in tree order, ready for story cards."""
    return (
        CooperationStoryPage.objects.visible()
        .defer_streamfields()
        .order_by("path")
        .prefetch_related(*story_card_prefetches())
    )
