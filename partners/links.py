"""Absolute URLs of a page in each language, and its language-neutral permalinks (`/c/<id>/`, `/s/<id>/`)."""

from datetime import UTC

from django.urls import reverse
from django.utils import translation

from iurc_site.core.i18n import available_languages, language_codes

# Permalink prefix per page type: `/c/<id>/` for a city, `/s/<id>/` for a cooperation story.
PERMALINK_KINDS = {"c": "cities.CityPage", "s": "cooperations.CooperationStoryPage"}


def page_url(page, language, request):
    """The page's absolute URL under `/<language>/` (Wagtail caches the site root paths on the request)."""
    with translation.override(language):
        return request.build_absolute_uri(page.get_url(request))


def page_urls(page, request):
    """`{language: absolute URL}` for every site language; `None` where the page is not written in it."""
    written = available_languages(page)
    return {code: page_url(page, code, request) if code in written else None for code in language_codes()}


def by_id(queryset, page_id):
    """The object with this id, or None; ids past 64 bits match nothing (SQLite would raise OverflowError)."""
    return queryset.filter(pk=page_id).first() if int(page_id) < 2**63 else None


def permalink_kind(page):
    """`c` or `s` for a city or story page, `None` for other page types."""
    label = f"{page._meta.app_label}.{page._meta.object_name}"
    return next((kind for kind, model in PERMALINK_KINDS.items() if model == label), None)


def permalink_path(kind, page_id, language=None):
    if language is None:
        return reverse("partners_permalink", kwargs={"kind": kind, "page_id": page_id})
    return reverse("partners_permalink_language", kwargs={"kind": kind, "page_id": page_id, "language": language})


def embed_path(kind, page_id, language=None):
    """`/embed/c/<id>/?lang=<language>`: the framable card, by the page's permanent id."""
    path = reverse("partners_embed", kwargs={"kind": kind, "page_id": page_id})
    return f"{path}?lang={language}" if language else path


def permalinks(page, request):
    """`{"default": …, "en": …, "zh-hans": …}`: the negotiating permalink and one pinned per language."""
    kind = permalink_kind(page)
    links = {"default": request.build_absolute_uri(permalink_path(kind, page.pk))}
    for code in language_codes():
        links[code] = request.build_absolute_uri(permalink_path(kind, page.pk, code))
    return links


def w3c_datetime(value):
    """`2024-05-01T08:30:00Z`: the W3C / RFC 3339 form used in the sitemap and the API (None stays None)."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
