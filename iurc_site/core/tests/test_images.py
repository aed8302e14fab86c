"""Images are served as responsive renditions: WebP with a JPEG fallback, srcset, width/height, lazy loading."""

import io

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.template import engines
from PIL import Image as PILImage
from wagtail.images import get_image_model

from iurc_site.core.factories import ProgrammePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    """A 1600×1000 JPEG (Wagtail's rendition cache is emptied: a rolled-back image's id comes back)."""
    cache.clear()
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), (30, 90, 160)).save(buffer, "JPEG")
    return get_image_model().objects.create(title="Photo", file=ImageFile(buffer, name="photo.jpg"))


def widths(srcset):
    return sorted(int(candidate.split()[-1].rstrip("w")) for candidate in srcset.split(","))


def assert_responsive_picture(picture, image):
    sources = {source["type"]: source for source in picture.select("source")}
    assert set(sources) == {"image/webp"}
    assert widths(sources["image/webp"]["srcset"]) == [400, 800, 1200]
    img = picture.select_one("img")
    assert widths(img["srcset"]) == [400, 800, 1200]
    assert img["src"].startswith(settings.MEDIA_URL + "images/") and img["src"].endswith(".jpg")
    assert img["sizes"] and img["width"] and img["height"]
    assert int(img["width"]) * image.height == int(img["height"]) * image.width  # the image's aspect ratio
    renditions = {frozenset(rendition.filter_spec.split("|")) for rendition in image.renditions.all()}
    assert {frozenset({"width-400", "format-webp"}), frozenset({"width-1200", "format-jpeg"})} <= renditions
    return img


def test_a_body_image_renders_through_renditions_with_srcset(client, home, photo):
    page = ProgrammePageFactory(parent=home, slug="background")
    page.body_en = [("image", {"image": photo, "alt_text": "A blue square", "caption": "", "credit": ""})]
    page.save_revision().publish()
    response = client.get("/en/background/")
    assert response.status_code == 200
    picture = BeautifulSoup(response.content.decode(), "html.parser").select_one("figure picture")
    img = assert_responsive_picture(picture, photo)
    assert img["alt"] == "A blue square"
    assert img["loading"] == "lazy" and img["decoding"] == "async"


def test_the_include_loads_an_image_above_the_fold_eagerly(photo):
    template = engines["django"].from_string(
        '{% include "includes/responsive_image.html" with image=image alt="Hero" eager=True sizes="100vw" %}'
    )
    picture = BeautifulSoup(template.render({"image": photo}), "html.parser").select_one("picture")
    img = assert_responsive_picture(picture, photo)
    assert img["fetchpriority"] == "high" and not img.has_attr("loading")


def test_no_image_renders_nothing():
    template = engines["django"].from_string('{% include "includes/responsive_image.html" with image=None %}')
    assert template.render({}).strip() == ""
