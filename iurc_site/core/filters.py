"""Listing filters read from query parameters: forgiving, so a bad link shows a message instead of an error.

A filter form takes `request.GET` (or any mapping of strings). Values match case-insensitively, an empty value
means "all", a repeated parameter counts with its last value, and a value that is not one of the choices is
ignored and reported by `ignored_messages`. Nothing here knows about templates, so views and the API share it.
"""

import unicodedata

from django import forms
from django.utils.text import Truncator

from iurc_site.performance.cache import do_not_store

SHOWN_VALUE_LENGTH = 30


class FilterField(forms.ChoiceField):
    """An optional choice among values from the database; `unknown_message` has a `%(value)s` placeholder."""

    def __init__(self, *, label, all_label, unknown_message, **kwargs):
        super().__init__(label=label, required=False, error_messages={"invalid_choice": unknown_message}, **kwargs)
        self.all_label = all_label

    def set_choices(self, choices):
        self.choices = [("", self.all_label), *((str(value), label) for value, label in choices)]


class ListingFilterForm(forms.Form):
    """Base class: subclasses declare FilterFields, fill their choices in `__init__` and implement `apply`."""

    def __init__(self, params):
        super().__init__({name: self.normalize(name, params.get(name) or "") for name in self.base_fields})

    def normalize(self, name, value):
        return str(value).strip().lower()

    @property
    def values(self):
        """The valid, non-empty filter values, by parameter name."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value and name not in self.errors}

    def ignored_messages(self):
        """One message per ignored value, the value shortened and stripped of control characters."""
        self.is_valid()
        messages = []
        for name in self.fields:
            if name in self.errors:
                raw = "".join(char for char in self.data[name] if not unicodedata.category(char).startswith("C"))
                shown = Truncator(raw).chars(SHOWN_VALUE_LENGTH)
                messages.append(str(self.fields[name].error_messages["invalid_choice"]) % {"value": shown})
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
            for name, field in self.fields.items()
        ]

    def apply(self, queryset):
        raise NotImplementedError


def listing_filters(form_class, request):
    """The filter form of a listing page for this request; a page that ignored made-up values is not cached."""
    form = form_class(request.GET)
    if form.ignored_messages():
        do_not_store(request)
    return form
