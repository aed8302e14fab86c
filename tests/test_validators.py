"""The site against validators nobody here wrote: the W3C Nu HTML Checker (vnu.jar) on every page of the sitemap
in both languages plus search, filtered listings, embed cards and 404s; the Atom feeds against RFC 4287's RELAX NG
schema (with Jing, which vnu.jar carries); the JSON-LD of every page type, parsed and checked.

vnu.jar comes from the npm package vnu-jar (`npm install --prefix var/vnu vnu-jar@26.9.27`, as .ci/run does) and
needs Java (`apt-get install default-jre-headless`); without either the checker tests are skipped, saying so.
"""

import io
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site, get_page_models

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import SiteSettings
from publications.factories import PublicationPageFactory
from publications.models import PublicationIndexPage
from tests.pages import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme")]  # about the programme content

BASE_DIR = Path(__file__).resolve().parent.parent
VNU_JAR = BASE_DIR / "var" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JING = "nu.validator.vendor.thaiopensource.relaxng.util.Driver"  # Jing, as vnu.jar vendors it
ATOM_SCHEMA = Path(__file__).parent / "schemas" / "atom.rnc"
LANGUAGES = {"en": "en", "zh-hans": "zh-Hans"}
SEARCH_WORDS = {"en": "Mannheim", "zh-hans": "扬州"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"


def java_and_vnu():
    if not shutil.which("java"):
        pytest.skip("java is not installed (apt-get install default-jre-headless); CI installs it")
    if not VNU_JAR.exists():
        pytest.skip(
            f"{VNU_JAR.relative_to(BASE_DIR)} is missing (npm install --prefix var/vnu vnu-jar); CI installs it"
        )
    return VNU_JAR


def local(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def html_documents(client):
    """`{name: (url, status, html)}`: every sitemap page, search, filtered listings, every embed card, 404s."""
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    urls = [(local(loc.text), 200) for loc in sitemap.iter(f"{SITEMAP}loc")]
    for code, word in SEARCH_WORDS.items():
        urls += [
            (f"/{code}/search/?q={word}", 200),
            (f"/{code}/search/?q=no-such-word-anywhere", 200),
            (f"/{code}/search/", 200),
            (f"/{code}/cities/?side=eu&country=it", 200),
            (f"/{code}/cities/?phase=iurc", 200),
            (f"/{code}/cooperation/?theme=smart-city", 200),
            (f"/{code}/cooperation/?sdg=11", 200),
            (f"/{code}/news/?year=abc&page=2", 200),
            (f"/{code}/cities/atlantis/", 404),
            (f"/embed/c/999999/?lang={code}", 404),
            (f"/c/999999/{code}/", 404),
        ]
        urls += [(f"/embed/c/{pk}/?lang={code}", 200) for pk in CityPage.objects.live().values_list("pk", flat=True)]
        urls += [
            (f"/embed/s/{pk}/?lang={code}", 200)
            for pk in CooperationStoryPage.objects.live().values_list("pk", flat=True)
        ]
    documents = {}
    for url, status in urls:
        response = client.get(url)
        assert response.status_code == status, url
        documents[url] = response.content.decode()
    return documents


def nu_check(paths):
    """Run the Nu HTML Checker once over all `paths`: its messages (JSON output), errors and warnings."""
    result = subprocess.run(
        ["java", "-Xss8m", "-jar", str(java_and_vnu()), "--format", "json", "--exit-zero-always", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stderr)["messages"]


def demo_news():
    """Thirteen articles (two pages of the news index) and four events, past and upcoming: the loaded content has
    neither."""
    call_command("generate_demo_content", cities=0, stories=0, news=13, events=4, stdout=io.StringIO())


def test_every_page_passes_the_nu_html_checker(client, tmp_path):
    java_and_vnu()
    demo_news()
    documents = html_documents(client)
    files = {}
    for number, (url, html) in enumerate(documents.items()):
        path = tmp_path / f"{number:03d}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = url
    messages = nu_check(sorted(tmp_path.glob("*.html")))
    errors = [
        f"{files.get(Path(message.get('url', '')).name)}:{message.get('lastLine')}: {message['message']}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    print(f"Nu HTML Checker: {len(documents)} documents, {len(errors)} errors")
    assert len(documents) > 150
    assert not errors, "\n".join(errors[:50])


@pytest.fixture
def broken_html(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
        '<meta http-equiv="content-language" content="zh-Hans"><title>x</title></head><body></p></body></html>',
        encoding="utf-8",
    )
    return path


def test_the_nu_checker_reports_a_broken_page(broken_html):
    """The check above can fail: the obsolete content-language meta and a stray end tag are reported."""
    messages = nu_check([broken_html])
    errors = [message["message"] for message in messages if message["type"] == "error"]
    assert any("document-wide default language" in error for error in errors), errors
    assert any("</p>" in error or "“p”" in error for error in errors), errors


# --- Atom ------------------------------------------------------------------------------------------------


def jing(paths):
    result = subprocess.run(
        ["java", "-cp", str(java_and_vnu()), JING, "-c", str(ATOM_SCHEMA), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return [line for line in (result.stdout + result.stderr).splitlines() if ": error: " in line]


def schematron_rules(feed):
    """The schema's two Schematron rules, which RELAX NG leaves unchecked (RFC 4287, 4.1.1 and 4.1.2)."""
    problems = []
    root = ET.fromstring(feed)
    entries = root.findall(f"{ATOM}entry")
    if root.find(f"{ATOM}author") is None and any(entry.find(f"{ATOM}author") is None for entry in entries):
        problems.append("an entry without an author in a feed without one")
    for entry in entries:
        links = [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        if not links and entry.find(f"{ATOM}content") is None:
            problems.append(f"{entry.findtext(f'{ATOM}id')}: neither an alternate link nor content")
    return problems


def test_the_atom_feeds_are_valid_against_rfc_4287(client, tmp_path):
    demo_news()
    paths = []
    for code, section in ((code, section) for code in LANGUAGES for section in ("cooperation", "news")):
        response = client.get(f"/{code}/{section}/feed/")
        assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
        assert ET.fromstring(response.content).findall(f"{ATOM}entry")
        assert not schematron_rules(response.content), code
        path = tmp_path / f"feed-{section}-{code}.xml"
        path.write_bytes(response.content)
        paths.append(path)
    errors = jing(paths)
    print(f"Jing (RFC 4287 schema): {len(paths)} feeds, {len(errors)} errors")
    assert not errors, "\n".join(errors)


def test_the_atom_schema_check_can_fail(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><updated>soon</updated></feed>')
    errors = jing([path])
    assert any("id" in error for error in errors) and any("updated" in error for error in errors), errors
    assert schematron_rules(b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id></entry></feed>') == [
        "an entry without an author in a feed without one",
        "urn:x: neither an alternate link nor content",
    ]


# --- JSON-LD ---------------------------------------------------------------------------------------------

ISO_DATE = re.compile(r"^\d{4}(-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?)?$")


def json_ld(document):
    """`{@type: object}` of the page's JSON-LD blocks, each parsed strictly."""
    items = [json.loads(script.string) for script in document.select('script[type="application/ld+json"]')]
    for item in items:
        assert item["@context"] == "https://schema.org"
    types = [item["@type"] for item in items]
    assert len(types) == len(set(types)), types
    return {item["@type"]: item for item in items}


def absolute(url):
    return url.startswith("http://testserver/")


def check_logo(logo, client):
    """A square raster logo of at least 112 px, served here: the brand mark, not the 1200×630 share card."""
    assert logo["@type"] == "ImageObject" and absolute(logo["url"])
    assert logo["width"] == logo["height"] >= 112
    assert client.get(local(logo["url"])).status_code == 200


def check_organisation_reference(data, code, client):
    programme = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert data["@type"] == "Organization"
    assert data["name"] == getattr(programme, f"programme_name_{code.replace('-', '_')}")
    assert data["url"] == f"http://testserver/{code}/"
    check_logo(data["logo"], client)


def check_web_page(data, page, code, schema_type="WebPage"):
    assert data["@type"] == schema_type
    assert data["name"] and absolute(data["url"]) and data["inLanguage"] == LANGUAGES[code]
    assert data["isPartOf"] == {"@type": "WebSite", "name": "IURC-China", "url": f"http://testserver/{code}/"}


def check_home(data, page, code, client):
    item = data["Organization"]
    check_logo(item["logo"], client)
    assert item["name"] and item["url"] == f"http://testserver/{code}/" and item["alternateName"] == "IURC-China"
    assert "@" in item["email"] and item["address"]["streetAddress"]


def check_programme(data, page, code, client):
    check_web_page(data["WebPage"], page, code)


def check_index(data, page, code, client):
    check_web_page(data["CollectionPage"], page, code, "CollectionPage")


def check_contact(data, page, code, client):
    check_web_page(data["ContactPage"], page, code, "ContactPage")
    check_organisation_reference(data["ContactPage"]["about"], code, client)


def check_city(data, page, code, client):
    place = data["Place"]
    suffix = code.replace("-", "_")
    assert place["name"] == getattr(page, f"title_{suffix}")
    assert -90 <= place["geo"]["latitude"] <= 90 and -180 <= place["geo"]["longitude"] <= 180
    address = place["address"]
    assert re.fullmatch(r"[A-Z]{2}", address["addressCountry"])
    if page.region:
        # The region's name in the page's language; never a kind of region in its place.
        assert address["addressRegion"] == getattr(page, f"region_{suffix}")
        assert "directly under" not in address["addressRegion"] and address["addressRegion"] != "直辖市"


def check_story(data, page, code, client):
    article = data["Article"]
    assert article["headline"] == getattr(page, f"title_{code.replace('-', '_')}")[:110]
    assert article["inLanguage"] == LANGUAGES[code] and article["mainEntityOfPage"] == article["url"]
    check_organisation_reference(article["author"], code, client)
    check_organisation_reference(article["publisher"], code, client)
    # The story's own date, never the day it was loaded or published here.
    assert article["datePublished"] == str(page.start_year) and ISO_DATE.match(article["datePublished"])
    assert ISO_DATE.match(article["dateModified"])
    assert article["temporalCoverage"].startswith(f"{page.start_year}/")
    assert article["about"] and all(place["@type"] == "Place" and absolute(place["url"]) for place in article["about"])


def check_news_article(data, page, code, client):
    article = data["NewsArticle"]
    assert article["headline"] == getattr(page, f"title_{code.replace('-', '_')}")[:110]
    assert article["inLanguage"] == LANGUAGES[code] and article["mainEntityOfPage"] == article["url"]
    check_organisation_reference(article["author"], code, client)
    check_organisation_reference(article["publisher"], code, client)
    assert article["datePublished"] == page.date.isoformat() and ISO_DATE.match(article["dateModified"])
    assert all(absolute(item["url"]) for item in article["about"])


def check_publication(data, page, code, client):
    document = data["DigitalDocument"]
    assert document["name"] == getattr(page, f"title_{code.replace('-', '_')}")
    assert document["datePublished"] == str(page.year) and document["inLanguage"]
    assert document["encodingFormat"] == "application/pdf" and document["contentSize"]
    assert absolute(document["url"]) and client.get(local(document["url"])).status_code == 200
    check_organisation_reference(document["publisher"], code, client)


def check_event(data, page, code, client):
    event = data["Event"]
    assert event["name"] == getattr(page, f"title_{code.replace('-', '_')}")
    assert event["inLanguage"] == LANGUAGES[code] and absolute(event["url"])
    for key in ("startDate", "endDate"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", event[key]), event[key]
    locations = event["location"] if isinstance(event["location"], list) else [event["location"]]
    assert {location["@type"] for location in locations} <= {"Place", "VirtualLocation"} and locations
    assert event["eventStatus"].startswith("https://schema.org/Event")
    assert event["organizer"]["name"] and all(absolute(item["url"]) for item in event["about"])


# Every page type and the checks of its JSON-LD. A new page type must be added here (the test below says so).
CHECKS = {
    "core.HomePage": check_home,
    "core.ProgrammePage": check_programme,
    "core.AchievementsPage": check_programme,
    "core.ContactPage": check_contact,
    "cities.CityIndexPage": check_index,
    "cities.CityPage": check_city,
    "cooperations.CooperationIndexPage": check_index,
    "cooperations.CooperationStoryPage": check_story,
    "events.EventIndexPage": check_index,
    "events.EventPage": check_event,
    "news.NewsIndexPage": check_index,
    "news.NewsArticlePage": check_news_article,
    "publications.PublicationIndexPage": check_index,
    "publications.PublicationPage": check_publication,
}


def check_breadcrumbs(data, page, url):
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == list(range(1, page.depth))
    assert crumbs[-1]["item"] == url and all(absolute(crumb["item"]) and crumb["name"] for crumb in crumbs)


def test_every_page_type_has_its_json_ld_checked():
    types = {model._meta.label for model in get_page_models() if model is not Page}
    assert types == set(CHECKS), f"add the JSON-LD checks of {types - set(CHECKS)} here"


def test_the_json_ld_of_every_page_in_both_languages(client):
    demo_news()
    PublicationPageFactory(parent=PublicationIndexPage.objects.get())  # the library is loaded empty
    checked = set()
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        label = page._meta.label
        for code in LANGUAGES:
            url = f"http://testserver/{code}/{page.url_path.split('/', 2)[2]}"
            data = json_ld(soup(client.get(url)))
            CHECKS[label](data, page, code, client)
            if page.depth > 2:
                check_breadcrumbs(data, page, url)
            else:
                assert "BreadcrumbList" not in data
            checked.add(label)
    assert checked == set(CHECKS)
