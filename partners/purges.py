"""The machine URLs that show a page, purged with it (iurc_site.delivery.purge): the sitemap, Wagtail's pages
API, and for cities and stories their permalinks, embeds, API list and detail, and the story feed."""

from django.urls import reverse
from django.utils import translation

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.i18n import language_codes
from iurc_site.delivery import purge

from .api import API_PREFIX

KINDS = {CityPage: ("c", "cities"), CooperationStoryPage: ("s", "stories")}


@purge.also
def machine_urls(page):
    paths = ["/sitemap.xml", f"/{API_PREFIX}pages/", f"/{API_PREFIX}pages/{page.pk}/"]
    for model, (kind, endpoint) in KINDS.items():
        if isinstance(page, model):
            paths += [
                f"/{kind}/{page.pk}/",
                *(f"/{kind}/{page.pk}/{code}/" for code in language_codes()),
                f"/embed/{kind}/{page.pk}/",
                f"/{API_PREFIX}{endpoint}/",
                f"/{API_PREFIX}{endpoint}/{page.pk}/",
            ]
    if isinstance(page, CooperationStoryPage):
        with translation.override("en"):
            paths.append(reverse("partners_story_feed"))
    return paths
