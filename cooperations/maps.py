"""Data for the case-city map: one marker per live case city and one arc per cooperation pair.

Two queries whatever the number of cities: the cities (with their countries) and the pairs, read as the
cross product of each live story's Chinese and European cities. Positions come from ``geo.project``, then
markers closer than their diameter are spread apart (a few kilometres on the ground) so that none hides
another, e.g. Greater Manchester and Barnsley.
"""

import math
from dataclasses import dataclass, field

from cities.models import CityPage
from iurc_site.core import geo
from iurc_site.core.models import Country

from .models import CooperationStoryPage

ARC_LIFT = 0.22  # how far an arc's control point rises above the chord, as a share of the chord's length
MARKER_RADIUS = 6  # on the whole map, in viewBox units
MARKER_GAP = 1  # the least room between two markers, in viewBox units
LOCATOR_PADDING = 45  # room around the locator's cities, in viewBox units
LOCATOR_MIN_WIDTH = 260
LOCATOR_ASPECT = 0.75  # height / width of the locator, as long as the map is tall enough
ZOOMED_RADIUS_DIVISOR = 110  # a zoomed-in map's markers: its width / this, in viewBox units


@dataclass
class MapCity:
    page: object
    url: str
    x: float
    y: float
    side: str
    partners: list = field(default_factory=list)


@dataclass
class MapPair:
    chinese: MapCity
    european: MapCity

    @property
    def path(self):
        """A quadratic arc from the Chinese city to the European one, bulging northwards."""
        (x1, y1), (x2, y2) = (self.chinese.x, self.chinese.y), (self.european.x, self.european.y)
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        control_x, control_y = (x1 + x2) / 2, (y1 + y2) / 2 - ARC_LIFT * length
        return f"M{x1} {y1}Q{control_x:.1f} {max(control_y, 0):.1f} {x2} {y2}"


def city_map(request, focus=None, pages=None):
    """Cities and pairs for the map.

    `pages`: the city pages to show (with their countries loaded), e.g. a filtered directory; all live ones by
    default. When they all lie on one side (China or Europe), the map zooms in on them. `focus`: a city page,
    for a locator showing only that city and its partners.
    """
    if pages is None:
        pages = CityPage.objects.live().select_related("country").order_by("path")
    cities = {}
    for page in pages:
        x, y = geo.project(float(page.latitude), float(page.longitude))
        side = "cn" if page.country.side == Country.Side.CHINA else "eu"
        cities[page.pk] = MapCity(page=page, url=page.get_url(request), x=x, y=y, side=side)

    rows = CooperationStoryPage.objects.live().values_list("chinese_cities", "european_cities").order_by().distinct()
    pairs = []
    for chinese_pk, european_pk in sorted(set(rows), key=lambda row: (row[0] or 0, row[1] or 0)):
        if chinese_pk in cities and european_pk in cities:
            pair = MapPair(cities[chinese_pk], cities[european_pk])
            pair.chinese.partners.append(pair.european)
            pair.european.partners.append(pair.chinese)
            pairs.append(pair)

    if focus is None:
        shown = list(cities.values())
        if pages is None or len({city.side for city in shown}) != 1:
            spread(shown, 2 * MARKER_RADIUS + MARKER_GAP)
            return {"cities": shown, "pairs": pairs, "viewbox": geo.VIEWBOX, "radius": MARKER_RADIUS}
        aspect = geo.VIEWBOX_HEIGHT / geo.VIEWBOX_WIDTH
        radius = round(float(fit_viewbox(shown, aspect).split()[2]) / ZOOMED_RADIUS_DIVISOR, 1)
        spread(shown, 2 * radius + MARKER_GAP)
        viewbox = fit_viewbox(shown, aspect)
        return {"cities": shown, "pairs": pairs, "viewbox": viewbox, "radius": radius, "zoomed": True}
    centre = cities.get(focus.pk)
    if centre is None:
        return {"cities": [], "pairs": [], "viewbox": geo.VIEWBOX, "radius": MARKER_RADIUS}
    kept = [centre, *centre.partners]
    width = float(fit_viewbox(kept).split()[2])
    radius, focus_radius = round(width / 55, 1), round(width / 38, 1)
    spread(kept, radius + focus_radius + MARKER_GAP)
    return {
        "cities": kept,
        "pairs": [pair for pair in pairs if centre in (pair.chinese, pair.european)],
        "focus": centre,
        "viewbox": fit_viewbox(kept),
        "radius": radius,
        "focus_radius": focus_radius,
    }


def spread(cities, gap, rounds=50):
    """Push apart, in place, every two markers whose centres are closer than `gap` (each moves half the shortfall)."""
    for _ in range(rounds):
        moved = False
        for index, first in enumerate(cities):
            for second in cities[index + 1 :]:
                dx, dy = second.x - first.x, second.y - first.y
                distance = math.hypot(dx, dy)
                if distance >= gap:
                    continue
                if distance == 0:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (gap - distance) / 2 + 0.05
                first.x, first.y = first.x - dx / distance * push, first.y - dy / distance * push
                second.x, second.y = second.x + dx / distance * push, second.y + dy / distance * push
                moved = True
        if not moved:
            break
    for city in cities:
        city.x, city.y = round(city.x, 1), round(city.y, 1)


def fit_viewbox(cities, aspect=LOCATOR_ASPECT):
    """The part of the map around `cities`: padded, at least LOCATOR_MIN_WIDTH wide, height = width × `aspect`
    as far as the whole map allows, and inside it."""
    xs, ys = [city.x for city in cities], [city.y for city in cities]
    width = max(max(xs) - min(xs) + 2 * LOCATOR_PADDING, LOCATOR_MIN_WIDTH)
    width = min(max(width, (max(ys) - min(ys) + 2 * LOCATOR_PADDING) / aspect), geo.VIEWBOX_WIDTH)
    height = min(width * aspect, geo.VIEWBOX_HEIGHT)
    left = min(max((min(xs) + max(xs) - width) / 2, 0), geo.VIEWBOX_WIDTH - width)
    top = min(max((min(ys) + max(ys) - height) / 2, 0), geo.VIEWBOX_HEIGHT - height)
    return f"{left:.0f} {top:.0f} {width:.0f} {height:.0f}"
