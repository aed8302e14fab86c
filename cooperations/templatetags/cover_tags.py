"""Cover art: `{% cover page "card" %}` (no text) or `{% cover page "header" %}` (with the names), and
`{% network_art %}` for the home page's hero. See ``cooperations.covers``."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from iurc_site.core.per_request import once_per_request

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


COVER = (
    '<svg class="cover cover--{variant} cover--{side}" viewBox="0 0 {width} {height}" preserveAspectRatio="{align} '
    'slice" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg"><rect class="cover__bg" '
    'width="{width}" height="{height}"/><svg width="{width}" height="{height}" viewBox="{viewbox}" '
    'preserveAspectRatio="xMidYMid slice">{base}{arcs}{dots}</svg>{names}</svg>\n'
)
ARC = '<path class="cover__arc" d="{}"/>'
DOT = '<circle class="cover__dot cover__dot--{}{}" cx="{}" cy="{}" r="{}"/>'
NAME = '<text class="cover__name{}" x="{}" y="{}" font-size="{}"{}>{}</text>'


def base_html(request):
    """The base map under every cover (`includes/map_base.html`), rendered once per request."""
    return once_per_request(
        request, "cover-base-html", lambda: render_to_string("includes/map_base.html", {"base": base_map(request)})
    )


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
    hero = variant == "hero"
    return format_html(
        COVER,
        variant=variant,
        side=cover.side,
        width=cover.viewbox.split()[2] if hero else COVER_WIDTH,
        height=cover.viewbox.split()[3] if hero else COVER_HEIGHT,
        align="xMaxYMin" if hero else "xMidYMid",
        viewbox=cover.viewbox,
        base=base_html(request),
        arcs=format_html_join("", ARC, ((arc,) for arc in cover.arcs)),
        dots=format_html_join(
            "",
            DOT,
            (
                (side, " cover__dot--focus" if focus else "", x, y, cover.marker_radius)
                for x, y, side, focus in cover.dots
            ),
        ),
        names=format_html_join(
            "",
            NAME,
            (
                (
                    " cover__name--primary" if index == 0 else "",
                    NAME_MARGIN,
                    name["y"],
                    name["size"],
                    mark_safe(' lang="zh-Hans"') if name["cjk"] else "",
                    name["text"],
                )
                for index, name in enumerate(names)
            ),
        ),  # fmt: skip
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
