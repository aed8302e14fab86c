"""The city directory's filters: side, country (ISO alpha-2) and programme phase."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.filters import FilterField, ListingFilterForm
from iurc_site.core.models import Country, ProgrammePhase


class CityFilterForm(ListingFilterForm):
    side = FilterField(
        label=_("Side"), all_label=_("Both sides"), unknown_message=_("Unknown side “%(value)s” was ignored.")
    )
    country = FilterField(
        label=_("Country"),
        all_label=_("All countries"),
        unknown_message=_("Unknown country “%(value)s” was ignored."),
    )
    phase = FilterField(
        label=_("Programme phase"),
        all_label=_("All phases"),
        unknown_message=_("Unknown programme phase “%(value)s” was ignored."),
    )

    def __init__(self, params):
        super().__init__(params)
        self.fields["side"].set_choices(Country.Side.choices)
        countries = Country.objects.all()
        self.fields["country"].set_choices((country.iso_code.lower(), country.name) for country in countries)
        self.fields["phase"].set_choices((phase.slug, str(phase)) for phase in ProgrammePhase.objects.all())

    def apply(self, cities):
        """Narrow a CityPage queryset to the valid filter values."""
        values = self.values
        if "side" in values:
            cities = cities.filter(country__side=values["side"])
        if "country" in values:
            cities = cities.filter(country__iso_code=values["country"].upper())
        if "phase" in values:
            cities = cities.filter(phases__slug=values["phase"])
        return cities
