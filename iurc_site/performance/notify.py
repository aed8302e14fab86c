"""Generation changes pushed to every process through Redis pub/sub, so that a cached page costs no round trip.

Every new generation is published on a channel. Each process subscribes in a daemon thread and keeps the
latest value; while the subscription is up it knows the generation without asking Redis (on this kind of
machine a round trip costs more than replaying a cached page). Before the subscription is up, after a
disconnection, when nothing was heard from Redis for 3 × CHECK_SECONDS (a half-open connection), and for
caches other than Redis, the generation is read from the cache on each request. On (re)subscribing, the thread
reads the generation once the subscription is confirmed, so no change can slip between the two; on a quiet
channel it pings Redis and reads the generation again every CHECK_SECONDS. A value lower than the one held (a
message overtaken by a later one, or the generation gone back) is not taken as is: the generation is read.
"""

import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)
CHANNEL = "iurc:generation:changes"
RETRY_SECONDS = 1
CHECK_SECONDS = 10  # on a quiet channel: ping, and read the generation (a safety net for a lost message)
clock = time.monotonic  # when the listener last heard from Redis (tests substitute their own)


class Listener:
    """The latest generation published for one cache, kept by a daemon thread of this process."""

    def __init__(self, alias, cache, read):
        self.cache, self.read, self.value, self.pid, self.heard = cache, read, None, os.getpid(), clock()
        threading.Thread(target=self.run, name=f"generation-listener-{alias}", daemon=True).start()

    def run(self):
        while True:
            try:
                self.listen(self.cache)  # the instance subscribed, even if the settings change later (tests)
            except Exception:
                logger.warning("Generation listener disconnected; reading the generation per request", exc_info=True)
            self.value = None
            time.sleep(RETRY_SECONDS)

    def listen(self, cache):
        pubsub = cache._cache.get_client(write=True).pubsub()
        try:
            pubsub.subscribe(cache.make_key(CHANNEL))
            confirmation = pubsub.get_message(timeout=CHECK_SECONDS)
            if confirmation is None or confirmation["type"] != "subscribe":
                raise ConnectionError("Redis did not confirm the subscription")
            self.heard, self.value = clock(), self.read(cache)
            while True:
                message = pubsub.get_message(timeout=CHECK_SECONDS)
                if message is None:  # a quiet channel: check that the connection is alive, and read once again
                    if clock() - self.heard > 3 * CHECK_SECONDS:
                        raise ConnectionError("Redis stopped answering on the generation channel")
                    pubsub.ping()
                    self.value = self.read(cache)
                    continue
                self.heard = clock()
                if message["type"] == "message":
                    value = int(message["data"])
                    self.value = value if self.value is None or value >= self.value else self.read(cache)
        finally:
            pubsub.close()


_listeners = {}
_lock = threading.Lock()


def _key(alias):
    return alias, str(settings.CACHES[alias].get("LOCATION"))


def pushed_generation(alias):
    """The generation as last pushed to this process, or None without a live subscription."""
    listener = _listeners.get(_key(alias))
    if listener is None or listener.pid != os.getpid() or clock() - listener.heard > 3 * CHECK_SECONDS:
        return None
    return listener.value


def forget(alias):
    """Drop the pushed generation: this process reads it from the cache until the listener hears a new one."""
    listener = _listeners.get(_key(alias))
    if listener is not None:
        listener.value = None


def publish(alias, generation):
    """Tell every subscribed process about a new generation, this one at once (Redis only)."""
    cache = caches[alias]
    if not isinstance(cache, RedisCache):
        return
    cache._cache.get_client(write=True).publish(cache.make_key(CHANNEL), generation)
    listener = _listeners.get(_key(alias))
    if listener is not None and listener.value is not None:
        listener.value = max(listener.value, generation)


def subscribe(alias, read):
    """Start listening for a Redis cache (once per process: a forked child starts its own thread)."""
    cache = caches[alias]
    if not isinstance(cache, RedisCache):
        return
    with _lock:
        listener = _listeners.get(_key(alias))
        if listener is None or listener.pid != os.getpid():
            _listeners[_key(alias)] = Listener(alias, cache, read)
