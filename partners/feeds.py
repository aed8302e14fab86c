"""Atom feeds of the pages written in the requested language: the cooperation stories (`/<lang>/cooperation/feed/`)
and the news (`/<lang>/news/feed/`)."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cooperations.models import CooperationStoryPage
from cooperations.templatetags.cooperation_tags import story_index_url
from iurc_site.core.i18n import HTML_LANG, localized_field
from iurc_site.core.models import SiteSettings
from news.models import NewsArticlePage, NewsIndexPage

from .links import page_url, permalink_path


class StoryFeed(Feed):
    feed_type = Atom1Feed

    @property
    def language(self):
        """The feed's `xml:lang`: the active language in BCP 47 form (`zh-Hans`)."""
        return HTML_LANG[get_language()]

    def get_object(self, request, *args, **kwargs):
        language = get_language()
        return SimpleNamespace(
            request=request,
            language=language,
            settings=SiteSettings.for_request(request),
            index_url=story_index_url(request),
        )

    def title(self, obj):
        return _("Cooperation stories · %(site)s") % {"site": obj.settings.short_name}

    def subtitle(self, obj):
        return _("New and updated cooperation stories of %(programme)s.") % {"programme": obj.settings.programme_name}

    def link(self, obj):
        return obj.request.build_absolute_uri(obj.index_url or f"/{obj.language}/")

    def feed_url(self, obj):
        return obj.request.build_absolute_uri(reverse("partners_story_feed"))

    def author_name(self, obj):
        return obj.settings.programme_name

    def items(self, obj):
        """Stories written in the feed's language, newest first, each with its page URL and permalink."""
        stories = list(
            CooperationStoryPage.objects.visible()
            .exclude(**{localized_field("title", obj.language): ""})
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")
        )
        for story in stories:
            story.feed_link = page_url(story, obj.language, obj.request)
            story.feed_guid = obj.request.build_absolute_uri(permalink_path("s", story.pk, obj.language))
        return stories

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        """The language-pinned permalink: unlike the page URL it survives a slug change."""
        return item.feed_guid

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class NewsFeed(StoryFeed):
    """The news articles written in the feed's language, newest first (by the article's date)."""

    def get_object(self, request, *args, **kwargs):
        index = NewsIndexPage.objects.visible().first()
        return SimpleNamespace(
            request=request,
            language=get_language(),
            settings=SiteSettings.for_request(request),
            index_url=index.get_url(request) if index else "",
        )

    def title(self, obj):
        return _("News · %(site)s") % {"site": obj.settings.short_name}

    def subtitle(self, obj):
        return _("News of %(programme)s.") % {"programme": obj.settings.programme_name}

    def feed_url(self, obj):
        return obj.request.build_absolute_uri(reverse("partners_news_feed"))

    def items(self, obj):
        articles = list(
            NewsArticlePage.objects.visible()
            .exclude(**{localized_field("title", obj.language): ""})
            .defer_streamfields()
            .prefetch_related("themes")
            .order_by("-date", "-pk")[:50]
        )
        # Articles have no permalink: their entry id is a tag URI (RFC 4151) made of the page's id, which, like
        # the stories' permalinks, stays the same when an editor renames the article.
        authority = urlsplit(f"//{obj.request.get_host()}").hostname
        for article in articles:
            article.feed_link = page_url(article, obj.language, obj.request)
            article.feed_guid = f"tag:{authority},2026:news/{article.pk}/{obj.language}"
        return articles
