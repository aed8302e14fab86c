"""Links that last: slug-change redirects, permalinks, the link kit (QR, embed snippet), embed cards, robots.txt."""

import re
from html import unescape
from urllib.parse import urljoin

import pytest
import segno
import wagtail_factories
import zxingcpp
from bs4 import BeautifulSoup
from PIL import Image

from tests.pages import soup
from tests.partners_support import LANGUAGES, make_city

pytestmark = pytest.mark.django_db  # pages from the factories: Chongqing, Mannheim and their story (`pair`)


def location(response):
    return urljoin("http://testserver/", response["Location"])


# --- Slug changes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old_slug", "section", "kind"),
    [("chongqing", "chongqing", "cities", "c"), ("story", "chongqing-mannheim", "cooperation", "s")],
)
def test_slug_change_leaves_a_permanent_redirect_in_both_languages(
    client, django_capture_on_commit_callbacks, pair, name, old_slug, section, kind
):
    page = getattr(pair, name)
    assert page.slug == old_slug
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = f"{old_slug}-renamed"
        page.save_revision().publish()
    for code in LANGUAGES:
        response = client.get(f"/{code}/{section}/{old_slug}/")
        assert response.status_code == 301, code
        assert location(response) == f"http://testserver/{code}/{section}/{old_slug}-renamed/", code
        assert client.get(location(response)).status_code == 200
    # The permalink follows the page without any redirect table.
    response = client.get(f"/{kind}/{page.pk}/zh-hans/")
    assert location(response) == f"http://testserver/zh-hans/{section}/{old_slug}-renamed/"


# --- Permalinks -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [("zh-CN,zh;q=0.9,en;q=0.8", "zh-hans"), ("en-GB,en;q=0.9", "en"), ("zh-TW", "en"), ("", "en"), ("de", "en")],
)
def test_permalink_redirects_by_accept_language(client, pair, accept_language, language):
    for kind, page, section in [("c", pair.chongqing, "cities"), ("s", pair.story, "cooperation")]:
        response = client.get(f"/{kind}/{page.pk}/", headers={"accept-language": accept_language})
        assert response.status_code == 302
        assert location(response) == f"http://testserver/{language}/{section}/{page.slug}/"
        assert "Accept-Language" in response["Vary"]


def test_permalink_sends_chinese_readers_to_english_when_the_page_has_no_chinese(client, city_directory):
    city = make_city("testville", "Testville")
    response = client.get(f"/c/{city.pk}/", headers={"accept-language": "zh-CN"})
    assert location(response) == "http://testserver/en/cities/testville/"
    # Pinned, the reader gets the Chinese address (it shows the English text with a notice).
    response = client.get(f"/c/{city.pk}/zh-hans/", headers={"accept-language": "zh-CN"})
    assert location(response) == "http://testserver/zh-hans/cities/testville/"


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_pinned_permalink_ignores_accept_language(client, pair, language):
    city = pair.chongqing
    response = client.get(f"/c/{city.pk}/{language}/", headers={"accept-language": "de"})
    assert response.status_code == 302
    assert location(response) == f"http://testserver/{language}/cities/chongqing/"


@pytest.mark.parametrize(
    ("url", "accept_language", "language", "heading"),
    [
        ("/c/999999/", "zh-CN", "zh-hans", "页面未找到"),
        ("/c/999999/", "en", "en", "Page not found"),
        ("/s/999999/", "zh-CN", "zh-hans", "页面未找到"),
        ("/c/999999/zh-hans/", "en", "zh-hans", "页面未找到"),
        ("/c/999999/en/", "zh-CN", "en", "Page not found"),
    ],
)
@pytest.mark.usefixtures("home")
def test_unknown_permalink_is_404_in_the_visitors_language(client, url, accept_language, language, heading):
    response = client.get(url, headers={"accept-language": accept_language})
    assert response.status_code == 404
    document = soup(response)
    assert document.html["lang"] == LANGUAGES[language]
    assert heading in document.h1.get_text()
    # The switcher leads to the same permalink pinned to each language, which answers in that language.
    switcher = {a["hreflang"]: a["href"] for a in document.select(".language-switcher a")}
    number = re.search(r"/(\d+)/", url)[1]
    kind = url[1]
    assert switcher == {"en": f"/{kind}/{number}/en/", "zh-Hans": f"/{kind}/{number}/zh-hans/"}
    other = client.get(switcher["zh-Hans" if language == "en" else "en"])
    assert other.status_code == 404
    assert soup(other).html["lang"] != LANGUAGES[language]


def test_permalink_of_wrong_type_or_unpublished_page_is_404(client, pair):
    story, city = pair.story, pair.chongqing
    assert client.get(f"/s/{story.pk}/").status_code == 302
    assert client.get(f"/c/{story.pk}/").status_code == 404  # a story is not a city
    assert client.get(f"/c/{city.pk}/qr.svg").status_code == 200
    city.unpublish()
    assert client.get(f"/c/{city.pk}/").status_code == 404
    assert client.get(f"/c/{city.pk}/qr.svg").status_code == 404


# --- Link kit -------------------------------------------------------------------------------------------


def qr_matrix_from_svg(svg):
    """Rebuild the module matrix from segno's SVG path: `M x y` / `m dx dy` move, `h n` draws n dark modules."""
    size = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg, re.IGNORECASE)[1])
    path = BeautifulSoup(svg, "html.parser").find("path", class_="qrline")["d"]
    matrix = [[0] * size for _ in range(size)]
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path):
        values = [float(value) for value in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            length = values[0] if command == "h" else values[0] - x
            for column in range(int(x), int(x + length)):
                matrix[int(y)][column] = 1  # a line at y + 0.5 darkens row y
            x += length
    return matrix


def decode(matrix, scale=8):
    """Read the QR code with zxing-cpp from a bitmap of the matrix (white quiet zone included in the SVG)."""
    size = len(matrix)
    image = Image.new("L", (size * scale, size * scale), 255)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                image.paste(0, (column * scale, row * scale, (column + 1) * scale, (row + 1) * scale))
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize(("name", "section", "kind"), [("chongqing", "cities", "c"), ("story", "cooperation", "s")])
def test_link_kit_shows_permalinks_a_qr_code_and_an_embed_snippet(client, pair, name, section, kind):
    page = getattr(pair, name)
    slug = page.slug
    for code in LANGUAGES:
        document = soup(client.get(f"/{code}/{section}/{slug}/"))
        kit = document.select_one(".link-kit")
        assert kit is not None
        fields = {field["id"]: field for field in kit.select("input[readonly], textarea[readonly]")}
        assert fields["permalink-default"]["value"] == f"http://testserver/{kind}/{page.pk}/"
        assert fields["permalink-en"]["value"] == f"http://testserver/{kind}/{page.pk}/en/"
        assert fields["permalink-zh-hans"]["value"] == f"http://testserver/{kind}/{page.pk}/zh-hans/"
        # Copy buttons exist for each field, hidden until the script shows them (the text works without JS).
        targets = {button["data-copy-target"] for button in kit.select("button[data-copy-target][hidden]")}
        assert targets == set(fields)
        assert document.select_one('script[src$="js/link-kit.js"]') is not None
        # The QR code is inline SVG that decodes to the language-neutral permalink.
        svg = str(kit.select_one("svg.link-kit__qr-code"))
        matrix = qr_matrix_from_svg(svg)
        assert decode(matrix) == [fields["permalink-default"]["value"]]
        expected = segno.make(fields["permalink-default"]["value"], error="m", micro=False)
        assert matrix == [list(row) for row in expected.matrix_iter(border=4)]
        # The embed snippet: an iframe of the card by the page's id in the page's language, borderless, with a
        # fixed height that fits any card, and the script that fits the frame to the card.
        snippet = BeautifulSoup(fields["embed-snippet"].get_text(), "html.parser")
        iframe, script = snippet.find("iframe"), snippet.find("script")
        assert [tag.name for tag in snippet.find_all(True)] == ["iframe", "script"]
        assert iframe["title"] == getattr(page, f"title_{code.replace('-', '_')}")
        assert iframe["src"] == f"http://testserver/embed/{kind}/{page.pk}/?lang={code}"
        assert iframe["style"] == "border:0" and int(iframe["height"]) >= 500 and iframe["loading"] == "lazy"
        assert script["src"] == "http://testserver/static/js/embed.js" and script.has_attr("async")
        assert client.get(iframe["src"]).status_code == 200
        assert client.get(script["src"]).status_code == 200


def test_link_kit_escapes_the_embed_snippet(client, pair):
    city = pair.chongqing
    city.title_en = 'Chong"qing <b>'
    city.save_revision().publish()
    textarea = soup(client.get("/en/cities/chongqing/")).select_one("#embed-snippet")
    assert textarea.find("b") is None  # text, not markup
    iframe = BeautifulSoup(textarea.get_text(), "html.parser").find("iframe")
    assert iframe["title"] == 'Chong"qing <b>'


def test_qr_code_download_is_an_svg_of_the_permalink(client, pair):
    city = pair.chongqing
    response = client.get(f"/c/{city.pk}/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<?xml")
    assert f"http://testserver/c/{city.pk}/" in unescape(svg)


# --- Embed cards and framing ----------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "other"), [("en", "zh-hans"), ("zh-hans", "en")])
def test_embed_card_is_bilingual_and_links_back(client, pair, language, other):
    city = pair.chongqing
    response = client.get(f"/embed/c/{city.pk}/?lang={language}")
    assert response.status_code == 200
    document = soup(response)
    assert document.html["lang"] == LANGUAGES[language]
    text = document.get_text()
    assert "Chongqing" in text and "重庆" in text
    assert {"en": "China", "zh-hans": "中国"}[language] in text  # the country
    partners = [item.span.get_text() for item in document.select(".embed-card__list li")]
    assert partners == [{"en": "Mannheim", "zh-hans": "曼海姆"}[language]]
    links = {a["href"] for a in document.select("a[href]")}
    assert f"http://testserver/{language}/cities/chongqing/" in links
    assert f"/embed/c/{city.pk}/?lang={other}" in links
    assert "embed-card--cn" in document.select_one(".embed-card")["class"]  # the side's colour, as on the site
    # One script, from this site: it reports the card's height to the framing page.
    assert [script["src"] for script in document.select("script")] == ["/static/js/embed-card.js"]


def test_embed_card_defaults_to_english_and_rejects_bad_input(client, pair):
    city, story = pair.chongqing, pair.story
    assert soup(client.get(f"/embed/c/{city.pk}/")).html["lang"] == "en"
    assert client.get(f"/embed/c/{city.pk}/?lang=fr").status_code == 400
    assert client.get("/embed/c/999999/").status_code == 404
    assert client.get(f"/embed/c/{2**70}/").status_code == 404
    assert client.get(f"/embed/s/{city.pk}/").status_code == 404  # a city's id is not a story's
    assert client.get(f"/embed/s/{story.pk}/?lang=zh-hans").status_code == 200
    assert client.post(f"/embed/s/{story.pk}/").status_code == 405


def test_slug_embed_addresses_redirect_permanently_to_the_id_ones(client, pair):
    city, story = pair.chongqing, pair.story
    response = client.get("/embed/cities/chongqing/?lang=zh-hans")
    assert response.status_code == 301 and response["Location"] == f"/embed/c/{city.pk}/?lang=zh-hans"
    response = client.get("/embed/stories/chongqing-mannheim/")
    assert response.status_code == 301 and response["Location"] == f"/embed/s/{story.pk}/"
    assert client.get("/embed/cities/atlantis/").status_code == 404
    assert client.get("/embed/stories/chongqing/").status_code == 404  # a city slug is not a story
    assert client.get("/embed/cities/chongqing/?lang=fr").status_code == 400


def test_an_old_slug_embed_still_finds_the_renamed_page(client, django_capture_on_commit_callbacks, pair):
    """A partner's snippet written with the slug keeps working after an editor renames the page."""
    city = pair.chongqing
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail makes its redirect on commit
        city.slug = "chongqing-municipality"
        city.save_revision().publish()
    response = client.get("/embed/cities/chongqing/?lang=en")
    assert response.status_code == 301 and response["Location"] == f"/embed/c/{city.pk}/?lang=en"
    assert client.get(response["Location"]).status_code == 200


def test_embed_card_shows_the_page_image_with_alt_text_and_credit(client, pair):
    city = pair.chongqing
    city.image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    city.image_alt_en, city.image_alt_zh_hans = "The Yangtze at dusk", "黄昏时的长江"
    city.image_credit_en, city.image_credit_zh_hans = "© City of Chongqing, CC BY 4.0", "© 重庆市，CC BY 4.0"
    city.save_revision().publish()
    for code, alt, credit in [
        ("en", "The Yangtze at dusk", "© City of Chongqing, CC BY 4.0"),
        ("zh-hans", "黄昏时的长江", "© 重庆市，CC BY 4.0"),
    ]:
        document = soup(client.get(f"/embed/c/{city.pk}/?lang={code}"))
        figure = document.select_one("figure.embed-card__image")
        image = figure.select_one("img")
        assert image["alt"] == alt and figure["lang"] == LANGUAGES[code]
        assert image["src"].startswith("/media/images/") and (int(image["width"]), int(image["height"])) == (360, 203)
        assert {source["type"] for source in figure.select("source")} == {"image/webp"}
        assert figure.select_one("figcaption").get_text(strip=True) == credit
        assert client.get(image["src"]).status_code in (200, 404)  # media is served by the proxy in production


def test_embed_card_without_an_image_has_no_figure(client, pair):
    city = pair.chongqing
    assert city.image is None
    assert soup(client.get(f"/embed/c/{city.pk}/")).select_one("figure") is None


def test_only_the_embed_cards_may_be_framed(client, pair):
    city, story = pair.chongqing, pair.story
    for url in [f"/embed/c/{city.pk}/?lang=en", f"/embed/s/{story.pk}/"]:
        response = client.get(url)
        assert "X-Frame-Options" not in response
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors *" in policy
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    for url in [
        "/en/",
        "/zh-hans/cities/chongqing/",
        "/en/cooperation/feed/",
        "/api/v2/cities/",
        "/sitemap.xml",
        f"/c/{city.pk}/qr.svg",
        "/en/cities/atlantis/",
    ]:
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors *" not in response.get("Content-Security-Policy", ""), url


# --- robots.txt -----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("home")
def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert f"Disallow: /{settings.WAGTAIL_ADMIN_PATH}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200


def test_paths_no_view_matches_still_get_their_language_prefix(client):
    """The 404s above stay 404s because a view answered them; a bare section path still finds its language."""
    response = client.get("/cities/chongqing/", headers={"accept-language": "zh-CN"})
    assert response.status_code == 302
    assert response["Location"] == "/zh-hans/cities/chongqing/"
