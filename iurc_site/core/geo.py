"""Projection of the Eurasia base map, ``templates/includes/map_countries.svg``.

Miller cylindrical projection (a softened Mercator: familiar shapes without inflating northern Europe)
of the bounding box below, scaled to a viewBox 1000 units wide. Wrap the fragment in
``<svg viewBox="{VIEWBOX}">`` and place a marker at ``project(latitude, longitude)``.
Changing any constant here requires regenerating the fragment with ``scripts/build_map.py``.
"""

import math

WEST = -16.0
EAST = 146.0
SOUTH = 15.0
NORTH = 64.0

VIEWBOX_WIDTH = 1000


def _miller_y(latitude: float) -> float:
    """Miller ordinate, in radians, of a latitude in degrees (grows northwards)."""
    return 1.25 * math.log(math.tan(math.pi / 4 + 0.4 * math.radians(latitude)))


UNITS_PER_RADIAN = VIEWBOX_WIDTH / math.radians(EAST - WEST)
TOP = _miller_y(NORTH)

VIEWBOX_HEIGHT = round(UNITS_PER_RADIAN * (TOP - _miller_y(SOUTH)))
VIEWBOX = f"0 0 {VIEWBOX_WIDTH} {VIEWBOX_HEIGHT}"


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Return the SVG (x, y) of a point given in degrees, rounded to 0.1 unit."""
    x = UNITS_PER_RADIAN * math.radians(longitude - WEST)
    y = UNITS_PER_RADIAN * (TOP - _miller_y(latitude))
    return round(x, 1), round(y, 1)


PROJECTIONS = {
    "equirectangular": math.radians,
    "mercator": lambda latitude: math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)),
    "miller": _miller_y,
}

# The side of each case city, as a box (west, south, east, north) in degrees: a locator shows the whole of it.
REGIONS = {
    "cn": (73.5, 18.0, 134.8, 53.6),  # China, Hainan and Taiwan included
    "eu": (-10.5, 34.5, 34.6, 64.0),  # the EU member states and the United Kingdom, Cyprus and Crete included
}


class Frame:
    """Where a point lies on a base map: the schematic (``project``) or an image whose box and projection the
    editors give in Site settings. Its viewBox is ``0 0 width height``, `width` always VIEWBOX_WIDTH."""

    def __init__(self, projection="miller", west=WEST, south=SOUTH, east=EAST, north=NORTH, height=VIEWBOX_HEIGHT):
        self.projection, self.west, self.south, self.east, self.north = projection, west, south, east, north
        self.width, self.height = VIEWBOX_WIDTH, height
        self.schematic = (projection, west, south, east, north) == ("miller", WEST, SOUTH, EAST, NORTH)

    @property
    def viewbox(self):
        return f"0 0 {self.width} {self.height}"

    def project(self, latitude, longitude):
        """The (x, y) of a point in this frame, rounded to 0.1 unit."""
        if self.schematic:
            return project(latitude, longitude)
        ordinate = PROJECTIONS[self.projection]
        latitude = max(min(latitude, 85.0), -85.0)
        top, bottom = ordinate(self.north), ordinate(self.south)
        x = self.width * (longitude - self.west) / (self.east - self.west)
        y = self.height * (top - ordinate(latitude)) / (top - bottom)
        return round(x, 1), round(y, 1)

    def region(self, side):
        """The (left, top, right, bottom) of a side's region in this frame, clipped to the frame."""
        west, south, east, north = REGIONS[side]
        left, top = self.project(min(north, self.north), max(west, self.west))
        right, bottom = self.project(max(south, self.south), min(east, self.east))
        return left, top, right, bottom
