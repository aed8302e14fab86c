"""The publication pages in a real browser, both languages, desktop and phone: clean console, no other host,
axe-core, no sideways scroll. `make screenshots` saves them to test-artifacts/screenshots/publications/."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from cities.models import CityPage
from iurc_site.core.models import ProgrammeDocument
from publications.models import PublicationIndexPage, PublicationPage

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


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_library(own_tab, language):
    own_tab.check_at_both_widths(f"/{language}/publications/", f"publications/index-empty-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_publication_page(own_tab, publications, name, language):
    own_tab.check_at_both_widths(f"/{language}{PAGES[name]}", f"publications/{name}-{language}")
