"""Template helpers for the bilingual site: language versions, navigation and content language."""

import posixpath
import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from .. import documents
from ..emblem import emblem_svg
from ..i18n import HTML_LANG, content_lang
from ..navigation import as_specific, footer_links, main_menu_links, navigation_pages
from ..per_request import once_per_request
from ..search import HAN_RUN, tokenizer

register = template.Library()


@register.filter
def html_lang(language_code):
    """`zh-hans` -> `zh-Hans`, the BCP 47 form used in `lang` and `hreflang`."""
    return HTML_LANG.get(language_code, language_code)


register.filter("content_lang", content_lang)


@register.filter
def word_breaks(text, names=()):
    """`text` with a `<wbr>` between its Chinese words (jieba) and none inside `names` (city names, kept whole).

    With `word-break: keep-all` (site.css, on titles), Chinese lines then break between words only, never inside
    a name; punctuation keeps the browser's own rules. Text without Han characters is only escaped."""
    text = str(text)
    if not HAN_RUN.search(text):
        return escape(text)
    kept = sorted({str(name) for name in names if name}, key=len, reverse=True)
    pieces = re.split("(" + "|".join(map(re.escape, kept)) + ")", text) if kept else [text]
    words = [word for index, piece in enumerate(pieces) for word in ([piece] if index % 2 else tokenizer().cut(piece))]
    html = ""
    for word in filter(None, words):
        if html and (html[-1] + word[0]).isalnum() and HAN_RUN.search(html[-1] + word[0]):
            html += "<wbr>"
        html += escape(word)
    return mark_safe(html)


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language for the switcher, hreflang links and canonical URL.

    Slugs are shared, so a page's other-language URL differs only by its language prefix; the same
    translation of the request path therefore serves pages, search and error views alike. A view outside
    the language prefixes (a permalink's 404) passes `language_paths` = {code: path} instead.
    """
    request = context["request"]
    page = context.get("page")
    available = page.available_languages if page is not None and hasattr(page, "available_languages") else None
    language_paths = context.get("language_paths") or {}
    current = get_language()
    full_path = request.get_full_path()
    versions = []
    for code, name in settings.LANGUAGES:
        path = language_paths.get(code) or translate_url(request.path, code)
        versions.append(
            {
                "code": code,
                "name": name,
                "lang": HTML_LANG[code],
                "url": language_paths.get(code)
                or (path if full_path == request.path else translate_url(full_path, code)),
                "absolute_url": request.build_absolute_uri(path),
                "is_current": code == current,
                "exists": available is None or code in available,
            }
        )
    return versions


@register.simple_tag
def canonical_url(versions):
    """This page's own URL, or the English one when the visitor's language has no version of it."""
    current = next(version for version in versions if version["is_current"])
    if current["exists"]:
        return current["absolute_url"]
    return next(version["absolute_url"] for version in versions if version["exists"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main menu's links (Settings → Navigation, or the pages marked "show in menus"), built once per request."""
    request = context["request"]
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    key = f"main-menu:{get_language()}"
    return once_per_request(request, key, lambda: main_menu_links(request, page))


@register.simple_tag(takes_context=True)
def home_sections(context):
    """The home page's visible section indexes (`city_directory`, `story_index`) and `entry_points` (as their own
    types, for their summaries), read with the menu's pages."""
    pages = navigation_pages(context["request"], context.get("page"))
    return {**pages.sections, "entry_points": as_specific(pages.entry_points)}


@register.simple_tag(takes_context=True)
def footer_menu(context):
    """The footer's links from Settings → Navigation, built once per request."""
    request = context["request"]
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    key = f"footer-menu:{get_language()}"
    return once_per_request(request, key, lambda: footer_links(request, page))


@register.simple_tag(takes_context=True)
def parent_url(context, page):
    """The URL of `page`'s parent (an article's news index, an event's events page), read from the page's own URL,
    which is its parent's plus its slug: no query."""
    return posixpath.dirname(page.get_url(context.get("request")).rstrip("/")) + "/"


@register.filter
def is_in_section(page, section):
    """True when `page` is `section` or one of its descendants (for marking the current menu item)."""
    section_path = getattr(section, "path", None)
    return bool(page and section_path) and hasattr(page, "path") and page.path.startswith(section_path)


@register.filter
def menu_current(page, entry):
    """`aria-current` for a menu entry: "page" on the page itself, "true" within its section (or, for a group,
    within one of its links' sections), "" elsewhere."""
    if getattr(entry, "is_group", False):
        return "true" if any(is_in_section(page, child) for child in entry.children) else ""
    if not is_in_section(page, entry):
        return ""
    return "page" if page.pk == entry.pk else "true"


@register.filter
def document_meta(document):
    """A document's type, size and language for its public links, e.g. "PDF, 1.2 MB, 中文"."""
    return documents.document_meta(document) if document else ""


@register.filter
def with_document_meta(html):
    """Rich text with each document link followed by its type, size and language."""
    return mark_safe(documents.add_document_meta(str(html)))  # noqa: S308 - expanded rich text, meta escaped


@register.simple_tag
def eu_emblem(css_class="eu-emblem"):
    """The EU emblem as inline SVG (core.emblem)."""
    return emblem_svg(css_class)
