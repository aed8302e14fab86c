"""Raster share images (OpenGraph 1200×630 and the 300×300 body image) drawn from a page's cover art.

Link previews need PNG or JPEG, not SVG, so the cover of a city or story (``covers``) is drawn again with Pillow
and stored under ``MEDIA_ROOT/share/``, named by a fingerprint of everything it shows: drawn once per content
change (the first request after it), never per request; the URL is then kept per content version.

Chinese names need a CJK font: the first of ``SHARE_IMAGE_FONTS`` (setting) that exists, by default Noto Sans
CJK as Debian's ``fonts-noto-cjk`` installs it. Without one, the image shows the Latin names only, in Pillow's
own font. With an official standard map in Site settings, the image draws that map under the cities, as the SVG
covers do, instead of the schematic land.
"""

import hashlib
import io
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import get_language
from PIL import Image, ImageDraw, ImageFont

from iurc_site.core.models import SiteSettings
from iurc_site.delivery.fragments import cached_fragment

from .covers import cover_for
from .maps import base_map

SIZES = {"card": (1200, 630), "square": (300, 300)}
DEFAULT_FONTS = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),  # index 2: Simplified Chinese
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc", 2),
]
VERSION = "4"  # change to redraw every image after changing the drawing
NAVY, GOLD, WHITE = (10, 35, 81), (244, 180, 0), (255, 255, 255)
BACKGROUND = {"cn": (125, 26, 32), "eu": (20, 58, 123), "pair": NAVY}
DOT = {"cn": (224, 71, 78), "eu": (91, 142, 224)}
LAND_TINT = 0.13  # the land: white over the background at this opacity, as on the SVG cover
OFFICIAL_MAP_OPACITY = 0.35  # the official map over the background, as `.cover .map-base--official` shows it
NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")


@cache
def land_rings():
    """The rings of ``static/img/map-land.svg`` (absolute move, relative lines, as build_map writes them)."""
    text = Path(finders.find("img/map-land.svg")).read_text(encoding="utf-8")
    data = re.search(r' d="([^"]+)"', text).group(1)
    rings = []
    for move, lines in re.findall(r"M([^l]+)l([^z]*)z", data):
        x, y = (float(value) for value in NUMBER.findall(move))
        ring = [(x, y)]
        steps = [float(value) for value in NUMBER.findall(lines)]
        for dx, dy in zip(steps[::2], steps[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def signed_area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


@cache
def font(size):
    """(font, has Chinese glyphs): the first configured CJK font, else Pillow's built-in Latin font."""
    for path, index in getattr(settings, "SHARE_IMAGE_FONTS", DEFAULT_FONTS):
        if Path(path).exists():
            return ImageFont.truetype(path, size, index=index), True
    return ImageFont.load_default(size=size), False


def official_map(request):
    """The official standard map of Site settings as the maps show it (its rendition), or None without one."""
    image = SiteSettings.for_request(request).official_map
    if image is None:
        return None
    try:
        with image.get_rendition("max-2000x2000").file.open("rb") as file:
            return Image.open(file).convert("RGBA")
    except OSError:  # the file is missing: the maps fall back to the schematic land, and so does the image
        return None


def draw(cover, shape, frame, base=None):
    """The PNG bytes of a cover at SIZES[shape], over the official map `base` (a Pillow image covering `frame`)
    or else the schematic land."""
    width, height = SIZES[shape]
    background = BACKGROUND[cover.side]
    image = Image.new("RGB", (width, height), background)
    paint = ImageDraw.Draw(image)
    left, top, box_width, box_height = (float(value) for value in cover.viewbox.split())
    scale = max(width / box_width, height / box_height)  # "slice": fill the image, crop the rest
    offset_x = (width - box_width * scale) / 2 - left * scale
    offset_y = (height - box_height * scale) / 2 - top * scale

    def place(x, y):
        return (x * scale + offset_x, y * scale + offset_y)

    if base is not None:  # each pixel of the image from its point on the map: frame units to the map's pixels
        x_ratio, y_ratio = base.width / (frame.width * scale), base.height / (frame.height * scale)
        layer = base.transform(
            (width, height),
            Image.Transform.AFFINE,
            (x_ratio, 0, -offset_x * x_ratio, 0, y_ratio, -offset_y * y_ratio),
            resample=Image.Resampling.BILINEAR,
            fillcolor=(0, 0, 0, 0),
        )
        layer.putalpha(layer.getchannel("A").point(lambda alpha: round(alpha * OFFICIAL_MAP_OPACITY)))
        image = Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")
        paint = ImageDraw.Draw(image)
    else:
        land = tuple(round(channel + (255 - channel) * LAND_TINT) for channel in background)
        rings = land_rings()
        outer_sign = 1 if signed_area(max(rings, key=lambda ring: abs(signed_area(ring)))) > 0 else -1
        for is_hole in (False, True):
            for ring in rings:
                if (signed_area(ring) * outer_sign < 0) == is_hole and len(ring) > 2:
                    paint.polygon([place(x, y) for x, y in ring], fill=background if is_hole else land)
    line_width = max(2, round(width / 400))
    for arc in cover.arcs:
        x1, y1, cx, cy, x2, y2 = (float(value) for value in NUMBER.findall(arc))
        weights = [((1 - t) ** 2, 2 * (1 - t) * t, t**2) for t in (step / 48 for step in range(49))]
        points = [place(a * x1 + b * cx + c * x2, a * y1 + b * cy + c * y2) for a, b, c in weights]
        paint.line(points, fill=GOLD, width=line_width, joint="curve")
    radius = max(5, width / 90)
    focus_boxes = []
    for x, y, side, focus in cover.dots:
        cx, cy = place(x, y)
        ring_colour, fill = (GOLD, WHITE) if focus and cover.kind == "city" else (WHITE, DOT[side])
        r = radius * (1.5 if focus and cover.kind == "city" else 1)
        paint.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=ring_colour, width=max(2, round(r / 3)))
        if focus:
            focus_boxes.append((cx - r, cy - r, cx + r, cy + r))
    if shape == "card":
        paint.text((64, 48), "IURC-China", font=font(34)[0], fill=WHITE)
        if cover.names:
            write_names(paint, cover.names, width, height, focus_boxes)
    output = io.BytesIO()
    image.save(output, "PNG")  # zlib's default level: optimize=True made images 7 % smaller in three times the time
    return output.getvalue()


def write_names(paint, names, width, height, avoid=()):
    """The names, bottom left (top left, under the programme's name, when they would cover a box of `avoid`: the
    city's dot), the first larger; names the font cannot draw (Chinese without a CJK font) left out."""
    margin = 64
    sizes = [84, 52] if len(names[0]) < 24 else [56, 44]
    lines = []
    for name, size in zip(names, sizes, strict=False):
        face, has_cjk = font(size)
        if not has_cjk and any(ord(char) > 0x2E80 for char in name):
            continue
        while paint.textlength(name, font=face) > width - 2 * margin and size > 20:
            size -= 4
            face = font(size)[0]
        lines.append((name, face, size))
    block_height = sum(size * 1.25 for _name, _face, size in lines)
    block_width = max((paint.textlength(name, font=face) for name, face, _size in lines), default=0)
    y = height - margin - block_height
    if any(
        right > margin and left < margin + block_width and bottom > y and top < height - margin
        for left, top, right, bottom in avoid
    ):
        y = 48 + 34 * 2  # below "IURC-China"
    for name, face, size in lines:
        paint.text((margin, y), name, font=face, fill=WHITE, stroke_width=2, stroke_fill=NAVY)
        y += size * 1.25


def share_image(request, page, shape):
    """`(url, width, height)` of the page's drawn share image, or None for a page without cover art."""
    language = get_language()

    def build():
        cover = cover_for(request, page, language)
        if cover is None:
            return None
        base = base_map(request)
        drawn_on = (base.href, sorted(vars(base.frame).items()))  # the map's image and the box it covers
        fingerprint = hashlib.sha256(repr((VERSION, cover, shape, drawn_on, font(10)[1])).encode()).hexdigest()[:20]
        name = f"share/{cover.kind}-{page.pk}-{shape}-{fingerprint}.png"
        if not default_storage.exists(name):
            official = official_map(request) if base.official else None
            name = default_storage.save(name, ContentFile(draw(cover, shape, base.frame, official)))
        return (default_storage.url(name), *SIZES[shape])

    return cached_fragment(f"share-image:{page.pk}:{language}:{shape}", build)
