"""The publication pages in a real browser, both languages, desktop and phone: clean console, no other host,
axe-core, no sideways scroll. Screenshots go to test-artifacts/screenshots/publications/."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from cities.models import CityPage
from iurc_site.core.models import ProgrammeDocument
from publications.models import PublicationIndexPage, PublicationPage

from .conftest import DESKTOP, PHONE, SCREENSHOTS, Tab

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "zh-hans"]
# name -> path below the language prefix; "empty" runs before any publication exists.
PAGES = {
    "index": "/publications/",
    "index-filtered": "/publications/?type=report&year=abc&page=1",
    "publication": "/publications/demo-publication-0/",
    "publication-placeholder": "/publications/demo-notes/",
    "city": "/cities/chongqing/",
}


@pytest.fixture(scope="module")
def publications(site_server, django_db_blocker):
    """Fourteen demo publications with sample PDFs, one about Chongqing, and one Word file without a cover
    (committed, for the live server)."""
    with django_db_blocker.unblock():
        call_command("generate_demo_content", cities=0, stories=0, publications=14, stdout=io.StringIO())
        chongqing = CityPage.objects.get(slug="chongqing")
        first = PublicationPage.objects.get(slug="demo-publication-0")
        first.cities.add(chongqing)
        first.save_revision().publish()
        document = ProgrammeDocument.objects.create(
            title="Demo notes", file=ContentFile(b"x" * 4000, name="demo-notes.docx"), file_size=4000, language="en"
        )
        notes = PublicationPage(
            slug="demo-notes",
            title="Demo workshop notes",
            title_en="Demo workshop notes",
            title_zh_hans="示例研讨会纪要",
            year=2026,
            publication_type="action-plan",
            file_language="en",
            document=document,
        )
        notes.cities = [chongqing]
        PublicationIndexPage.objects.get().add_child(instance=notes)
    yield
    with django_db_blocker.unblock():
        notes.delete()
        document.delete()
        call_command("generate_demo_content", delete=True, stdout=io.StringIO())


def check(tab, url, name):
    problems = []
    for viewport_name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        tab.page.set_viewport_size(viewport)
        response = tab.goto(url)
        assert response.status == 200, url
        assert tab.page.locator("h1").count() == 1, f"{url}: one h1 per page"
        problems += [f"{viewport_name} axe: {violation}" for violation in tab.axe_violations()]
        if viewport_name == "phone" and (overflow := tab.horizontal_overflow()) > 0:
            problems.append(f"phone: the page scrolls sideways by {overflow}px")
        (SCREENSHOTS / "publications").mkdir(parents=True, exist_ok=True)
        tab.screenshot(f"publications/{name}-{viewport_name}")
    problems += [f"console: {error}" for error in tab.console_errors]
    problems += [f"request to another host: {url}" for url in tab.foreign_requests]
    assert not problems, f"{url}:\n" + "\n".join(problems)


@pytest.fixture
def own_tab(chromium, site_server, db):
    """A tab of its own browser context, whose HTTP cache keeps no page for the tests with publications."""
    context = chromium.new_context(viewport=DESKTOP, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Tab(page, site_server.url)
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_library(own_tab, language):
    check(own_tab, f"/{language}/publications/", f"index-empty-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_publication_page(tab, publications, name, language):
    check(tab, f"/{language}{PAGES[name]}", f"{name}-{language}")
