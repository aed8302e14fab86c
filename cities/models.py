"""The case-city directory and one page per case city."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from iurc_site.core.filters import listing_filters
from iurc_site.core.i18n import localized_field
from iurc_site.core.models import BasePage, BodyPage, PageImage
from iurc_site.core.panels import CoordinatePickerPanel
from iurc_site.core.per_request import once_per_request
from iurc_site.core.photos import with_card_photos
from iurc_site.core.querysets import LINK_FIELDS
from iurc_site.core.search import search_texts_read

from .filters import CityFilterSet


class CityIndexPage(BasePage):
    """Lists every case city."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count = 1

    class Meta:
        verbose_name = _("city directory")

    def get_context(self, request, *args, **kwargs):
        """The cities matching the visitor's filters (`?side=eu&country=it&phase=iuc-asia`)."""
        context = super().get_context(request, *args, **kwargs)
        cities = CityPage.objects.child_of(self).visible().defer_streamfields().order_by("path")
        cities = cities.select_related("country", "image")
        filters = listing_filters(CityFilterSet, request, cities)
        context["filter_form"] = filters
        context["cities"] = with_card_photos(filters.qs)
        return context


class CityPage(BodyPage, PageImage):
    """A case city. Its partner cities and stories come from the cooperation stories that name it (`cooperations`)."""

    country = models.ForeignKey(
        "core.Country", on_delete=models.PROTECT, related_name="cities", verbose_name=_("country")
    )
    region = models.CharField(_("province or region"), max_length=120, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    phases = ParentalManyToManyField("core.ProgrammePhase", related_name="cities", verbose_name=_("programme phases"))

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("country", widget=forms.Select),
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                CoordinatePickerPanel(),
                FieldPanel("phases", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Where and when"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        PageImage.image_panel,
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []
    # Pages that list or count case cities (iurc_site.delivery.purge); the directory is the parent.
    listed_on = ("core.HomePage", "core.AchievementsPage", "cooperations.CooperationIndexPage")
    route_select_related = ("country", "image")  # loaded with the page when it is served (BasePage.route)

    class Meta:
        verbose_name = _("case city")
        verbose_name_plural = _("case cities")

    @search_texts_read("country")
    def extra_search_texts(self, language):
        """The country's name, so that "Italy" or "意大利" finds the Italian cities."""
        return [getattr(self.country, localized_field("name", language))]


# What maps, covers, key figures, city cards and story cards read of a city; its other columns (summaries, SEO
# fields and image captions in both languages, publishing dates) stay unread.
CARD_FIELDS = (*LINK_FIELDS, "country", "latitude", "longitude", "image")


def live_cities(request):
    """Every visible case city with its country and photo, in tree order, once per request (maps, covers, key
    figures and the cities of story cards share it): only the columns they read (``CARD_FIELDS``)."""
    return once_per_request(
        request,
        "live-cities",
        lambda: list(CityPage.objects.visible().only(*CARD_FIELDS).select_related("country", "image").order_by("path")),
    )
