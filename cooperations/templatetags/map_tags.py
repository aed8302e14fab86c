"""The case-city map: `{% city_map %}` on the home page and the directory, `{% city_map focus=page %}` as a locator."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ..maps import city_map as city_map_data

register = template.Library()


@register.simple_tag(takes_context=True)
def city_map(context, focus=None, cities=None):
    """Render the SVG map with its text equivalent: all live case cities, the given `cities` (e.g. the directory's
    filtered list) or, with `focus`, a locator for one city. Two queries at most, whatever the number of cities."""
    request = context["request"]
    data = city_map_data(request, focus=focus, pages=cities)
    sides = {city.side for city in data["cities"]}
    context = {**data, "locator": focus is not None, "sides": sides}
    return mark_safe(render_to_string("includes/city_map.html", context, request=request))  # noqa: S308 - a template
