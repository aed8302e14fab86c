"""Security headers on every kind of response: pages, redirects, errors, the admin, the health probe."""

import re

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from cities.models import CityPage
from iurc_site.core.security import SecurityHeadersMiddleware

ADMIN = f"/{settings.WAGTAIL_ADMIN_PATH}"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/", "/zh-hans/", "/zh/", "/en/cities/", "/en/no-such-page/", "/healthz"])
def test_public_responses_carry_the_strict_policy(client, path):
    response = client.get(path)
    assert response.status_code in (200, 301, 302, 404)
    csp = directives(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert_common_headers(response)


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client, live_pages):
    """The strict policy would block them: scripts and styles must come from files (JSON-LD data is allowed)."""
    for page in live_pages:
        for language in ("en", "zh-hans"):
            url = f"/{language}/{page.url_path.split('/', 2)[2]}"  # url_path is /home/<path>
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            for tag in re.findall(r"<script\b[^>]*>", html):
                assert "src=" in tag or 'type="application/ld+json"' in tag or "nonce=" in tag, (url, tag)
            assert not re.search(r"<style\b", html), url
            assert not re.search(r"\sstyle=", html), url
            assert not re.search(r"\son[a-z]+=", html), url


@pytest.mark.django_db
def test_admin_has_its_own_looser_policy_still_limited_to_this_origin(admin_client):
    """Wagtail's admin writes inline widget scripts and styles: allowed there, but nothing from other hosts."""
    response = admin_client.get(ADMIN)
    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert_common_headers(response)


@pytest.mark.django_db
def test_admin_login_page_is_covered_too(client):
    response = client.get(f"{ADMIN}login/")
    assert response.status_code == 200
    assert directives(response)["connect-src"] == ["'self'"]
    assert_common_headers(response)


@pytest.mark.django_db
def test_the_embed_cards_keep_their_own_framable_policy(client):
    city = CityPage.objects.live().order_by("path").first()
    response = client.get(reverse("partners_embed_cities", kwargs={"slug": city.slug}))
    assert response.status_code == 200
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    assert_common_headers(response)


def test_a_view_with_its_own_policy_keeps_it():
    """Views that must be framed elsewhere (the embed route) set their own CSP; the middleware leaves it."""
    own = "default-src 'self'; frame-ancestors *"

    def view(request):
        response = HttpResponse("embed")
        response["Content-Security-Policy"] = own
        return response

    response = SecurityHeadersMiddleware(view)(RequestFactory().get("/embed/x/"))
    assert response["Content-Security-Policy"] == own
    assert_common_headers(response)


def test_nonce_is_in_the_policy_only_when_a_template_used_it():
    def plain(request):
        return HttpResponse("no scripts")

    def with_inline_script(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    middleware = SecurityHeadersMiddleware(plain)
    assert "nonce-" not in middleware(RequestFactory().get("/en/"))["Content-Security-Policy"]

    response = SecurityHeadersMiddleware(with_inline_script)(RequestFactory().get("/en/"))
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert len(nonce) >= 16
    assert f"script-src 'self' 'nonce-{nonce}'" in response["Content-Security-Policy"]
    other = SecurityHeadersMiddleware(with_inline_script)(RequestFactory().get("/en/"))
    assert nonce not in other["Content-Security-Policy"]
