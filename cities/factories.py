"""Test data for case cities (wagtail-factories): give `parent`, the city directory."""

from decimal import Decimal

import factory
import wagtail_factories

from iurc_site.core.factories import CountryFactory, ProgrammePhaseFactory, RelatedPageFactory

from .models import CityIndexPage, CityPage


class CityIndexPageFactory(wagtail_factories.PageFactory):
    """The city directory; give `parent`, the home page."""

    title = "Cities"
    title_en = factory.SelfAttribute("title")
    title_zh_hans = "城市"
    slug = "cities"

    class Meta:
        model = CityIndexPage


class CityPageFactory(RelatedPageFactory):
    title = factory.Sequence(lambda n: f"Test city {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试城市{n}")
    slug = factory.Sequence(lambda n: f"test-city-{n}")
    summary_en = factory.LazyAttribute(lambda city: f"{city.title_en} is a test city.")
    country = factory.SubFactory(CountryFactory)
    latitude = Decimal("45.10000")
    longitude = Decimal("9.20000")

    class Meta:
        model = CityPage

    @factory.post_generation
    def phases(city, create, phases, **kwargs):
        """`phases=[…]`, or one new phase (a parental relation: saved with the page)."""
        if create:
            city.phases.set(phases if phases is not None else [ProgrammePhaseFactory()])
            return True
