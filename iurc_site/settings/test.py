"""Test settings: fast hashing, isolated media, SQLite or DATABASE_URL (CI runs both)."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="iurc-test-media-")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # emptied per test (conftest)
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = None  # static files come from the finders; nothing is collected in tests
WHITENOISE_USE_FINDERS = True
# Pages are not indexed for search as they are saved: that is half the cost of building a page, and most tests
# never search. Tests that do ask for the `search_index` fixture (conftest.py); the programme content is indexed.
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}  # noqa: F405
