"""Covers: drawn from the first page of a real PDF once, redrawn only for a new file; none for a broken or
non-PDF file (a placeholder is drawn instead), and an uploaded cover wins."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from publications.covers import COVER_WIDTH, MAX_COVER_HEIGHT
from publications.factories import DocumentFactory, PublicationPageFactory
from publications.models import DocumentCover
from publications.samples import PAGE_SIZE, sample_pdf
from tests.pages import path_of, soup

pytestmark = pytest.mark.django_db
RED = (180, 35, 42)


def cover_of(publication):
    return DocumentCover.objects.get(document=publication.document).image


def test_cover_is_drawn_from_the_first_page_of_the_pdf(library):
    document = DocumentFactory(file=ContentFile(sample_pdf(["Annual report"], colour=RED, pages=3), name="r.pdf"))
    publication = PublicationPageFactory(parent=library, document=document)

    cover = cover_of(publication)
    expected_height = round(COVER_WIDTH * PAGE_SIZE[1] / PAGE_SIZE[0])
    assert (cover.width, cover.height) == (COVER_WIDTH, pytest.approx(expected_height, abs=1))
    with cover.file.open("rb") as file:
        picture = PILImage.open(file).convert("RGB")
        assert picture.size == (cover.width, cover.height)
        top, bottom = picture.getpixel((COVER_WIDTH // 2, 20)), picture.getpixel((COVER_WIDTH // 2, cover.height - 20))
    assert all(abs(a - b) <= 8 for a, b in zip(top, RED, strict=True))  # the red band on top of page 1
    assert bottom == (255, 255, 255)


def test_saving_again_does_not_draw_again_but_a_new_file_does(library):
    publication = PublicationPageFactory(parent=library)
    first = cover_of(publication)
    images = get_image_model().objects.count()

    publication.title_en = "Renamed"
    publication.save_revision().publish()
    publication.document.save()
    PublicationPageFactory(parent=library, document=publication.document)  # a second page with the same file
    assert cover_of(publication).pk == first.pk
    assert get_image_model().objects.count() == images

    document = publication.document
    document.file = ContentFile(sample_pdf(["Second edition"], colour=RED), name="second-edition.pdf")
    document.save()
    redrawn = cover_of(publication)
    assert redrawn.pk != first.pk
    assert not get_image_model().objects.filter(pk=first.pk).exists()  # the old cover is not left behind


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b"%PDF-1.7\nthis is not a real PDF at all", "broken.pdf"),
        (b"", "empty.pdf"),
        (sample_pdf(["Hello"])[:400], "truncated.pdf"),
        (b"Word processor text", "notes.docx"),
    ],
    ids=["broken", "empty", "truncated", "not-a-pdf"],
)
def test_a_file_without_a_readable_first_page_gets_the_placeholder_and_no_error(client, library, content, name):
    document = DocumentFactory(file=ContentFile(content, name=name))
    publication = PublicationPageFactory(parent=library, document=document, title="Field notes")

    assert cover_of(publication) is None
    for language in ("en", "zh-hans"):
        for path in (path_of(library), path_of(publication)):
            document_html = soup(client.get(f"/{language}{path}"))
            placeholder = document_html.select_one("main .publication-cover__placeholder")
            assert placeholder is not None and placeholder["aria-hidden"] == "true"
            assert not document_html.select("main .publication-cover img")


def test_an_uploaded_cover_is_used_and_nothing_is_drawn(client, library):
    photo = get_image_model().objects.create(title="Cover photo", file=get_test_image_file())
    publication = PublicationPageFactory(parent=library, image=photo, image_alt_en="The report's cover")

    assert not DocumentCover.objects.filter(document=publication.document).exists()
    document = soup(client.get(f"/en{path_of(publication)}"))
    image = document.select_one("main .publication__cover img")
    assert image["alt"] == "The report's cover" and "/original_images/" not in image["src"]


def test_a_very_tall_page_is_drawn_at_a_bounded_size(library):
    strip = io.BytesIO()
    PILImage.new("RGB", (20, 14000), "white").save(strip, "PDF", resolution=72)
    publication = PublicationPageFactory(
        parent=library, document=DocumentFactory(file=ContentFile(strip.getvalue(), name="strip.pdf"))
    )
    cover = cover_of(publication)
    assert cover.height <= MAX_COVER_HEIGHT and cover.width < COVER_WIDTH


def test_covers_are_shown_as_jpeg_on_white_whatever_their_own_format(client, library):
    drawn = PublicationPageFactory(parent=library)
    clear = io.BytesIO()
    PILImage.new("RGBA", (800, 1100), (0, 0, 0, 0)).save(clear, "PNG")
    transparent = get_image_model().objects.create(title="Clear", file=ContentFile(clear.getvalue(), name="clear.png"))
    uploaded = PublicationPageFactory(parent=library, image=transparent, image_alt_en="A clear cover")

    cards = soup(client.get(f"/en{path_of(library)}")).select(".publication-cover__image")
    pages = [
        soup(client.get(f"/en{path_of(page)}")).select_one("main .publication__cover img") for page in (drawn, uploaded)
    ]
    sources = [url.split()[0] for image in [*cards, *pages] for url in image["srcset"].split(",")]
    assert len(cards) == 2 and len(sources) == 8
    assert all(source.endswith(".jpg") for source in sources), sources
    rendition = transparent.renditions.get(filter_spec="width-400|format-jpeg|bgcolor-ffffff")
    with rendition.file.open("rb") as file:
        assert PILImage.open(file).getpixel((10, 10)) == (255, 255, 255)
