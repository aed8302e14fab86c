"""Full-page cache for anonymous visitors, invalidated at once by a site-wide content generation.

Every cached page is stored under a key that contains the release (``RELEASE_ID``) and the current
*generation*, a number kept in the shared cache (Redis in production). Any content change (see ``signals``)
advances it, so every process sharing the cache stops using the old pages at the same moment; they expire on
their own after ``PAGE_CACHE_TIMEOUT``. The generation never goes back: an advance sets it above both the
stored value and the time in microseconds, and a process that reads a value lower than one it saw (Redis
restored from an older snapshot, the key set by hand) advances it past both. Each advance is pushed to every
process (``notify``), and each process keeps the pages it served (``pages``), so a hit costs no round trip. Data
many pages share is kept per generation too (``data``). Per-generation caching needs a cache every process
shares (``SHARED_CACHE``, production sets it only with Redis).

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
``Vary`` names nothing but ``Cookie`` and ``Accept-Encoding`` (the key holds the encoding class), and whose
query string is short and names only parameters the public views read (``STORED_PARAMETERS``): any other
(``?fbclid=…``) is served but neither looked up nor stored, so that junk URLs fill no cache.
"""

import contextlib
import hashlib
import logging
import pickle
import re
import threading
import time
import weakref
from collections import OrderedDict
from contextvars import ContextVar
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
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
# Query parameters a stored page may have: listing filters, pages of results, the API's filters and slices, the
# embeds' language. Any other is served uncached.
STORED_PARAMETERS = frozenset({"side", "country", "phase", "theme", "sdg", "city", "page", "limit", "offset", "lang"})
STORABLE_VARY = {"cookie", "accept-encoding"}

PUBLIC, PRIVATE, SEARCH, PASSTHROUGH = "public", "private", "search", "passthrough"

_UNREAD, MISSING = object(), object()
_generation = ContextVar("iurc_generation", default=None)  # None outside a request, _UNREAD until read
_unchanged = ContextVar("iurc_unchanged", default=False)
logger = logging.getLogger(__name__)
clock = time.monotonic  # seconds, for the expiry of this process's copies (tests substitute their own)

# max(stored + 1, ARGV[1]) in one step: ARGV[1] is at least the time in microseconds.
ADVANCE_SCRIPT = """
local value = redis.call('INCR', KEYS[1])
if value < tonumber(ARGV[1]) then
    redis.call('SET', KEYS[1], ARGV[1])
    return tonumber(ARGV[1])
end
return value
"""
_highest = weakref.WeakKeyDictionary()  # per cache instance (one per thread): the highest generation read or set
_lock = threading.Lock()


def page_cache():
    return caches[page_cache_alias()]


def cache_timeout():
    """Seconds a page or derived datum is kept (a change makes it obsolete earlier, via the generation)."""
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


class ProcessMemory:
    """This process's copy of recent cache entries, at most ``limit`` bytes, least recently used dropped first.

    Safe across processes: every key holds the content generation. Each entry is kept ``cache_timeout()``
    seconds, as in the shared cache, so that an invalidation missed (the cache unreachable while an editor
    published) ends. ``pickled`` entries are stored pickled and each reader gets its own objects; others
    (immutable page entries) are shared.
    """

    def __init__(self, limit=32 * 1024 * 1024, pickled=False):
        self.limit, self.pickled, self.size = limit, pickled, 0
        self.entries, self.lock = OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            item = self.entries.get(key)
            if item is None:
                return MISSING
            if item[2] <= clock():
                self.size -= self.entries.pop(key)[1]
                return MISSING
            self.entries.move_to_end(key)
        return pickle.loads(item[0]) if self.pickled else item[0]

    def set(self, key, value):
        stored = pickle.dumps(value, pickle.HIGHEST_PROTOCOL) if self.pickled else value
        size = len(stored) if self.pickled else len(value[2])  # a page entry: (status, headers, body)
        expires = clock() + cache_timeout()
        with self.lock:
            self.size += size - self.entries.pop(key, (None, 0))[1]
            self.entries[key] = (stored, size, expires)
            while self.size > self.limit and self.entries:
                self.size -= self.entries.popitem(last=False)[1][1]


pages = ProcessMemory()


def page_cache_alias():
    return getattr(settings, "PAGE_CACHE_ALIAS", "default")


def _seen(cache):
    """The highest generation this process has read or set through ``cache``, or been pushed."""
    return max(_highest.get(cache, 0), notify.pushed_generation(page_cache_alias()) or 0)


def _note(cache, value):
    with _lock:
        _highest[cache] = max(_highest.get(cache, 0), value)
    return value


def advance_generation(cache):
    """Set the generation to max(stored + 1, time in microseconds, highest seen + 1) in one step, announce it and
    return it: above any earlier generation, even if the stored one went back or is missing."""
    floor = max(time.time_ns() // 1000, _seen(cache) + 1)
    if isinstance(cache, RedisCache):
        script = cache._cache.get_client(write=True).register_script(ADVANCE_SCRIPT)
        value = int(script(keys=[cache.make_key(GENERATION_KEY)], args=[floor]))
    else:  # memory (one process): the lock makes it one step
        with _lock:
            value = max((cache.get(GENERATION_KEY) or 0) + 1, floor)
            cache.set(GENERATION_KEY, value, timeout=None)
    notify.publish(page_cache_alias(), _note(cache, value))
    return value


def stored_generation(cache):
    """The generation kept in ``cache``; advanced if missing or lower than one this process saw (gone back)."""
    seen = _seen(cache)  # taken before reading: whatever was seen is in the cache already, unless it went back
    value = cache.get(GENERATION_KEY)
    if value is None or value < seen:
        return advance_generation(cache)
    return _note(cache, value)


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
    try:
        advance_generation(page_cache())
    except Exception:  # an unreachable cache must not stop an editor from publishing
        logger.exception("Could not invalidate the page cache")
        notify.forget(page_cache_alias())  # the generation may have advanced unannounced: read it again
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


def key_prefix(kind):
    """``iurc:<kind>:<release>:<generation>``: obsolete at once after a content change or a deploy."""
    return f"iurc:{kind}:{getattr(settings, 'RELEASE_ID', '')}:{current_generation()}"


def storable_query(query_string):
    """Whether a page with this query string may be stored: short, naming only ``STORED_PARAMETERS``."""
    if len(query_string) > MAX_QUERY_STRING:
        return False
    return all(name in STORED_PARAMETERS for name, _value in parse_qsl(query_string, keep_blank_values=True))


def do_not_store(request):
    """Keep the response to ``request`` out of the page cache: e.g. a listing that ignored made-up filter values,
    each of which would otherwise fill the cache with one more copy of it."""
    request.page_cache_skip = True


def normalised_query(query_string):
    """`b=2&a=1&a=0` and `a=0&a=1&b=2` share a cache entry; blank values are kept."""
    if not query_string:
        return ""
    return urlencode(sorted(parse_qsl(query_string, keep_blank_values=True)))


def page_cache_key(request):
    """Release, generation, language, encoding class, then a digest of scheme, host, path and normalised query."""
    language = get_language_from_path(request.path_info) or "-"
    encoding = "gzip" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    url = f"{request.scheme}://{request.get_host()}{request.path}?{normalised_query(request.META.get('QUERY_STRING'))}"
    digest = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return f"{key_prefix('page')}:{language}:{encoding}:{digest}"


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
                and storable_query(request.META.get("QUERY_STRING", ""))
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
        key = page_cache_key(request)
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
        if getattr(request, "is_preview", False) or getattr(request, "page_cache_skip", False):
            return False
        if response.get("Cache-Control") != PUBLIC_CACHE_CONTROL or self.is_personal(request, response):
            return False
        if getattr(request, "csp_nonce", None):  # django-csp: true once a template used it; never replay a nonce
            return False
        vary = {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", "")) if field.strip()}
        return vary <= STORABLE_VARY
