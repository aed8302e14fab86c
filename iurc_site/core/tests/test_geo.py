"""Tests of the base map projection and the generated land map (no Django needed)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iurc_site.core import geo

REPO_ROOT = Path(__file__).resolve().parents[3]
LAND = REPO_ROOT / "static" / "img" / "map-land.svg"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
LAND_BUDGET_BYTES = 40 * 1024
MARKER_MARGIN = 15

CITIES = {
    "Barcelona": (41.39, 2.17),
    "Granada": (37.18, -3.60),
    "Málaga": (36.72, -4.42),
    "Greater Manchester": (53.48, -2.24),
    "Barnsley": (53.55, -1.48),
    "Nice": (43.70, 7.27),
    "Rome": (41.90, 12.50),
    "Burgas": (42.50, 27.47),
    "Athens": (37.98, 23.73),
    "Harbin": (45.75, 126.6),
    "Changchun": (43.88, 125.32),
    "Haikou": (20.04, 110.32),
    "Kunming": (25.04, 102.71),
    "Hohhot": (40.84, 111.75),
}


def test_viewbox_matches_its_dimensions():
    assert geo.VIEWBOX.split() == ["0", "0", str(geo.VIEWBOX_WIDTH), str(geo.VIEWBOX_HEIGHT)]


def test_bounding_box_corners_map_to_viewbox_corners():
    assert geo.project(geo.NORTH, geo.WEST) == (0, 0)
    assert geo.project(geo.SOUTH, geo.EAST) == pytest.approx((geo.VIEWBOX_WIDTH, geo.VIEWBOX_HEIGHT), abs=0.6)


@pytest.mark.parametrize("latitude", [15, 30, 45, 60])
def test_east_is_right(latitude):
    xs = [geo.project(latitude, longitude)[0] for longitude in range(-15, 146, 10)]
    assert xs == sorted(set(xs))


@pytest.mark.parametrize("longitude", [-10, 20, 70, 120])
def test_north_is_up(longitude):
    ys = [geo.project(latitude, longitude)[1] for latitude in range(64, 14, -4)]
    assert ys == sorted(set(ys))


@pytest.mark.parametrize(("city", "coordinates"), CITIES.items())
def test_city_lands_inside_viewbox_with_margin(city, coordinates):
    x, y = geo.project(*coordinates)
    assert MARKER_MARGIN <= x <= geo.VIEWBOX_WIDTH - MARKER_MARGIN, city
    assert MARKER_MARGIN <= y <= geo.VIEWBOX_HEIGHT - MARKER_MARGIN, city


def test_land_map_is_one_path_of_land_and_coast_without_any_country():
    root = ET.fromstring(LAND.read_text(encoding="utf-8"))
    assert root.get("viewBox") == geo.VIEWBOX
    (land,) = root  # one shape: no country, no border between two
    assert land.tag == f"{{{SVG_NAMESPACE}}}path" and land.get("id") == "land"
    assert land.get("d").startswith("M") and land.get("d").count("M") > 50  # the coast of the continent and islands
    assert land.get("class") is None and land.get("style") is None and land.get("fill") is None
    assert "data-iso" not in LAND.read_text(encoding="utf-8")


def test_land_map_is_within_size_budget():
    assert LAND.stat().st_size <= LAND_BUDGET_BYTES


@pytest.mark.parametrize("projection", ["equirectangular", "mercator", "miller"])
def test_a_frame_puts_the_corners_of_its_box_at_the_corners_of_its_viewbox(projection):
    frame = geo.Frame(projection, west=-20, south=10, east=150, north=70, height=500)
    assert frame.project(70, -20) == (0, 0)
    assert frame.project(10, 150) == pytest.approx((1000, 500), abs=0.1)
    assert frame.viewbox == "0 0 1000 500" and not frame.schematic


def test_equirectangular_frame_spaces_latitudes_evenly():
    frame = geo.Frame("equirectangular", west=0, south=0, east=100, north=50, height=500)
    assert frame.project(25, 50) == (500, 250)


def test_schematic_frame_is_the_base_map_projection():
    frame = geo.Frame()
    assert frame.schematic and frame.viewbox == geo.VIEWBOX
    assert frame.project(29.56, 106.55) == geo.project(29.56, 106.55)
