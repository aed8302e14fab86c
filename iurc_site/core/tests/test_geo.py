"""Tests of the base map projection and the generated SVG fragment (no Django needed)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iurc_site.core import geo

REPO_ROOT = Path(__file__).resolve().parents[3]
FRAGMENT = REPO_ROOT / "templates" / "includes" / "map_countries.svg"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
FRAGMENT_BUDGET_BYTES = 60 * 1024
MARKER_MARGIN = 15

EU_MEMBERS_AND_UK = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB",
]  # fmt: skip

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


def parse_fragment() -> ET.Element:
    return ET.fromstring(f'<svg xmlns="{SVG_NAMESPACE}">{FRAGMENT.read_text(encoding="utf-8")}</svg>')


def country_paths() -> dict[str, list[str]]:
    """Map each data-iso value to the classes of its paths."""
    paths = parse_fragment().iter(f"{{{SVG_NAMESPACE}}}path")
    return {path.get("data-iso"): path.get("class").split() for path in paths if path.get("data-iso")}


def test_fragment_is_a_single_group_of_country_paths():
    root = parse_fragment()
    (group,) = root
    assert group.tag == f"{{{SVG_NAMESPACE}}}g"
    assert group.get("class") == "map-countries"
    assert group.get("aria-hidden") == "true"
    assert len(group) > 50
    for path in group:
        assert path.tag == f"{{{SVG_NAMESPACE}}}path"
        assert "country" in path.get("class").split()
        assert path.get("d").startswith("M")
        assert path.get("style") is None and path.get("fill") is None


def test_china_is_marked():
    assert "country--cn" in country_paths()["CN"]


def test_taiwan_is_not_a_separate_country():
    assert "TW" not in country_paths()


@pytest.mark.parametrize("iso", EU_MEMBERS_AND_UK)
def test_european_countries_are_marked(iso):
    assert "country--eu" in country_paths()[iso]


def test_fragment_is_within_size_budget():
    assert FRAGMENT.stat().st_size <= FRAGMENT_BUDGET_BYTES
