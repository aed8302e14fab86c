"""Articles made with the factory below the loaded news index."""

import pytest

from cities.models import CityPage
from iurc_site.core.models import Theme
from news.factories import NewsArticlePageFactory
from news.models import NewsArticlePage, NewsIndexPage


@pytest.fixture
def news_index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def publish_article(news_index):
    """Create and publish an article (through a revision, as an editor would) and return it fresh."""

    def publish(**fields):
        article = NewsArticlePageFactory(parent=news_index, **fields)
        article.save_revision().publish()
        return NewsArticlePage.objects.get(pk=article.pk)

    return publish


@pytest.fixture
def chongqing():
    return CityPage.objects.get(slug="chongqing")


@pytest.fixture
def theme():
    return Theme.objects.order_by("slug").first()
