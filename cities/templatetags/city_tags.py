"""The case cities where other pages count or list them: the home page's key figures, the achievements page."""

from django import template

from iurc_site.core.models import Country, SiteSettings
from iurc_site.core.photos import with_card_photos

from ..models import CityPage, live_cities

register = template.Library()


@register.simple_tag(takes_context=True)
def key_figures(context):
    """Visible case cities (all, Chinese, European), counted in the request's city list (the map's), and the
    programme's first and last years (from its phases, read with the site settings)."""
    request = context.get("request")
    sides = [city.country.side for city in live_cities(request)]
    years = SiteSettings.for_request(request)
    return {
        "cities": len(sides),
        "chinese": sides.count(Country.Side.CHINA),
        "european": sides.count(Country.Side.EUROPE),
        "first_year": years.first_year,
        "last_year": years.last_year,
    }


@register.simple_tag
def cities_by_side():
    """Visible case cities in tree order: `{"cn": […], "eu": […]}`."""
    cities = with_card_photos(
        CityPage.objects.visible().defer_streamfields().select_related("country", "image").order_by("path")
    )
    return {side: [city for city in cities if city.country.side == side] for side in Country.Side.values}
