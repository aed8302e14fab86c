"""Draw the site's raster images from its brand mark (static/img/favicon.svg):

- static/img/share-default.png (1200×630) and share-default-square.png (300×300), the link previews used when
  neither the page nor Settings → Site settings has an image;
- static/img/logo.png (512×512), the organisation's logo for search engines;
- static/root/favicon.ico (16, 32 and 48 px) and static/root/apple-touch-icon.png (180×180, square: the phone
  rounds the corners itself), served at the site's root for browsers without SVG icons, feed readers and phones.

Pillow's built-in font keeps the output the same on every machine; the text is Latin only for that reason.

    .venv/bin/python scripts/draw_brand_images.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

STATIC = Path(__file__).resolve().parent.parent / "static"
NAVY = (10, 35, 81)
BLUE = (26, 74, 156)
GOLD = (244, 180, 0)
RED = (180, 35, 42)
WHITE = (255, 255, 255)
LOGO_BLUE = (63, 115, 201)  # favicon.svg's #3f73c9
LOGO_RED = (216, 52, 59)  # favicon.svg's #d8343b


def partnership(draw, centre, radius, width):
    """Two overlapping rings, blue and red: two partners, one cooperation."""
    cx, cy = centre
    offset = radius * 0.55
    draw.ellipse((cx - offset - radius, cy - radius, cx - offset + radius, cy + radius), outline=GOLD, width=width)
    draw.ellipse((cx + offset - radius, cy - radius, cx + offset + radius, cy + radius), outline=RED, width=width)


def card():
    image = Image.new("RGB", (1200, 630), NAVY)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 590, 1200, 630), fill=BLUE)
    draw.rectangle((0, 590, 400, 630), fill=RED)
    partnership(draw, (980, 295), 120, 18)
    draw.text((80, 170), "IURC-China", font=ImageFont.load_default(size=110), fill=WHITE)
    subtitle = ImageFont.load_default(size=40)
    draw.text((84, 320), "International Urban and Regional", font=subtitle, fill=WHITE)
    draw.text((84, 370), "Cooperation: EU and China", font=subtitle, fill=WHITE)
    draw.text((84, 460), "Case cities and cooperation stories", font=ImageFont.load_default(size=30), fill=GOLD)
    return image


def square():
    image = Image.new("RGB", (300, 300), NAVY)
    draw = ImageDraw.Draw(image)
    partnership(draw, (150, 120), 70, 11)
    font = ImageFont.load_default(size=36)
    width = draw.textlength("IURC-China", font=font)
    draw.text(((300 - width) / 2, 232), "IURC-China", font=font, fill=WHITE)
    return image


def logo(size=512, supersample=4, corner=10):
    """static/img/favicon.svg drawn in pixels (its 48-unit grid scaled up): two partner cities joined by an arc,
    on a square whose corners are rounded by `corner` units of 48."""
    scale = size * supersample / 48
    image = Image.new("RGBA", (size * supersample,) * 2, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 48 * scale - 1, 48 * scale - 1), radius=corner * scale, fill=NAVY)
    # The arc is the quadratic Bézier M10 30 Q24 8 38 30, stroked 4 units wide with round caps: a round pen
    # moved along it in small steps.
    pen = 2 * scale
    for step in range(1001):
        t = step / 1000
        x = ((1 - t) ** 2 * 10 + 2 * (1 - t) * t * 24 + t**2 * 38) * scale
        y = ((1 - t) ** 2 * 30 + 2 * (1 - t) * t * 8 + t**2 * 30) * scale
        draw.ellipse((x - pen, y - pen, x + pen, y + pen), fill=GOLD)
    for cx, colour in ((10, LOGO_BLUE), (38, LOGO_RED)):
        draw.ellipse(((cx - 7) * scale, (30 - 7) * scale, (cx + 7) * scale, (30 + 7) * scale), fill=colour)
    return image.resize((size, size), Image.LANCZOS)


def main():
    images = (
        ("img/share-default.png", card(), {"optimize": True}),
        ("img/share-default-square.png", square(), {"optimize": True}),
        ("img/logo.png", logo(), {"optimize": True}),
        ("root/favicon.ico", logo(48), {"sizes": [(16, 16), (32, 32), (48, 48)]}),
        ("root/apple-touch-icon.png", logo(180, corner=0).convert("RGB"), {"optimize": True}),
    )
    for name, image, options in images:
        path = STATIC / name
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(path, **options)
        print(path, image.size)


if __name__ == "__main__":
    main()
