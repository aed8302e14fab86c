"""Cache-Control and Vary by what a response is, in both languages."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from iurc_site.delivery.middleware import NOT_FOUND, PRIVATE, PUBLIC, SEARCH

pytestmark = pytest.mark.django_db  # pages from the factories: Chongqing, Mannheim and their story (`pair`)
LANGUAGES = ("en", "zh-hans")


def vary(response):
    return {field.strip().lower() for field in response.get("Vary", "").split(",") if field.strip()}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("path", ["/", "/cities/", "/cities/chongqing/", "/cooperation/", "/cooperation/feed/"])
@pytest.mark.usefixtures("pair")
def test_public_pages_are_cacheable_without_varying_on_language_or_cookie(client, language, path):
    response = client.get(f"/{language}{path}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Cache-Control"] == PUBLIC
    assert "accept-language" not in vary(response) and "cookie" not in vary(response)
    assert "accept-encoding" in vary(response) or path.endswith("feed/")


def test_machine_views_are_cacheable_and_the_path_decides_the_language(client, pair):
    city, story = pair.chongqing, pair.story
    for path in [
        "/sitemap.xml",
        "/api/v2/cities/",
        f"/api/v2/cities/{city.pk}/",
        "/api/v2/stories/",
        f"/embed/c/{city.pk}/",
        f"/embed/s/{story.pk}/?lang=zh-hans",
    ]:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="zh-CN")
        assert response.status_code == 200, path
        assert response["Cache-Control"] == PUBLIC, path
        assert "accept-language" not in vary(response), path


@pytest.mark.usefixtures("home")
def test_the_root_redirect_varies_on_language_and_is_not_shared(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert response.status_code == 302
    assert response["Cache-Control"] == PRIVATE
    assert "accept-language" in vary(response)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.usefixtures("pair")
def test_search_is_cached_briefly_and_a_404_shortly(client, language):
    search = client.get(f"/{language}/search/?q=chongqing")
    assert search.status_code == 200 and search["Cache-Control"] == SEARCH
    missing = client.get(f"/{language}/no-such-page/")
    assert missing.status_code == 404 and missing["Cache-Control"] == NOT_FOUND


def test_signed_in_editors_previews_and_the_admin_are_private(admin_client, pair):
    assert admin_client.get("/en/cities/")["Cache-Control"] == PRIVATE
    assert "private" in admin_client.get("/admin/")["Cache-Control"]  # Wagtail's own never_cache header
    city = pair.chongqing
    preview = admin_client.get(f"/admin/pages/{city.pk}/view_draft/")
    assert preview.status_code == 200 and "private" in preview["Cache-Control"]


def test_a_response_setting_a_cookie_or_to_a_post_is_private(pair):
    """A password-protected page answers with its form and a CSRF cookie."""
    client = Client(enforce_csrf_checks=True)
    city = pair.chongqing
    PageViewRestriction.objects.create(page=city, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    form = client.get("/en/cities/chongqing/")
    assert form.cookies and "private" in form["Cache-Control"]
    assert client.post("/en/cities/")["Cache-Control"] == PRIVATE


def test_a_view_keeps_its_own_cache_control(client):
    assert client.get("/ping")["Cache-Control"] == "no-store"
