"""What a page tells search engines and link previews: title, description, share image, OpenGraph, JSON-LD."""

import json
import mimetypes
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.defaultfilters import filesizeformat
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cooperations.models import CooperationStoryPage, story_sides
from cooperations.share_images import share_image as drawn_share_image
from iurc_site.core.i18n import HTML_LANG, localized_field
from iurc_site.core.models import SiteSettings
from iurc_site.core.navigation import ancestors
from iurc_site.core.per_request import once_per_request
from iurc_site.core.photos import SHARE_PHOTO, prefetch_renditions
from news.models import NewsArticlePage

from .links import available_languages, page_url, w3c_datetime

# OpenGraph/Twitter image, and the square one early in <body> for apps that ignore OpenGraph (WeChat takes
# the first image of at least 300×300 px). The defaults are made by scripts/draw_brand_images.py.
SHARE_IMAGES = {
    "card": (SHARE_PHOTO["card"], "img/share-default.png", (1200, 630)),
    "square": (SHARE_PHOTO["square"], "img/share-default-square.png", (300, 300)),
}
OG_LOCALE = {"en": "en_GB", "zh-hans": "zh_CN"}
# The organisation's logo for search engines: square, drawn from the brand mark by scripts/draw_brand_images.py.
LOGO = ("img/logo.png", (512, 512))
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
    own = getattr(page, "cover_image", None) or getattr(page, "image", None)  # a publication's cover is its image
    drawn = None if page is None or own else drawn_share_image(request, page, shape)
    for image in (own, site_settings.default_share_image):
        if drawn is not None:
            src, width, height = drawn  # the page's cover art, until an editor gives it a photo
            break
        if image is None:
            continue
        prefetch_renditions([image], SHARE_PHOTO.values())  # both shapes in one query (none if the page's own did)
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
        "og_type": "article" if isinstance(page, CooperationStoryPage | NewsArticlePage) else "website",
        "og_locale": OG_LOCALE[language],
        "og_locale_alternates": [OG_LOCALE[code] for code in written if code != language],
        "site_name": site_name,
        "url": canonical,
        "image": share_image(page, request, site_settings, "card"),
        "body_image": share_image(page, request, site_settings, "square"),
        "feed_url": request.build_absolute_uri(reverse("partners_story_feed")),
        "published": date_published(page),
        "modified": w3c_datetime(getattr(page, "last_published_at", None)),
        "json_ld": [],
    }
    if page is not None:
        with translation.override(language):
            source = StructuredDataSource(request, page, meta, site_settings, language)
            meta["json_ld"] = [json_ld(item) for item in structured_data(source)]
    return meta


def date_published(page):
    """When a story was first told: the year its cooperation began, the one date the story itself carries.

    `first_published_at` is when the page went live here, which for the stories loaded from the programme brochure
    is the day they were loaded; the brochure dates none of them.
    """
    if isinstance(page, CooperationStoryPage):
        return str(page.start_year)
    if isinstance(page, NewsArticlePage):
        return page.date.isoformat()
    return w3c_datetime(getattr(page, "first_published_at", None))


@dataclass
class StructuredDataSource:
    """What the JSON-LD builders read: the request, the page (specific), the head metadata already computed, the
    site settings and the language the page's text is shown in."""

    request: HttpRequest
    page: Any
    meta: dict
    site_settings: SiteSettings
    language: str

    def url(self, page):
        return page_url(page, self.language, self.request)

    def home_url(self):
        return self.request.build_absolute_uri(f"/{self.language}/")


# Builders of a page type's own schema.org object, by model label (`app_label.ModelName`); a page type without
# one is a plain WebPage. A new page type adds its builder here with `@structured_data_for("app.Model")`.
BUILDERS = {}


def structured_data_for(*labels):
    def register(builder):
        for label in labels:
            BUILDERS[label] = builder
        return builder

    return register


def structured_data(source):
    """The page's own schema.org object, then BreadcrumbList below the home page."""
    page = source.page
    builder = BUILDERS.get(page._meta.label, web_page)
    items = [{"@context": "https://schema.org", **builder(source)}]
    if page.depth > 2:
        items.append(breadcrumb_list(source))
    return items


def logo(source):
    path, (width, height) = LOGO
    return {
        "@type": "ImageObject",
        "url": source.request.build_absolute_uri(static(path)),
        "width": width,
        "height": height,
    }


def organisation_reference(source):
    """The programme as author and publisher: name, home page and logo."""
    return {
        "@type": "Organization",
        "name": source.site_settings.programme_name,
        "url": source.home_url(),
        "logo": logo(source),
    }


def web_page(source, schema_type="WebPage"):
    data = {
        "@type": schema_type,
        "name": source.meta["title"],
        "url": source.meta["url"],
        "inLanguage": HTML_LANG[source.language],
        "isPartOf": {"@type": "WebSite", "name": source.meta["site_name"], "url": source.home_url()},
    }
    if source.meta["description"]:
        data["description"] = source.meta["description"]
    return data


@structured_data_for("cities.CityIndexPage", "cooperations.CooperationIndexPage", "news.NewsIndexPage")
def collection_page(source):
    return web_page(source, "CollectionPage")


@structured_data_for("core.ContactPage")
def contact_page(source):
    data = web_page(source, "ContactPage")
    data["about"] = organisation_reference(source)
    return data


@structured_data_for("core.HomePage")
def organisation(source):
    site_settings = source.site_settings
    data = {
        **organisation_reference(source),
        "alternateName": site_settings.short_name,
        "url": source.meta["url"],
    }
    if site_settings.email:
        data["email"] = site_settings.email
    if site_settings.address:
        address = {"@type": "PostalAddress", "streetAddress": site_settings.address}
        if site_settings.postcode:
            address["postalCode"] = site_settings.postcode
        data["address"] = address
    if site_settings.website:
        data["sameAs"] = [site_settings.website]
    return data


@structured_data_for("cities.CityPage")
def place(source):
    """A case city; addressRegion is the province or region's name (Chongqing and Tianjin are their own)."""
    page = source.page
    address = {"@type": "PostalAddress", "addressCountry": page.country.iso_code}
    if page.region:
        address["addressRegion"] = page.region
    data = {
        "@type": "Place",
        "name": page.title,
        "url": source.meta["url"],
        "geo": {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)},
        "address": address,
    }
    other_names = [getattr(page, localized_field("title", code)) for code in available_languages(page)]
    other_names = [name for name in other_names if name and name != page.title]
    if other_names:
        data["alternateName"] = other_names
    if source.meta["description"]:
        data["description"] = source.meta["description"]
    return data


@structured_data_for("cooperations.CooperationStoryPage")
def article(source):
    """A cooperation story: written and published by the programme, about its cities, covering its period."""
    page, meta = source.page, source.meta
    sides = story_sides(source.request, page)  # its visible cities, as its page and cards show
    cities = [*sides.chinese, *sides.european]
    data = {
        "@type": "Article",
        "headline": meta["title"][:110],
        "url": meta["url"],
        "mainEntityOfPage": meta["url"],
        "inLanguage": HTML_LANG[source.language],
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "temporalCoverage": f"{page.start_year}/{page.end_year or '..'}",
        "image": meta["image"]["url"],
        "about": [{"@type": "Place", "name": city.title, "url": source.url(city)} for city in cities],
        "author": organisation_reference(source),
        "publisher": organisation_reference(source),
    }
    if meta["description"]:
        data["description"] = meta["description"]
    themes = [theme.name for theme in page.themes.all()]
    if themes:
        data["keywords"] = ", ".join(themes)
    return data


structured_data_for("publications.PublicationIndexPage")(collection_page)


@structured_data_for("publications.PublicationPage")
def digital_document(source):
    """A publication: its file (format, size, address), languages and year, published by the programme."""
    page, meta = source.page, source.meta
    data = {
        "@type": "DigitalDocument",
        "name": meta["title"],
        "mainEntityOfPage": meta["url"],
        "url": meta["url"],
        "inLanguage": [HTML_LANG[code] for code in page.languages],
        "datePublished": str(page.year),
        "genre": str(page.get_publication_type_display()),
        "image": meta["image"]["url"],
        "publisher": organisation_reference(source),
    }
    if meta["description"]:
        data["description"] = meta["description"]
    document = page.document
    if document is not None:
        data["url"] = source.request.build_absolute_uri(document.url)
        data["encodingFormat"] = mimetypes.guess_type(document.file.name)[0] or "application/octet-stream"
        if document.file_size is not None:
            with translation.override("en"):
                data["contentSize"] = str(filesizeformat(document.file_size)).replace("\xa0", " ")
    return data


structured_data_for("events.EventIndexPage")(collection_page)

EVENT_STATUS = {"scheduled": "EventScheduled", "postponed": "EventPostponed", "cancelled": "EventCancelled"}


@structured_data_for("events.EventPage")
def event(source):
    """An event: its dates with their offset, where it takes place (a Place, a VirtualLocation or both), its
    status and organiser, the cities it is about."""
    page, meta = source.page, source.meta
    locations = []
    if page.place:
        locations.append({"@type": "Place", "name": page.place, "address": page.place})
    if page.online_url:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    mode = "Mixed" if len(locations) == 2 else "Online" if page.online_url else "Offline"
    organiser = {"@type": "Organization", "name": page.organiser} if page.organiser else None
    data = {
        "@type": "Event",
        "name": meta["title"],
        "url": meta["url"],
        "inLanguage": HTML_LANG[source.language],
        "startDate": page.local_start.isoformat(),
        "endDate": page.local_end.isoformat(),
        "eventStatus": f"https://schema.org/{EVENT_STATUS[page.status]}",
        "eventAttendanceMode": f"https://schema.org/{mode}EventAttendanceMode",
        "location": locations[0] if len(locations) == 1 else locations,
        "image": meta["image"]["url"],
        "organizer": organiser or organisation_reference(source),
        "about": [{"@type": "Place", "name": city.title, "url": source.url(city)} for city in page.live_cities()],
    }
    if page.registration_url:
        data["offers"] = {"@type": "Offer", "url": page.registration_url}
    if meta["description"]:
        data["description"] = meta["description"]
    return data


@structured_data_for("news.NewsArticlePage")
def news_article(source):
    """A news article: dated, by the programme, about its case cities and cooperation stories."""
    page, meta = source.page, source.meta  # visible cities and stories only: see NewsArticlePage.get_context
    data = {
        "@type": "NewsArticle",
        "headline": meta["title"][:110],
        "url": meta["url"],
        "mainEntityOfPage": meta["url"],
        "inLanguage": HTML_LANG[source.language],
        "datePublished": meta["published"],
        "dateModified": meta["modified"],
        "image": meta["image"]["url"],
        "about": [{"@type": "Place", "name": city.title, "url": source.url(city)} for city in page.cities.all()]
        + [{"@type": "Article", "name": story.title, "url": source.url(story)} for story in page.stories.all()],
        "author": organisation_reference(source),
        "publisher": organisation_reference(source),
    }
    if meta["description"]:
        data["description"] = meta["description"]
    themes = [theme.name for theme in page.themes.all()]
    if themes:
        data["keywords"] = ", ".join(themes)
    return data


def breadcrumb_list(source):
    """Home, the ancestors and the page, named as the visible breadcrumbs name them."""
    page = source.page
    trail = [*ancestors(page, source.request), page]  # from the home page down
    elements = []
    for position, crumb in enumerate(trail, start=1):
        name = _("Home") if crumb.depth == 2 else crumb.title
        elements.append({"@type": "ListItem", "position": position, "name": name, "item": source.url(crumb)})
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}
