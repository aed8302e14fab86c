"""Programme news: an index of dated articles, each about some case cities, cooperation stories and themes."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.filters import listing_filters
from iurc_site.core.models import BasePage, BodyPage, PageImage
from iurc_site.core.photos import with_card_photos

from .filters import NewsFilterSet

ARTICLES_PER_PAGE = 12


def visible_cities():
    """An article's cities as pages show them: the visible ones, in tree order."""
    return models.Prefetch("cities", CityPage.objects.visible().defer_streamfields().order_by("path"))


class NewsIndexPage(BasePage):
    """Lists the news articles, newest first, a page at a time; filters by city, theme and year."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        """`?city=<slug>&theme=<slug>&year=<yyyy>&page=<n>`: a bad value is ignored (with a notice), a page number
        that is not one shows the first or last page."""
        context = super().get_context(request, *args, **kwargs)
        articles = NewsArticlePage.objects.child_of(self).visible().defer_streamfields().select_related("image")
        articles = articles.order_by("-date", "-pk")
        filters = listing_filters(NewsFilterSet, request, articles)
        paginator = Paginator(filters.qs, ARTICLES_PER_PAGE)
        articles_page = paginator.get_page(request.GET.get("page"))
        articles_page.object_list = with_card_photos(articles_page.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter_form=filters,
            articles_page=articles_page,
            paginator=paginator,
            query_without_page=query.urlencode(),
            any_articles=bool(paginator.count or filters.values),  # else the empty state, without filters
        )
        return context


class NewsArticlePage(BodyPage, PageImage):
    """One news article: dated, with a summary, a body of blocks, an image and what it is about."""

    date = models.DateField(_("date"), default=timezone.localdate, help_text=_("The day the news happened."))
    cities = ParentalManyToManyField(
        "cities.CityPage", blank=True, related_name="news_articles", verbose_name=_("case cities")
    )
    stories = ParentalManyToManyField(
        "cooperations.CooperationStoryPage",
        blank=True,
        related_name="news_articles",
        verbose_name=_("cooperation stories"),
    )
    themes = ParentalManyToManyField("core.Theme", blank=True, related_name="news_articles", verbose_name=_("themes"))

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
        PageImage.image_panel,
        MultiFieldPanel(
            [
                FieldPanel("cities"),
                FieldPanel("stories"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What the article is about"),
        ),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_context(self, request, *args, **kwargs):
        """The article with only its visible cities and stories (the page and its JSON-LD read them); a preview's
        relations are in memory, not in the database (a new article has no rows yet)."""
        if not getattr(request, "is_preview", False):
            stories = CooperationStoryPage.objects.visible().defer_streamfields().order_by("path")
            models.prefetch_related_objects([self], visible_cities(), models.Prefetch("stories", stories), "themes")
        return super().get_context(request, *args, **kwargs)
