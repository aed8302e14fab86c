"""Query budget: at most 15 SQL queries for any public page with no cache at all, the same with 10× content."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cities.models import CityPage
from cooperations.models import CooperationStoryPage

from .pages import LANGUAGES, path_of, public_urls

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programme", "no_cache")]  # the programme content
BUDGET = 15


def count_queries(client, urls):
    """Queries of the second request to each URL (the first warms the process, as on a running server)."""
    counts = {}
    for url in urls:
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def over_budget(counts):
    return {url: count for url, count in counts.items() if count > BUDGET}


def test_every_public_page_stays_within_budget_when_the_content_grows_tenfold(client):
    urls = public_urls()
    before = count_queries(client, urls)
    assert not over_budget(before)

    cities_before = CityPage.objects.live().count()
    call_command("generate_demo_content", cities=300, stories=40, stdout=io.StringIO())
    assert CityPage.objects.live().count() >= 10 * cities_before
    generated = [
        path_of(model.objects.filter(slug__startswith="demo-").order_by("-path").first())
        for model in (CityPage, CooperationStoryPage)
    ]

    after = count_queries(client, urls + [f"/{language}{path}" for language in LANGUAGES for path in generated])
    assert not over_budget(after)
    assert {url: after[url] for url in urls} == before
    for language in LANGUAGES:  # a generated city or story costs what the loaded ones cost
        for model, path in zip((CityPage, CooperationStoryPage), generated, strict=True):
            loaded = path_of(model.objects.live().exclude(slug__startswith="demo-").order_by("path").first())
            assert after[f"/{language}{path}"] <= after[f"/{language}{loaded}"] + 1, path


def test_generated_content_is_bilingual_and_removable(client):
    call_command("generate_demo_content", cities=6, stories=2, stdout=io.StringIO())
    story = CooperationStoryPage.objects.get(slug="demo-story-1")
    assert story.title_zh_hans and story.chinese_cities.exists() and story.european_cities.exists()
    assert story.themes.exists() and story.sdgs.exists()
    response = client.get(f"/zh-hans{path_of(story)}")
    assert response.status_code == 200 and story.title_zh_hans in response.content.decode()
    city = story.chinese_cities.first()
    assert city.title_zh_hans in client.get(f"/zh-hans{path_of(city)}").content.decode()

    output = io.StringIO()
    call_command("generate_demo_content", delete=True, stdout=output)
    assert "Removed 8 generated page(s)." in output.getvalue()
    assert not Page.objects.filter(slug__startswith="demo-").exists()
    assert client.get(f"/en{path_of(story)}").status_code == 404
