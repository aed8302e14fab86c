"""The news pages in a real browser, both languages, desktop and phone: clean console, no other host, axe-core, no
sideways scroll. `make screenshots` saves them to test-artifacts/screenshots/news/."""

import io

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from cities.models import CityPage
from news.models import NewsArticlePage

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "zh-hans"]
# name -> path below the language prefix; "empty" runs before any article exists.
PAGES = {
    "index": "/news/",
    "index-filtered": "/news/?city=chongqing&page=1",
    "article": "/news/demo-news-0/",
    "article-photo": "/news/demo-news-1/",
    "home": "/",
    "city": "/cities/chongqing/",
}


def photo():
    """A stand-in photograph: a sky, a river and a bridge, enough to judge the layout around a real picture."""
    image = PillowImage.new("RGB", (1600, 1000), (120, 170, 215))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 620, 1600, 1000), fill=(40, 90, 120))
    draw.rectangle((0, 560, 1600, 600), fill=(90, 80, 70))
    for x in range(100, 1600, 300):
        draw.rectangle((x, 600, x + 40, 760), fill=(90, 80, 70))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG")
    return get_image_model().objects.create(title="Demo photo", file=ImageFile(buffer, name="demo-photo.jpg"))


@pytest.fixture(scope="module")
def news(site_server, django_db_blocker):
    """Fourteen demo articles, one about Chongqing and one with a photo (committed, for the live server)."""
    with django_db_blocker.unblock():
        call_command("generate_demo_content", cities=0, stories=0, news=14, stdout=io.StringIO())
        first = NewsArticlePage.objects.get(slug="demo-news-0")
        first.cities.add(CityPage.objects.get(slug="chongqing"))
        first.save_revision().publish()
        article = NewsArticlePage.objects.get(slug="demo-news-1")
        article.image = photo()
        article.image_alt_en = "A bridge over a river under a blue sky"
        article.image_alt_zh_hans = "蓝天下河上的一座桥"
        article.image_credit_en = article.image_credit_zh_hans = "© IURC-China (demo)"
        article.save_revision().publish()
    yield
    with django_db_blocker.unblock():
        call_command("generate_demo_content", delete=True, stdout=io.StringIO())
        article.image.delete()


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_news_index(own_tab, language):
    own_tab.check_at_both_widths(f"/{language}/news/", f"news/index-empty-{language}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_news_page(own_tab, news, name, language):
    own_tab.check_at_both_widths(f"/{language}{PAGES[name]}", f"news/{name}-{language}")
