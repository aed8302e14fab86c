"""Security headers (django-csp for the Content-Security-Policy, a small middleware for the rest) and the admin
login lock-out (django-axes) glue."""

from functools import wraps

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_lockout_message
from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

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
CORP = "Cross-Origin-Resource-Policy"


def admin_directives():
    """The Wagtail admin's policy: the site's, loosened where Wagtail needs it, still confined to this origin.

    Wagtail writes inline scripts (widget set-up such as initDateChooser, InlinePanel, wagtail-modeltranslation's
    config) and style attributes, shows previews in a same-origin frame and previews uploads from blob: URLs.
    """
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    return {
        **directives,
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*directives["img-src"], "blob:"],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
    }


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy (chosen by path) and Wagtail previews left alone.

    A Wagtail preview renders the page through the whole middleware stack with a fake public request
    (`request.is_preview`); the public policy it would get (`frame-ancestors 'none'`) must not stick to the
    admin response that shows it in a frame, so the admin pass sets the policy instead.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self.admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH

    def process_response(self, request, response):
        if getattr(request, "is_preview", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(self.admin_prefix):
            parts.config = admin_directives()
        return parts


def cross_origin_resource(view):
    """Mark a view's responses as meant for other sites (`Cross-Origin-Resource-Policy: cross-origin`)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response[CORP] = "cross-origin"
        return response

    return wrapped


class SecurityHeadersMiddleware:
    """Permissions-Policy, Cross-Origin-Resource-Policy and X-Permitted-Cross-Domain-Policies on every response.

    Django's SecurityMiddleware sends nosniff, Referrer-Policy and Cross-Origin-Opener-Policy, django-csp the CSP;
    Django has no setting for these three. Resources other sites may load (static files, media, the API and the
    views marked with `cross_origin_resource`: embed cards, feeds, QR codes) are `cross-origin`, all else
    `same-origin`.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cross_origin_prefixes = (settings.STATIC_URL, settings.MEDIA_URL, "/api/")

    def __call__(self, request):
        response = self.get_response(request)
        shared = request.path_info.startswith(self.cross_origin_prefixes)
        response.headers.setdefault(CORP, "cross-origin" if shared else "same-origin")
        response.headers.setdefault("X-Permitted-Cross-Domain-Policies", "none")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
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
