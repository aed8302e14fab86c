"""Cover art: `{% cover page "card" %}` (no text) or `{% cover page "header" %}` (with the names), and
`{% network_art %}` for the home page's hero. See ``cooperations.covers``."""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from ..covers import COVER_HEIGHT, COVER_WIDTH, cover_for, network_cover
from ..maps import base_map

register = template.Library()

NAME_SIZES = ((46, 30), (28, 24))  # (primary, secondary) name sizes on a header cover: a city's; a story's
NAME_MARGIN = 36


def fitted_size(text, size):
    """`size`, or less so that `text` fits the cover's width (a Han character is about 1 em, Latin 0.58 em)."""
    ems = sum(1.0 if ord(char) > 0x2E80 else 0.58 for char in text) or 1
    return round(min(size, (COVER_WIDTH - 2 * NAME_MARGIN) / ems), 1)


def focus_bottoms(cover):
    """How far down the header cover its focus dots reach (its map is scaled to fill it, centred)."""
    _left, top, width, height = (float(value) for value in cover.viewbox.split())
    scale = max(COVER_WIDTH / width, COVER_HEIGHT / height)
    offset = (COVER_HEIGHT - height * scale) / 2
    return [(y - top + cover.marker_radius) * scale + offset for _x, y, _side, focus in cover.dots if focus]


def render_cover(context, cover, variant):
    """The SVG of `cover`: "card" (no text), "header" (with the names) or "hero" (the whole map's shape)."""
    request = context["request"]
    names = []
    if variant == "header" and cover.names:
        sizes = NAME_SIZES[0] if cover.kind == "city" else NAME_SIZES[1]
        baseline = COVER_HEIGHT - NAME_MARGIN
        for text, size in reversed(list(zip(cover.names, sizes, strict=False))):
            size = fitted_size(text, size)
            cjk = any(ord(char) > 0x2E80 for char in text)
            names.insert(0, {"text": text, "size": size, "y": round(baseline, 1), "cjk": cjk})
            baseline -= size * 1.3
        if any(bottom > baseline + names[0]["size"] * 0.3 for bottom in focus_bottoms(cover)):  # names on the city
            shift = baseline + names[0]["size"] * 0.3 - NAME_MARGIN
            for name in names:
                name["y"] = round(name["y"] - shift, 1)
    return render_to_string(
        "includes/cover.html",
        {
            "cover": cover,
            "base": base_map(request),
            "variant": variant,
            "names": names,
            "width": COVER_WIDTH if variant != "hero" else cover.viewbox.split()[2],
            "height": COVER_HEIGHT if variant != "hero" else cover.viewbox.split()[3],
            "align": "xMaxYMin" if variant == "hero" else "xMidYMid",
            "name_x": NAME_MARGIN,
        },
    )


@register.simple_tag(takes_context=True)
def cover(context, page, variant="card"):
    """The cover art of a city or story page ("" for any other page)."""
    art = cover_for(context["request"], page, get_language())
    return render_cover(context, art, variant) if art else ""


@register.simple_tag(takes_context=True)
def network_art(context):
    """The whole network of case cities and pairs, as decoration."""
    return render_cover(context, network_cover(context["request"]), "hero")
