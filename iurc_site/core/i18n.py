"""Language helpers shared by views, templates and the content loader."""

from django.conf import settings

HTML_LANG = {"en": "en", "zh-hans": "zh-Hans"}
FIELD_SUFFIX = {"en": "en", "zh-hans": "zh_hans"}
TRADITIONAL_CHINESE_PREFIXES = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def localized_field(field_name, language_code):
    """`title`, `zh-hans` -> `title_zh_hans` (modeltranslation's column name)."""
    return f"{field_name}_{FIELD_SUFFIX[language_code]}"


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
