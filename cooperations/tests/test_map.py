"""The case-city map: a linked marker per city, an arc per cooperation pair, a text equivalent, two queries. On the
small network of tests/network.py; the last class draws the programme's 31 cities."""

import math
import random

import pytest
from django.utils import translation
from wagtail.models import Site

from cities.models import CityPage
from cooperations import maps
from cooperations.models import CooperationStoryPage
from iurc_site.core import geo
from tests.network import CITIES
from tests.pages import soup

pytestmark = pytest.mark.django_db

MAX_SHIFT = 6  # viewBox units (about 50 km) a marker may be moved so that it does not hide a neighbour


def expected_pairs():
    return {
        (chinese.slug, european.slug)
        for story in CooperationStoryPage.objects.live()
        for chinese in story.chinese_cities.live()
        for european in story.european_cities.live()
    }


MARKER_LABEL = {"en": "{city}, {country}", "zh-hans": "{city}（{country}）"}


PAGES_WITH_THE_MAP = [("en", "/"), ("zh-hans", "/"), ("en", "/cities/"), ("zh-hans", "/cities/")]


@pytest.mark.parametrize(("prefix", "path"), PAGES_WITH_THE_MAP)
def test_map_has_a_linked_marker_per_city_and_an_arc_per_pair(client, network, prefix, path):
    check_the_map(client, prefix, path)


def check_the_map(client, prefix, path):
    """Every live city has its linked, labelled marker near its place, no two overlap; an arc per pair."""
    document = soup(client.get(f"/{prefix}{path}"))
    svg = document.select_one("figure.map svg")
    assert svg["viewbox"] == geo.VIEWBOX
    assert svg.select_one("use.map-land")["href"].endswith("map-land.svg#land")  # land and coast, no border
    cities = {f"/{prefix}/cities/{city.slug}/": city for city in CityPage.objects.live().select_related("country")}
    markers = {a["href"]: a for a in svg.select("a.map-marker")}
    assert set(markers) == set(cities)
    for href, marker in markers.items():
        city = cities[href]
        with translation.override(prefix):
            name = MARKER_LABEL[prefix].format(city=city.title, country=city.country.name)
        assert marker["aria-label"] == name
        assert marker.find_next_sibling("text", class_="map-marker__label").get_text() == city.title  # on hover, focus
        x, y = geo.project(float(city.latitude), float(city.longitude))
        cx, cy = float(marker.circle["cx"]), float(marker.circle["cy"])
        assert math.hypot(cx - x, cy - y) <= MAX_SHIFT, f"{city.slug} is drawn too far from where it is"
    dots = [(float(dot["cx"]), float(dot["cy"]), float(dot["r"])) for dot in svg.select("a.map-marker circle")]
    for index, (x, y, r) in enumerate(dots):
        assert all(math.hypot(x - x2, y - y2) >= r + r2 for x2, y2, r2 in dots[index + 1 :]), "overlapping markers"
    assert len(svg.select("path.map-pair")) == len(expected_pairs())
    assert not document.select("figure.map [style]")


def test_map_text_equivalent_lists_every_city_and_pair(client, network):
    document = soup(client.get("/en/"))
    listing = document.select_one("details.map-list")
    assert {a["href"] for a in listing.select("a")} == {a["href"] for a in document.select("svg a.map-marker")}
    pairs = {
        (item.select("a")[0]["href"].split("/")[-2], partner["href"].split("/")[-2])
        for item in listing.select(".map-list__pairs li")
        for partner in item.select("a")[1:]
    }
    assert pairs == expected_pairs()


def test_map_data_costs_two_queries_whatever_the_number_of_cities(rf, network, django_assert_num_queries):
    request = rf.get("/en/")
    Site.find_for_request(request)  # the request's site and Wagtail's root paths: once per request, not per city
    Site.get_site_root_paths()
    maps.base_map(request)  # the base map (Site settings): once per content generation, not per map
    with translation.override("en"), django_assert_num_queries(2):
        data = maps.city_map(request)
        urls = [city.url for city in data["cities"]]
    assert len(urls) == CityPage.objects.live().count() == len(CITIES) and len(data["pairs"]) == len(expected_pairs())


def test_unpublished_city_leaves_the_map_and_its_arcs(client, network):
    before = soup(client.get("/en/"))
    CityPage.objects.get(slug="mannheim").unpublish()
    after = soup(client.get("/en/"))
    assert "/en/cities/mannheim/" not in {a["href"] for a in after.select("svg a.map-marker")}
    assert len(after.select("path.map-pair")) == len(before.select("path.map-pair")) - 1


def test_city_locator_shows_the_city_and_its_partners_only(client, network):
    document = soup(client.get("/en/cities/yangzhou/"))
    locator = document.select_one("figure.map--locator")
    assert locator.select_one("circle.map-marker__dot--focus")
    assert {a["href"] for a in locator.select("a.map-marker")} == {
        "/en/cities/barcelona/",
        "/en/cities/bologna/",
        "/en/cities/stuttgart-region/",
        "/en/cities/rome/",
    }
    assert len(locator.select(".map__svg path.map-pair")) == 4
    assert document.select_one("details.map-list") is None


def test_locator_of_a_city_without_partners_zooms_in(client, network):
    locator = soup(client.get("/zh-hans/cities/hohhot/")).select_one("figure.map--locator svg")
    left, top, width, height = (float(value) for value in locator["viewbox"].split())
    x, y = geo.project(40.84, 111.75)
    assert width < geo.VIEWBOX_WIDTH / 2 and left < x < left + width and top < y < top + height
    assert not locator.select("a.map-marker, path.map-pair")
    assert "呼和浩特" in locator.title.get_text()


def test_filtered_directory_map_shows_the_listed_cities_and_zooms_in_on_one_side(client, network):
    document = soup(client.get("/en/cities/?country=it"))
    svg = document.select_one("figure.map svg")
    assert {a["href"] for a in svg.select("a.map-marker")} == {
        "/en/cities/rome/",
        "/en/cities/bologna/",
        "/en/cities/reggio-emilia/",
    }
    left, top, width, height = (float(value) for value in svg["viewbox"].split())
    x, y = geo.project(41.90, 12.50)  # Rome
    assert width < geo.VIEWBOX_WIDTH / 2 and left < x < left + width and top < y < top + height
    assert not svg.select("path.map-pair")
    legend = document.select_one("figure.map figcaption").get_text()
    assert "European case city" in legend and "Chinese case city" not in legend
    mixed = soup(client.get("/en/cities/?phase=iuc-asia")).select_one("figure.map svg")
    assert mixed["viewbox"] == geo.VIEWBOX and len(mixed.select("a.map-marker")) == len(CITIES)


@pytest.mark.usefixtures("programme")
class TestTheProgrammeContent:
    """The programme's 31 cities, close together in eastern China, drawn without overlapping markers."""

    @pytest.mark.parametrize(("prefix", "path"), PAGES_WITH_THE_MAP)
    def test_map_has_a_linked_marker_per_city_and_an_arc_per_pair(self, client, prefix, path):
        assert CityPage.objects.live().count() == 31
        check_the_map(client, prefix, path)


def test_spread_pushes_apart_every_two_markers_comparing_only_neighbours():
    """Markers closer than the gap end at least the gap apart, whichever way they lie from each other; on a crowded
    map each is compared with its neighbours only, not with every other marker."""
    gap, place = 13, random.Random(6)
    markers = [maps.MapCity(page=None, x=place.uniform(0, 500), y=place.uniform(0, 500), side="cn") for _ in range(400)]
    lonely = maps.MapCity(page=None, x=-100.0, y=-100.0, side="eu")
    markers.append(lonely)
    assert len(maps.near_pairs(markers, gap)) < 10 * len(markers)  # every two would be 80,000

    maps.spread(markers, gap)

    closest = min(math.dist((a.x, a.y), (b.x, b.y)) for index, a in enumerate(markers) for b in markers[index + 1 :])
    assert closest >= gap - 0.2  # positions are rounded to 0.1
    assert (lonely.x, lonely.y) == (-100.0, -100.0)  # a marker with room around it stays where it was
