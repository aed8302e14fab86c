"""A small site made with the factories for the news tests: a news section, two paired cities (Chongqing and
Mannheim), their story and a theme."""

import pytest

from cities.factories import CityPageFactory
from cooperations.factories import CooperationStoryPageFactory
from iurc_site.core.factories import CountryFactory, ThemeFactory
from iurc_site.core.models import Country
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory


def published(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


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
def chongqing(city_directory):
    china = CountryFactory(iso_code="CN", name="China", name_zh_hans="中国", side=Country.Side.CHINA)
    return published(
        CityPageFactory(parent=city_directory, slug="chongqing", title="Chongqing", title_zh_hans="重庆", country=china)
    )


@pytest.fixture
def mannheim(city_directory):
    germany = CountryFactory(iso_code="DE", name="Germany", name_zh_hans="德国", side=Country.Side.EUROPE)
    return published(
        CityPageFactory(
            parent=city_directory, slug="mannheim", title="Mannheim", title_zh_hans="曼海姆", country=germany
        )
    )


@pytest.fixture
def story(story_index, chongqing, mannheim):
    return published(
        CooperationStoryPageFactory(
            parent=story_index,
            slug="chongqing-mannheim",
            title="Chongqing and Mannheim",
            title_zh_hans="重庆与曼海姆",
            chinese_cities=[chongqing],
            european_cities=[mannheim],
        )
    )


@pytest.fixture
def theme():
    return ThemeFactory(slug="mobility", name="Mobility", name_zh_hans="交通")
