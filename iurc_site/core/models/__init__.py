"""The base app's models, one module per kind: programme data, site settings, documents, the base page and
the programme's own pages."""

from .base_page import BasePage, BodyPage, ChineseTitleMissing, PageImage
from .documents import ProgrammeDocument
from .pages import AchievementsPage, ContactPage, HomePage, HomePageFeaturedStory, HomePageSectionLink, ProgrammePage
from .site_settings import NavigationSettings, SiteSettings
from .taxonomy import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme
from .workflows import ModerationTask

__all__ = [
    "AchievementsPage",
    "BasePage",
    "BodyPage",
    "ChineseTitleMissing",
    "ContactPage",
    "Country",
    "HomePage",
    "HomePageFeaturedStory",
    "HomePageSectionLink",
    "ModerationTask",
    "NavigationSettings",
    "PageImage",
    "ProgrammeDocument",
    "ProgrammePage",
    "ProgrammePhase",
    "SiteSettings",
    "SustainableDevelopmentGoal",
    "Theme",
]
