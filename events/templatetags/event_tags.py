"""Events where other pages show them: the home page's next event, a city's or story's events."""

import posixpath

from django import template

from ..models import related_events, upcoming, visible_events

register = template.Library()


@register.simple_tag
def next_event():
    """The next visible event not yet over (one running now counts), or None."""
    return upcoming(visible_events()).first()


@register.simple_tag
def events_of(page):
    """The visible events naming a city or cooperation story page: upcoming soonest first, then past latest first."""
    relation = {"cities.CityPage": "cities", "cooperations.CooperationStoryPage": "stories"}.get(page._meta.label)
    return related_events(**{relation: page}) if relation else []


@register.simple_tag(takes_context=True)
def index_url(context, event):
    """The URL of an event's index, read from the event's own (an event's parent is always the index): no query."""
    return posixpath.dirname(event.get_url(context.get("request")).rstrip("/")) + "/"
