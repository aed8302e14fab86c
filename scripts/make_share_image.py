"""Draw the default share images: static/img/share-default.png (1200×630) and share-default-square.png (300×300).

Used for link previews when neither the page nor Settings → Site settings has an image. Pillow's built-in
font keeps the output the same on every machine; the text is Latin only for that reason.

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


def main():
    STATIC_IMG.mkdir(parents=True, exist_ok=True)
    for name, image in (("share-default.png", card()), ("share-default-square.png", square())):
        image.save(STATIC_IMG / name, optimize=True)
        print(STATIC_IMG / name, image.size)


if __name__ == "__main__":
    main()
