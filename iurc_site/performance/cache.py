"""Full-page cache for anonymous visitors, invalidated at once by a site-wide content generation.

Every cached page is stored under a key that contains the current *generation*, a number kept in the shared
cache (Redis in production). Any content change (see ``signals``) increments it, so every process sharing the
cache stops using the old pages at the same moment; they expire on their own after ``PAGE_CACHE_TIMEOUT``.
Each increment is also pushed to every process (``notify``), and each process keeps the pages it served
(``pages``), so a hit costs no round trip. Data many pages share is kept per generation too (``data``).

URL classes and their ``Cache-Control`` (a view that sets its own header keeps it):

* public pages, anonymous GET/HEAD, 200: ``public, max-age=60, s-maxage=600`` and ``Vary: Cookie``; stored in
  the page cache, replayed with ``X-Cache: HIT`` (a looked-up miss says ``X-Cache: MISS``);
* permanent redirects (301, 308): ``public, max-age=3600``; other statuses (302 by language, 404, 5xx):
  ``no-cache``. Neither is stored: redirects cost no query, and storing 404s would let junk URLs fill the cache;
* anything for a visitor with a session (signed-in editors, password-restricted pages), responses that set a
  cookie or used the CSRF token, the admin and previews: ``private, no-store``, never stored;
* search results: ``private, no-cache``, never stored (the query space is unbounded);
* documents, /healthz and /ping are left alone.

A response is stored only if it is a 200 to an anonymous GET without cookies, without a CSP nonce, whose
``Vary`` names nothing but ``Cookie`` and ``Accept-Encoding`` (the key holds the encoding class).
"""

import contextlib
import hashlib
import logging
import pickle
import re
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language_from_path

from . import notify

GENERATION_KEY = "iurc:generation"
PUBLIC_CACHE_CONTROL = "public, max-age=60, s-maxage=600"
PERMANENT_REDIRECT_CACHE_CONTROL = "public, max-age=3600"
PRIVATE_CACHE_CONTROL = "private, no-store"
SEARCH_CACHE_CONTROL = "private, no-cache"
MAX_QUERY_STRING = 512  # longer query strings are served but not stored
STORABLE_VARY = {"cookie", "accept-encoding"}

PUBLIC, PRIVATE, SEARCH, PASSTHROUGH = "public", "private", "search", "passthrough"

_UNREAD, MISSING = object(), object()
_generation = ContextVar("iurc_generation", default=None)  # None outside a request, _UNREAD until read
_unchanged = ContextVar("iurc_unchanged", default=False)
logger = logging.getLogger(__name__)


def page_cache():
    return caches[page_cache_alias()]


def cache_timeout():
    """Seconds a page or derived datum is kept (a change makes it obsolete earlier, via the generation)."""
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


class ProcessMemory:
    """This process's copy of recent cache entries, at most ``limit`` bytes, least recently used dropped first.

    Safe across processes: every key holds the content generation. ``pickled`` entries are stored pickled and
    each reader gets its own objects; others (immutable page entries) are shared.
    """

    def __init__(self, limit=32 * 1024 * 1024, pickled=False):
        self.limit, self.pickled, self.size = limit, pickled, 0
        self.entries, self.lock = OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            item = self.entries.get(key)
            if item is None:
                return MISSING
            self.entries.move_to_end(key)
        return pickle.loads(item[0]) if self.pickled else item[0]

    def set(self, key, value):
        stored = pickle.dumps(value, pickle.HIGHEST_PROTOCOL) if self.pickled else value
        size = len(stored) if self.pickled else len(value[2])  # a page entry: (status, headers, body)
        with self.lock:
            self.size += size - self.entries.pop(key, (None, 0))[1]
            self.entries[key] = (stored, size)
            while self.size > self.limit and self.entries:
                self.size -= self.entries.popitem(last=False)[1][1]


pages = ProcessMemory()


def _initial_generation():
    """A start value above any earlier generation, should the key ever be evicted."""
    return time.time_ns() // 1000


def page_cache_alias():
    return getattr(settings, "PAGE_CACHE_ALIAS", "default")


def stored_generation(cache):
    """The generation kept in ``cache``, created (and announced) if missing."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, _initial_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
        notify.publish(page_cache_alias(), value)
    return value


def read_generation():
    """The content generation: as pushed to this process (Redis pub/sub), else read from the shared cache."""
    value = notify.pushed_generation(page_cache_alias())
    if value is None:
        value = stored_generation(page_cache())
        notify.subscribe(page_cache_alias(), stored_generation)
    return value


def current_generation():
    """The generation: read once per request (the middleware opens the scope), every time outside one."""
    value = _generation.get()
    if value is None:
        return read_generation()
    if value is _UNREAD:
        value = read_generation()
        _generation.set(value)
    return value


def _increment():
    cache = page_cache()
    try:
        try:
            value = cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet (or evicted)
            cache.add(GENERATION_KEY, _initial_generation(), timeout=None)
            value = cache.get(GENERATION_KEY)
        notify.publish(page_cache_alias(), value)
    except Exception:  # an unreachable cache must not stop an editor from publishing
        logger.exception("Could not invalidate the page cache")
    if _generation.get() is not None:
        _generation.set(_UNREAD)


def bump_generation():
    """Invalidate every cached page in every process: now, and again once the transaction commits.

    The second increment matters: between the first one and the commit another process may render the old
    content and store it under the new generation.
    """
    if _unchanged.get():
        return
    _increment()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_increment)


@contextlib.contextmanager
def content_unchanged():
    """Writes inside change nothing a visitor sees (e.g. a settings row created with its defaults on first read)."""
    token = _unchanged.set(True)
    try:
        yield
    finally:
        _unchanged.reset(token)


def normalised_query(query_string):
    """`b=2&a=1&a=0` and `a=0&a=1&b=2` share a cache entry; blank values are kept."""
    if not query_string:
        return ""
    return urlencode(sorted(parse_qsl(query_string, keep_blank_values=True)))


def page_cache_key(request, generation):
    """Generation, language, encoding class, then a digest of scheme, host, path and normalised query."""
    language = get_language_from_path(request.path_info) or "-"
    encoding = "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    url = f"{request.scheme}://{request.get_host()}{request.path}?{normalised_query(request.META.get('QUERY_STRING'))}"
    digest = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return f"iurc:page:{generation}:{language}:{encoding}:{digest}"


def _prefix_pattern(prefixes):
    return re.compile("^(?:" + "|".join(re.escape(prefix) for prefix in prefixes) + ")")


class PageCacheMiddleware:
    """Serves stored pages before the rest of the stack runs; sets Cache-Control/Vary on every response."""

    def __init__(self, get_response):
        from .data import prime_request

        self.get_response = get_response
        self.prime_request = prime_request
        admin = "/" + getattr(settings, "WAGTAIL_ADMIN_PATH", "admin/")
        self.private = _prefix_pattern([admin])
        self.passthrough = _prefix_pattern(
            ["/documents/", "/healthz", "/ping", settings.STATIC_URL, settings.MEDIA_URL]
        )
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        self.search = re.compile(rf"^/(?:{languages})/search/")
        self.session_cookie = settings.SESSION_COOKIE_NAME

    def url_class(self, request):
        path = request.path_info
        if self.passthrough.match(path):
            return PASSTHROUGH
        if self.private.match(path) or getattr(request, "is_preview", False):
            return PRIVATE
        if self.search.match(path):
            return SEARCH
        return PUBLIC

    def __call__(self, request):
        url_class = self.url_class(request)
        key = None
        token = _generation.set(_UNREAD)
        try:
            if (
                url_class == PUBLIC
                and getattr(settings, "PAGE_CACHE_ENABLED", True)
                and request.method in ("GET", "HEAD")
                and self.session_cookie not in request.COOKIES
                and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
                and request.get_host()  # a host not allowed is refused here (400), not taken for a cache error
            ):
                key, entry = self.cache_call(self.lookup, request) or (None, None)
                if entry is not None:
                    return self.replay(request, entry)
            if url_class in (PUBLIC, SEARCH):
                self.prime_request(request)
            response = self.get_response(request)
        finally:
            _generation.reset(token)
        self.set_cache_headers(request, response, self.url_class(request))  # a preview is known only now
        if key is not None:
            if self.storable(request, response):
                headers = [(name, value) for name, value in response.items() if name != "X-Cache"]
                entry = (response.status_code, headers, response.content)
                self.cache_call(page_cache().set, key, entry, cache_timeout())
                pages.set(key, entry)
            response["X-Cache"] = "MISS"
        return response

    def lookup(self, request):
        """The page's key and stored entry (or None): one small round trip (the generation) when this process
        holds the page, two otherwise."""
        key = page_cache_key(request, current_generation())
        entry = pages.get(key)
        if entry is MISSING:
            entry = page_cache().get(key)
            if entry is not None:
                pages.set(key, entry)
        return key, entry

    @staticmethod
    def cache_call(function, *args):
        """Fail open: while the cache is down, pages are served uncached (and the error is logged)."""
        try:
            return function(*args)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return None

    @staticmethod
    def replay(request, entry):
        status, headers, body = entry
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Cache"] = "HIT"
        return response

    def is_personal(self, request, response):
        """True when the response may differ for this visitor: a session, a cookie set, or a signed-in user."""
        if self.session_cookie in request.COOKIES or response.cookies:
            return True
        user = getattr(request, "user", None)
        return bool(user is not None and user.is_authenticated)

    def set_cache_headers(self, request, response, url_class):
        if url_class == PASSTHROUGH or response.has_header("Cache-Control"):
            return
        if url_class == PRIVATE or self.is_personal(request, response):
            response["Cache-Control"] = PRIVATE_CACHE_CONTROL
        elif url_class == SEARCH:
            response["Cache-Control"] = SEARCH_CACHE_CONTROL
        elif response.status_code == 200 and request.method in ("GET", "HEAD"):
            response["Cache-Control"] = PUBLIC_CACHE_CONTROL
            patch_vary_headers(response, ["Cookie"])
        elif response.status_code in (301, 308):
            response["Cache-Control"] = PERMANENT_REDIRECT_CACHE_CONTROL
        else:
            response["Cache-Control"] = "no-cache"

    def storable(self, request, response):
        if request.method != "GET" or response.status_code != 200 or response.streaming:
            return False
        if getattr(request, "is_preview", False):
            return False
        if response.get("Cache-Control") != PUBLIC_CACHE_CONTROL or self.is_personal(request, response):
            return False
        nonce = getattr(request, "csp_nonce", None)
        if getattr(nonce, "value", None) is not None:  # a nonce must never be replayed
            return False
        vary = {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", "")) if field.strip()}
        return vary <= STORABLE_VARY
