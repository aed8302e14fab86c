"""Query budget: at most 15 SQL queries for any public page with no cache at all, the same with 10× content."""

import io

import pytest
import wagtail_factories
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from events.models import EventPage
from news.models import NewsArticlePage
from publications.models import PublicationPage

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


def give_photos(photos):
    """A photo on every case city, story and news article that has none (the cards and page headers show it)."""
    for model in (CityPage, CooperationStoryPage, NewsArticlePage):
        for number, page in enumerate(model.objects.filter(image__isnull=True).order_by("path")):
            page.image = photos[number % len(photos)]
            page.save(update_fields=["image"])


def relate_demo_pages(city, story):
    """Every generated publication, event and news article names `city` and `story`."""
    for model in (PublicationPage, EventPage, NewsArticlePage):
        for page in model.objects.filter(slug__startswith="demo-"):
            page.cities.add(city)
            page.stories.add(story)
            page.save()


def test_photos_publications_events_and_news_cost_no_query_each(client):
    """Pages with photos (cards, headers, share images), and a city and story with partners, publications, events
    and news: each page costs the same with three times as many of them, photos and all."""
    photos = [wagtail_factories.ImageFactory(file__width=1600, file__height=1000) for _ in range(3)]
    loaded = {path_of(model.objects.live().order_by("path").first()) for model in (CityPage, CooperationStoryPage)}
    call_command("generate_demo_content", cities=4, stories=2, publications=2, events=2, news=2, stdout=io.StringIO())
    story = CooperationStoryPage.objects.get(slug="demo-story-0")
    city = story.chinese_cities.first()
    publication = PublicationPage.objects.filter(slug__startswith="demo-").order_by("path").first()
    relate_demo_pages(city, story)
    give_photos(photos)
    # The pages in English (the test above counts both languages) but the loaded city and story (they may gain their
    # first story or event below), and the pages measured in both languages.
    urls = [url for url in public_urls() if url.startswith("/en/") and url[3:] not in loaded]
    urls += [f"/{language}{path_of(page)}" for language in LANGUAGES for page in (city, story, publication)]
    before = count_queries(client, urls)
    directory = client.get("/en/cities/").content.decode()
    assert directory.count('class="card__photo"') == CityPage.objects.live().count()  # every card shows its photo

    call_command("generate_demo_content", cities=8, stories=4, publications=4, events=4, news=4, stdout=io.StringIO())
    relate_demo_pages(city, story)
    give_photos(photos)
    assert count_queries(client, urls) == before


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
