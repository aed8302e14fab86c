"""What a page tells search engines and link previews: title, description, share image, OpenGraph, JSON-LD."""

import json

from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cooperations.share_images import share_image as drawn_share_image
from iurc_site.core.i18n import HTML_LANG, localized_field
from iurc_site.core.models import HomePage, SiteSettings
from iurc_site.core.per_request import once_per_request
from iurc_site.performance.pages import ancestors

from .links import available_languages, page_url, permalink_kind, w3c_datetime

# OpenGraph/Twitter image, and the square one early in <body> for apps that ignore OpenGraph (WeChat takes
# the first image of at least 300×300 px). The defaults are made by scripts/make_share_image.py.
SHARE_IMAGES = {
    "card": ("fill-1200x630", "img/share-default.png", (1200, 630)),
    "square": ("fill-300x300", "img/share-default-square.png", (300, 300)),
}
OG_LOCALE = {"en": "en_GB", "zh-hans": "zh_CN"}
JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def content_language(page):
    """The language the page's text is shown in: the active one, or English when the page falls back."""
    language = get_language()
    if page is None or language in available_languages(page):
        return language
    return "en"


def seo_title(page):
    """The SEO title in the page's content language, else its title in that language."""
    language = content_language(page)
    return getattr(page, localized_field("seo_title", language)) or getattr(page, localized_field("title", language))


def meta_description(page):
    """Search description, else summary: in the content language first, then in English."""
    language = content_language(page)
    candidates = []
    for code in dict.fromkeys([language, "en"]):
        candidates += [getattr(page, localized_field("search_description", code), ""), _summary(page, code)]
    return next((text.strip() for text in candidates if text and text.strip()), "")


def _summary(page, language):
    return getattr(page, localized_field("summary", language), "") if hasattr(page, "summary") else ""


def json_ld(data):
    """Serialise for a `<script type="application/ld+json">` block: `<`, `>` and `&` escaped as in json_script."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_LD_ESCAPES))


def share_image(page, request, site_settings, shape):
    """`{url, src, width, height}` of the page's image, else its drawn cover art (cities and stories), else the
    site's default, else the bundled PNG.

    `url` is absolute (for OpenGraph); `src` is as served here, for the `<img>` (a preview's request may have
    another host than the browser showing it).
    """
    image_filter, default_file, default_size = SHARE_IMAGES[shape]
    drawn = None if page is None or getattr(page, "image", None) else drawn_share_image(request, page, shape)
    for image in (getattr(page, "image", None), site_settings.default_share_image):
        if drawn is not None:
            src, width, height = drawn  # the page's cover art, until an editor gives it a photo
            break
        if image is None:
            continue
        try:
            rendition = image.get_rendition(image_filter)
        except OSError:  # the original file is missing or unreadable (SourceImageIOError)
            continue
        src, (width, height) = rendition.url, (rendition.width, rendition.height)
        break
    else:
        src, (width, height) = static(default_file), default_size
    return {"url": request.build_absolute_uri(src), "src": src, "width": width, "height": height}


def page_meta(request, page, canonical):
    """Everything `includes/head_meta.html` and the body share image need, computed once per request."""
    key = ("page-meta", getattr(page, "pk", None), get_language())
    return once_per_request(request, key, lambda: _page_meta(request, page, canonical))


def _page_meta(request, page, canonical):
    site_settings = SiteSettings.for_request(request)
    language = content_language(page)
    site_name = site_settings.short_name or "IURC-China"
    title = seo_title(page) if page is not None else site_settings.programme_name or site_name
    written = available_languages(page) if page is not None else [get_language()]
    meta = {
        "title": title,
        "description": meta_description(page) if page is not None else "",
        "content_language": HTML_LANG[language] if language != "en" else "",
        "og_type": "article" if _kind(page) == "story" else "website",
        "og_locale": OG_LOCALE[language],
        "og_locale_alternates": [OG_LOCALE[code] for code in written if code != language],
        "site_name": site_name,
        "url": canonical,
        "image": share_image(page, request, site_settings, "card"),
        "body_image": share_image(page, request, site_settings, "square"),
        "feed_url": request.build_absolute_uri(reverse("partners_story_feed")),
        "published": w3c_datetime(getattr(page, "first_published_at", None)),
        "modified": w3c_datetime(getattr(page, "last_published_at", None)),
        "json_ld": [],
    }
    if page is not None:
        with translation.override(language):
            meta["json_ld"] = [json_ld(item) for item in structured_data(request, page, meta, site_settings)]
    return meta


def _kind(page):
    """`home`, `city`, `story` or None: what structured data the page gets."""
    if isinstance(page, HomePage):
        return "home"
    return {"c": "city", "s": "story"}.get(permalink_kind(page)) if page is not None else None


def structured_data(request, page, meta, site_settings):
    """schema.org objects: Organization (home), Place (city), Article (story), BreadcrumbList (below home)."""
    language = content_language(page)
    kind = _kind(page)
    items = []
    if kind == "home":
        organisation = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": site_settings.programme_name,
            "alternateName": site_settings.short_name,
            "url": meta["url"],
            "logo": meta["image"]["url"],
        }
        if site_settings.email:
            organisation["email"] = site_settings.email
        if site_settings.address:
            address = {"@type": "PostalAddress", "streetAddress": site_settings.address}
            if site_settings.postcode:
                address["postalCode"] = site_settings.postcode
            organisation["address"] = address
        if site_settings.website:
            organisation["sameAs"] = [site_settings.website]
        items.append(organisation)
    elif kind == "city":
        address = {"@type": "PostalAddress", "addressCountry": page.country.iso_code}
        if page.region:
            address["addressRegion"] = page.region
        place = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": page.title,
            "url": meta["url"],
            "geo": {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)},
            "address": address,
        }
        other_names = [getattr(page, localized_field("title", code)) for code in available_languages(page)]
        other_names = [name for name in other_names if name and name != page.title]
        if other_names:
            place["alternateName"] = other_names
        if meta["description"]:
            place["description"] = meta["description"]
        items.append(place)
    elif kind == "story":
        cities = [*page.chinese_cities.all(), *page.european_cities.all()]  # live ones: see prefetch_card_data
        article = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": meta["title"][:110],
            "url": meta["url"],
            "mainEntityOfPage": meta["url"],
            "inLanguage": HTML_LANG[language],
            "datePublished": meta["published"],
            "dateModified": meta["modified"],
            "image": meta["image"]["url"],
            "about": [
                {"@type": "Place", "name": city.title, "url": page_url(city, language, request)} for city in cities
            ],
            "publisher": {"@type": "Organization", "name": site_settings.programme_name},
        }
        if meta["description"]:
            article["description"] = meta["description"]
        themes = [theme.name for theme in page.themes.all()]
        if themes:
            article["keywords"] = ", ".join(themes)
        items.append(article)
    if page.depth > 2:
        items.append(breadcrumb_list(request, page, language))
    return items


def breadcrumb_list(request, page, language):
    """Home, the ancestors and the page, named as the visible breadcrumbs name them."""
    trail = [*ancestors(page), page]  # from the home page down, kept per content generation
    elements = []
    for position, crumb in enumerate(trail, start=1):
        name = _("Home") if crumb.depth == 2 else crumb.title
        elements.append(
            {"@type": "ListItem", "position": position, "name": name, "item": page_url(crumb, language, request)}
        )
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}
