"""News fields stored once per language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import NewsArticlePage, NewsIndexPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("summary",)


@register(NewsArticlePage)
class NewsArticlePageTranslation(TranslationOptions):
    fields = ("summary", "body", "image_alt", "image_credit")
