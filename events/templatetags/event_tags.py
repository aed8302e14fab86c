"""Events where other pages show them: the home page's next event, a city's or story's events."""

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
