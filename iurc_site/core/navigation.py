"""Menus as templates render them, from the editor-managed navigation settings, with a fixed number of queries
whatever their length."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Site

from .i18n import language_codes, localized_field
from .menus import automatic_menu_pages, list_values
from .models import NavigationSettings
from .per_request import once_per_request
from .querysets import visible_pages


@dataclass
class MenuLink:
    """A menu entry as templates use it: `title` in the active language (English when it has none), `title_<lang>`
    per language (for `content_lang`), `url`, and the page's `pk` and `path` (None for an external link).
    A group has no `url` and its links in `children`."""

    url: str
    titles: dict
    pk: int | None = None
    path: str | None = None
    children: list = field(default_factory=list)

    def __post_init__(self):
        for code, title in self.titles.items():
            setattr(self, localized_field("title", code), title)

    @property
    def title(self):
        return self.titles.get(get_language()) or self.titles.get(settings.LANGUAGE_CODE, "")

    @property
    def is_group(self):
        return bool(self.children)

    def __str__(self):
        return self.title


def page_link(page, request, labels=None):
    titles = {
        code: (labels or {}).get(code) or getattr(page, localized_field("title", code)) or ""
        for code in language_codes()
    }
    return MenuLink(url=page.get_url(request), titles=titles, pk=page.pk, path=page.path)


def labels_of(item, get):
    return {code: get(item, localized_field("label", code)) or "" for code in language_codes()}


def item_links(items, request):
    links = []
    for item in items:
        labels = labels_of(item, getattr)
        links.append(page_link(item.page, request, labels) if item.page_id else MenuLink(url=item.url, titles=labels))
    return links


def visible_items(relation):
    """Visible items whose page (if any) is live, with their pages: one query."""
    return relation.filter(Q(page__isnull=True) | Q(page__live=True), visible=True).select_related("page")


def menu_block_links(menu, request):
    """The visible entries of a main-menu StreamField as MenuLinks, with their pages in one query; links to pages
    that are not live are left out, and so is a group left with no link."""
    entries = []
    for entry in menu.raw_data:
        value = entry["value"]
        if value.get("visible", True):
            children = list_values(value.get("items", [])) if entry["type"] == "group" else []
            entries.append((value, [child for child in children if child.get("visible", True)]))
    link_values = [child for value, children in entries for child in children or [value]]
    page_ids = {value["page"] for value in link_values if value.get("page")}
    pages = {page.pk: page for page in visible_pages().filter(pk__in=page_ids)} if page_ids else {}

    def link(value):
        labels = labels_of(value, dict.get)
        if value.get("page"):
            page = pages.get(value["page"])
            return page_link(page, request, labels) if page else None
        return MenuLink(url=value["url"], titles=labels) if value.get("url") else None

    links = []
    for value, children in entries:
        if "items" in value:
            group = [child_link for child in children if (child_link := link(child))]
            if group:
                links.append(MenuLink(url="", titles=labels_of(value, dict.get), children=group))
        elif entry_link := link(value):
            links.append(entry_link)
    return links


def main_menu_links(request):
    """The main menu: the navigation settings' entries, or the home page's children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    links = menu_block_links(NavigationSettings.for_request(request).main_menu, request)
    if links:
        return links
    return [page_link(page, request) for page in automatic_menu_pages(site)]


def footer_links(request):
    return item_links(visible_items(NavigationSettings.for_request(request).footer_items), request)


def ancestors(page, request=None):
    """The page's ancestors from the home page down (site root first), looked up once per request."""
    return once_per_request(request, f"ancestors:{page.path}", lambda: list(page.get_ancestors().filter(depth__gte=2)))
