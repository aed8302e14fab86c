"""Test data for the base app's snippets and pages (factory_boy, wagtail-factories), both languages filled in."""

import factory
import wagtail_factories
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

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


class CountryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    name_en = factory.SelfAttribute("name")
    name_zh_hans = factory.Sequence(lambda n: f"国家{n}")
    iso_code = factory.Sequence(lambda n: f"X{chr(65 + n % 26)}")
    side = Country.Side.EUROPE

    class Meta:
        model = Country
        django_get_or_create = ("iso_code",)


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")
    name_en = factory.SelfAttribute("name")
    name_zh_hans = factory.Sequence(lambda n: f"主题{n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = Theme
        django_get_or_create = ("slug",)


class SustainableDevelopmentGoalFactory(DjangoModelFactory):
    number = factory.Sequence(lambda n: n % 17 + 1)
    name = factory.Sequence(lambda n: f"Goal {n % 17 + 1}")
    name_en = factory.SelfAttribute("name")
    name_zh_hans = factory.Sequence(lambda n: f"目标{n % 17 + 1}")

    class Meta:
        model = SustainableDevelopmentGoal
        django_get_or_create = ("number",)


class ProgrammePhaseFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Phase {n}")
    name_en = factory.SelfAttribute("name")
    name_zh_hans = factory.Sequence(lambda n: f"阶段{n}")
    slug = factory.Sequence(lambda n: f"phase-{n}")
    start_year = 2021
    end_year = 2023

    class Meta:
        model = ProgrammePhase
        django_get_or_create = ("slug",)


def related(field_name):
    """A post-generation declaration for a page's parental many-to-many field: `CityPageFactory(…, themes=[…])`
    sets them; the page is saved once after all of them (`RelatedPageFactory`)."""

    def set_relation(page, create, values, **kwargs):
        if create and values:
            getattr(page, field_name).set(values)
            return True
        return False

    return factory.PostGeneration(set_relation)


class RelatedPageFactory(wagtail_factories.PageFactory):
    """A page factory whose post-generation hooks set parental relations (cities, themes…, see `related`) and
    return True: the page is saved once after them, not once per hook."""

    class Meta:
        abstract = True

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results and any(results.values()):
            instance.save()


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page; `home_page()` makes one the default site's root."""

    title = "Test programme"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "测试项目"
    slug = "home"
    hero_en = "Cities working together."
    hero_zh_hans = "城市携手合作。"

    class Meta:
        model = HomePage


def published(page):
    """`page` published through a revision, as an editor would, and read back fresh as its type."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def home_page(**fields):
    """The default site's root replaced by a new home page (Wagtail's placeholder page deleted): an empty site."""
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-new", **fields)
    site.root_page = home
    site.save()
    placeholder.delete()
    home.slug = fields.get("slug", "home")
    home.save()
    return home


class ProgrammePageFactory(wagtail_factories.PageFactory):
    """A programme page; give its `parent` (the home page)."""

    title = factory.Sequence(lambda n: f"Programme page {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"项目页面{n}")
    slug = factory.Sequence(lambda n: f"programme-page-{n}")
    summary_en = "A page about the programme."
    summary_zh_hans = "关于项目的页面。"

    class Meta:
        model = ProgrammePage


class AchievementsPageFactory(ProgrammePageFactory):
    slug = factory.Sequence(lambda n: f"achievements-{n}")

    class Meta:
        model = AchievementsPage


class ContactPageFactory(ProgrammePageFactory):
    slug = factory.Sequence(lambda n: f"contact-{n}")

    class Meta:
        model = ContactPage


COUNTRY_NAMES = {
    "CN": ("China", "中国", Country.Side.CHINA),
    "DE": ("Germany", "德国", Country.Side.EUROPE),
    "FR": ("France", "法国", Country.Side.EUROPE),
    "IT": ("Italy", "意大利", Country.Side.EUROPE),
}


def country(iso_code):
    """The country with this ISO code (one of `COUNTRY_NAMES`), named in both languages: made on first use."""
    name, name_zh_hans, side = COUNTRY_NAMES[iso_code]
    return CountryFactory(iso_code=iso_code, name=name, name_zh_hans=name_zh_hans, side=side)


class SiteSettingsFactory(DjangoModelFactory):
    """The default site's settings, saved (as the loader or an editor saves them)."""

    site = factory.LazyFunction(lambda: Site.objects.get(is_default_site=True))
    programme_name = "Test programme"
    programme_name_en = factory.SelfAttribute("programme_name")
    programme_name_zh_hans = "测试项目"

    class Meta:
        model = SiteSettings
        django_get_or_create = ("site",)
