"""Strict query-string parsing for the JSON API, on top of the listings' filter forms.

The HTML directory and story index (cities/filters.py, cooperations/filters.py) ignore a bad value and say so;
the API uses the same forms to validate and filter, but answers 400 to an unknown, repeated or malformed
parameter so that a partner's script fails loudly instead of silently getting everything.
"""

from django.db.models import Q

from cities.filters import CityFilterSet
from cities.models import CityPage
from cooperations.filters import StoryFilterSet
from cooperations.models import CooperationStoryPage, stories_naming

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
PAGINATION = ("limit", "offset")


class BadRequest(Exception):
    """A client error; the message is returned to the client as `{"message": …}` with status 400."""


def _single(query, name):
    values = query.getlist(name)
    if len(values) > 1:
        raise BadRequest(f"Give '{name}' at most once.")
    value = values[0].strip() if values else ""
    if values and not value:
        raise BadRequest(f"'{name}' is empty.")
    return value


def _integer(query, name, default, minimum, maximum):
    raw = _single(query, name)
    if not raw:
        return default
    if not (raw.isascii() and raw.isdigit() and minimum <= int(raw) <= maximum):
        raise BadRequest(f"'{name}' must be a whole number from {minimum} to {maximum}.")
    return int(raw)


class ApiFilters:
    """Parse `query` for an endpoint accepting the filter names `allowed` (plus `limit` and `offset`)."""

    def __init__(self, query, allowed):
        unknown = sorted(set(query) - set(allowed) - set(PAGINATION))
        if unknown:
            allowed_names = ", ".join([*allowed, *PAGINATION])
            raise BadRequest(f"Unknown query parameter '{unknown[0]}'. Allowed: {allowed_names}.")
        self.limit = _integer(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        self.offset = _integer(query, "offset", 0, 0, 10**9)
        self.city_id = _integer(query, "city", None, 1, 2**31 - 1) if "city" in allowed else None
        given = {name: _single(query, name) for name in allowed if name in query and name != "city"}
        # Each filter set reads its choices from the database: build it only when one of its filters is given.
        self.city_form = (
            CityFilterSet(given, CityPage.objects.all()) if given.keys() & CityFilterSet.base_filters.keys() else None
        )
        self.story_form = (
            StoryFilterSet(given, CooperationStoryPage.objects.all())
            if given.keys() & StoryFilterSet.base_filters.keys()
            else None
        )
        for name, value in given.items():
            form = self.city_form if name in CityFilterSet.base_filters else self.story_form
            if name in form.errors:
                known = ", ".join(
                    choice.upper() if name == "country" else choice
                    for choice, _label in form.form.fields[name].choices
                    if choice
                )
                raise BadRequest(f"Unknown {name} '{value}'. Known: {known}.")

    def cities(self, cities, stories):
        """Side, country and phase from the directory's form; theme and SDG through the `stories` naming them."""
        if self.city_form is not None:
            cities = self.city_form.apply(cities)
        if self.story_form is not None:
            stories = self.story_form.apply(stories)
            cities = cities.filter(
                Q(pk__in=stories.values("chinese_cities")) | Q(pk__in=stories.values("european_cities"))
            )
        return cities

    def stories(self, stories):
        """Theme and SDG from the story index's form; country, phase and city through the stories' cities."""
        if self.story_form is not None:
            stories = self.story_form.apply(stories)
        values = self.city_form.values if self.city_form is not None else {}
        if "phase" in values:
            stories = stories.filter(phase__slug=values["phase"])
        if "country" in values:
            stories = stories.filter(pk__in=self._stories_naming(Q(country__iso_code=values["country"].upper())))
        if self.city_id is not None:
            stories = stories.filter(pk__in=self._stories_naming(Q(pk=self.city_id)))
        return stories

    @staticmethod
    def _stories_naming(city_condition):
        """Ids of stories naming, on either side, a city that meets `city_condition`."""
        return stories_naming(CityPage.objects.filter(city_condition)).values("pk")
