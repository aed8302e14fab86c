"""The news index's filters: city, theme and year, each offering only the values some visible article has."""

from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cities.models import CityPage
from iurc_site.core.filters import ListingFilter, ListingFilterSet
from iurc_site.core.i18n import localized_field
from iurc_site.core.models import Theme


def tagged(queryset, kind, value, label, sort):
    """`(kind, value, English label, label in the active language, sort key)` rows of `queryset`, for a union;
    `label` is a translated field's name, or an expression for both."""
    english, shown = (
        (F(localized_field(label, code)) for code in ("en", get_language()))
        if isinstance(label, str)
        else (label, label)
    )
    return (
        queryset.order_by()
        .annotate(
            kind=Value(kind, CharField()),
            choice=Cast(value, CharField()),
            english=Cast(english, CharField()),
            shown=Cast(shown, CharField()),
            sort=Cast(sort, CharField()),
        )
        .values_list("kind", "choice", "english", "shown", "sort")
    )


class NewsFilterSet(ListingFilterSet):
    city = ListingFilter(
        field_name="cities__slug",
        label=_("City"),
        all_label=_("All cities"),
        unknown_message=_("Unknown city “%(value)s” was ignored."),
    )
    theme = ListingFilter(
        field_name="themes__slug",
        label=_("Theme"),
        all_label=_("All themes"),
        unknown_message=_("Unknown theme “%(value)s” was ignored."),
    )
    year = ListingFilter(
        field_name="date__year",
        label=_("Year"),
        all_label=_("All years"),
        unknown_message=_("Unknown year “%(value)s” was ignored."),
    )

    def choices(self):
        """The visible cities and the themes the articles name, and the years they date from, in one query."""
        articles = self.queryset.order_by().values("pk")
        cities = tagged(CityPage.objects.visible().filter(news_articles__in=articles), "city", "slug", "title", "path")
        themes = tagged(Theme.objects.filter(news_articles__in=articles), "theme", "slug", "name", "slug")
        year = ExtractYear("date")
        rows = cities.union(themes, tagged(self.queryset, "year", year, year, year))
        choices = {"city": [], "theme": [], "year": []}
        for kind, value, english, label, sort in sorted(rows, key=lambda row: (row[0], row[4])):
            choices[kind].append((sort, value, label or english))
        choices["year"].reverse()  # the latest first
        return {name: [(value, label) for _sort, value, label in rows] for name, rows in choices.items()}
