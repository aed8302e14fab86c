"""The case-city map: `{% city_map %}` on the home page and the directory, `{% city_map focus=page %}` as a locator."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from ..maps import city_map as city_map_data

register = template.Library()

FOCUS_MARKER = (
    '\n      <g class="map-marker map-marker--focus" aria-hidden="true"><circle class="map-marker__dot '
    'map-marker__dot--{} map-marker__dot--focus" cx="{}" cy="{}" r="{}"/><text class="map-marker__label" x="{}" '
    'y="{}" text-anchor="{}" font-size="{}" lang="{}">{}</text></g>'
)
MARKER = (
    '\n      <a class="map-marker map-marker--{}" href="{}" lang="{}" aria-label="{}"><circle class="map-marker__dot '
    'map-marker__dot--{}" cx="{}" cy="{}" r="{}"/></a><text class="map-marker__label" x="{}" y="{}" text-anchor="{}" '
    'font-size="{}" lang="{}" aria-hidden="true">{}</text>'
)


PAIR_ITEM = (
    '\n      <li><a href="{}" lang="{}">{}</a> <span aria-hidden="true">↔</span><span class="visually-hidden">{}'
    "</span> {}</li>"
)
CITY_LINK = '<a href="{}" lang="{}">{}</a>'
CITY_ITEM = "<li>" + CITY_LINK + "</li>"


def list_items(cities):
    """The map as a list (full maps only): `pairs`, each Chinese city with its partners, and the cities of each
    side (`cn`, `eu`), as HTML list items."""
    with_word, comma = gettext("with"), gettext(", ")

    def partners(city):
        return format_html_join(
            comma, CITY_LINK, ((partner.url, partner.lang, partner.title) for partner in city.partners)
        )

    items = {
        "pairs": format_html_join(
            "",
            PAIR_ITEM,
            (
                (city.url, city.lang, city.title, with_word, partners(city))
                for city in cities
                if city.side == "cn" and city.partners
            ),
        )
    }
    for side in ("cn", "eu"):
        items[side] = format_html_join(
            "", CITY_ITEM, ((city.url, city.lang, city.title) for city in cities if city.side == side)
        )
    return items


def marker(city, data, aria_label):
    """One city's marker on the map: the focus of a locator, or a link with its name shown on hover and focus
    (`aria_label`: "%(city)s, %(country)s" translated)."""
    label = city.label
    if city == data.get("focus"):
        return format_html(
            FOCUS_MARKER, city.side, city.x, city.y, data["focus_radius"], label.x, label.y, label.anchor, label.size,
            city.lang, city.title,
        )  # fmt: skip
    names = {"city": conditional_escape(city.title), "country": conditional_escape(city.page.country.name)}
    return format_html(
        MARKER, city.side, city.url, city.lang, mark_safe(aria_label % names), city.side,  # noqa: S308 - escaped names
        city.x, city.y, data["radius"], label.x, label.y, label.anchor, label.size, city.lang, city.title,
    )  # fmt: skip


@register.simple_tag(takes_context=True)
def city_map(context, focus=None, cities=None):
    """Render the SVG map with its text equivalent: all live case cities, the given `cities` (e.g. the directory's
    filtered list) or, with `focus`, a locator for one city. Two queries at most, whatever the number of cities."""
    request = context["request"]
    data = city_map_data(request, focus=focus, pages=cities)
    sides = {city.side for city in data["cities"]}
    aria_label = gettext("%(city)s, %(country)s")
    markers = format_html_join("", "{}", ((marker(city, data, aria_label),) for city in data["cities"]))
    context = {**data, "locator": focus is not None, "sides": sides, "markers": markers}
    if focus is None:
        context["list_items"] = list_items(data["cities"])
    return mark_safe(render_to_string("includes/city_map.html", context, request=request))  # noqa: S308 - a template
