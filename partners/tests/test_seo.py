"""Search engines and link previews: sitemap, head metadata, JSON-LD, OpenGraph, share images, Atom feeds."""

import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.conf import settings as django_settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cooperations.models import CooperationStoryPage
from events.factories import EventIndexPageFactory, EventPageFactory
from iurc_site.core.factories import (
    AchievementsPageFactory,
    ContactPageFactory,
    ProgrammePageFactory,
    published,
)
from iurc_site.core.models import SiteSettings
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsArticlePage
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.pages import path_of, soup
from tests.partners_support import LANGUAGES, make_city, make_story

pytestmark = pytest.mark.django_db  # pages from the factories: Chongqing, Mannheim and their story (`pair`)

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# W3C Datetime (https://www.w3.org/TR/NOTE-datetime), the forms a sitemap's <lastmod> may take.
W3C_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN"}
PROGRAMME_NAME = {"en": "Test cooperation programme", "zh-hans": "测试合作项目"}  # in the site settings


def parse_sitemap(client):
    """`{loc: {"lastmod": str, "alternates": {hreflang: href}}}`, checking the sitemap's structure on the way."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    entries = {}
    for url in root:
        assert url.tag == f"{SITEMAP}url"
        children = [child.tag for child in url]
        assert children.count(f"{SITEMAP}loc") == 1
        assert set(children) <= {f"{SITEMAP}loc", f"{SITEMAP}lastmod", f"{XHTML}link"}, children
        loc = url.findtext(f"{SITEMAP}loc")
        assert urlparse(loc).scheme == "http" and urlparse(loc).netloc == "testserver" and len(loc) < 2048
        assert loc not in entries, f"duplicate <loc> {loc}"
        lastmod = url.findtext(f"{SITEMAP}lastmod")
        assert lastmod and W3C_DATETIME.match(lastmod), lastmod
        alternates = {}
        for link in url.findall(f"{XHTML}link"):
            assert link.get("rel") == "alternate"
            assert link.get("hreflang") not in alternates
            alternates[link.get("hreflang")] = link.get("href")
        entries[loc] = {"lastmod": lastmod, "alternates": alternates}
    assert len(root) == len(entries)
    return entries


@pytest.fixture
def site_pages(pair, home):
    """A site with a live page of every type (the pair's city and story among them), each as its specific type."""
    published(ProgrammePageFactory(parent=home, slug="background", title="Background", title_zh_hans="背景"))
    published(AchievementsPageFactory(parent=home))
    published(ContactPageFactory(parent=home))
    events = published(EventIndexPageFactory(parent=home))
    published(EventPageFactory(parent=events, cities=[pair.chongqing]))
    news = published(NewsIndexPageFactory(parent=home))
    published(NewsArticlePageFactory(parent=news, stories=[pair.story]))
    publications = published(PublicationIndexPageFactory(parent=home))
    published(PublicationPageFactory(parent=publications))
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


def expected_urls(page):
    path = path_of(page)
    return {code: f"http://testserver/{code}{path}" for code in page.specific.available_languages}


def test_sitemap_lists_every_live_page_in_each_of_its_languages(client, site_pages):
    untranslated = make_city("testville", "Testville")
    draft = make_city("draftville", "Draftville", "草稿城")
    draft.unpublish()
    entries = parse_sitemap(client)
    expected = {}
    for page in [*site_pages, untranslated]:
        for url in expected_urls(page).values():
            expected[url] = page
    assert set(entries) == set(expected)
    assert len(entries) == 2 * len(site_pages) + 1
    assert {type(page).__name__ for page in site_pages} >= set(JSON_LD_TYPES)  # each type with its own JSON-LD
    assert "http://testserver/zh-hans/cities/testville/" not in entries
    assert not [loc for loc in entries if "draftville" in loc]
    for loc, page in expected.items():
        alternates = entries[loc]["alternates"]
        languages = expected_urls(page)
        assert alternates == {
            **{LANGUAGES[code]: url for code, url in languages.items()},
            "x-default": languages["en"],
        }, loc
        published = datetime.fromisoformat(entries[loc]["lastmod"].replace("Z", "+00:00"))
        assert published == page.last_published_at.replace(microsecond=0), loc


@pytest.mark.usefixtures("pair")
def test_every_sitemap_alternate_is_listed_and_points_back(client):
    make_city("testville", "Testville")
    entries = parse_sitemap(client)
    for loc, entry in entries.items():
        alternates = entry["alternates"]
        assert loc in alternates.values(), f"{loc} does not list itself"
        for hreflang, href in alternates.items():
            assert href in entries, f"{loc}: alternate {hreflang} {href} is not in the sitemap"
            assert entries[href]["alternates"] == alternates, f"{href} does not point back to {loc}"


def head_links(document):
    return {link["hreflang"]: link["href"] for link in document.select('head link[rel="alternate"][hreflang]')}


def test_every_page_head_matches_the_sitemap_and_describes_the_page(client, site_pages):
    """One pass over the sitemap: hreflang and canonical as listed, then title, description, OpenGraph, JSON-LD."""
    make_city("testville", "Testville")
    pages = {url: (page, code) for page in site_pages for code, url in expected_urls(page).items()}
    entries = parse_sitemap(client)
    for loc, entry in entries.items():
        document = soup(client.get(loc))
        assert head_links(document) == entry["alternates"], loc
        assert document.select_one('link[rel="canonical"]')["href"] == loc
        if loc in pages:
            check_title_and_description(document, *pages[loc])
            check_opengraph(document, loc, *pages[loc])
            check_json_ld_types(document, pages[loc][0])
    assert len(pages) == len(entries) - 1  # all but testville
    # The Chinese address of an untranslated page is not in the sitemap; its head sends engines to English.
    document = soup(client.get("/zh-hans/cities/testville/"))
    assert head_links(document) == {
        "en": "http://testserver/en/cities/testville/",
        "x-default": "http://testserver/en/cities/testville/",
    }
    assert document.select_one('link[rel="canonical"]')["href"] == "http://testserver/en/cities/testville/"


# --- Title, description, content-language --------------------------------------------------------------


def meta(document, name):
    tag = document.select_one(f'meta[name="{name}"]') or document.select_one(f'meta[property="{name}"]')
    return tag["content"] if tag else None


def check_title_and_description(document, page, code):
    """`<title>` and description in the page's language: SEO fields first, then the title and summary."""
    suffix = f"_{code.replace('-', '_')}"
    title = getattr(page, f"seo_title{suffix}") or getattr(page, f"title{suffix}")
    assert document.title.get_text().startswith(f"{title} · "), page
    summary = getattr(page, f"search_description{suffix}") or getattr(page, f"summary{suffix}")
    if summary:
        assert meta(document, "description") == summary[:299] + ("…" if len(summary) > 300 else summary[299:])


def check_opengraph(document, url, page, code):
    other = "en" if code == "zh-hans" else "zh-hans"
    assert meta(document, "og:title") == document.title.get_text().rsplit(" · ", 1)[0], url
    assert meta(document, "og:url") == url
    assert meta(document, "og:locale") == OG_LOCALES[code]
    alternates = [tag["content"] for tag in document.select('meta[property="og:locale:alternate"]')]
    assert alternates == [OG_LOCALES[other]]
    assert meta(document, "og:site_name") == "IURC-China"
    is_article = isinstance(page, CooperationStoryPage | NewsArticlePage)
    assert meta(document, "og:type") == ("article" if is_article else "website")
    assert meta(document, "og:description") == meta(document, "description")
    assert meta(document, "og:image").startswith("http://testserver/")
    assert (meta(document, "og:image:width"), meta(document, "og:image:height")) == ("1200", "630")
    assert meta(document, "twitter:card") == "summary_large_image"
    assert meta(document, "twitter:image") == meta(document, "og:image")


JSON_LD_TYPES = {
    "HomePage": "Organization",
    "CityPage": "Place",
    "CooperationStoryPage": "Article",
    "CityIndexPage": "CollectionPage",
    "CooperationIndexPage": "CollectionPage",
    "EventIndexPage": "CollectionPage",
    "ContactPage": "ContactPage",
    "NewsIndexPage": "CollectionPage",
    "NewsArticlePage": "NewsArticle",
    "EventPage": "Event",
    "PublicationIndexPage": "CollectionPage",
    "PublicationPage": "DigitalDocument",
}


def check_json_ld_types(document, page):
    data = structured_data(document)
    expected = {JSON_LD_TYPES.get(type(page).__name__, "WebPage")}
    if page.depth > 2:
        expected.add("BreadcrumbList")
    assert set(data) == expected, page
    for item in data.values():
        assert item["@context"] == "https://schema.org"


def test_seo_fields_win_and_never_leak_into_the_other_language(client, pair):
    city = pair.chongqing
    city.seo_title_en = "Chongqing, EU–China case city"
    city.search_description_en = "English search description."
    city.save_revision().publish()
    english = soup(client.get("/en/cities/chongqing/"))
    assert english.title.get_text().startswith("Chongqing, EU–China case city · ")
    assert meta(english, "description") == "English search description."
    assert meta(english, "og:title") == "Chongqing, EU–China case city"
    chinese = soup(client.get("/zh-hans/cities/chongqing/"))
    assert chinese.title.get_text().startswith("重庆 · ")
    assert meta(chinese, "description") == "重庆，长江上游的直辖市。"
    assert meta(chinese, "og:title") == "重庆"


@pytest.mark.usefixtures("pair")
def test_the_language_is_in_html_lang_and_the_header_not_in_an_obsolete_meta(client):
    """`<meta http-equiv="content-language">` is obsolete HTML (the Nu checker's error); `<html lang>` and the
    Content-Language header say it."""
    make_city("testville", "Testville")
    for url, language in [
        ("/zh-hans/cities/chongqing/", "zh-Hans"),
        ("/en/cities/chongqing/", "en"),
        ("/zh-hans/cities/testville/", "zh-Hans"),  # the page's text is English (lang="en" on it), the UI Chinese
    ]:
        response = client.get(url)
        document = soup(response)
        assert document.select_one("meta[http-equiv]") is None, url
        assert document.html["lang"] == language
        assert response["Content-Language"].lower() == language.lower()


# --- JSON-LD --------------------------------------------------------------------------------------------


def structured_data(document):
    scripts = document.select('script[type="application/ld+json"]')
    return {item["@type"]: item for item in (json.loads(script.string) for script in scripts)}


@pytest.fixture
def site_settings(home):
    """The site settings with the programme's name, as every site has it (the author of its articles and feeds)."""
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.programme_name_en, settings.programme_name_zh_hans = PROGRAMME_NAME.values()
    settings.save()
    return settings


@pytest.mark.parametrize("code", LANGUAGES)
def test_home_json_ld_is_the_organisation(client, site_settings, code):
    settings = site_settings
    settings.address_en, settings.address_zh_hans = "1 Test Street, Brussels", "布鲁塞尔测试街1号"
    settings.email, settings.postcode = "info@example.org", "1000"
    settings.save()
    organisation = structured_data(soup(client.get(f"/{code}/")))["Organization"]
    suffix = code.replace("-", "_")
    assert organisation["name"] == getattr(settings, f"programme_name_{suffix}")
    assert organisation["url"] == f"http://testserver/{code}/"
    assert organisation["email"] == "info@example.org"
    assert organisation["address"]["streetAddress"] == getattr(settings, f"address_{suffix}")
    assert organisation["address"]["postalCode"] == "1000"
    # The logo is the square brand mark, not the 1200×630 share card.
    assert organisation["logo"] == {
        "@type": "ImageObject",
        "url": "http://testserver/static/img/logo.png",
        "width": 512,
        "height": 512,
    }
    assert image_size(client, organisation["logo"]["url"]) == (512, 512)


@pytest.mark.parametrize("code", LANGUAGES)
def test_city_json_ld_is_a_place_with_coordinates_and_breadcrumbs(client, pair, code):
    city = pair.chongqing
    data = structured_data(soup(client.get(f"/{code}/cities/chongqing/")))
    place = data["Place"]
    suffix = code.replace("-", "_")
    assert place["name"] == getattr(city, f"title_{suffix}")
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 29.56, "longitude": 106.55}
    assert float(city.latitude) == 29.56
    assert place["address"]["addressCountry"] == "CN"
    assert place["address"]["addressRegion"] == getattr(city, f"region_{suffix}")
    assert place["address"]["addressRegion"] == {"en": "Chongqing Municipality", "zh-hans": "重庆市"}[code]
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert [crumb["item"] for crumb in crumbs] == [
        f"http://testserver/{code}/",
        f"http://testserver/{code}/cities/",
        f"http://testserver/{code}/cities/chongqing/",
    ]
    assert crumbs[-1]["name"] == place["name"]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.usefixtures("site_settings")
def test_story_json_ld_is_an_article_about_its_cities(client, pair, code):
    story = pair.story
    article = structured_data(soup(client.get(f"/{code}/cooperation/chongqing-mannheim/")))["Article"]
    suffix = code.replace("-", "_")
    assert article["headline"] == getattr(story, f"title_{suffix}")
    assert article["inLanguage"] == LANGUAGES[code]
    about = {"en": ["Chongqing", "Mannheim"], "zh-hans": ["重庆", "曼海姆"]}[code]  # its Chinese, then European cities
    assert [place["name"] for place in article["about"]] == about
    assert article["about"][0]["url"] == f"http://testserver/{code}/cities/chongqing/"
    # The story's own date (the year its cooperation began), not the day the content was loaded.
    assert article["datePublished"] == str(story.start_year) == "2017"
    assert article["temporalCoverage"] == f"{story.start_year}/{story.end_year}"
    assert W3C_DATETIME.match(article["dateModified"])
    programme = {
        "@type": "Organization",
        "name": PROGRAMME_NAME[code],
        "url": f"http://testserver/{code}/",
        "logo": {"@type": "ImageObject", "url": "http://testserver/static/img/logo.png", "width": 512, "height": 512},
    }
    assert article["author"] == article["publisher"] == programme


def test_json_ld_cannot_be_broken_out_of(client, pair):
    city = pair.chongqing
    hostile = 'Chongqing</script><script>alert("x")</script> & <!--'
    city.title_en = hostile
    city.save_revision().publish()
    html = client.get("/en/cities/chongqing/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert blocks and all("<" not in block for block in blocks)
    assert json.loads(blocks[0])["name"] == hostile


# --- OpenGraph, Twitter and share images ----------------------------------------------------------------


def image_size(client, url):
    """Pixel size of a static file (served by WhiteNoise) or of an uploaded image or rendition (read from disk)."""
    path = urlparse(url).path
    if path.startswith(django_settings.MEDIA_URL):
        with PillowImage.open(Path(django_settings.MEDIA_ROOT) / path.removeprefix(django_settings.MEDIA_URL)) as image:
            return image.size
    response = client.get(path)
    assert response.status_code == 200, url
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return PillowImage.open(io.BytesIO(content)).size


@pytest.mark.usefixtures("pair")
def test_default_share_images_are_real_files_of_the_advertised_size(client):
    document = soup(client.get("/zh-hans/cities/chongqing/"))
    assert image_size(client, meta(document, "og:image")) == (1200, 630)
    first_image = document.body.find("img")
    assert first_image is not None and first_image["alt"] == ""
    assert document.body.find(True) is first_image, "the share image must come first in <body>"
    width, height = image_size(client, first_image["src"])
    assert (str(width), str(height)) == (first_image["width"], first_image["height"])
    assert width >= 300 and height >= 300


def make_image(title, size):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, (30, 90, 160)).save(buffer, format="PNG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def test_page_image_then_site_default_image_are_used_as_1200x630_renditions(client, pair, home):
    published(ProgrammePageFactory(parent=home, slug="background"))  # no image of its own
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = make_image("site-default", (1600, 1000))
    site_settings.save()
    city = pair.chongqing
    city.image = make_image("chongqing", (2000, 1500))
    city.save_revision().publish()

    own = soup(client.get("/en/cities/chongqing/"))
    drawn = soup(client.get("/en/cities/mannheim/"))  # no photo: its cover art, drawn as a PNG
    default = soup(client.get("/en/background/"))
    assert meta(own, "og:image") != meta(default, "og:image")
    assert "chongqing" in meta(own, "og:image") and "site-default" in meta(default, "og:image")
    assert "/media/share/city-" in meta(drawn, "og:image")
    for document in (own, drawn, default):
        assert image_size(client, meta(document, "og:image")) == (1200, 630)
        body_image = document.body.find("img")
        assert image_size(client, body_image["src"]) == (300, 300)


def test_untranslated_page_under_chinese_prefix_shares_the_english_version(client, city_directory):
    make_city("testville", "Testville")
    document = soup(client.get("/zh-hans/cities/testville/"))
    assert meta(document, "og:locale") == "en_GB"
    assert document.select('meta[property="og:locale:alternate"]') == []
    assert meta(document, "og:url") == "http://testserver/en/cities/testville/"
    assert meta(document, "og:title") == "Testville"


# --- Feeds ----------------------------------------------------------------------------------------------


def parse_feed(client, code):
    response = client.get(f"/{code}/cooperation/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.usefixtures("site_settings")
def test_story_feed_is_valid_atom_in_its_language(client, pair, code):
    make_story("test-story", "Untranslated test story", chinese=[pair.chongqing], european=[pair.mannheim])
    root = parse_feed(client, code)
    assert root.get(XML_LANG) == LANGUAGES[code]
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert RFC3339.match(root.findtext(f"{ATOM}updated"))
    assert root.find(f"{ATOM}author/{ATOM}name").text == PROGRAMME_NAME[code]
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {
        "self": f"http://testserver/{code}/cooperation/feed/",
        "alternate": f"http://testserver/{code}/cooperation/",
    }
    suffix = code.replace("-", "_")
    stories = (
        CooperationStoryPage.objects.live().exclude(**{f"title_{suffix}": ""}).order_by("-first_published_at", "-pk")
    )
    entries = root.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [getattr(s, f"title_{suffix}") for s in stories]
    assert len(entries) == (2 if code == "en" else 1)
    assert ("Untranslated test story" in [entry.findtext(f"{ATOM}title") for entry in entries]) == (code == "en")
    ids = set()
    for entry, story in zip(entries, stories, strict=True):
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        link = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert link == f"http://testserver/{code}/cooperation/{story.slug}/"
        assert client.get(link).status_code == 200
        ids.add(entry.findtext(f"{ATOM}id"))
        assert entry.findtext(f"{ATOM}summary") == getattr(story, f"summary_{suffix}")
    assert len(ids) == len(entries)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.usefixtures("pair")
def test_every_page_links_the_feed_of_its_language(client, code):
    for path in ["/", "/cooperation/", "/cities/chongqing/"]:
        document = soup(client.get(f"/{code}{path}"))
        feed = document.select_one('head link[rel="alternate"][type="application/atom+xml"]')
        assert feed["href"] == f"http://testserver/{code}/cooperation/feed/"
        assert feed["title"]


def test_feed_entry_ids_survive_a_slug_change(client, pair):
    before = {entry.findtext(f"{ATOM}id") for entry in parse_feed(client, "en").findall(f"{ATOM}entry")}
    assert len(before) == 1
    story = pair.story
    story.slug = "chongqing-mannheim-railway"
    story.save_revision().publish()
    after = {entry.findtext(f"{ATOM}id") for entry in parse_feed(client, "en").findall(f"{ATOM}entry")}
    assert before == after
