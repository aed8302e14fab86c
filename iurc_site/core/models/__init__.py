"""The base app's models, one module per kind: programme data, site settings, documents, the base page and
the programme's own pages."""

from .base_page import BasePage, ChineseTitleMissing, PageImageText, chinese_ready
from .documents import ProgrammeDocument
from .pages import AchievementsPage, ContactPage, HomePage, HomePageFeaturedStory, ProgrammePage
from .site_settings import FooterLink, MainMenuItem, NavigationItem, NavigationSettings, SiteSettings, SocialLink
from .taxonomy import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme

__all__ = [
    "AchievementsPage",
    "BasePage",
    "ChineseTitleMissing",
    "ContactPage",
    "Country",
    "FooterLink",
    "HomePage",
    "HomePageFeaturedStory",
    "MainMenuItem",
    "NavigationItem",
    "NavigationSettings",
    "PageImageText",
    "ProgrammeDocument",
    "ProgrammePage",
    "ProgrammePhase",
    "SiteSettings",
    "SocialLink",
    "SustainableDevelopmentGoal",
    "Theme",
    "chinese_ready",
]
