"""Security headers on every kind of response: pages, redirects, errors, the admin, the health probe."""

import logging
import re

import pytest
from csp.decorators import csp_replace
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from iurc_site.core.ops import BadHostAsWarning
from iurc_site.core.security import SiteCSPMiddleware
from tests.pages import public_urls, soup

ADMIN = f"/{settings.WAGTAIL_ADMIN_PATH}"


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Permitted-Cross-Domain-Policies"] == "none"
    assert response["Cross-Origin-Resource-Policy"] in ("same-origin", "cross-origin")
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/en/", "/zh-hans/", "/zh/", "/en/cities/", "/en/no-such-page/", "/healthz"])
def test_public_responses_carry_the_strict_policy(client, city_directory, path):
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
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client, live_pages):
    """The strict policy would block them: scripts and styles must come from files (JSON-LD data is allowed). No
    nonce either: Varnish serves one copy of a public page to everyone, and a cached nonce is a replayed one."""
    for page in live_pages:
        for language in ("en", "zh-hans"):
            url = f"/{language}/{page.url_path.split('/', 2)[2]}"  # url_path is /home/<path>
            response = client.get(url)
            assert response.status_code == 200, url
            document = soup(response)
            for script in document.find_all("script"):
                assert script.get("src") or script.get("type") == "application/ld+json", url
                assert not script.get("nonce"), url
            assert not document.find_all("style"), url
            for tag in document.find_all(True):
                assert "style" not in tag.attrs, (url, tag.name)
                assert not [name for name in tag.attrs if name.startswith("on")], (url, tag.name)


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
def test_the_embed_cards_are_the_one_framable_route(client, chongqing):
    response = client.get(f"/embed/c/{chongqing.pk}/")
    assert response.status_code == 200
    csp = directives(response)
    assert csp["frame-ancestors"] == ["*"]
    assert csp["script-src"] == ["'self'"] and csp["default-src"] == ["'self'"]
    assert "X-Frame-Options" not in response
    assert_common_headers(response)
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "policy"),
    [
        ("/static/js/embed.js", "cross-origin"),  # partners' pages load it
        ("/api/v2/cities/", "cross-origin"),
        ("/en/cooperation/feed/", "cross-origin"),
        ("/sitemap.xml", "same-origin"),
        ("/en/cities/", "same-origin"),
    ],
)
def test_resources_for_other_sites_are_cross_origin_and_the_rest_same_origin(client, story, path, policy):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == policy
    assert response["X-Permitted-Cross-Domain-Policies"] == "none"


def test_a_view_may_replace_one_directive_and_keeps_the_rest():
    """What the embed route does: django-csp's `csp_replace` opens frame-ancestors, nothing else changes."""

    @csp_replace({"frame-ancestors": ["*"]})
    def view(request):
        return HttpResponse("embed")

    response = SiteCSPMiddleware(view)(RequestFactory().get("/embed/x/"))
    assert directives(response)["frame-ancestors"] == ["*"]
    assert directives(response)["script-src"] == ["'self'"]


@pytest.mark.django_db
@pytest.mark.usefixtures("programme")
def test_no_cacheable_public_response_carries_a_nonce(client):
    """A shared cache replays the response, nonce included: every public response (each page type, the listings
    with filters, search, the machine views, a 404) is cacheable and has no nonce in its policy or its HTML."""
    for url in [*public_urls(), "/en/no-such-page/"]:
        response = client.get(url)
        assert "public" in response["Cache-Control"], url
        assert "nonce-" not in response["Content-Security-Policy"], url
        assert b"nonce=" not in response.content, url


def test_nonce_is_in_the_policy_only_when_a_template_used_it():
    """For responses no shared cache keeps (none of the public pages: see above)."""

    def plain(request):
        return HttpResponse("no scripts")

    def with_inline_script(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    assert "nonce-" not in SiteCSPMiddleware(plain)(RequestFactory().get("/en/"))["Content-Security-Policy"]

    response = SiteCSPMiddleware(with_inline_script)(RequestFactory().get("/en/"))
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)
    assert len(nonce) >= 16
    assert f"script-src 'self' 'nonce-{nonce}'" in response["Content-Security-Policy"]
    other = SiteCSPMiddleware(with_inline_script)(RequestFactory().get("/en/"))
    assert nonce not in other["Content-Security-Policy"]


def test_a_wagtail_preview_pass_leaves_the_policy_to_the_admin_view_around_it():
    """The preview renders the public page inside the admin request: the admin's policy (framable by the admin
    itself) must win over the public one, or the preview panel would stay blank."""
    inner = RequestFactory().get("/en/cities/x/")
    inner.is_preview = True
    response = SiteCSPMiddleware(lambda request: HttpResponse("page"))(inner)
    assert "Content-Security-Policy" not in response
    outer = SiteCSPMiddleware(lambda request: response)(RequestFactory().get(ADMIN + "pages/3/edit/preview/"))
    assert directives(outer)["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_a_bad_host_is_one_warning_line_without_traceback(client, caplog):
    logger = logging.getLogger("django.security.DisallowedHost")
    logger.addFilter(BadHostAsWarning())  # as production's LOGGING does
    try:
        with caplog.at_level(logging.INFO):
            response = client.get("/en/", HTTP_HOST="evil.example")
    finally:
        logger.filters.clear()
    assert response.status_code == 400
    records = [record for record in caplog.records if record.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    assert records[0].levelname == "WARNING" and records[0].exc_info is None
    assert "evil.example" in records[0].getMessage()
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
