"""/healthz: database and cache checks, no caching, nothing revealing; a cache failure keeps the node in."""

import pytest
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import override_settings

BROKEN_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/2"}
}


@pytest.mark.django_db
def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Type"] == "application/json"
    assert "Server" not in response and "X-Powered-By" not in response


@pytest.mark.django_db
def test_head_is_allowed_and_post_is_not(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
@override_settings(CACHES=BROKEN_CACHE)
def test_cache_down_gives_200_degraded_naming_the_check(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "checks": {"database": "ok", "cache": "error"}}
    assert response["Cache-Control"] == "no-store"
    body = response.content.decode()
    for leak in ("redis", "127.0.0.1", "Error", "version"):
        assert leak not in body


@pytest.mark.django_db
def test_database_down_gives_503(client, monkeypatch):
    def refuse(self, sql, params=None):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "error", "cache": "ok"}
