"""`/sitemap.xml` with Django's sitemap framework: every live public page once per language it is written in,
with `xhtml:link` hreflang alternates (en, zh-Hans, x-default) and lastmod."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.views.decorators.http import require_safe
from wagtail.models import Site

from iurc_site.core.i18n import available_languages, language_codes
from iurc_site.core.querysets import visible_pages


class PageSitemap(Sitemap):
    """The site's pages; made per request, as Wagtail's own sitemap is, to find the site and build page URLs."""

    i18n = True
    alternates = True
    x_default = True

    def __init__(self, request):
        self.request = request
        self.languages = language_codes()

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return []
        return visible_pages().descendant_of(site.root_page, inclusive=True).order_by("path")

    def get_languages_for_item(self, item):
        return available_languages(item)

    def location(self, item):
        """The page's path in the active language (the framework activates each in turn)."""
        return item.get_url_parts(self.request)[2]

    def lastmod(self, item):
        return item.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        """The framework's URLs, with x-default pointing at the English page.

        Django writes x-default as the English URL without its `/en/` prefix, for sites that serve the default
        language unprefixed; here that address only redirects, and an hreflang link should name the page itself
        (as the page heads' x-default links do).
        """
        urls = super().get_urls(page, site, protocol)
        for url in urls:
            default = next(a["location"] for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE)
            for alternate in url["alternates"]:
                if alternate["lang_code"] == "x-default":
                    alternate["location"] = default
        return urls


@require_safe
def sitemap(request):
    return sitemap_view(request, {"pages": PageSitemap(request)}, template_name="partners/sitemap.xml")
