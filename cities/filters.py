"""The city directory's filters: side, country (ISO alpha-2) and programme phase."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.filters import ListingFilter, ListingFilterSet
from iurc_site.core.models import Country, ProgrammePhase


class CityFilterSet(ListingFilterSet):
    side = ListingFilter(
        field_name="country__side",
        choices=Country.Side.choices,
        label=_("Side"),
        all_label=_("Both sides"),
        unknown_message=_("Unknown side “%(value)s” was ignored."),
    )
    country = ListingFilter(
        field_name="country__iso_code",
        lookup_expr="iexact",
        label=_("Country"),
        all_label=_("All countries"),
        unknown_message=_("Unknown country “%(value)s” was ignored."),
    )
    phase = ListingFilter(
        field_name="phases__slug",
        label=_("Programme phase"),
        all_label=_("All phases"),
        unknown_message=_("Unknown programme phase “%(value)s” was ignored."),
    )

    def choices(self):
        return {
            "country": [(country.iso_code.lower(), country.name) for country in Country.objects.all()],
            "phase": [(phase.slug, str(phase)) for phase in ProgrammePhase.objects.all()],
        }
