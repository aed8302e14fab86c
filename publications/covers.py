"""A publication's cover drawn from the first page of its PDF (pypdfium2), stored once as a Wagtail image.

The cover belongs to the document, not to the page: it is rendered when a publication using the document is saved
or the document's file is replaced, and rendered again only when the file changes (its hash). A file that is not a
PDF, or that pdfium cannot read, gets no cover; the templates then draw a placeholder.
"""

import io
import logging
import os

import pypdfium2
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model

from .models import DocumentCover

logger = logging.getLogger(__name__)
COVER_WIDTH = 1200  # px: wide enough for a 1200 × 630 share image; pages show smaller renditions
MAX_COVER_HEIGHT = 2400  # px: a very tall, narrow page is drawn narrower instead of as a huge bitmap
COVER_QUALITY = 92  # the drawn cover is a JPEG (see render_first_page)
MAX_PAGE_POINTS = 14400  # pdfium's own limit on a page side (200 inches): anything larger is not a real page


def file_version(document):
    """What identifies the document's current file: its hash (Wagtail sets it on upload), else its name."""
    return document.file_hash or document.file.name


def is_pdf(document):
    return os.path.splitext(document.file.name)[1].lower() == ".pdf"


def render_first_page(data):
    """JPEG bytes of the PDF's first page, COVER_WIDTH px wide (less for a very tall page), and its (width, height);
    None if unreadable."""
    try:
        pdf = pypdfium2.PdfDocument(data)
        try:
            if len(pdf) == 0:
                return None
            page = pdf[0]
            width, height = page.get_size()
            if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS):
                return None
            bitmap = page.render(scale=min(COVER_WIDTH / width, MAX_COVER_HEIGHT / height))
            image = bitmap.to_pil().convert("RGB")
        finally:
            pdf.close()
    except Exception as error:  # pdfium reads a file from anyone with upload rights: any failure means no cover
        logger.warning("No cover: the PDF could not be rendered (%s)", error)
        return None
    output = io.BytesIO()
    # The original only: pages show renditions of it. JPEG at this quality keeps the text sharp, is half the size of a
    # PNG and is encoded ten times faster, and every rendition decodes it faster.
    image.save(output, "JPEG", quality=COVER_QUALITY)
    return output.getvalue(), image.size


def read_file(document):
    try:
        with document.file.open("rb") as file:
            return file.read()
    except OSError:
        return None


def ensure_cover(document):
    """The document's cover image, rendering it first if the file changed since; None for no cover."""
    if document is None:
        return None
    version = file_version(document)
    cover = DocumentCover.objects.select_related("image").filter(document=document).first()
    if cover is not None and cover.file_version == version:
        return cover.image
    data = read_file(document) if is_pdf(document) else None
    rendered = render_first_page(data) if data else None
    image = None
    if rendered:
        drawn, (width, height) = rendered
        name = f"cover-{document.pk}.jpg"
        image = get_image_model().objects.create(
            title=f"Cover: {document.title}"[:255],
            file=ImageFile(io.BytesIO(drawn), name=name),
            # The top third (where a title usually is) stays in view when a share image crops the cover.
            focal_point_x=width // 2,
            focal_point_y=height // 6,
            focal_point_width=width,
            focal_point_height=height // 3,
        )
    with transaction.atomic():
        old = cover.image if cover is not None else None
        DocumentCover.objects.update_or_create(document=document, defaults={"image": image, "file_version": version})
        if old is not None:
            old.delete()
    return image
