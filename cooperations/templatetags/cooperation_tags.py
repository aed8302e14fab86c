"""Links to the theme and SDG roll-ups: the cooperation story index filtered to one tag."""

from django import template
from django.utils.http import urlencode
from django.utils.translation import get_language

from iurc_site.performance.data import generation_cached

register = template.Library()


def story_index_url(request):
    """The live cooperation story index's URL in the active language, looked up once per request."""
    from cooperations.models import CooperationIndexPage

    cached = getattr(request, "_story_index_url", None)
    if cached is None:

        def find():
            index = CooperationIndexPage.objects.live().first()
            return index.get_url(request) if index else ""

        cached = generation_cached(f"story-index-url:{get_language()}", find)  # per content generation
        if request is not None:
            request._story_index_url = cached
    return cached


@register.simple_tag(takes_context=True)
def rollup_url(context, theme=None, goal=None):
    """`/<lang>/cooperation/?theme=<slug>` or `?sdg=<number>`: every story and city tagged so ("" if no index)."""
    base = story_index_url(context.get("request"))
    if not base:
        return ""
    return f"{base}?{urlencode({'theme': theme.slug} if theme else {'sdg': goal.number})}"
