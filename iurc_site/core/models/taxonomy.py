"""Programme data shared by every section: countries, themes, UN goals and programme phases (snippets)."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from ..forms import CountryForm


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
    base_form_class = CountryForm

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
