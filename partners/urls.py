"""Routes for partners and machines. `urlpatterns` are language-neutral; `i18n_urlpatterns` go under `/<lang>/`."""

from django.urls import path, re_path

from iurc_site.core.i18n import language_codes
from iurc_site.core.security import cross_origin_resource

from . import api, sitemap, views
from .feeds import NewsFeed, StoryFeed

LANGUAGE = "|".join(language_codes())
KIND = "|".join(["c", "s"])
# The first embed addresses named the page by slug; they now redirect to the id-based ones.
EMBED_SLUG_SEGMENT = {"cities": "c", "stories": "s"}

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
    re_path(rf"^embed/(?P<kind>{KIND})/(?P<page_id>[0-9]+)/$", views.embed, name="partners_embed"),
    *[
        path(f"embed/{segment}/<slug:slug>/", views.embed_by_slug, {"kind": kind}, name=f"partners_embed_{segment}")
        for segment, kind in EMBED_SLUG_SEGMENT.items()
    ],
    *api.urlpatterns,
]

i18n_urlpatterns = [
    path("cooperation/feed/", cross_origin_resource(StoryFeed()), name="partners_story_feed"),
    path("news/feed/", cross_origin_resource(NewsFeed()), name="partners_news_feed"),
]
