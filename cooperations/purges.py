"""What else shows a story or a city, for the purges after a change (iurc_site.delivery.purge)."""

from django.db.models import Q

from cities.models import CityPage
from iurc_site.delivery import purge

from .models import CooperationStoryPage, stories_naming


@purge.also
def partners_and_stories(page):
    """A story's cities list it (and each other as partners); a city shows in its stories and its partners."""
    if isinstance(page, CooperationStoryPage):
        return [*page.chinese_cities.all(), *page.european_cities.all()]
    if isinstance(page, CityPage):
        stories = list(stories_naming([page], CooperationStoryPage.objects.live()))
        partners = CityPage.objects.filter(Q(chinese_side_stories__in=stories) | Q(european_side_stories__in=stories))
        return [*stories, *partners.exclude(pk=page.pk).distinct()]
    return []
