"""Event fields stored once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventIndexPage, EventPage


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("summary", "place", "organiser", "body", "image_alt", "image_credit")
