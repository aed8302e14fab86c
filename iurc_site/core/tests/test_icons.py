"""The site's icons: at the root, where browsers without SVG icons, feed readers and phones look for them, and
named in the head of every page, the error pages included."""

import io

import pytest
from PIL import Image

from tests.pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("city_directory")]  # an empty site and its directory

ICONS = {"/favicon.ico", "/static/img/favicon.svg", "/apple-touch-icon.png"}


def image(response):
    assert response.status_code == 200
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


def icons_named(response):
    links = soup(response).head.select("link[rel~=icon], link[rel=apple-touch-icon]")
    return {link["href"] for link in links}


def test_the_icons_are_served_at_the_root_and_may_be_cached(client):
    icon = client.get("/favicon.ico")
    assert image(icon).info["sizes"] == {(16, 16), (32, 32), (48, 48)}
    assert icon["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert icon["Cache-Control"].startswith("max-age=") and "public" in icon["Cache-Control"]
    touch = client.get("/apple-touch-icon.png")
    drawn = image(touch)
    assert (touch["Content-Type"], drawn.format, drawn.size) == ("image/png", "PNG", (180, 180))
    assert drawn.mode == "RGB", "opaque, square corners: the phone rounds them itself and fills clear ones black"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_page_names_the_icons(client, settings, language):
    assert icons_named(client.get(f"/{language}/")) == ICONS
    assert icons_named(client.get(f"/{language}/cities/atlantis/")) == ICONS  # 404
    settings.ROOT_URLCONF = "tests.error_urls"  # its `/<lang>/broken/` raises: the 500 page has its own head
    client.raise_request_exception = False
    assert icons_named(client.get(f"/{language}/broken/")) == ICONS
    for href in ICONS:
        assert client.get(href).status_code == 200, href
