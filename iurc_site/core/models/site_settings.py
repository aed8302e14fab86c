"""Per-site settings edited under *Settings*: the programme's identity and contacts, the menus."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from ..forms import SettingsForm
from ..menus import FooterMenuBlock, MainMenuBlock, NavigationSettingsForm, SocialMediaBlock
from .taxonomy import ProgrammePhase


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Programme identity, contact details and social links, shown in the footer and on the contact page."""

    programme_name = models.CharField(_("programme name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, default="IURC-China")
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.TextField(_("postal address"), blank=True)
    postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    social_media = StreamField(SocialMediaBlock(), blank=True, verbose_name=_("social media"))

    # Read with the settings in the same query: the navigation settings (menus) and the images pages draw.
    select_related = ["site__navigationsettings", "default_share_image", "official_map"]
    base_form_class = SettingsForm

    @classmethod
    def base_queryset(cls):
        """With the programme's first and last years (from its phases, for the key figures) in the same query."""
        phases = ProgrammePhase.objects.order_by()
        return (
            super()
            .base_queryset()
            .annotate(
                first_year=models.Subquery(phases.order_by("start_year").values("start_year")[:1]),
                last_year=models.Subquery(phases.order_by("-end_year").values("end_year")[:1]),
            )
        )

    @classmethod
    def for_site(cls, site):
        """As Wagtail's, but the row it makes for a site that had none is read again, with the years above."""
        instance = super().for_site(site)
        return instance if hasattr(instance, "first_year") else cls.base_queryset().get(pk=instance.pk)

    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("default share image"),
        help_text=_("Shown when a shared page has no image of its own (at least 1200×630 pixels)."),
    )
    official_map = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("official standard map"),
        help_text=_(
            "Optional. A standard map image approved for publication in China (e.g. from the national standard "
            "map service), covering Europe and China. When set, it replaces the schematic base of every map on "
            "the site, in both languages; give its review number and the box it shows below."
        ),
    )
    official_map_review_number = models.CharField(
        _("map review number (审图号)"),
        max_length=60,
        blank=True,
        help_text=_("Exactly as printed on the map, e.g. GS(2016)1667号. Shown under every map."),
    )
    official_map_projection = models.CharField(
        _("projection of the map image"),
        max_length=20,
        choices=[
            ("equirectangular", _("Equirectangular (latitude and longitude evenly spaced)")),
            ("mercator", _("Mercator")),
            ("miller", _("Miller cylindrical")),
        ],
        default="equirectangular",
        help_text=_("How latitudes are spaced on the image; longitudes must be evenly spaced."),
    )
    official_map_west = models.DecimalField(
        _("west edge (longitude)"), max_digits=7, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Longitude of the image's left edge, in degrees (west negative), e.g. -16."),
    )  # fmt: skip
    official_map_east = models.DecimalField(
        _("east edge (longitude)"), max_digits=7, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Longitude of the image's right edge, in degrees, e.g. 146."),
    )  # fmt: skip
    official_map_south = models.DecimalField(
        _("south edge (latitude)"), max_digits=7, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(-85), MaxValueValidator(85)],
        help_text=_("Latitude of the image's bottom edge, in degrees, e.g. 15."),
    )  # fmt: skip
    official_map_north = models.DecimalField(
        _("north edge (latitude)"), max_digits=7, decimal_places=3, null=True, blank=True,
        validators=[MinValueValidator(-85), MaxValueValidator(85)],
        help_text=_("Latitude of the image's top edge, in degrees, e.g. 64."),
    )  # fmt: skip

    icp_number = models.CharField(
        _("ICP filing number"),
        max_length=40,
        blank=True,
        validators=[
            RegexValidator(
                r"^[\u4e00-\u9fff]ICP[备证]\d{6,10}号(-\d{1,3})?$",
                _("Enter the number as issued, e.g. 京ICP备12345678号-1."),
            )
        ],
        help_text=_(
            "ICP备案号, required for a site hosted in mainland China, e.g. 京ICP备12345678号-1. "
            "Shown in the footer with a link to the MIIT register; leave empty when the site has none."
        ),
    )
    public_security_number = models.CharField(
        _("public security filing number"),
        max_length=40,
        blank=True,
        validators=[
            RegexValidator(
                r"^[\u4e00-\u9fff]公网安备\s?\d{14}号$",
                _("Enter the number as issued, e.g. 京公网安备11010502030143号."),
            )
        ],
        help_text=_(
            "公安备案号, e.g. 京公网安备11010502030143号. Shown in the footer with a link to the public security "
            "filing register; leave empty when the site has none."
        ),
    )

    panels = [
        FieldPanel("programme_name"),
        FieldPanel("short_name"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("address"), FieldPanel("postcode")],
            heading=_("Contact"),
        ),
        FieldPanel("social_media", heading=_("Social media")),
        FieldPanel("footer_text"),
        FieldPanel("default_share_image"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Maps published in mainland China must show its borders as the official standard map does. "
                        "Without an image here every map is a schematic of city locations: land and coast only, "
                        "no borders. With one, cities are placed on the image by the box below: the longitude of "
                        "its left and right edges and the latitude of its bottom and top edges, in its projection."
                    )
                ),
                FieldPanel("official_map"),
                FieldPanel("official_map_review_number"),
                FieldPanel("official_map_projection"),
                FieldRowPanel([FieldPanel("official_map_west"), FieldPanel("official_map_east")]),
                FieldRowPanel([FieldPanel("official_map_south"), FieldPanel("official_map_north")]),
            ],
            heading=_("Base map"),
        ),
        MultiFieldPanel(
            [FieldPanel("icp_number"), FieldPanel("public_security_number")],
            heading=_("Mainland China filing numbers"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    OFFICIAL_MAP_BOX = ("official_map_west", "official_map_east", "official_map_south", "official_map_north")

    def clean(self):
        """An official map needs its review number and a box with west < east and south < north."""
        super().clean()
        if not self.official_map_id:
            return
        errors = {}
        if not self.official_map_review_number.strip():
            errors["official_map_review_number"] = _("Give the review number printed on the official map.")
        for name in self.OFFICIAL_MAP_BOX:
            if getattr(self, name) is None:
                errors[name] = _("Needed to place the cities on the official map.")
        if not errors and self.official_map_west >= self.official_map_east:
            errors["official_map_east"] = _("The east edge must lie east of the west edge.")
        if not errors and self.official_map_south >= self.official_map_north:
            errors["official_map_north"] = _("The north edge must lie north of the south edge.")
        if errors:
            raise ValidationError(errors)

    @property
    def public_security_code(self):
        """The digits of the public security filing number, which its register's address takes."""
        return "".join(char for char in self.public_security_number if char.isdigit())

    @property
    def social_media_links(self):
        """The social links (with `url`, `label` in the active language, `label_en`, `label_zh_hans`), in order."""
        return [link.value for link in self.social_media]


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The main menu (links and groups of links) and the footer links. With no main-menu entry, the menu lists the
    pages marked "show in menus"."""

    main_menu = StreamField(MainMenuBlock(), blank=True, verbose_name=_("main menu"))
    footer_menu = StreamField(FooterMenuBlock(), blank=True, verbose_name=_("footer links"))

    panels = [
        HelpPanel(
            content=_(
                "Entries show in this order; untick “visible” to hide one for now. A group opens a list of links. "
                "With no visible main-menu entry, the main menu lists the first six of the home page's sections "
                "marked “Show in menus” (Promote tab)."
            )
        ),
        FieldPanel("main_menu"),
        FieldPanel("footer_menu", heading=_("Footer links")),
    ]
    base_form_class = NavigationSettingsForm

    class Meta:
        verbose_name = _("navigation")
