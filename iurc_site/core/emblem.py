"""The European Union emblem drawn from its published geometry, as an inline SVG.

The flag is a blue rectangle of 3:2; twelve gold five-pointed stars, each with one point upwards, stand like the
hours of a clock on an invisible circle whose radius is a third of the flag's height; each star's points lie on a
circle whose radius is an eighteenth of the height. Colours: Reflex Blue #003399 and Yellow #FFCC00.
No package draws it, and an image file would be one more request on every page.
"""

import functools
import math

from django.utils.html import format_html

HEIGHT = 540  # viewBox units; any height gives the same proportions
WIDTH = HEIGHT * 3 // 2
CIRCLE_RADIUS = HEIGHT / 3
STAR_RADIUS = HEIGHT / 18
STAR_INNER_RADIUS = STAR_RADIUS * math.cos(math.radians(72)) / math.cos(math.radians(36))  # a regular pentagram
BLUE = "#003399"
YELLOW = "#FFCC00"


def star_points(cx, cy):
    """The ten corners of an upright five-pointed star centred on (cx, cy), outer and inner alternately."""
    points = []
    for index in range(10):
        radius = STAR_RADIUS if index % 2 == 0 else STAR_INNER_RADIUS
        angle = math.radians(-90 + index * 36)
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def star_centres():
    """The twelve stars' centres, clockwise from twelve o'clock."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    return [
        (cx + CIRCLE_RADIUS * math.sin(math.radians(30 * hour)), cy - CIRCLE_RADIUS * math.cos(math.radians(30 * hour)))
        for hour in range(12)
    ]


@functools.cache
def stars_path():
    return "".join(
        "M" + "L".join(f"{x:.2f} {y:.2f}" for x, y in star_points(*centre)) + "Z" for centre in star_centres()
    )


@functools.cache
def emblem_svg(css_class="eu-emblem"):
    """The emblem, decorative (the funding statement beside it says what it stands for)."""
    return format_html(
        '<svg class="{}" viewBox="0 0 {} {}" width="{}" height="{}" aria-hidden="true" focusable="false">'
        '<rect width="{}" height="{}" fill="{}"/><path fill="{}" d="{}"/></svg>',
        css_class,
        WIDTH,
        HEIGHT,
        WIDTH // 10,
        HEIGHT // 10,
        WIDTH,
        HEIGHT,
        BLUE,
        YELLOW,
        stars_path(),
    )
