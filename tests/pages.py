"""Reading the site's pages in tests: parsed HTML, a page's path without the language prefix, and the public
addresses of the programme content."""

from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Page

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.models import Country, ProgrammePhase, Theme

LANGUAGES = ("en", "zh-hans")


def soup(response):
    return BeautifulSoup(response.content, "lxml")


def path_of(page):
    """`/cities/chongqing/` for a page: its URL without the language prefix."""
    return page.url_path[len("/home") :]


def public_urls():
    """Every page type of the loaded programme content in both languages, the directory and index with filters,
    search, and the machine views."""
    sections = Page.objects.live().filter(depth=3).order_by("path")
    city = CityPage.objects.live().order_by("path").first()
    story = CooperationStoryPage.objects.live().order_by("path").first()
    country = Country.objects.filter(side=Country.Side.EUROPE).order_by("iso_code").first()
    phase = ProgrammePhase.objects.order_by("start_year").first()
    theme = Theme.objects.order_by("slug").first()
    paths = ["/", *(path_of(section) for section in sections), path_of(city), path_of(story)]
    paths += [
        f"/cities/?side=eu&country={country.iso_code.lower()}&phase={phase.slug}",
        "/cities/?side=cn",
        f"/cooperation/?theme={theme.slug}",
        "/search/?q=chongqing",
        "/search/?q=%E9%87%8D%E5%BA%86",  # 重庆
        "/events/calendar/",
        "/news/?year=2026&page=2",
    ]
    paths += ["/publications/?type=report&year=2024&language=zh-hans", "/publications/?year=abc&page=x"]
    urls = [f"/{language}{path}" for language in LANGUAGES for path in paths]
    urls += [reverse("partners_sitemap"), reverse("partners_robots"), reverse("partners_api_city-list")]
    urls += [reverse("partners_api_city-detail", args=[city.pk]), reverse("partners_api_story-list")]
    urls += [reverse("partners_api_event-list")]
    urls += [reverse("partners_api_news-list"), *(f"/{language}/news/feed/" for language in LANGUAGES)]
    return urls
