"""Permalinks, their QR codes, the framable embed cards and robots.txt."""

from csp.decorators import csp_replace
from django.apps import apps
from django.conf import settings
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe
from wagtail.contrib.redirects.models import Redirect

from iurc_site.core.i18n import language_codes, localized_field, preferred_language
from iurc_site.core.security import cross_origin_resource

from . import qr
from .links import PERMALINK_KINDS, available_languages, by_id, embed_path, page_url, permalink_path

# The embed cards are the one route other sites may frame: the site's policy with frame-ancestors opened.
EMBED_FRAMING = {"frame-ancestors": ["*"]}


def live_page(kind, page_id):
    return by_id(apps.get_model(PERMALINK_KINDS[kind]).objects.visible(), page_id)


def not_found(request, language, language_paths=None):
    """The site's 404 page in `language`; `language_paths` gives the switcher's link for each language."""
    with translation.override(language):
        response = render(request, "404.html", {"language_paths": language_paths}, status=404)
    response["Content-Language"] = language
    return response


@require_safe
def permalink(request, kind, page_id, language=None):
    """`/c/<id>/` → the city in the visitor's language (302, varies on Accept-Language); `/c/<id>/<lang>/` pins it.

    Pinned permalinks answer 302 too: the target carries the slug, which editors may change, so it must not be
    cached the way browsers cache a 301; the permalink itself is the address that stays.
    """
    negotiated = language is None
    if negotiated:
        language = preferred_language(request.headers.get("Accept-Language", ""))
    page = live_page(kind, page_id)
    if page is None:
        paths = {code: permalink_path(kind, page_id, code) for code in language_codes()}
        response = not_found(request, language, paths)
    else:
        if negotiated and language not in available_languages(page):
            language = settings.LANGUAGE_CODE
        response = HttpResponseRedirect(page_url(page, language, request))
    if negotiated:
        patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
@cross_origin_resource
def permalink_qr(request, kind, page_id):
    """The QR code of the language-neutral permalink, as an SVG file to print."""
    page = live_page(kind, page_id)
    if page is None:
        raise Http404
    url = request.build_absolute_uri(permalink_path(kind, page_id))
    response = HttpResponse(qr.svg_document(url, url), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="iurc-{kind}-{page_id}-qr.svg"'
    return response


def embed_language(request):
    """The card's language from `?lang=` (default English), or None when the value is not a site language."""
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    return language if language in language_codes() else None


def unknown_language(request):
    return HttpResponseBadRequest(
        gettext("Unknown language. Use lang=%(choices)s.") % {"choices": " or lang=".join(language_codes())},
        content_type="text/plain; charset=utf-8",
    )


@require_safe
@xframe_options_exempt
@cross_origin_resource
@csp_replace(EMBED_FRAMING)
def embed(request, kind, page_id):
    """A compact bilingual card other sites may frame: `/embed/c/<id>/?lang=en|zh-hans` (default `en`).

    Its script (static/js/embed-card.js) tells the framing page its height; static/js/embed.js on that page
    sizes the frame.
    """
    language = embed_language(request)
    if language is None:
        return unknown_language(request)
    page = live_page(kind, page_id)
    if page is None:
        return not_found(request, language, {code: embed_path(kind, page_id, code) for code in language_codes()})
    if kind == "s":
        page.prefetch_card_data()
    other = next(code for code in language_codes() if code != language)
    with translation.override(language):
        context = {
            "page": page,
            "language": language,
            "other_language": other,
            "other_language_name": dict(settings.LANGUAGES)[other],
            "other_title": getattr(page, localized_field("title", other)),
            "page_url": page_url(page, language, request),
            "other_url": embed_path(kind, page.pk, other),
        }
        template = "partners/embed_city.html" if kind == "c" else "partners/embed_story.html"
        response = render(request, template, context)
    response["Content-Language"] = language
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def embed_by_slug(request, kind, slug):
    """`/embed/cities/<slug>/` (the first, slug-based address) → 301 to `/embed/c/<id>/`, keeping `?lang=`.

    A slug an editor has since changed still finds its page through the redirect Wagtail made from the old URL.
    """
    language = embed_language(request)
    if language is None:
        return unknown_language(request)
    pages = apps.get_model(PERMALINK_KINDS[kind]).objects.visible()
    page = pages.filter(slug=slug).first()
    if page is None:
        renamed = Redirect.objects.filter(old_path__endswith=f"/{slug}", redirect_page__in=pages).first()
        page = renamed.redirect_page if renamed else None
    if page is None:
        return not_found(request, language, {code: f"{request.path}?lang={code}" for code in language_codes()})
    query = request.META.get("QUERY_STRING")
    return HttpResponsePermanentRedirect(embed_path(kind, page.pk) + (f"?{query}" if query else ""))


@require_safe
def robots_txt(request):
    """Crawl everything but the admin; name the sitemap."""
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('partners_sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
