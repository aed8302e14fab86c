"""The case cities where other pages count or list them: the home page's key figures, the achievements page."""

from django import template
from django.db import models

from iurc_site.core.models import Country, ProgrammePhase

from ..models import CityPage

register = template.Library()


@register.simple_tag
def key_figures():
    """Visible case cities (all, Chinese, European) and the programme's first and last years, from the data."""

    figures = CityPage.objects.visible().aggregate(
        cities=models.Count("pk"),
        chinese=models.Count("pk", filter=models.Q(country__side=Country.Side.CHINA)),
        european=models.Count("pk", filter=models.Q(country__side=Country.Side.EUROPE)),
    )
    figures.update(
        ProgrammePhase.objects.aggregate(first_year=models.Min("start_year"), last_year=models.Max("end_year"))
    )
    return figures


@register.simple_tag
def cities_by_side():
    """Visible case cities in tree order: `{"cn": […], "eu": […]}`."""
    cities = CityPage.objects.visible().defer_streamfields().select_related("country", "image").order_by("path")
    return {side: [city for city in cities if city.country.side == side] for side in Country.Side.values}
