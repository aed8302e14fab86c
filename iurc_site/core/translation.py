"""Fields of the core app stored once per language (modeltranslation adds `_en` / `_zh_hans` columns)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    AchievementsPage,
    ContactPage,
    Country,
    FooterLink,
    HomePage,
    MainMenuItem,
    ProgrammePage,
    ProgrammePhase,
    SiteSettings,
    SocialLink,
    SustainableDevelopmentGoal,
    Theme,
)


@register([ProgrammePage, AchievementsPage, ContactPage])
class BodyPageTranslation(TranslationOptions):
    fields = ("summary", "body")


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = BodyPageTranslation.fields + ("hero",)


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ("name",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalTranslation(TranslationOptions):
    fields = ("name",)


@register(ProgrammePhase)
class ProgrammePhaseTranslation(TranslationOptions):
    fields = ("name",)


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("programme_name", "address", "footer_text")


@register([SocialLink, MainMenuItem, FooterLink])
class LabelTranslation(TranslationOptions):
    fields = ("label",)
