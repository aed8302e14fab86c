"""Server time and SQL queries of public pages with no cache at all, in-process (Django's test client).

    DJANGO_SETTINGS_MODULE=iurc_site.settings.production .venv/bin/python scripts/backend_timing.py [runs]

prints JSON `{name: {"path", "queries", "server_ms"}}`: queries of one warm request, median server time of `runs`
(default 50) requests, with Django's cache replaced by DummyCache (nothing kept between requests). `make bench`
calls `measure()` the same way. Needs a database with the programme content (`load_iurc_content`).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iurc_site.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from cities.models import CityPage  # noqa: E402
from cooperations.models import CooperationStoryPage  # noqa: E402

NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def page_path(page):
    return "/en" + page.url_path[len(page.get_site().root_page.url_path) - 1 :]


def default_paths():
    city = CityPage.objects.live().filter(slug="chongqing").first() or CityPage.objects.live().first()
    story = CooperationStoryPage.objects.live().order_by("path").first()
    return {"home": "/en/", "directory": "/en/cities/", "city": page_path(city), "story": page_path(story)}


def count_queries(client, path):
    """Queries of one request, counted by a wrapper (the handler reconnects per request: Django's log restarts)."""
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        client.get(path)
    return len(queries)


def measure(paths=None, runs=50):
    """{name: {"path", "queries", "server_ms"}} for `paths` ({name: path}; home, directory, city, story)."""
    paths = paths or default_paths()
    host = next((host for host in settings.ALLOWED_HOSTS if host and "*" not in host), "localhost").lstrip(".")
    client = Client(HTTP_HOST=host, HTTP_ACCEPT_ENCODING="gzip", secure=getattr(settings, "SECURE_SSL_REDIRECT", False))
    results = {}
    with override_settings(CACHES=NO_CACHE):
        for name, path in paths.items():
            for _warm_up in range(3):
                assert client.get(path).status_code == 200, path
            queries = count_queries(client, path)
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                client.get(path)
                times.append((time.perf_counter() - started) * 1000)
            results[name] = {"path": path, "queries": queries, "server_ms": round(statistics.median(times), 1)}
    return results


if __name__ == "__main__":
    print(json.dumps(measure(runs=int(sys.argv[1]) if len(sys.argv) > 1 else 50), indent=2))
