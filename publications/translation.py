"""Publication fields stored once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import PublicationIndexPage, PublicationPage


@register(PublicationIndexPage)
class PublicationIndexPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(PublicationPage)
class PublicationPageTranslation(TranslationOptions):
    fields = ("summary", "image_alt", "image_credit")
