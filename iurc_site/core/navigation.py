"""Menus from the editor-managed navigation settings, with a fixed number of queries whatever their length."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Site

from .i18n import language_codes, localized_field
from .models import NavigationSettings


@dataclass
class MenuLink:
    """A menu entry as templates use it: `title` in the active language (English when it has none), `title_<lang>`
    per language (for `content_lang`), `url`, and the page's `pk` and `path` (None for an external link)."""

    url: str
    titles: dict
    pk: int | None = None
    path: str | None = None

    def __post_init__(self):
        for code, title in self.titles.items():
            setattr(self, localized_field("title", code), title)

    @property
    def title(self):
        return self.titles.get(get_language()) or self.titles.get(settings.LANGUAGE_CODE, "")

    def __str__(self):
        return self.title


def page_link(page, request, labels=None):
    titles = {
        code: (labels or {}).get(code) or getattr(page, localized_field("title", code)) or ""
        for code in language_codes()
    }
    return MenuLink(url=page.get_url(request), titles=titles, pk=page.pk, path=page.path)


def item_links(items, request):
    links = []
    for item in items:
        labels = {code: getattr(item, localized_field("label", code)) or "" for code in language_codes()}
        links.append(page_link(item.page, request, labels) if item.page_id else MenuLink(url=item.url, titles=labels))
    return links


def visible_items(relation):
    """Visible items whose page (if any) is live, with their pages: one query."""
    return relation.filter(Q(page__isnull=True) | Q(page__live=True), visible=True).select_related("page")


def main_menu_links(request):
    """The main menu: the navigation settings' items, or the home page's children marked "show in menus"."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    links = item_links(visible_items(NavigationSettings.for_request(request).main_items), request)
    if links:
        return links
    return [page_link(page, request) for page in site.root_page.get_children().live().in_menu()]


def footer_links(request):
    return item_links(visible_items(NavigationSettings.for_request(request).footer_items), request)
