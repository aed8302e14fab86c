"""Fragments many pages share, kept in Django's cache under the current content version.

Every purge (``purge``) advances the version once the change is committed, so a fragment built from older
content is never read again; it expires on its own. A version that went missing (evicted, Redis emptied)
starts again from the time in microseconds, above any earlier one. Nothing is kept in process memory: with
Redis every process shares the fragments; with the cache down each is built every time.
"""

import time

from django.core.cache import cache

VERSION_KEY = "delivery:content-version"
TIMEOUT = 24 * 3600


def _start():
    cache.add(VERSION_KEY, time.time_ns() // 1000, timeout=None)


def content_version():
    """The current content version."""
    version = cache.get(VERSION_KEY)
    if version is None:
        _start()
        version = cache.get(VERSION_KEY)
    return version


def advance_content_version():
    """Make every fragment stored so far obsolete."""
    _start()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # evicted in between, or a cache that keeps nothing: a new start is new enough
        _start()


def cached_fragment(name, build):
    """``build()``'s result for ``name`` under the current content version, built once per version."""
    version = content_version()
    if version is None:  # a cache that keeps nothing, or unreachable
        return build()
    key = f"delivery:fragment:{version}:{name}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value
