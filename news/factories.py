"""Test data for news (wagtail-factories): give `parent`, the news index, and optionally cities, stories, themes."""

import datetime

import factory
import wagtail_factories

from iurc_site.core.factories import RelatedPageFactory, related

from .models import NewsArticlePage, NewsIndexPage


class NewsArticlePageFactory(RelatedPageFactory):
    title = factory.Sequence(lambda n: f"Test news {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试新闻{n}")
    slug = factory.Sequence(lambda n: f"test-news-{n}")
    summary_en = "A test article."
    summary_zh_hans = "测试文章。"
    date = datetime.date(2026, 3, 5)

    class Meta:
        model = NewsArticlePage

    cities = related("cities")
    stories = related("stories")
    themes = related("themes")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    """The news section; give `parent`, the home page."""

    title = "News"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "新闻"
    slug = "news"

    class Meta:
        model = NewsIndexPage
