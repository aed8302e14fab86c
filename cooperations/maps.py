"""Data for the case-city map: one marker per live case city and one arc per cooperation pair.

Two queries whatever the number of cities: the cities (with their countries) and the pairs, read as the
cross product of each live story's Chinese and European cities. Positions come from the base map's frame, then
markers closer than their diameter are spread apart (a few kilometres on the ground) so that none hides
another, e.g. Greater Manchester and Barnsley.

The base under the markers is the schematic land map (``static/img/map-land.svg``: land and coast, no border)
or, when Site settings hold one, the official standard map image: see ``base_map``.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.templatetags.static import static

from cities.models import live_cities
from iurc_site.core import geo
from iurc_site.core.i18n import content_lang
from iurc_site.core.models import Country, SiteSettings
from iurc_site.core.per_request import once_per_request

from .models import story_city_rows

ARC_LIFT = 0.22  # how far an arc's control point rises above the chord, as a share of the chord's length
MARKER_RADIUS = 6  # on the whole map, in viewBox units
MARKER_GAP = 1  # the least room between two markers, in viewBox units
LOCATOR_PADDING = 45  # room around the locator's cities, in viewBox units
LOCATOR_MIN_WIDTH = 260
LOCATOR_ASPECT = 0.75  # height / width of the locator, as long as the map is tall enough
ZOOMED_RADIUS_DIVISOR = 110  # a zoomed-in map's markers: its width / this, in viewBox units
LABEL_PX = 15  # a city name shown on hover or focus, in CSS pixels at the map's usual width
USUAL_WIDTH_PX = {"full": 1150, "locator": 330}  # how wide the map usually shows on a desktop


@dataclass
class BaseMap:
    """What maps draw under their markers, and how a latitude and longitude find their place on it."""

    frame: geo.Frame
    href: str  # the land symbol (`…/map-land.svg#land`) or the official map image
    review_number: str = ""

    @property
    def official(self):
        return bool(self.review_number)


def base_map(request):
    """The schematic land map, or the official standard map of Site settings when one is set (once per request)."""

    def build():
        site_settings = SiteSettings.for_request(request)
        image = site_settings.official_map
        if image is not None:
            try:
                rendition = image.get_rendition("max-2000x2000")
            except OSError:  # the file is missing: fall back to the schematic rather than draw nothing
                rendition = None
            if rendition is not None:
                box = [float(getattr(site_settings, name)) for name in SiteSettings.OFFICIAL_MAP_BOX]
                west, east, south, north = box
                height = round(geo.VIEWBOX_WIDTH * rendition.height / rendition.width)
                frame = geo.Frame(site_settings.official_map_projection, west, south, east, north, height)
                return BaseMap(frame, rendition.url, site_settings.official_map_review_number)
        return BaseMap(geo.Frame(), static("img/map-land.svg") + "#land")

    return once_per_request(request, "base-map", build)


def paired_city_ids(request):
    """Sorted (Chinese city pk, European city pk) of every visible story, once per request (maps and covers share
    it, and story cards the rows it is read from)."""

    def find():
        pairs = {(chinese, european) for _story, chinese, european in story_city_rows(request)}
        return sorted(pairs, key=lambda row: (row[0] or 0, row[1] or 0))

    return once_per_request(request, "paired-city-ids", find)


@dataclass
class MapCity:
    page: object
    x: float
    y: float
    side: str
    url: str = ""  # these three set for the cities the map shows, once for all the places that name them
    title: str = ""
    lang: str = ""
    partners: list = field(default_factory=list)
    label: object = None


@dataclass
class MapLabel:
    """Where a city's name is written next to its marker: above it, or below it at the top edge; anchored
    left or right near the side edges."""

    x: float
    y: float
    anchor: str
    size: float


def place_labels(cities, viewbox, radius, locator=False):
    """Give each city a `label` inside `viewbox` ("left top width height"); widths are estimated from the
    number of characters (a Han character is about one em, a bold Latin letter about 0.62 em)."""
    left, top, width, _ = (float(value) for value in viewbox.split())
    full_size = round(width * LABEL_PX / USUAL_WIDTH_PX["locator" if locator else "full"], 1)
    for city in cities:
        ems = sum(1.0 if ord(char) > 0x2E80 else 0.62 for char in city.title) or 1
        size = min(full_size, round((width - full_size) / ems, 1))  # a name longer than the map: smaller
        text_width = size * ems
        anchor, x = "middle", city.x
        if city.x - text_width / 2 < left + size / 2:
            anchor, x = "start", max(left + size / 4, min(city.x - radius, left + width - size / 4 - text_width))
        elif city.x + text_width / 2 > left + width - size / 2:
            anchor, x = "end", min(left + width - size / 4, max(city.x + radius, left + size / 4 + text_width))
        above = city.y - radius - size * 0.45
        y = above if above - size > top else city.y + radius + size * 1.1
        city.label = MapLabel(round(x, 1), round(y, 1), anchor, size)


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

    `pages`: the city pages to show (with their countries loaded), e.g. a filtered directory; all visible ones by
    default. When they all lie on one side (China or Europe), the map zooms in on them. `focus`: a city page,
    for a locator showing only that city and its partners.
    """
    base = base_map(request)
    frame = base.frame
    if pages is None:
        pages = live_cities(request)
    cities = {}
    for page in pages:
        x, y = frame.project(float(page.latitude), float(page.longitude))
        side = "cn" if page.country.side == Country.Side.CHINA else "eu"
        cities[page.pk] = MapCity(page=page, x=x, y=y, side=side)

    pairs = []
    for chinese_pk, european_pk in paired_city_ids(request):
        if chinese_pk in cities and european_pk in cities:
            pair = MapPair(cities[chinese_pk], cities[european_pk])
            pair.chinese.partners.append(pair.european)
            pair.european.partners.append(pair.chinese)
            pairs.append(pair)

    if focus is None:
        shown = list(cities.values())
        name_cities(shown, request)
        if pages is None or len({city.side for city in shown}) != 1:
            spread(shown, 2 * MARKER_RADIUS + MARKER_GAP)
            place_labels(shown, frame.viewbox, MARKER_RADIUS)
            return {"cities": shown, "pairs": pairs, "viewbox": frame.viewbox, "radius": MARKER_RADIUS, "base": base}
        aspect = frame.height / frame.width
        radius = round(float(fit_viewbox(shown, frame, aspect).split()[2]) / ZOOMED_RADIUS_DIVISOR, 1)
        spread(shown, 2 * radius + MARKER_GAP)
        viewbox = fit_viewbox(shown, frame, aspect)
        place_labels(shown, viewbox, radius)
        return {"cities": shown, "pairs": pairs, "viewbox": viewbox, "radius": radius, "zoomed": True, "base": base}
    centre = cities.get(focus.pk)
    if centre is None:
        return {"cities": [], "pairs": [], "viewbox": frame.viewbox, "radius": MARKER_RADIUS, "base": base}
    kept = [centre, *centre.partners]
    name_cities(kept, request)
    regions = [frame.region(side) for side in dict.fromkeys(city.side for city in kept)]
    viewbox = fit_viewbox(kept, frame, regions=regions)
    width = float(viewbox.split()[2])
    radius, focus_radius = round(width / 55, 1), round(width / 38, 1)
    spread(kept, radius + focus_radius + MARKER_GAP)
    place_labels(kept, viewbox, radius, locator=True)
    return {
        "cities": kept,
        "pairs": [pair for pair in pairs if centre in (pair.chinese, pair.european)],
        "focus": centre,
        "viewbox": viewbox,
        "radius": radius,
        "focus_radius": focus_radius,
        "base": base,
    }


def name_cities(cities, request):
    """Give each city its URL, its title in the active language and the language that title is in."""
    for city in cities:
        city.url, city.title, city.lang = city.page.get_url(request), city.page.title, content_lang(city.page, "title")


def spread(cities, gap, rounds=50):
    """Push apart, in place, every two markers whose centres are closer than `gap` (each moves half the shortfall)."""
    for _ in range(rounds):
        moved = False
        for first, second in near_pairs(cities, gap):
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


def near_pairs(cities, gap):
    """Every two markers, in list order, that lie in the same or neighbouring squares of a `gap`-wide grid: every
    pair closer than `gap` among them, found without comparing each marker with every other (a map of ten times
    the cities would otherwise cost a hundred times as much). A grid needs no library; SciPy's KD-tree would."""
    cells = defaultdict(list)
    for index, city in enumerate(cities):
        cells[city.x // gap, city.y // gap].append(index)
    pairs = []
    for index, city in enumerate(cities):
        column, row = city.x // gap, city.y // gap
        near = (other for dx in (-1, 0, 1) for dy in (-1, 0, 1) for other in cells.get((column + dx, row + dy), ()))
        pairs.extend((city, cities[other]) for other in sorted(other for other in near if other > index))
    return pairs


def fit_viewbox(cities, frame, aspect=LOCATOR_ASPECT, regions=(), inside=True):
    """The part of the map around `cities` and the whole of `regions` (left, top, right, bottom boxes): padded,
    at least LOCATOR_MIN_WIDTH wide, height = width × `aspect` as far as the whole map allows, and inside it
    (unless not `inside`: a cover keeps its aspect, reaching past the map's edges, where the land goes on)."""
    xs = [city.x for city in cities] + [x for left, _, right, _ in regions for x in (left, right)]
    ys = [city.y for city in cities] + [y for _, top, _, bottom in regions for y in (top, bottom)]
    padding = LOCATOR_PADDING if not regions else LOCATOR_PADDING / 3
    width = max(max(xs) - min(xs) + 2 * padding, LOCATOR_MIN_WIDTH)
    width = max(width, (max(ys) - min(ys) + 2 * padding) / aspect)
    if not inside:
        height = width * aspect
        left, top = (min(xs) + max(xs) - width) / 2, max((min(ys) + max(ys) - height) / 2, 0)  # no land north of it
        return f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}"
    width = min(width, frame.width)
    height = min(width * aspect, frame.height)
    left = min(max((min(xs) + max(xs) - width) / 2, 0), frame.width - width)
    top = min(max((min(ys) + max(ys) - height) / 2, 0), frame.height - height)
    return f"{left:.1f} {top:.1f} {width:.1f} {height:.1f}"
