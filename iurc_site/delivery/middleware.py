"""``Cache-Control`` and ``Vary`` by what a response is, so that a cache in front (Varnish, a CDN) may keep it.

* public pages, the API, the sitemap, feeds and embeds, 200 to an anonymous GET/HEAD: ``PUBLIC`` (a short
  browser lifetime; a long one for shared caches, which the purges keep fresh);
* search results: ``SEARCH`` (the query space is unbounded: kept briefly);
* 404: ``NOT_FOUND`` (short);
* the admin, previews, anything for a visitor with a session (signed-in editors, password-restricted pages), any
  response that sets a cookie, any other method or status: ``PRIVATE``.

A view that sets ``Cache-Control`` itself keeps it. Static files, media and documents are left alone.

``Vary``: a cacheable response drops ``Cookie`` (it is the same for everyone without a session, and requests
with one are never cached), and drops ``Accept-Language`` where the path decides the language: under
``/<lang>/`` and on the language-neutral routes of ``DELIVERY_LANGUAGE_NEUTRAL_PATHS`` (Django's locale
middleware adds it to every address without a language prefix). ``Accept-Encoding`` stays.

Place it above the session, locale and CSRF middleware, so that it sees what they add.
"""

import re

from django.conf import settings
from django.utils.cache import cc_delim_re
from django.utils.translation import get_language_from_path

PUBLIC = "public, max-age=60, s-maxage=86400"
SEARCH = "public, max-age=60, s-maxage=300"
NOT_FOUND = "public, max-age=60, s-maxage=60"
PRIVATE = "private, no-store"


def _prefixes(prefixes):
    return re.compile("^(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + ")")


def remove_vary(response, fields):
    """Drop ``fields`` (lower case) from the response's ``Vary`` header."""
    if not response.has_header("Vary"):
        return
    kept = [field for field in cc_delim_re.split(response["Vary"]) if field and field.lower() not in fields]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin = _prefixes(["/" + settings.WAGTAIL_ADMIN_PATH])
        self.untouched = _prefixes(["/documents/", settings.STATIC_URL, settings.MEDIA_URL])
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        self.search = re.compile(rf"^/(?:{languages})/search/")
        self.language_neutral = re.compile("|".join(getattr(settings, "DELIVERY_LANGUAGE_NEUTRAL_PATHS", [])) or "$^")
        self.session_cookie = settings.SESSION_COOKIE_NAME

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        if self.untouched.match(path):
            return response
        if not response.has_header("Cache-Control"):
            response["Cache-Control"] = self.cache_control(request, response, path)
        if get_language_from_path(path) or self.language_neutral.match(path):
            remove_vary(response, {"accept-language"})
        if response["Cache-Control"].startswith("public"):
            remove_vary(response, {"cookie"})
        return response

    def cache_control(self, request, response, path):
        if (
            request.method not in ("GET", "HEAD")
            or self.admin.match(path)
            or getattr(request, "is_preview", False)
            or self.session_cookie in request.COOKIES
            or response.cookies
        ):
            return PRIVATE
        if response.status_code == 404:
            return NOT_FOUND
        if response.status_code != 200:
            return PRIVATE
        if self.search.match(path):
            return SEARCH
        return PUBLIC
