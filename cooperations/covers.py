"""Cover art drawn from a page's own data, shown until an editor uploads a photo.

A city's cover is its region of the base map (China or Europe, see ``geo.REGIONS``) with the city marked and
lines towards its partner cities, in its side's colour, with its name in both scripts; a story's cover is the
map of its Chinese and European cities joined by arcs; the home page's hero draws the whole network. The same
data draws the raster share image (``share_images``).

Everything comes from ``network``: every live case city's position, side, names and partners, built with two
queries once per request, so that a page full of cards costs no more queries for its covers.
"""

from dataclasses import dataclass, field

from cities.models import CityPage
from iurc_site.core.i18n import language_codes, localized_field
from iurc_site.core.models import Country
from iurc_site.core.per_request import once_per_request

from .maps import MapPair, base_map, fit_viewbox, live_cities, paired_city_ids
from .models import CooperationStoryPage

COVER_WIDTH, COVER_HEIGHT = 640, 400  # the cover's own viewBox; the map is drawn into it, cropped to fill it
HERO_STRETCH = 1.3  # the hero is taller than the map: show this much more of the map's height


@dataclass
class NetworkCity:
    pk: int
    x: float
    y: float
    side: str
    names: dict  # language code -> name ("" when missing)
    partners: list = field(default_factory=list)  # pks


@dataclass
class Cover:
    """What a cover draws: the map crop (`viewbox`), dots, arcs and the names in both scripts."""

    kind: str  # "city", "story" or "network"
    side: str  # "cn", "eu" or "pair"
    viewbox: str
    dots: list  # (x, y, side, is_focus)
    arcs: list  # SVG path data
    names: list  # [primary, secondary]: the page language's name first
    marker_radius: float


def network(request):
    """{pk: NetworkCity} of every live case city (from the cities and pairs the maps use: no query of its own)."""

    def build():
        frame = base_map(request).frame
        cities = {}
        for city in live_cities(request):
            x, y = frame.project(float(city.latitude), float(city.longitude))
            side = "cn" if city.country.side == Country.Side.CHINA else "eu"
            names = {code: getattr(city, localized_field("title", code)) or "" for code in language_codes()}
            cities[city.pk] = NetworkCity(city.pk, x, y, side, names)
        for chinese, european in paired_city_ids(request):
            if chinese in cities and european in cities:
                cities[chinese].partners.append(european)
                cities[european].partners.append(chinese)
        return cities

    return once_per_request(request, "cover-network", build)


def _names(names, language):
    """The name in the page's language first, then the other script's (each only once)."""
    ordered = [names.get(language) or names.get("en", "")] + [names[code] for code in names if code != language]
    return list(dict.fromkeys(name for name in ordered if name))[:2]


def _arc(first, second):
    chinese, european = (first, second) if first.side == "cn" else (second, first)
    return MapPair(chinese, european).path


def city_cover(request, page, language):
    """The cover of a city page (None if the city is not live)."""
    cities = network(request)
    city = cities.get(page.pk)
    if city is None:
        return None
    frame = base_map(request).frame
    partners = [cities[pk] for pk in city.partners if pk in cities]
    viewbox = fit_viewbox([city], frame, COVER_HEIGHT / COVER_WIDTH, [frame.region(city.side)], inside=False)
    dots = [(p.x, p.y, p.side, False) for p in partners] + [(city.x, city.y, city.side, True)]
    arcs = [_arc(city, partner) for partner in partners]
    radius = float(viewbox.split()[2]) / 45
    return Cover("city", city.side, viewbox, dots, arcs, _names(city.names, language), radius)


def story_cover(request, page, language):
    """The cover of a story: its cities and the arcs between the two sides."""
    cities = network(request)
    chinese = [cities[city.pk] for city in page.chinese_cities.all() if city.pk in cities]
    european = [cities[city.pk] for city in page.european_cities.all() if city.pk in cities]
    shown = chinese + european
    frame = base_map(request).frame
    if not shown:
        viewbox, radius = frame.viewbox, frame.width / 70
    else:
        regions = [frame.region(side) for side in dict.fromkeys(city.side for city in shown)]
        viewbox = fit_viewbox(shown, frame, COVER_HEIGHT / COVER_WIDTH, regions, inside=False)
        radius = float(viewbox.split()[2]) / 60
    dots = [(city.x, city.y, city.side, True) for city in shown]
    arcs = [_arc(first, second) for first in chinese for second in european]
    names = (
        [_names(city.names, language)[0] for city in chinese],
        [_names(city.names, language)[0] for city in european],
    )
    return Cover("story", "pair", viewbox, dots, arcs, [" · ".join(side) for side in names if side], radius)


def network_cover(request):
    """The whole network: every live case city and every pair, on the whole map."""
    cities = network(request)
    frame = base_map(request).frame
    dots = [(city.x, city.y, city.side, False) for city in cities.values()]
    arcs = [_arc(city, cities[pk]) for city in cities.values() if city.side == "cn" for pk in city.partners]
    viewbox = f"0 0 {frame.width} {round(frame.height * HERO_STRETCH)}"  # the land goes on south of the frame
    return Cover("network", "pair", viewbox, dots, arcs, [], frame.width / 180)


def cover_for(request, page, language):
    """The cover of a city or story page, else None."""
    if isinstance(page, CityPage):
        return city_cover(request, page, language)
    if isinstance(page, CooperationStoryPage):
        return story_cover(request, page, language)
    return None
