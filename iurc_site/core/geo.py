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


_UNITS_PER_RADIAN = VIEWBOX_WIDTH / math.radians(EAST - WEST)
_TOP = _miller_y(NORTH)

VIEWBOX_HEIGHT = round(_UNITS_PER_RADIAN * (_TOP - _miller_y(SOUTH)))
VIEWBOX = f"0 0 {VIEWBOX_WIDTH} {VIEWBOX_HEIGHT}"


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Return the SVG (x, y) of a point given in degrees, rounded to 0.1 unit."""
    x = _UNITS_PER_RADIAN * math.radians(longitude - WEST)
    y = _UNITS_PER_RADIAN * (_TOP - _miller_y(latitude))
    return round(x, 1), round(y, 1)
