"""The case-city map: `{% city_map %}` on the home page and the directory, `{% city_map focus=page %}` as a locator."""

import hashlib

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from iurc_site.performance.data import generation_cached

from ..maps import city_map as city_map_data

register = template.Library()


@register.simple_tag(takes_context=True)
def city_map(context, focus=None, cities=None):
    """Render the SVG map with its text equivalent: all live case cities, the given `cities` (e.g. the directory's
    filtered list) or, with `focus`, a locator for one city. Two queries at most, whatever the number of cities;
    none while the content is unchanged (the HTML is kept per content generation and language)."""
    request = context["request"]
    shown = "all" if cities is None else hashlib.md5(str([city.pk for city in cities]).encode()).hexdigest()
    key = f"city-map:{get_language()}:{focus.pk if focus else ''}:{shown}"

    def render():
        data = city_map_data(request, focus=focus, pages=cities)
        sides = {city.side for city in data["cities"]}
        context = {**data, "locator": focus is not None, "sides": sides}
        return render_to_string("includes/city_map.html", context, request=request)

    return mark_safe(generation_cached(key, render))  # noqa: S308 - a rendered template
