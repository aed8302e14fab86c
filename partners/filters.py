"""The API's filters (django-filter FilterSets): strict, so that a partner's script fails loudly on a typo.

The HTML directory and story index (cities/filters.py, cooperations/filters.py) ignore a bad value and say so;
here an unknown value is a 400 naming the known ones (`partners/api.py` also refuses unknown, repeated and empty
parameters). Values come from the database: the OpenAPI document lists them as enums (`partners/openapi.py`).
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.text import Truncator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from cities.models import CityPage
from cooperations.models import CooperationStoryPage, stories_naming
from events.models import EventPage, past, upcoming
from iurc_site.core.models import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme
from news.models import NewsArticlePage

from .serializers import ID_MAXIMUM

SHOWN_VALUE_LENGTH = 40  # an unknown value is quoted in the message up to this length
YEAR_MINIMUM, YEAR_MAXIMUM = 2000, 2100


def side_choices():
    """`cn`, `eu`, also in capitals (`EU`)."""
    return [(value, label) for code, label in Country.Side.choices for value in (code, code.upper())]


def country_choices():
    """ISO codes of the countries, in capitals (`IT`) or small letters (`it`)."""
    countries = Country.objects.all()
    return [(value, country.name) for country in countries for value in (country.iso_code, country.iso_code.lower())]


def phase_choices():
    return [(phase.slug, phase.name) for phase in ProgrammePhase.objects.all()]


def theme_choices():
    return [(theme.slug, theme.name) for theme in Theme.objects.all()]


def sdg_choices():
    return [(str(goal.number), goal.name) for goal in SustainableDevelopmentGoal.objects.all()]


class WholeNumberField(forms.Field):
    """A whole number in ASCII digits from 1 to `ID_MAXIMUM` (Django's IntegerField takes "１０" and "1_0")."""

    minimum = 1
    maximum = ID_MAXIMUM

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not (value.isascii() and value.isdigit() and self.minimum <= int(value) <= self.maximum):
            raise forms.ValidationError(f"must be a whole number from {self.minimum} to {self.maximum}", code="invalid")
        return int(value)


class YearField(WholeNumberField):
    minimum = YEAR_MINIMUM
    maximum = YEAR_MAXIMUM


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": ID_MAXIMUM})
class IdFilter(django_filters.Filter):
    field_class = WholeNumberField


@extend_schema_field({"type": "integer", "minimum": YEAR_MINIMUM, "maximum": YEAR_MAXIMUM})
class YearFilter(django_filters.Filter):
    field_class = YearField


class ApiFilterSet(django_filters.FilterSet):
    """Base class: `error_message()` says what is wrong with the first bad parameter, in one sentence."""

    def error_message(self):
        name, errors = next(iter(self.errors.items()))
        error = errors.as_data()[0]
        field = self.form.fields[name]
        if error.code == "invalid_choice":
            known = {}
            for value, _label in field.choices:
                if value:
                    known.setdefault(str(value).lower(), str(value))  # `CN, BG…` rather than `CN, cn, BG, bg…`
            given = Truncator(self.data[name]).chars(SHOWN_VALUE_LENGTH)
            return f"Unknown {name} '{given}'. Known: {', '.join(known.values())}."
        return f"'{name}' {error.message}."


def theme_filter():
    filter_ = django_filters.ChoiceFilter(choices=theme_choices, field_name="themes__slug", help_text="Theme slug.")
    return extend_schema_field(OpenApiTypes.STR)(filter_)


def sdg_filter():
    filter_ = django_filters.TypedChoiceFilter(
        choices=sdg_choices, coerce=int, field_name="sdgs__number", help_text="UN Sustainable Development Goal."
    )
    return extend_schema_field(OpenApiTypes.INT)(filter_)


def phase_filter(field_name):
    filter_ = django_filters.ChoiceFilter(choices=phase_choices, field_name=field_name, help_text="Programme phase.")
    return extend_schema_field(OpenApiTypes.STR)(filter_)


def country_filter(method, help_text):
    filter_ = django_filters.ChoiceFilter(choices=country_choices, method=method, help_text=help_text)
    return extend_schema_field(OpenApiTypes.STR)(filter_)


class StoryFilter(ApiFilterSet):
    country = country_filter("filter_country", "Stories naming a city of this country (ISO 3166-1 alpha-2 code).")
    city = IdFilter(method="filter_city", help_text="Stories naming the city with this id.")
    phase = phase_filter("phase__slug")
    theme = theme_filter()
    sdg = sdg_filter()

    class Meta:
        model = CooperationStoryPage
        fields = []

    def filter_country(self, stories, name, value):
        return self.naming(stories, CityPage.objects.filter(country__iso_code=value.upper()))

    def filter_city(self, stories, name, value):
        return self.naming(stories, CityPage.objects.filter(pk=value))

    @staticmethod
    def naming(stories, cities):
        """The `stories` naming, on either side, one of `cities`."""
        return stories.filter(pk__in=stories_naming(cities).values("pk"))


class CityFilter(ApiFilterSet):
    side = extend_schema_field(OpenApiTypes.STR)(
        django_filters.ChoiceFilter(
            choices=side_choices, method="filter_side", help_text="Chinese (`cn`) or European (`eu`) cities."
        )
    )
    country = country_filter("filter_country", "ISO 3166-1 alpha-2 code.")
    phase = phase_filter("phases__slug")
    theme = theme_filter()
    sdg = sdg_filter()

    STORY_FILTERS = ("theme", "sdg")  # applied together: cities with one story on both

    class Meta:
        model = CityPage
        fields = []

    def filter_side(self, cities, name, value):
        return cities.filter(country__side=value.lower())

    def filter_country(self, cities, name, value):
        return cities.filter(country__iso_code=value.upper())

    def filter_queryset(self, cities):
        """As FilterSet's, but theme and SDG select the cities of the live stories that have both."""
        stories = None
        for name, value in self.form.cleaned_data.items():
            if value in (None, ""):
                continue
            if name in self.STORY_FILTERS:
                stories = CooperationStoryPage.objects.visible() if stories is None else stories
                stories = self.filters[name].filter(stories, value)
            else:
                cities = self.filters[name].filter(cities, value)
        if stories is not None:
            named = Q(pk__in=stories.values("chinese_cities")) | Q(pk__in=stories.values("european_cities"))
            cities = cities.filter(named)
        return cities


class EventFilter(ApiFilterSet):
    upcoming = extend_schema_field({"type": "string", "enum": ["true", "false"]})(
        django_filters.ChoiceFilter(
            choices=[("true", "upcoming"), ("false", "past")],
            method="filter_upcoming",
            help_text="`true`: events not yet over (running ones included); `false`: past events.",
        )
    )
    city = IdFilter(field_name="cities", help_text="Events about the city with this id.")
    story = IdFilter(field_name="stories", help_text="Events about the cooperation story with this id.")

    class Meta:
        model = EventPage
        fields = []

    def filter_upcoming(self, events, name, value):
        return upcoming(events) if value == "true" else past(events).order_by("start", "path")


class NewsFilter(ApiFilterSet):
    city = IdFilter(field_name="cities", help_text="Articles about the city with this id.")
    story = IdFilter(field_name="stories", help_text="Articles about the cooperation story with this id.")
    theme = theme_filter()
    year = YearFilter(field_name="date__year", help_text="Articles dated in this year.")

    class Meta:
        model = NewsArticlePage
        fields = []
