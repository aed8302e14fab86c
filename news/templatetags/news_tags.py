"""News where other pages show it: the home page's latest articles, a city's or story's articles."""

from django import template

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.photos import with_card_photos
from iurc_site.core.querysets import LINK_FIELDS

from ..models import NewsArticlePage

register = template.Library()

# Which articles a page of each type lists: those naming it in this relation.
ABOUT = {CityPage: "cities", CooperationStoryPage: "stories"}


# What a short article card reads of an article; its other columns (body, SEO fields and image captions in both
# languages, publishing dates) stay unread.
ARTICLE_CARD_FIELDS = (*LINK_FIELDS, "summary", "date", "image")


def visible_articles():
    """Visible articles newest first, with their photo, ready for short cards (no cities or themes): only the
    columns they read (``ARTICLE_CARD_FIELDS``)."""
    return NewsArticlePage.objects.visible().only(*ARTICLE_CARD_FIELDS).select_related("image").order_by("-date", "-pk")


@register.simple_tag
def latest_news(limit=3):
    """The `limit` newest visible articles."""
    return with_card_photos(visible_articles()[:limit])


@register.simple_tag
def news_about(page, limit=4):
    """The `limit` newest visible articles about a city or story page (none for other pages)."""
    relation = ABOUT.get(type(page))
    if relation is None:
        return []
    return with_card_photos(visible_articles().filter(**{relation: page})[:limit])
