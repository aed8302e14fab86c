"""Cooperation-story fields stored once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CooperationIndexPage, CooperationStoryPage


@register(CooperationIndexPage)
class CooperationIndexPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(CooperationStoryPage)
class CooperationStoryPageTranslation(TranslationOptions):
    fields = ("summary", "outcomes", "body", "image_alt", "image_credit")
