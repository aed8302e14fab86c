"""Listing filters read from query parameters (django-filter): forgiving, so a bad link shows a message instead of
an error.

A listing's FilterSet takes `request.GET` (or any mapping of strings) and the queryset to narrow. Values match
case-insensitively, an empty value means "all", a repeated parameter counts with its last value, and a value that
is not one of the choices is left out of the filtering and reported by `ignored_messages`. Nothing here knows
about templates, so views and the API share it.
"""

import unicodedata

import django_filters
from django.utils.text import Truncator

SHOWN_VALUE_LENGTH = 30


class ListingFilter(django_filters.ChoiceFilter):
    """An optional choice among values from the database; `unknown_message` has a `%(value)s` placeholder."""

    def __init__(self, *, all_label, unknown_message, **kwargs):
        super().__init__(empty_label=all_label, error_messages={"invalid_choice": unknown_message}, **kwargs)


class ListingFilterSet(django_filters.FilterSet):
    """Base class: subclasses declare ListingFilters and give their choices in `choices()`."""

    def __init__(self, params, queryset):
        data = {name: self.normalize(name, params.get(name) or "") for name in self.base_filters}
        super().__init__(data, queryset=queryset)
        for name, choices in self.choices().items():
            self.filters[name].extra["choices"] = choices

    def choices(self):
        """`{filter name: [(value, label), …]}`, read once per request."""
        return {}

    def normalize(self, name, value):
        return str(value).strip().lower()

    @property
    def values(self):
        """The valid, non-empty filter values, by parameter name."""
        self.form.is_valid()
        return {name: value for name, value in self.form.cleaned_data.items() if value and name not in self.errors}

    def ignored_messages(self):
        """One message per ignored value, the value shortened and stripped of control characters."""
        messages = []
        for name, field in self.form.fields.items():
            if name in self.errors:
                raw = "".join(char for char in self.data[name] if not unicodedata.category(char).startswith("C"))
                shown = Truncator(raw).chars(SHOWN_VALUE_LENGTH)
                messages.append(str(field.error_messages["invalid_choice"]) % {"value": shown})
        return messages

    def controls(self):
        """Each filter as a labelled list of options with the current one selected (for a no-JS <form>)."""
        current = self.values
        return [
            {
                "name": name,
                "label": field.label,
                "options": [
                    {"value": value, "label": label, "selected": value == current.get(name, "")}
                    for value, label in field.choices
                ],
            }
            for name, field in self.form.fields.items()
        ]

    def apply(self, queryset):
        """`queryset` narrowed to the valid filter values (`qs` does this for the queryset given at first)."""
        self.form.is_valid()
        return self.filter_queryset(queryset)


def listing_filters(filterset_class, request, queryset):
    """The filters of a listing page for this request."""
    return filterset_class(request.GET, queryset)
