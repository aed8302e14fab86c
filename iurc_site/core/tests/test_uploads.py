"""Hostile uploads through the admin's image forms: decompression bombs and files whose extension lies.
(Size limits are tested with the editors' features.)"""

import io
import struct
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

ADMIN = "/" + settings.WAGTAIL_ADMIN_PATH
pytestmark = pytest.mark.django_db


def png(width, height, complete=True):
    """A greyscale PNG of width × height black pixels: complete (a real bomb: ~60 kB that decode to 64 MB for
    8000 × 8000) or just the header's claim with one kilobyte of pixel data (truncated)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * ((width + 1) * height if complete else 1024), 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def real_png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

NOT_AN_IMAGE = "Upload a valid image"
REJECTED = [
    ("bomb-64-megapixels.png", png(8_000, 8_000), "This file has too many pixels (64000000)"),
    ("bomb-10-gigapixels.png", png(100_000, 100_000, complete=False), "This file has too many pixels"),
    ("truncated.png", png(1_000, 1_000, complete=False), NOT_AN_IMAGE),
    ("notes.png", b"Meeting notes, not a picture.\n" * 20, NOT_AN_IMAGE),
    ("notes.jpg", b"Meeting notes, not a picture.\n" * 20, NOT_AN_IMAGE),
    ("brochure.png", PDF, NOT_AN_IMAGE),
    ("drawing.png", SVG_WITH_SCRIPT, "The extension does not match the file format (svg)"),
    ("photo.jpg", real_png(), "The extension does not match the file format (png)"),
]


@pytest.mark.parametrize(("name", "content", "message"), REJECTED, ids=[case[0] for case in REJECTED])
def test_upload_form_rejects_with_a_clear_message(admin_client, name, content, message):
    before = get_image_model().objects.count()
    response = admin_client.post(
        f"{ADMIN}images/add/", {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1}
    )
    assert response.status_code == 200  # the form again, not a crash
    assert message in response.content.decode()
    assert get_image_model().objects.count() == before


@pytest.mark.parametrize(("name", "content", "message"), REJECTED, ids=[case[0] for case in REJECTED])
def test_multiple_uploader_rejects_with_a_clear_message(admin_client, name, content, message):
    before = get_image_model().objects.count()
    response = admin_client.post(f"{ADMIN}images/multiple/add/", {"files[]": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert message in answer["error_message"]
    assert get_image_model().objects.count() == before


def test_an_honest_png_is_accepted(admin_client):
    """The same forms take a real image, so the rejections above are about the content."""
    before = get_image_model().objects.count()
    response = admin_client.post(f"{ADMIN}images/multiple/add/", {"files[]": SimpleUploadedFile("red.png", real_png())})
    assert response.json()["success"] is True
    assert get_image_model().objects.count() == before + 1
