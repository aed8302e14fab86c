"""The publication library's filters: type, year and the language of the file."""

from django.utils.translation import gettext_lazy as _

from iurc_site.core.filters import ListingFilter, ListingFilterSet
from iurc_site.core.models import ProgrammeDocument

from .choices import PublicationType

# A file "in both languages" is in Chinese and in English.
LANGUAGE_MATCHES = {"en": ["en", "both"], "zh-hans": ["zh-hans", "both"], "both": ["both"]}


class PublicationFilterSet(ListingFilterSet):
    type = ListingFilter(
        field_name="publication_type",
        label=_("Type"),
        all_label=_("All types"),
        unknown_message=_("Unknown type “%(value)s” was ignored."),
    )
    year = ListingFilter(
        field_name="year",
        label=_("Year"),
        all_label=_("All years"),
        unknown_message=_("Unknown year “%(value)s” was ignored."),
    )
    language = ListingFilter(
        method="filter_language",
        label=_("Language"),
        all_label=_("All languages"),
        unknown_message=_("Unknown language “%(value)s” was ignored."),
    )

    def choices(self):
        """Types and languages as defined; the years that have a publication (one query)."""
        self.years = sorted(set(self.queryset.values_list("year", flat=True)), reverse=True)
        return {
            "type": PublicationType.choices,
            "year": [(str(year), str(year)) for year in self.years],
            "language": ProgrammeDocument.Language.choices,
        }

    @property
    def has_publications(self):
        """Whether the library has any publication at all (before filtering)."""
        return bool(self.years)

    def filter_language(self, queryset, name, value):
        return queryset.filter(file_language__in=LANGUAGE_MATCHES[value])
