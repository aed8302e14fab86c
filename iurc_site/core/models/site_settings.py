"""Per-site settings edited under *Settings*: the programme's identity and contacts, the menus."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


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
