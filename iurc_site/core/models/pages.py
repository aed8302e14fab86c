"""The home page and the programme's own pages (background, achievements, contact)."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from ...performance.data import generation_cached
from ..blocks import BodyBlock
from .base_page import BasePage
from .taxonomy import Country, ProgrammePhase

# Sections the home page links to by slug (a missing one is left out): the hero's two buttons, then the
# entry points at the foot of the page, in this order.
HOME_ENTRY_POINTS = ("background", "cooperation-mechanism", "contact")
HOME_LINKS = ("cities", "cooperation", *HOME_ENTRY_POINTS)


class HomePage(BasePage):
    """The site root for both languages."""

    hero = models.CharField(_("hero sentence"), max_length=300, help_text=_("The programme's purpose in one sentence."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        FieldPanel("hero"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("featured_stories", label=_("Featured cooperation stories"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.ProgrammePage",
        "core.AchievementsPage",
        "core.ContactPage",
        "cities.CityIndexPage",
        "cooperations.CooperationIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(generation_cached(f"home-listings:{self.pk}", self.listings))  # per content generation
        return context

    def listings(self):
        """Featured stories, key figures and the sections the page links to."""
        from cooperations.models import story_card_prefetches

        featured = [item.story for item in self.featured_stories.select_related("story").filter(story__live=True)]
        prefetch_related_objects(featured, *story_card_prefetches())
        sections = {page.slug: page for page in self.get_children().live().filter(slug__in=HOME_LINKS).specific()}
        return {
            "featured_stories": featured,
            "key_figures": self.key_figures(),
            "sections": sections,
            "entry_points": [sections[slug] for slug in HOME_ENTRY_POINTS if slug in sections],
        }

    def key_figures(self):
        """Live case cities (all, Chinese, European) and the programme's first and last years, from the data."""
        from cities.models import CityPage

        figures = CityPage.objects.live().aggregate(
            cities=models.Count("pk"),
            chinese=models.Count("pk", filter=models.Q(country__side=Country.Side.CHINA)),
            european=models.Count("pk", filter=models.Q(country__side=Country.Side.EUROPE)),
        )
        years = ProgrammePhase.objects.aggregate(first_year=models.Min("start_year"), last_year=models.Max("end_year"))
        figures.update(years)
        return figures


class HomePageFeaturedStory(Orderable):
    """A cooperation story featured on the home page, in editor-chosen order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "cooperations.CooperationStoryPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("story")
    )

    panels = [FieldPanel("story")]


class ProgrammePage(BasePage):
    """A page about the programme (background, IUC→IURC, mechanism, support, UN goals)."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage", "core.ProgrammePage"]
    subpage_types = ["core.ProgrammePage"]

    class Meta:
        verbose_name = _("programme page")


class AchievementsPage(BasePage):
    """IUC-Asia's results, with the case cities and stories listed from their own pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("achievements page")

    def get_context(self, request, *args, **kwargs):
        from cities.models import CityPage
        from cooperations.models import CooperationStoryPage, story_card_prefetches

        context = super().get_context(request, *args, **kwargs)
        cities = CityPage.objects.live().defer_streamfields().select_related("country").order_by("path")
        context["chinese_cities"] = [city for city in cities if city.country.side == Country.Side.CHINA]
        context["european_cities"] = [city for city in cities if city.country.side == Country.Side.EUROPE]
        context["stories"] = (
            CooperationStoryPage.objects.live()
            .defer_streamfields()
            .order_by("path")
            .prefetch_related(*story_card_prefetches())
        )
        return context


class ContactPage(BasePage):
    """Contact details; the address block comes from the site settings."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")
