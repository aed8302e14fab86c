"""Template helpers for the bilingual site: language versions, navigation and content language."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from ..i18n import HTML_LANG, localized_field

register = template.Library()


@register.filter
def html_lang(language_code):
    """`zh-hans` -> `zh-Hans`, the BCP 47 form used in `lang` and `hreflang`."""
    return HTML_LANG.get(language_code, language_code)


@register.filter
def content_lang(obj, field_name):
    """The language a translated field is really shown in: the active one, or English when it falls back."""
    language = get_language()
    if getattr(obj, localized_field(field_name, language), None):
        return HTML_LANG[language]
    return HTML_LANG[settings.LANGUAGE_CODE]


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language for the switcher, hreflang links and canonical URL.

    Slugs are shared, so a page's other-language URL differs only by its language prefix; the same
    translation of the request path therefore serves pages, search and error views alike.
    """
    request = context["request"]
    page = context.get("page")
    available = page.available_languages if page is not None and hasattr(page, "available_languages") else None
    current = get_language()
    versions = []
    for code, name in settings.LANGUAGES:
        path = translate_url(request.path, code)
        versions.append(
            {
                "code": code,
                "name": name,
                "lang": HTML_LANG[code],
                "url": translate_url(request.get_full_path(), code),
                "absolute_url": request.build_absolute_uri(path),
                "is_current": code == current,
                "exists": available is None or code in available,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def canonical_url(context, versions):
    """This page's own URL, or the English one when the visitor's language has no version of it."""
    current = next(version for version in versions if version["is_current"])
    if current["exists"]:
        return current["absolute_url"]
    return next(version["absolute_url"] for version in versions if version["exists"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    """Top-level pages marked "show in menus", fetched once per request."""
    request = context["request"]
    if not hasattr(request, "_main_menu"):
        from wagtail.models import Site

        site = Site.find_for_request(request)
        request._main_menu = list(site.root_page.get_children().live().in_menu()) if site else []
    return request._main_menu


@register.filter
def is_in_section(page, section):
    """True when `page` is `section` or one of its descendants (for marking the current menu item)."""
    return bool(page) and hasattr(page, "path") and page.path.startswith(section.path)
