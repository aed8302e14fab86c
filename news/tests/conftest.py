"""The news tests' site, made with the factories: a news section and a theme (the paired cities Chongqing and
Mannheim and their story come from the root conftest.py)."""

import pytest

from iurc_site.core.factories import ThemeFactory, published
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    return published(NewsIndexPageFactory(parent=home))


@pytest.fixture
def publish_article(news_index):
    """Create and publish an article (through a revision, as an editor would) and return it fresh."""

    def publish(**fields):
        return published(NewsArticlePageFactory(parent=news_index, **fields))

    return publish


@pytest.fixture
def theme():
    return ThemeFactory(slug="mobility", name="Mobility", name_zh_hans="交通")
