"""Case-city fields stored once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CityIndexPage, CityPage


@register(CityIndexPage)
class CityIndexPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(CityPage)
class CityPageTranslation(TranslationOptions):
    fields = ("summary", "region", "body", "image_alt", "image_credit")
