"""The home page and the programme's own pages (background, achievements, contact)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from ...performance.data import generation_cached
from ..blocks import BodyBlock
from .base_page import BasePage

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

    # Below it: the programme pages here and each section's index page, which names the home page as its parent.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(generation_cached(f"home-listings:{self.pk}", self.listings))  # per content generation
        return context

    def listings(self):
        """The sections the page links to (its featured stories and key figures come from template tags of
        `cooperations` and `cities`)."""
        sections = {page.slug: page for page in self.get_children().live().filter(slug__in=HOME_LINKS).specific()}
        return {
            "sections": sections,
            "entry_points": [sections[slug] for slug in HOME_ENTRY_POINTS if slug in sections],
        }


class HomePageFeaturedStory(Orderable):
    """A cooperation story featured on the home page, in editor-chosen order.

    The link is to a page, so that this base app depends on no page type above it; the chooser offers stories.
    """

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("story"))

    panels = [PageChooserPanel("story", "cooperations.CooperationStoryPage")]


class ProgrammePage(BasePage):
    """A page about the programme (background, IUC→IURC, mechanism, support, UN goals)."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage", "core.ProgrammePage"]
    subpage_types = ["core.ProgrammePage"]

    class Meta:
        verbose_name = _("programme page")


class AchievementsPage(BasePage):
    """IUC-Asia's results; its template lists the case cities and stories (tags of `cities` and `cooperations`)."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("achievements page")


class ContactPage(BasePage):
    """Contact details; the address block comes from the site settings."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")
