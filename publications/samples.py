"""Small generated PDFs, clearly marked as samples, for demo content and tests (Pillow writes the PDF)."""

import io

from PIL import Image, ImageDraw

PAGE_SIZE = (595, 842)  # A4 in points at 72 dpi: one pixel per point


def sample_pdf(lines, colour=(26, 74, 156), pages=1):
    """PDF bytes: A4 pages, the first with a coloured band on its top third, the first of `lines` (ASCII) in large
    white letters on it and the others below."""
    images = []
    for number in range(pages):
        page = Image.new("RGB", PAGE_SIZE, "white")
        draw = ImageDraw.Draw(page)
        if number == 0:
            band = PAGE_SIZE[1] // 3
            draw.rectangle((0, 0, PAGE_SIZE[0], band), fill=colour)
            title, *rest = lines or [""]
            draw.text((40, band - 80), title, fill="white", font_size=36)
            for row, line in enumerate(rest):
                draw.text((40, band + 40 + row * 34), line, fill=(23, 32, 46), font_size=22)
        images.append(page)
    output = io.BytesIO()
    images[0].save(output, "PDF", save_all=True, append_images=images[1:], resolution=72)
    return output.getvalue()
