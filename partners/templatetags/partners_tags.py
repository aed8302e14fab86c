"""Template tags for the head metadata, the body share image and the link kit."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from iurc_site.core.i18n import HTML_LANG, language_codes
from iurc_site.core.templatetags.iurc_tags import canonical_url

from .. import qr, seo
from ..links import embed_path, permalink_kind, permalinks
from ..links import w3c_datetime as format_w3c_datetime

register = template.Library()

# The frame's size before embed.js sizes it to the card (or for good, without the script): tall enough for the
# largest card of its kind, image included (tests/browser/test_pages_embed.py measures every card against it).
EMBED_SIZE = {"c": (360, 640), "s": (360, 640)}
# The sizing script at a stable address: the hashed name `{% static %}` gives would change with each release.
EMBED_SCRIPT = "js/embed.js"


@register.filter
def w3c_datetime(value):
    """`2024-05-01T08:30:00Z`, as the sitemap's lastmod."""
    return format_w3c_datetime(value)


@register.simple_tag(takes_context=True)
def page_meta(context):
    """Title, description, OpenGraph, share images and JSON-LD of the page being rendered (or of a plain view)."""
    request = context["request"]
    page = context.get("page")
    versions = context.get("versions")
    canonical = canonical_url(versions) if versions else request.build_absolute_uri(request.path)
    return seo.page_meta(request, page if isinstance(page, Page) else None, canonical)


@register.simple_tag
def seo_title(page):
    """The page's title for `<title>`; empty for anything that is not a page (the view's own block names it)."""
    return seo.seo_title(page) if isinstance(page, Page) else ""


@register.simple_tag(takes_context=True)
def link_kit(context, page):
    """Permalinks (any language, English, Chinese), the QR code of the first and the embed snippet."""
    request = context["request"]
    kind = permalink_kind(page)
    urls = permalinks(page, request)
    labels = {
        "default": _("Permalink (opens in the reader's language)"),
        "en": _("Permalink to the English page"),
        "zh-hans": _("Permalink to the Chinese page"),
    }
    links = [{"code": "default", "label": labels["default"], "url": urls["default"], "lang": ""}]
    links += [
        {"code": code, "label": labels[code], "url": urls[code], "lang": HTML_LANG[code]} for code in language_codes()
    ]
    embed_url = request.build_absolute_uri(embed_path(kind, page.pk, get_language()))
    width, height = EMBED_SIZE[kind]
    snippet = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" style="border:0" loading="lazy"></iframe>\n'
        '<script src="{}" async></script>',
        embed_url,
        page.title,
        width,
        height,
        request.build_absolute_uri(settings.STATIC_URL + EMBED_SCRIPT),
    )
    return {
        "links": links,
        "qr_svg": qr.svg_inline(urls["default"], _("QR code of %(url)s") % {"url": urls["default"]}),
        "qr_download_url": reverse("partners_permalink_qr", kwargs={"kind": kind, "page_id": page.pk}),
        "embed_url": embed_url,
        "embed_snippet": snippet,  # HTML to copy: the template shows it as text (force_escape)
    }
