"""Language helpers shared by views, templates and the content loader."""

from collections.abc import Mapping

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

HTML_LANG = {"en": "en", "zh-hans": "zh-Hans"}
TRADITIONAL_CHINESE_PREFIXES = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def localized_field(field_name, language_code):
    """`title`, `zh-hans` -> `title_zh_hans` (modeltranslation's column name)."""
    return build_localized_fieldname(field_name, language_code)


def available_languages(page):
    """The languages a page (specific or plain `Page`) has been written in: those in which it has a title."""
    return [code for code in language_codes() if getattr(page, localized_field("title", code), "")]


def preferred_language(accept_language):
    """Pick `en` or `zh-hans` from an Accept-Language header.

    The visitor's most preferred tag that is English or Simplified Chinese wins; Traditional Chinese
    (zh-Hant, zh-TW, zh-HK, zh-MO) counts as neither. Anything else falls back to English.
    """
    weighted = []
    for position, item in enumerate(accept_language.split(",")):
        tag, _sep, params = item.strip().partition(";")
        tag = tag.strip().lower()
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            weighted.append((-quality, position, tag))
    for _quality, _position, tag in sorted(weighted):
        if tag == "zh" or tag.startswith("zh-"):
            if not tag.startswith(TRADITIONAL_CHINESE_PREFIXES):
                return "zh-hans"
        elif tag == "en" or tag.startswith("en-"):
            return "en"
    return settings.LANGUAGE_CODE


def content_lang(obj, field_name):
    """The language a translated field (of an object, or a block's value) is really shown in: the active one, or
    English when it falls back (as an HTML `lang`; the `content_lang` template filter)."""
    language = get_language()
    name = localized_field(field_name, language)
    if obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None):
        return HTML_LANG[language]
    return HTML_LANG[settings.LANGUAGE_CODE]
