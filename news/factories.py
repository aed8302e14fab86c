"""Test data for news (wagtail-factories): give `parent`, the news index, and optionally cities, stories, themes."""

import datetime

import factory
import wagtail_factories

from .models import NewsArticlePage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test news {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试新闻{n}")
    slug = factory.Sequence(lambda n: f"test-news-{n}")
    summary_en = "A test article."
    summary_zh_hans = "测试文章。"
    date = datetime.date(2026, 3, 5)

    class Meta:
        model = NewsArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def cities(article, create, cities, **kwargs):
        if create and cities:
            article.cities.set(cities)
            article.save()

    @factory.post_generation
    def stories(article, create, stories, **kwargs):
        if create and stories:
            article.stories.set(stories)
            article.save()

    @factory.post_generation
    def themes(article, create, themes, **kwargs):
        if create and themes:
            article.themes.set(themes)
            article.save()


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    """The news index; give `parent`, the home page."""

    title = "News"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "新闻"
    slug = "news"

    class Meta:
        model = "news.NewsIndexPage"
