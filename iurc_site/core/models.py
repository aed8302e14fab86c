"""Home and programme pages, the shared snippets (countries, themes, SDGs, phases) and site settings."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..performance.data import generation_cached
from ..performance.pages import route_by_url_path, view_restrictions
from .blocks import BodyBlock
from .forms import CHINESE_TITLE_REQUIRED, BasePageForm
from .i18n import language_codes, localized_field
from .search import indexed_text
from .translation_status import TranslationStatusPanel


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
        return _("%(name)s (%(start)s–%(end)s)") % {"name": self.name, "start": self.start_year, "end": self.end_year}


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Programme identity, contact details and social links, shown in the footer and on the contact page."""

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
        InlinePanel("social_links", heading=_("Social media"), label=_("Social media link")),
        FieldPanel("footer_text"),
        FieldPanel("default_share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")

    @cached_property
    def social_media_links(self):
        """The social links, read once per request (the settings object is cached on the request)."""
        return list(self.social_links.all())


class SocialLink(Orderable):
    """A link to one of the programme's social media accounts, in editor-chosen order."""

    site_settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    label = models.CharField(_("label"), max_length=60, help_text=_("The network's name, e.g. WeChat or LinkedIn."))
    url = models.URLField(_("address"), help_text=_("The account's full address, starting with https://."))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main menu and the footer links. With no main-menu item, the menu lists the pages marked "show in menus"."""

    panels = [
        HelpPanel(
            content=_(
                "Items show in this order; untick “visible” to hide one for now. With no visible main-menu item, "
                "the main menu lists the home page's sections marked “Show in menus” (Promote tab)."
            )
        ),
        InlinePanel("main_items", heading=_("Main menu"), label=_("Main menu item")),
        InlinePanel("footer_items", heading=_("Footer links"), label=_("Footer link")),
    ]

    class Meta:
        verbose_name = _("navigation")


class NavigationItem(Orderable):
    """A menu entry: a page of the site (its title unless a label is given) or an external link with a label."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    url = models.URLField(_("external link"), blank=True, help_text=_("Instead of a page: a full address."))
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Leave empty to show the page's title.")
    )
    visible = models.BooleanField(_("visible"), default=True, help_text=_("Untick to hide the item for now."))

    panels = [FieldRowPanel([FieldPanel("page"), FieldPanel("url")]), FieldPanel("label"), FieldPanel("visible")]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError({"page": _("Choose either a page or an external link.")})
        if self.url and not self.label_en:
            raise ValidationError({"label_en": _("An external link needs an English label.")})


class MainMenuItem(NavigationItem):
    navigation = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="main_items")

    class Meta(NavigationItem.Meta):
        verbose_name = _("main menu item")


class FooterLink(NavigationItem):
    navigation = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="footer_items")

    class Meta(NavigationItem.Meta):
        verbose_name = _("footer link")


class ProgrammeDocument(AbstractDocument):
    """A document (the brochure, reports) with the language it is written in, shown next to public links."""

    class Language(models.TextChoices):
        ENGLISH = "en", _("English")
        CHINESE = "zh-hans", _("Chinese")
        BOTH = "both", _("English and Chinese")

    language = models.CharField(
        _("language"),
        max_length=8,
        choices=Language.choices,
        blank=True,
        help_text=_("Shown next to links to the document, e.g. “PDF, 1.2 MB, 中文”."),
    )

    admin_form_fields = Document.admin_form_fields + ("language",)

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class PageImageText(models.Model):
    """Alternative text and credit for a page's `image`, per language (the same picture may need both)."""

    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it. Needed in English when there is an image."),
    )
    image_credit = models.CharField(
        _("image credit and licence"), max_length=250, blank=True, help_text=_("E.g. “© City of Bologna, CC BY 4.0”.")
    )

    class Meta:
        abstract = True

    @staticmethod
    def image_panel():
        return MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")], heading=_("Image")
        )


class ChineseTitleMissing(PermissionDenied):
    """Publishing was refused: no Chinese title and "publish without Chinese" not ticked."""


def chinese_ready(content):
    """True when revision content (a dict) may be published: it has a Chinese title or the explicit opt-out."""
    return bool(content.get(localized_field("title", "zh-hans"))) or bool(content.get("publish_without_chinese"))


class BasePage(Page):
    """Fields and behaviour every page of the site shares: a summary and per-language availability."""

    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in listings."))
    publish_without_chinese = models.BooleanField(
        _("publish without Chinese"),
        default=False,
        help_text=_(
            "Tick to publish while the Chinese title is empty: the Chinese site then shows the English text "
            "with a notice that the page is not yet translated."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("publish_without_chinese"), TranslationStatusPanel()]
    base_form_class = BasePageForm

    # Each language's text, Han runs segmented (see core.search); the `title` field alone is not enough,
    # as it holds only the language active when the page was saved.
    search_fields = Page.search_fields + [index.SearchField("search_text_en"), index.SearchField("search_text_zh_hans")]

    class Meta:
        abstract = True

    @property
    def available_languages(self):
        """Languages this page has been written in (a page counts as translated once its title is)."""
        from .i18n import available_languages

        return available_languages(self)

    @property
    def is_shown_in_fallback(self):
        """True when the active language has no version of this page and the English text is shown."""
        return get_language() not in self.available_languages

    @property
    def preview_modes(self):
        """One preview per site language: the editor's preview panel offers "English" and "简体中文"."""
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        """Render the preview with `mode_name`'s language active (the response is rendered here, inside it)."""
        language = mode_name if mode_name in language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response

    def publish(self, revision, *args, user=None, **kwargs):
        """Refuse a person's publishing of a revision without a Chinese title unless the opt-out is ticked.

        The admin form reports this on the field before it gets here; this guards the other ways a person
        publishes (bulk actions, workflow approval). Publishing by code (content loader, scheduled publishing)
        has no user and is not checked.
        """
        if user is not None and not chinese_ready(revision.content):
            raise ChineseTitleMissing(CHINESE_TITLE_REQUIRED)
        return super().publish(revision, *args, user=user, **kwargs)

    @classmethod
    def get_search_fields(cls):
        """Without the raw `title_en` / `title_zh_hans` fields wagtail-modeltranslation adds: search_text_* hold
        the titles already, segmented, and a raw empty title would be indexed as the word "None"."""
        raw_titles = {localized_field("title", code) for code in language_codes()}
        return [field for field in super().get_search_fields() if field.field_name not in raw_titles]

    def route(self, request, path_components):
        """Find the page by URL path in two queries instead of two per level (iurc_site.performance.pages)."""
        return route_by_url_path(self, request, path_components) or super().route(request, path_components)

    def get_view_restrictions(self):
        return view_restrictions(self)

    def search_text_en(self):
        return indexed_text(self, "en")

    def search_text_zh_hans(self):
        return indexed_text(self, "zh-hans")


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


class LoadedContent(models.Model):
    """Remembers what `load_iurc_content` created, so later runs never re-create or overwrite it."""

    key = models.CharField(max_length=100, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
