"""News where other pages show it: the home page's latest articles, a city's or story's articles, the index link."""

from django import template
from django.utils.translation import get_language

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.per_request import once_per_request

from ..models import NewsArticlePage, NewsIndexPage

register = template.Library()

# Which articles a page of each type lists: those naming it in this relation.
ABOUT = {CityPage: "cities", CooperationStoryPage: "stories"}


def visible_articles():
    """Visible articles newest first, with their photo, ready for short cards (no cities or themes)."""
    return NewsArticlePage.objects.visible().defer_streamfields().select_related("image").order_by("-date", "-pk")


@register.simple_tag(takes_context=True)
def news_index_url(context):
    """The visible news index's URL in the active language ("" if there is none), looked up once per request."""
    request = context.get("request")

    def find():
        index = NewsIndexPage.objects.visible().first()
        return index.get_url(request) if index else ""

    return once_per_request(request, f"news-index-url:{get_language()}", find)


@register.simple_tag
def latest_news(limit=3):
    """The `limit` newest visible articles."""
    return list(visible_articles()[:limit])


@register.simple_tag
def news_about(page, limit=4):
    """The `limit` newest visible articles about a city or story page (none for other pages)."""
    relation = ABOUT.get(type(page))
    if relation is None:
        return []
    return list(visible_articles().filter(**{relation: page})[:limit])
