"""Template tags for the head metadata, the body share image and the link kit."""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from iurc_site.core.i18n import HTML_LANG, language_codes
from iurc_site.core.templatetags.iurc_tags import canonical_url

from .. import qr, seo
from ..links import permalink_kind, permalinks

register = template.Library()

EMBED_SEGMENT = {"c": "cities", "s": "stories"}
EMBED_SIZE = {"c": (360, 280), "s": (360, 320)}


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
    embed_url = request.build_absolute_uri(
        reverse(f"partners_embed_{EMBED_SEGMENT[kind]}", kwargs={"slug": page.slug}) + f"?lang={get_language()}"
    )
    width, height = EMBED_SIZE[kind]
    snippet = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy"></iframe>',
        embed_url,
        page.title,
        width,
        height,
    )
    return {
        "links": links,
        "qr_svg": qr.svg_inline(urls["default"], _("QR code of %(url)s") % {"url": urls["default"]}),
        "qr_download_url": reverse("partners_permalink_qr", kwargs={"kind": kind, "page_id": page.pk}),
        "embed_url": embed_url,
        "embed_snippet": snippet,  # HTML to copy: the template shows it as text (force_escape)
    }
