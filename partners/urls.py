"""Routes for partners and machines. `urlpatterns` are language-neutral; `i18n_urlpatterns` go under `/<lang>/`."""

from django.urls import path, re_path

from iurc_site.core.i18n import language_codes

from . import api, sitemap, views
from .feeds import StoryFeed

LANGUAGE = "|".join(language_codes())
KIND = "|".join(["c", "s"])
EMBED_KIND = {"cities": "c", "stories": "s"}

urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="partners_sitemap"),
    path("robots.txt", views.robots_txt, name="partners_robots"),
    re_path(rf"^(?P<kind>{KIND})/(?P<page_id>[0-9]+)/$", views.permalink, name="partners_permalink"),
    re_path(
        rf"^(?P<kind>{KIND})/(?P<page_id>[0-9]+)/(?P<language>{LANGUAGE})/$",
        views.permalink,
        name="partners_permalink_language",
    ),
    re_path(rf"^(?P<kind>{KIND})/(?P<page_id>[0-9]+)/qr\.svg$", views.permalink_qr, name="partners_permalink_qr"),
    *[
        path(f"embed/{segment}/<slug:slug>/", views.embed, {"kind": kind}, name=f"partners_embed_{segment}")
        for segment, kind in EMBED_KIND.items()
    ],
    path(f"{api.API_PREFIX}openapi.json", api.openapi, name="partners_api_openapi"),
    path(f"{api.API_PREFIX}cities/", api.city_list, name="partners_api_cities"),
    path(f"{api.API_PREFIX}cities/<int:page_id>/", api.city_detail, name="partners_api_city"),
    path(f"{api.API_PREFIX}stories/", api.story_list, name="partners_api_stories"),
    path(f"{api.API_PREFIX}stories/<int:page_id>/", api.story_detail, name="partners_api_story"),
    path(api.API_PREFIX, api.api_router.urls),
]

i18n_urlpatterns = [
    path("cooperation/feed/", StoryFeed(), name="partners_story_feed"),
]
