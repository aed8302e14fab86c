"""The embed cards in a real browser, framed by another site's page: the snippet's script sizes each frame to its
card, the largest cards (Yangzhou's, four partners, with an image) fit the snippet's fixed height, and nothing
breaks the cards' policy."""

import pytest
import wagtail_factories

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from partners.templatetags.partners_tags import EMBED_SIZE
from tests.embed_urls import PARTNER_PAGE

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "zh-hans"]
IMAGE_TEXT = {
    "image_alt": "Partner city delegation at the city hall",
    "image_alt_en": "Partner city delegation at the city hall",
    "image_alt_zh_hans": "合作城市代表团在市政厅",
    "image_credit": "© City of Yangzhou and IURC-China, CC BY 4.0",
    "image_credit_en": "© City of Yangzhou and IURC-China, CC BY 4.0",
    "image_credit_zh_hans": "© 扬州市和IURC-China，CC BY 4.0",
}
# Collects, on the partner's page, each frame's reported height and any CSP violation.
RECORD = """
window.__heights = [];
window.addEventListener("message", (event) => {
  const frames = Array.from(document.querySelectorAll("iframe"));
  const index = frames.findIndex((frame) => frame.contentWindow === event.source);
  if (index >= 0 && event.data && typeof event.data.iurcEmbedHeight === "number") {
    window.__heights[index] = event.data.iurcEmbedHeight;
  }
});
"""


@pytest.fixture(scope="module")
def pictured_cards(site_server, django_db_blocker):
    """Every case city and story with a 16:9 image, alt text and credit (committed, for the live server)."""
    with django_db_blocker.unblock():
        image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
        for model in (CityPage, CooperationStoryPage):
            model.objects.update(image=image, **IMAGE_TEXT)
    yield
    with django_db_blocker.unblock():
        for model in (CityPage, CooperationStoryPage):
            model.objects.update(image=None, **dict.fromkeys(IMAGE_TEXT, ""))
        image.delete()


@pytest.fixture
def embed_urls(settings):
    """Media and the partner's page from the live server (tests/embed_urls.py)."""
    settings.ROOT_URLCONF = "tests.embed_urls"


def partner_page(tab, html):
    """Open `html` as a page of another site (127.0.0.1 instead of localhost) that frames our cards."""
    PARTNER_PAGE["html"] = html
    tab.page.add_init_script(RECORD)
    address = f"/partner-page/?v={hash(html)}"  # a new address per page: the browser may cache the last one
    tab.page.goto(tab.base_url.replace("localhost", "127.0.0.1") + address)


def wait_for_heights(tab, count):
    tab.page.wait_for_function(
        f"window.__heights.filter((h) => typeof h === 'number').length === {count}", timeout=60_000
    )
    tab.page.wait_for_timeout(300)  # a late layout change (a font, the image) reports again
    return tab.page.evaluate("window.__heights")


def csp_violations(tab):
    return [error for error in tab.console_errors if "Content Security Policy" in error]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_snippet_sizes_its_frame_to_the_card(tab, pictured_cards, embed_urls, site_server, language):
    """The link kit's snippet, pasted on a partner's page: the frame takes the card's height, nothing is clipped."""
    snippets = []
    for path in ("/cities/yangzhou/", "/cooperation/yangzhou-horticultural-expo/"):
        tab.goto(f"/{language}{path}")
        snippets.append(tab.page.locator("#embed-snippet").input_value())
    html = (
        f'<!DOCTYPE html><html lang="en"><head><title>Partner</title></head><body style="margin:1rem">'
        f"<h1>Our partners</h1>{snippets[0]}{snippets[1]}</body></html>"
    )
    partner_page(tab, html)
    frames = tab.page.locator("iframe")
    frames.last.scroll_into_view_if_needed()  # the snippet loads lazily
    heights = wait_for_heights(tab, 2)
    for index, reported in enumerate(heights):
        frame = frames.nth(index)
        assert frame.get_attribute("height") == str(reported)
        assert frame.evaluate("(frame) => getComputedStyle(frame).borderTopWidth") == "0px"
        assert 250 < reported <= EMBED_SIZE["c"][1], reported
        content = tab.page.frames[index + 1]
        # Not clipped: the card's document is no taller than its frame.
        assert content.evaluate("document.documentElement.scrollHeight") <= reported
        assert content.evaluate("document.querySelector('.embed-card__image img').naturalWidth") > 0
    tab.screenshot(f"embed-partner-page-{language}")
    assert not csp_violations(tab), csp_violations(tab)
    assert not [url for url in tab.foreign_requests if "127.0.0.1" not in url]
