"""Wagtail's redirects across the language prefixes.

Wagtail creates a redirect when a page's slug changes or the page moves (WAGTAILREDIRECTS_AUTO_CREATE), for the
old path in the language the editor's admin was in: `/en/cities/old/` or `/zh-hans/cities/old/`. Slugs are shared,
so one stored redirect serves both languages here: a 404 under `/<lang>/` also looks up the path without the
prefix and with the other language's prefix, and a redirect to a page leads to that page in the visitor's language.
"""

import re
from urllib.parse import urlparse

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils import translation
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect

from .i18n import language_codes

LANGUAGES = "|".join(map(re.escape, language_codes()))
LANGUAGE_PREFIX = re.compile(rf"^/(?P<language>{LANGUAGES})(?P<rest>/.*)$")


def language_variants(path):
    """`/zh-hans/a/b` -> ("zh-hans", ["/a/b", "/en/a/b"]): the same path stored without or with another prefix."""
    match = LANGUAGE_PREFIX.match(path)
    if not match:
        return None, []
    language, rest = match["language"], match["rest"]
    return language, [rest] + [f"/{code}{rest}" for code in language_codes() if code != language]


class LanguageRedirectMiddleware(RedirectMiddleware):
    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        path = urlparse(Redirect.normalise_path(request.get_full_path(), decode_unicode=False)).path
        language, variants = language_variants(path)
        if language is None:
            return super().process_response(request, response)
        with translation.override(language):
            redirected = super().process_response(request, response)
            if redirected is not response:
                return redirected
            for variant in variants:
                redirect = get_redirect(request, variant)
                if redirect is not None and redirect.link:
                    response_class = HttpResponsePermanentRedirect if redirect.is_permanent else HttpResponseRedirect
                    return response_class(redirect.link)
        return response
