"""Django's LocaleMiddleware, with the site's own language choice and without one redirect that breaks
language-neutral routes."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

from iurc_site.core.i18n import preferred_language


class SiteLocaleMiddleware(LocaleMiddleware):
    """LocaleMiddleware with two changes.

    An address without a language prefix is answered in the language `preferred_language` picks from
    Accept-Language, the same rule as `/` and the permalinks: Django's own choice would send Traditional
    Chinese readers to `/zh-hans/cities/` from `/cities/` but to `/en/` from `/`.

    A 404 is left alone when a language-neutral view answered it itself. Django turns every 404 outside
    `/<lang>/` into a redirect to `/<lang>/<path>` whenever that path resolves, and Wagtail's catch-all makes
    every path resolve: `/c/999/`, `/api/v2/cities/999/` or `/embed/cities/x/` would redirect to an HTML 404
    instead of answering 404 themselves. Paths no view matched keep Django's behaviour (`/cities/` still goes
    to `/en/cities/`).
    """

    def process_request(self, request):
        super().process_request(request)
        if not translation.get_language_from_path(request.path_info):
            translation.activate(preferred_language(request.META.get("HTTP_ACCEPT_LANGUAGE", "")))
            request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
