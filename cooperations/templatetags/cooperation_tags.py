"""Cooperation stories where other pages show them: a city's partners and stories, the home page's featured
stories, the achievements page's list, and links to the theme and SDG roll-ups."""

from django import template
from django.db.models import OuterRef, Subquery
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import get_language, gettext

from iurc_site.core.i18n import content_lang
from iurc_site.core.models import Country, HomePageFeaturedStory
from iurc_site.core.navigation import navigation_pages
from iurc_site.core.per_request import once_per_request
from iurc_site.core.photos import with_card_photos

from ..models import (
    CooperationIndexPage,
    CooperationStoryPage,
    city_stories,
    story_cards,
    story_sides,
)

register = template.Library()


def story_index_url(request, page=None):
    """The URL of the home page's cooperation story index in the active language ("" if none), read with the
    menu's pages, once per request and language (every theme and goal link of every story card leads there)."""

    def find():
        index = navigation_pages(request, page).sections.get("story_index")
        if index is None:  # the home page names none: the first live index
            index = CooperationIndexPage.objects.visible().first()
        return index.get_url(request) if index else ""

    return once_per_request(request, ("story-index-url", get_language()), find)


@register.simple_tag(takes_context=True)
def rollup_url(context, theme=None, goal=None):
    """`/<lang>/cooperation/?theme=<slug>` or `?sdg=<number>`: every story and city tagged so ("" if no index)."""
    base = story_index_url(context.get("request"), context.get("page"))
    if not base:
        return ""
    return f"{base}?{urlencode({'theme': theme.slug} if theme else {'sdg': goal.number})}"


@register.simple_tag(takes_context=True)
def city_relations(context, city):
    """`{"partners": […], "stories": […]}` of a city page: its partners are its stories' cities on the other side
    (from `story_sides`: no query of their own)."""
    request = context.get("request")
    stories = list(city_stories(city))
    other_side = "chinese" if city.country.side == Country.Side.EUROPE else "european"
    partners = {
        partner.pk: partner for story in stories for partner in getattr(story_sides(request, story), other_side)
    }
    partners = sorted(partners.values(), key=lambda partner: partner.path)
    with_card_photos(stories + partners)
    return {"partners": partners, "stories": stories}


@register.simple_tag
def featured_stories(page):
    """The live stories among `page.featured_stories` (the home page's choice), in the editor's order: one query
    for the stories, one per card prefetch, one for their photos' renditions."""
    featured = HomePageFeaturedStory.objects.filter(page=page, story=OuterRef("pk"))
    return with_card_photos(
        story_cards(
            CooperationStoryPage.objects.visible()
            .annotate(
                featured=Subquery(featured.values("pk")[:1]),
                featured_order=Subquery(featured.values("sort_order")[:1]),
            )
            .filter(featured__isnull=False)
            .order_by("featured_order", "featured")
        )
    )


@register.simple_tag
def live_stories():
    """Every live cooperation story, in tree order, ready for story cards."""
    return with_card_photos(story_cards(CooperationStoryPage.objects.visible().order_by("path")))


PAIR_BADGE = (
    '<p class="pair-badge"><span class="pair-badge__side pair-badge__side--cn">{}</span><span class="pair-badge__join" '
    'aria-hidden="true">↔</span><span class="visually-hidden"> {} </span><span class="pair-badge__side '
    'pair-badge__side--eu">{}</span></p>\n'
)
CITY_NAME = '<span lang="{}">{}</span>'


@register.simple_tag(takes_context=True)
def pair_badge(context, story):
    """A story card's cities on both sides ("Chongqing ↔ Mannheim"), from `story_sides`: no query of its own."""
    sides = story_sides(context.get("request"), story)
    comma = gettext(", ")

    def names(cities):
        return format_html_join(comma, CITY_NAME, ((content_lang(city, "title"), city.title) for city in cities))

    return format_html(PAIR_BADGE, names(sides.chinese), gettext("with"), names(sides.european))


@register.simple_tag(takes_context=True, name="story_sides")
def story_sides_tag(context, story):
    """The story's visible cities on each side (`.chinese`, `.european`) for its card: no query of their own."""
    return story_sides(context.get("request"), story)
