"""The home page and the programme's own pages (background, achievements, contact)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

from .base_page import BasePage, BodyPage


class HomePage(BodyPage):
    """The site root for both languages.

    The sections it links to are chosen by the editor; its key figures, featured stories and map come from
    template tags of `cities` and `cooperations`. Links are to pages, so that this base app depends on no page
    type above it; the choosers offer the right type.
    """

    shows_last_updated = False

    hero = models.CharField(_("hero sentence"), max_length=300, help_text=_("The programme's purpose in one sentence."))
    city_directory = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("case-city directory"),
        help_text=_("The hero's “Explore the case cities” button links here."),
    )
    story_index = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cooperation story index"),
        help_text=_("The hero's “Read the cooperation stories” button and “All cooperation stories” link here."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("hero"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                PageChooserPanel("city_directory", "cities.CityIndexPage"),
                PageChooserPanel("story_index", "cooperations.CooperationIndexPage"),
            ],
            heading=_("Sections"),
        ),
        InlinePanel("featured_stories", label=_("Featured cooperation stories"), max_num=6),
        InlinePanel("section_links", heading=_("Learn more about the programme"), label=_("Page"), max_num=6),
    ]

    # Below it: the programme pages here and each section's index page, which names the home page as its parent.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class HomePageFeaturedStory(Orderable):
    """A cooperation story featured on the home page, in editor-chosen order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("story"))

    panels = [PageChooserPanel("story", "cooperations.CooperationStoryPage")]


class HomePageSectionLink(Orderable):
    """A page the home page points readers to at its foot ("Learn more about the programme"), in editor order."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="section_links")
    link = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))

    panels = [FieldPanel("link")]


class ProgrammePage(BodyPage):
    """A page about the programme (background, IUC→IURC, mechanism, support, UN goals)."""

    parent_page_types = ["core.HomePage", "core.ProgrammePage"]
    subpage_types = ["core.ProgrammePage"]

    class Meta:
        verbose_name = _("programme page")


class AchievementsPage(BodyPage):
    """IUC-Asia's results; its template lists the case cities and stories (tags of `cities` and `cooperations`)."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("achievements page")


class ContactPage(BodyPage):
    """Contact details; the address block comes from the site settings."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")
