"""Security headers on every response, and the admin login lock-out (django-axes) glue."""

import secrets

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_lockout_message
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

# The public site: scripts and styles from our own files only, nothing from other hosts.
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
# The Wagtail admin (behind sign-in) still writes inline scripts (widget set-up such as initDateChooser,
# InlinePanel, wagtail-modeltranslation's config) and style attributes, shows previews in a same-origin
# frame and previews uploads from blob: URLs. Its policy still confines everything to this origin.
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


class CSPNonce:
    """A per-request nonce, made on first use; the policy names it only when a template used it."""

    def __init__(self):
        self.value = None

    def __str__(self):
        if self.value is None:
            self.value = secrets.token_urlsafe(18)
        return self.value


def build_policy(directives, nonce=None, media_origins=()):
    """Serialise a directive dict to a header value, adding the nonce to script-src and media to img-src."""
    parts = []
    for name, sources in directives.items():
        sources = list(sources)
        if name == "script-src" and nonce:
            sources.append(f"'nonce-{nonce}'")
        if name == "img-src":
            sources.extend(media_origins)
        parts.append(" ".join([name, *sources]))
    return "; ".join(parts)


class SecurityHeadersMiddleware:
    """Adds CSP, Permissions-Policy and friends; a view that set its own CSP (the embed route) keeps it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH
        self.media_origins = tuple(getattr(settings, "CSP_MEDIA_ORIGINS", ()))

    def __call__(self, request):
        request.csp_nonce = CSPNonce()
        response = self.get_response(request)
        # A policy this middleware set on an inner pass (Wagtail's preview renders the page through the whole
        # middleware stack with a fake public request) is replaced; one a view set itself is kept.
        if "Content-Security-Policy" not in response or getattr(response, "csp_from_middleware", False):
            directives = ADMIN_POLICY if request.path.startswith(self.admin_prefix) else PUBLIC_POLICY
            response["Content-Security-Policy"] = build_policy(directives, request.csp_nonce.value, self.media_origins)
            response.csp_from_middleware = True
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response


class LoginLockoutBackend(AxesStandaloneBackend):
    """Axes' lock-out check for web logins. A login without a request (shell, test client) has no
    IP to count against, so it is left to the next backend instead of failing."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """The Wagtail sign-in page again, with a message saying the account is locked and for how long."""
    cool_off = get_cool_off(request)
    if cool_off:
        minutes = max(1, int(cool_off.total_seconds() // 60))
        message = ngettext(
            "Too many failed sign-in attempts. Sign-in to this account from your address is blocked "
            "for %(minutes)d minute.",
            "Too many failed sign-in attempts. Sign-in to this account from your address is blocked "
            "for %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
    else:
        message = get_lockout_message()
    context = {"form": LoginForm(request=request), "lockout_message": message, "show_password_reset": False}
    return render(request, "security/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
