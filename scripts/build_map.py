"""Build ``static/img/map-land.svg``, the schematic Eurasia base map (land and coast only), from Natural Earth.

Source: the npm package ``world-atlas`` 2.0.2 (Natural Earth 4.1.0 admin-0 countries, public domain,
as quantized TopoJSON). Regenerate with, from the repository root::

    (cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
    python scripts/build_map.py /tmp/package/countries-50m.json

Steps: decode the TopoJSON arcs, dissolve every country into one land mass (an arc shared by two countries is
a border: it is dropped, so the map draws no national border and no country), project the coastlines with
``iurc_site.core.geo.project``, simplify each once with Douglas–Peucker, clip them to the viewBox, drop specks
and write one ``<path id="land">`` (reaching CLIP_MARGIN_PX beyond the viewBox, for crops past its edges).
Maps show it with ``<use href="…/map-land.svg#land">``. Pure standard library.
"""

import argparse
import json
import math
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from iurc_site.core import geo  # noqa: E402

DEFAULT_OUTPUT = REPO_ROOT / "static" / "img" / "map-land.svg"

SIMPLIFY_TOLERANCE_PX = 0.7
MIN_RING_AREA_PX2 = 2.0
# Land is drawn beyond the map's box, so that a crop reaching past its edges (a cover) still shows land there.
MARGIN_DEGREES = 24.0
NORTH_MARGIN_DEGREES = 0.0  # none: the high Arctic's rings cross the antimeridian
CLIP_MARGIN_PX = 160.0
NORTH_CLIP_PX = 3.0

Point = tuple[float, float]
Ring = list[int]  # signed TopoJSON arc references; ~index means the arc reversed


class Arcs:
    """The decoded arcs of a topology, plus their projected, simplified form computed on demand."""

    def __init__(self, topology: dict) -> None:
        (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
        self.geographic = []
        for encoded in topology["arcs"]:
            x = y = 0
            points = []
            for dx, dy in encoded:
                x, y = x + dx, y + dy
                points.append((x * scale_x + shift_x, y * scale_y + shift_y))
            self.geographic.append(points)
        self._projected = {}

    def ends(self, reference: int) -> tuple[Point, Point]:
        """First and last (longitude, latitude) of a signed arc reference."""
        points = self.geographic[reference if reference >= 0 else ~reference]
        return (points[0], points[-1]) if reference >= 0 else (points[-1], points[0])

    def projected(self, reference: int) -> list[Point]:
        """SVG points of a signed arc reference, simplified."""
        index = reference if reference >= 0 else ~reference
        if index not in self._projected:
            points = [geo.project(latitude, longitude) for longitude, latitude in self.geographic[index]]
            simplified = simplify(points, SIMPLIFY_TOLERANCE_PX)
            is_collapsed_island = points[0] == points[-1] and len(simplified) < 4
            self._projected[index] = points if is_collapsed_island else simplified
        return self._projected[index] if reference >= 0 else self._projected[index][::-1]

    def intersects_map(self, ring: Ring) -> bool:
        """Tell whether the longitude/latitude box of a ring overlaps the map's bounding box grown by MARGIN_DEGREES."""
        points = [point for reference in ring for point in self.geographic[reference if reference >= 0 else ~reference]]
        longitudes = [longitude for longitude, _ in points]
        latitudes = [latitude for _, latitude in points]
        return (
            min(longitudes) <= geo.EAST + MARGIN_DEGREES
            and max(longitudes) >= geo.WEST - MARGIN_DEGREES
            and min(latitudes) <= geo.NORTH + NORTH_MARGIN_DEGREES
            and max(latitudes) >= geo.SOUTH - MARGIN_DEGREES
        )

    def ring_points(self, ring: Ring) -> list[Point]:
        """SVG points of a ring as an open list (the closing point is not repeated)."""
        points = []
        for reference in ring:
            arc = self.projected(reference)
            points.extend(arc[1:] if points else arc)
        return points[:-1]


def rings_of(geometry: dict) -> list[Ring]:
    """All rings (outer and holes) of a Polygon or MultiPolygon geometry."""
    if geometry["type"] == "Polygon":
        return geometry["arcs"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["arcs"] for ring in polygon]
    return []


def dissolve(rings: list[Ring], arcs: Arcs) -> list[Ring]:
    """Merge rings into outlines, dropping the arcs they share (borders between merged features)."""
    uses = defaultdict(int)
    for ring in rings:
        for reference in ring:
            uses[reference if reference >= 0 else ~reference] += 1
    by_start = defaultdict(list)
    for ring in rings:
        for reference in ring:
            if uses[reference if reference >= 0 else ~reference] == 1:
                by_start[arcs.ends(reference)[0]].append(reference)
    merged = []
    while by_start:
        point = next(iter(by_start))
        ring = []
        while point in by_start:
            reference = by_start[point].pop()
            if not by_start[point]:
                del by_start[point]
            ring.append(reference)
            point = arcs.ends(reference)[1]
        merged.append(ring)
    return merged


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker simplification keeping both end points."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        farthest, farthest_distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > farthest_distance:
                farthest, farthest_distance = i, distance
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def clip(ring: list[Point]) -> list[Point]:
    """Clip a ring to the viewBox grown by CLIP_MARGIN_PX (NORTH_CLIP_PX at the top; Sutherland–Hodgman)."""
    edges = (  # (axis, bound, +1 if inside is above the bound else -1)
        (0, -CLIP_MARGIN_PX, 1),
        (0, geo.VIEWBOX_WIDTH + CLIP_MARGIN_PX, -1),
        (1, -NORTH_CLIP_PX, 1),
        (1, geo.VIEWBOX_HEIGHT + CLIP_MARGIN_PX, -1),
    )
    for axis, bound, side in edges:
        clipped = []
        for previous, current in zip(ring[-1:] + ring[:-1], ring, strict=True):
            current_inside = side * (current[axis] - bound) >= 0
            if current_inside != (side * (previous[axis] - bound) >= 0):
                t = (bound - previous[axis]) / (current[axis] - previous[axis])
                crossing = [previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])]
                crossing[axis] = bound
                clipped.append((crossing[0], crossing[1]))
            if current_inside:
                clipped.append(current)
        ring = clipped
    return ring


def area(ring: list[Point]) -> float:
    """Unsigned area of a ring (shoelace formula)."""
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def land_rings(rings: list[Ring], arcs: Arcs) -> list[list[Point]]:
    """Project and clip the coastlines; drop specks."""
    clipped = [clip(arcs.ring_points(ring)) for ring in rings if arcs.intersects_map(ring)]
    return [ring for ring in clipped if len(ring) >= 3 and area(ring) >= MIN_RING_AREA_PX2]


def format_tenths(value: int) -> str:
    """Format a length given in tenths of a pixel as briefly as SVG allows: 5 -> '.5', -12 -> '-1.2'."""
    if value == 0:
        return "0"
    whole, tenth = divmod(abs(value), 10)
    return ("-" if value < 0 else "") + (str(whole) if whole else "") + (f".{tenth}" if tenth else "")


def join_numbers(numbers: list[str]) -> str:
    """Join numbers with spaces, leaving the space out before a minus sign."""
    return "".join(n if i == 0 or n.startswith("-") else " " + n for i, n in enumerate(numbers))


def path_data(rings: list[list[Point]]) -> str:
    """Encode rings as compact path data: an absolute move, then relative lines, at 0.1 px precision."""
    commands = []
    for ring in rings:
        tenths = [(round(x * 10), round(y * 10)) for x, y in ring]
        tenths = [point for point, previous in zip(tenths, tenths[-1:] + tenths[:-1], strict=True) if point != previous]
        if len(tenths) < 3:
            continue
        moves = [format_tenths(value) for value in tenths[0]]
        lines = [format_tenths(b - a) for start, end in pairwise(tenths) for a, b in zip(start, end, strict=True)]
        commands.append(f"M{join_numbers(moves)}l{join_numbers(lines)}z")
    return "".join(commands)


def build_land(topology: dict) -> str:
    """Return the standalone SVG document holding the land of the map's box as one path."""
    arcs = Arcs(topology)
    rings = [ring for geometry in topology["objects"]["countries"]["geometries"] for ring in rings_of(geometry)]
    data = path_data(land_rings(dissolve(rings, arcs), arcs))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{geo.VIEWBOX}">'
        "<!-- Generated by scripts/build_map.py from Natural Earth (public domain); do not edit. -->"
        f'<path id="land" d="{data}"/></svg>\n'
    )


def main() -> None:
    """Read the TopoJSON named on the command line and write the land SVG."""
    parser = argparse.ArgumentParser(description="Build the schematic Eurasia base map (land and coast only).")
    parser.add_argument("source", type=Path, help="world-atlas countries-50m.json")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="default: %(default)s")
    arguments = parser.parse_args()
    fragment = build_land(json.loads(arguments.source.read_text(encoding="utf-8")))
    arguments.output.write_text(fragment, encoding="utf-8")
    print(f"wrote {arguments.output} ({len(fragment.encode()) / 1024:.1f} KB)")


if __name__ == "__main__":
    main()
