"""Home and programme pages, the shared snippets (countries, themes, SDGs, phases) and site settings."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import BodyBlock
from .i18n import language_codes, localized_field


class Country(models.Model):
    """A country of a case city, on the Chinese or the European side of the programme."""

    class Side(models.TextChoices):
        CHINA = "cn", _("China")
        EUROPE = "eu", _("Europe")

    name = models.CharField(_("name"), max_length=100)
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Enter the two-letter ISO 3166 code in capitals, e.g. IT."))],
        help_text=_("ISO 3166-1 alpha-2, e.g. CN, IT, DE."),
    )
    side = models.CharField(_("side"), max_length=2, choices=Side.choices)

    panels = [FieldPanel("name"), FieldPanel("iso_code"), FieldPanel("side")]

    class Meta:
        ordering = ["side", "iso_code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class Theme(models.Model):
    """A cooperation theme (smart city, rail logistics, …) used to tag stories."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


class SustainableDevelopmentGoal(models.Model):
    """One of the 17 UN Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("number"), FieldPanel("name")]

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")

    def __str__(self):
        return f"{self.number}. {self.name}"


class ProgrammePhase(models.Model):
    """A phase of the programme: IUC-Asia (2017–2020) or IURC (2021–2023)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    start_year = models.PositiveSmallIntegerField(_("start year"))
    end_year = models.PositiveSmallIntegerField(_("end year"))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("start_year"), FieldPanel("end_year")]

    class Meta:
        ordering = ["start_year"]
        verbose_name = _("programme phase")
        verbose_name_plural = _("programme phases")

    def __str__(self):
        return f"{self.name} ({self.start_year}–{self.end_year})"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Programme identity and contact details, shown in the footer and on the contact page."""

    programme_name = models.CharField(_("programme name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, default="IURC-China")
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.TextField(_("postal address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("default share image"),
        help_text=_("Shown when a shared page has no image of its own (at least 1200×630 pixels)."),
    )

    panels = [
        FieldPanel("programme_name"),
        FieldPanel("short_name"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("address"), FieldPanel("postcode")],
            heading=_("Contact"),
        ),
        FieldPanel("footer_text"),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")


class BasePage(Page):
    """Fields and behaviour every page of the site shares: a summary and per-language availability."""

    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in listings."))

    search_fields = Page.search_fields + [index.SearchField("summary")]

    class Meta:
        abstract = True

    @property
    def available_languages(self):
        """Languages this page has been written in (a page counts as translated once its title is)."""
        return [code for code in language_codes() if getattr(self, localized_field("title", code), "")]

    @property
    def is_shown_in_fallback(self):
        """True when the active language has no version of this page and the English text is shown."""
        return get_language() not in self.available_languages


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
    search_fields = BasePage.search_fields + [index.SearchField("hero"), index.SearchField("body")]

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
        context["featured_stories"] = [
            item.story for item in self.featured_stories.select_related("story").filter(story__live=True)
        ]
        return context


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
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.ProgrammePage"]
    subpage_types = ["core.ProgrammePage"]

    class Meta:
        verbose_name = _("programme page")


class AchievementsPage(BasePage):
    """IUC-Asia's results, with the case cities and stories listed from their own pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("achievements page")

    def get_context(self, request, *args, **kwargs):
        from cities.models import CityPage
        from cooperations.models import CooperationStoryPage

        context = super().get_context(request, *args, **kwargs)
        cities = CityPage.objects.live().select_related("country").order_by("path")
        context["chinese_cities"] = [city for city in cities if city.country.side == Country.Side.CHINA]
        context["european_cities"] = [city for city in cities if city.country.side == Country.Side.EUROPE]
        context["stories"] = CooperationStoryPage.objects.live().order_by("path")
        return context


class ContactPage(BasePage):
    """Contact details; the address block comes from the site settings."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("contact page")


class LoadedContent(models.Model):
    """Remembers what `load_iurc_content` created, so later runs never re-create or overwrite it."""

    key = models.CharField(max_length=100, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
