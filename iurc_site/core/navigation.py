"""Menus as templates render them, from the editor-managed navigation settings, with a fixed number of queries
whatever their length."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, IntegerField, OuterRef, Q, Subquery, Value
from django.utils.translation import get_language
from wagtail.models import Page, Site

from .i18n import language_codes, localized_field
from .menus import MAX_TOP_LEVEL_ITEMS, list_values
from .models import HomePageSectionLink, NavigationSettings, SiteSettings
from .per_request import once_per_request
from .querysets import LINK_FIELDS, restricted


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


def menu_entries(menu):
    """The visible entries of a main-menu StreamField: (entry value, its visible children if a group)."""
    entries = []
    for entry in menu.raw_data:
        value = entry["value"]
        if value.get("visible", True):
            children = list_values(value.get("items", [])) if entry["type"] == "group" else []
            entries.append((value, [child for child in children if child.get("visible", True)]))
    return entries


def menu_page_ids(menu):
    link_values = [child for value, children in menu_entries(menu) for child in children or [value]]
    return {value["page"] for value in link_values if value.get("page")}


class NavigationPages(NamedTuple):
    menu: dict  # the main menu's and the footer's visible pages by pk
    ancestors: list  # the page's ancestors from the home page down
    sections: dict  # the home page's visible section indexes by field name ("city_directory", "story_index")
    entry_points: list  # on the home page: the visible pages it points readers to, in the editor's order
    automatic_menu: list  # the first six visible children of the home page marked "show in menus" (when none is set)


HOME_SECTIONS = ("city_directory", "story_index")
# What menus, breadcrumbs and section links read of a page.
MENU_FIELDS = (*LINK_FIELDS, "show_in_menus")


def navigation_pages(request, page=None):
    """The pages every page links to, in one query once per request: the main menu's and the footer's, `page`'s
    ancestors (for the breadcrumbs), the home page's sections (the site root as Wagtail's routing has already read
    it), its children shown in menus (the menu when editors have set none) and, on the home page, its entry
    points."""
    page = page if isinstance(page, Page) else None
    paths = [page.path[:end] for end in range(2 * page.steplen, len(page.path), page.steplen)] if page else []

    def find():
        site = Site.find_for_request(request)
        navigation = navigation_settings(request) if site else None
        menu_ids = menu_page_ids(navigation.main_menu) | menu_page_ids(navigation.footer_menu) if site else set()
        home = site.root_page.specific if site else None
        section_ids = {name: getattr(home, f"{name}_id", None) for name in HOME_SECTIONS}
        wanted = Q(pk__in=menu_ids | {pk for pk in section_ids.values() if pk}) | Q(path__in=paths)
        if home is not None:
            wanted |= Q(path__startswith=home.path, depth=home.depth + 1, show_in_menus=True)
        on_home = page is not None and home is not None and page.pk == home.pk
        if on_home:
            links = HomePageSectionLink.objects.filter(page=home, link=OuterRef("pk")).order_by("sort_order", "pk")
            entry = {"entry": Subquery(links.values("pk")[:1]), "entry_order": Subquery(links.values("sort_order")[:1])}
        else:  # only the home page has entry points
            entry = {"entry": Value(None, IntegerField()), "entry_order": Value(None, IntegerField())}
        rows = Page.objects.only(*MENU_FIELDS).annotate(
            visible=ExpressionWrapper(Q(live=True) & ~restricted(), output_field=BooleanField()), **entry
        )
        rows = list(rows.filter(wanted | Q(entry__isnull=False)).order_by("path"))
        shown = {row.pk: row for row in rows if row.visible}
        entries = sorted(
            (row for row in shown.values() if row.entry), key=lambda row: (row.entry_order or 0, row.entry)
        )
        return NavigationPages(
            menu={pk: row for pk, row in shown.items() if pk in menu_ids},
            ancestors=[row for row in rows if row.path in paths],
            sections={name: shown[pk] for name, pk in section_ids.items() if pk in shown},
            entry_points=entries,
            automatic_menu=[
                row
                for row in shown.values()
                if home is not None
                and row.depth == home.depth + 1
                and row.show_in_menus
                and row.path.startswith(home.path)
            ][:MAX_TOP_LEVEL_ITEMS],
        )

    return once_per_request(request, f"navigation-pages:{page.path if page else ''}", find)


def as_specific(pages):
    """`pages` (of wagtailcore.Page) as their own types, in the same order, with what a link and its summary read
    (``MENU_FIELDS`` and the summary): one query per page type."""
    pks_by_model = defaultdict(list)
    for page in pages:
        pks_by_model[page.specific_class].append(page.pk)
    specific = {}
    for model, pks in pks_by_model.items():
        summary = ("summary",) if any(field.name == "summary" for field in model._meta.concrete_fields) else ()
        specific.update(model.objects.only(*MENU_FIELDS, *summary).in_bulk(pks))
    return [specific[page.pk] for page in pages if page.pk in specific]


def menu_block_links(menu, request, pages):
    """The visible entries of a main-menu StreamField as MenuLinks, with `pages` (visible pages by pk); links to
    pages that are not live are left out, and so is a group left with no link."""
    entries = menu_entries(menu)

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


def navigation_settings(request):
    """The site's navigation settings, read with its site settings (one query for both, once per request)."""
    try:
        return SiteSettings.for_request(request).site.navigationsettings
    except NavigationSettings.DoesNotExist:
        return NavigationSettings.for_request(request)


def main_menu_links(request, page=None):
    """The main menu: the navigation settings' entries, or the home page's children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    links = menu_block_links(navigation_settings(request).main_menu, request, navigation_pages(request, page).menu)
    if links:
        return links
    return [page_link(section, request) for section in navigation_pages(request, page).automatic_menu]


def footer_links(request, page=None):
    """The footer's links from the navigation settings, with the pages read with the menu's."""
    if Site.find_for_request(request) is None:
        return []
    return menu_block_links(navigation_settings(request).footer_menu, request, navigation_pages(request, page).menu)


def ancestors(page, request=None):
    """The page's ancestors from the home page down (site root first), read with the menu's pages."""
    return navigation_pages(request, page).ancestors
