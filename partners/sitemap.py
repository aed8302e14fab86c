"""`/sitemap.xml`: every live public page once per language it is written in, with hreflang alternates."""

from django.shortcuts import render
from django.views.decorators.http import require_safe
from wagtail.models import Site

from iurc_site.core.i18n import HTML_LANG
from iurc_site.core.querysets import visible_pages

from .links import page_urls, w3c_datetime


def sitemap_entries(request):
    """One entry per (page, language); the pages come from a single query, URLs from Wagtail's cached roots."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = visible_pages().descendant_of(site.root_page, inclusive=True).order_by("path")
    entries = []
    for page in pages:
        urls = {code: url for code, url in page_urls(page, request).items() if url}
        if not urls:
            continue
        alternates = [{"hreflang": HTML_LANG[code], "href": url} for code, url in urls.items()]
        alternates.append({"hreflang": "x-default", "href": urls.get("en") or next(iter(urls.values()))})
        lastmod = w3c_datetime(page.last_published_at)
        entries.extend({"loc": url, "lastmod": lastmod, "alternates": alternates} for url in urls.values())
    return entries


@require_safe
def sitemap(request):
    return render(
        request, "partners/sitemap.xml", {"entries": sitemap_entries(request)}, content_type="application/xml"
    )
