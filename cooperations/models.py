"""Cooperation stories: a Chinese case city and its European partner(s), with themes, SDGs and outcomes."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from iurc_site.core.blocks import BodyBlock, OutcomesBlock
from iurc_site.core.models import BasePage

from .forms import CooperationStoryForm

YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class CooperationIndexPage(BasePage):
    """Lists every cooperation story."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["cooperations.CooperationStoryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("cooperation story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stories"] = (
            CooperationStoryPage.objects.child_of(self)
            .live()
            .prefetch_related("chinese_cities", "european_cities", "themes")
            .order_by("path")
        )
        return context


class CooperationStoryPage(BasePage):
    """One pairing of Chinese and European case cities and what their cooperation achieved."""

    chinese_cities = ParentalManyToManyField(
        "cities.CityPage", related_name="chinese_side_stories", verbose_name=_("Chinese cities")
    )
    european_cities = ParentalManyToManyField(
        "cities.CityPage", related_name="european_side_stories", verbose_name=_("European cities")
    )
    themes = ParentalManyToManyField("core.Theme", blank=True, related_name="stories", verbose_name=_("themes"))
    sdgs = ParentalManyToManyField(
        "core.SustainableDevelopmentGoal", blank=True, related_name="stories", verbose_name=_("UN SDGs")
    )
    phase = models.ForeignKey(
        "core.ProgrammePhase",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        verbose_name=_("programme phase"),
    )
    start_year = models.PositiveSmallIntegerField(_("from"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("to"), null=True, blank=True, validators=YEAR_VALIDATORS)
    outcomes = StreamField(OutcomesBlock(), blank=True, verbose_name=_("outcomes"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("chinese_cities"), FieldPanel("european_cities")], heading=_("Partner cities")),
        MultiFieldPanel(
            [
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Period and tags"),
        ),
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("body"),
        FieldPanel("image"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("outcomes"), index.SearchField("body")]

    parent_page_types = ["cooperations.CooperationIndexPage"]
    subpage_types = []
    base_form_class = CooperationStoryForm

    class Meta:
        verbose_name = _("cooperation story")
        verbose_name_plural = _("cooperation stories")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_year and self.start_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        if errors:
            raise ValidationError(errors)

    @property
    def period(self):
        if self.end_year and self.end_year != self.start_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year)
