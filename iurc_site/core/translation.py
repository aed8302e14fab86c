"""Fields of the core app stored once per language (modeltranslation adds `_en` / `_zh_hans` columns)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    AchievementsPage,
    ContactPage,
    Country,
    HomePage,
    ProgrammePage,
    ProgrammePhase,
    SiteSettings,
    SustainableDevelopmentGoal,
    Theme,
)

# Names of programme data are short labels shown inline on every page: both languages are required, so a
# Chinese page never mixes in an English country, theme, goal or phase name.
BOTH_LANGUAGES = ("en", "zh-hans")


@register([ProgrammePage, AchievementsPage, ContactPage])
class BodyPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = BodyPageTranslation.fields + ("hero",)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = BOTH_LANGUAGES


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = dict.fromkeys(BOTH_LANGUAGES, ("name",))


@register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = BOTH_LANGUAGES


@register(ProgrammePhase)
class ProgrammePhaseTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = BOTH_LANGUAGES


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("programme_name", "address", "footer_text")
