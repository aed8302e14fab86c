"""Draw the default share images, static/img/share-default.png (1200×630) and share-default-square.png (300×300),
and the organisation's logo for search engines, static/img/logo.png (512×512, the brand mark of favicon.svg).

The share images are used for link previews when neither the page nor Settings → Site settings has an image.
Pillow's built-in font keeps the output the same on every machine; the text is Latin only for that reason.

    .venv/bin/python scripts/make_share_image.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

STATIC_IMG = Path(__file__).resolve().parent.parent / "static" / "img"
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


def logo(size=512, supersample=4):
    """static/img/favicon.svg drawn in pixels (its 48-unit grid scaled up): two partner cities joined by an arc."""
    scale = size * supersample / 48
    image = Image.new("RGBA", (size * supersample,) * 2, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, 48 * scale - 1, 48 * scale - 1), radius=10 * scale, fill=NAVY)
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
    STATIC_IMG.mkdir(parents=True, exist_ok=True)
    for name, image in (("share-default.png", card()), ("share-default-square.png", square()), ("logo.png", logo())):
        image.save(STATIC_IMG / name, optimize=True)
        print(STATIC_IMG / name, image.size)


if __name__ == "__main__":
    main()
