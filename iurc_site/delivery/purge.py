"""What a content change purges from the caches in front of the site, sent once the change is committed.

* A page published, unpublished (or deleted: Wagtail unpublishes it first) or moved: its URLs, in every
  language of ``WAGTAILFRONTENDCACHE_LANGUAGES``; its parent; every live page of the types named in its class's
  ``listed_on``; and the pages and paths that functions registered with ``@also`` return for it. A move purges
  the old URLs (of the page and everything below it) and the new ones.
* A page in the menus (``show_in_menus``, or a section right below the home page) or whose slug changed: its
  title or URL shows on every page, so the whole site goes.
* A snippet, a site setting, an image, a document or a page's view restriction (login, password, groups) saved or
  deleted: the whole site (a Varnish backend gets one ``BAN`` per site; other backends a purge of every public
  URL of the site, in batches). A restriction hides the page and everything below it from every listing, map and
  menu, and a page it lifts appears in them.
* Drafts, locks and revisions saved without publishing change nothing a visitor sees: no purge.

Every purge also advances the content version of ``fragments``: at once, and again after the commit (a fragment
another process built in between, from the old content, is then never read).
"""

import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail import signals as wagtail_signals
from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_handlers
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

from .fragments import advance_content_version
from .frontend_cache import VarnishBackend

logger = logging.getLogger(__name__)

_also_functions = []

# Written by saving a draft revision, locking or unlocking, and by Wagtail while it renders an image.
EDITOR_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "file_size",
        "file_hash",
    }
)
SECTION_DEPTH = 3  # the home page's children: in the main menu and every breadcrumb trail below them


def also(function):
    """Register ``function(page)`` → pages and paths that also show ``page`` (a story's cities; its API detail
    ``/api/v2/stories/7/``; ``/sitemap.xml``). A path under ``/en/`` is purged in every language."""
    _also_functions.append(function)
    return function


def shown_also(page):
    """(pages, paths) the registered functions give for ``page``."""
    pages, paths = [], set()
    for function in _also_functions:
        for item in function(page):
            (paths.add if isinstance(item, str) else pages.append)(item)
    return pages, paths


def _add_page(batch, page):
    """The page's own URLs and the registered paths showing it; the pages showing it (nothing without a URL)."""
    batch.add_page(page)
    url_parts = page.get_url_parts()
    if url_parts is None:
        return []
    pages, paths = shown_also(page)
    batch.add_urls(url_parts[1] + path for path in paths)
    return pages


def listing_pages(page):
    """The pages that list or count ``page``: its parent and the live pages of its ``listed_on`` types."""
    models = [apps.get_model(label) for label in getattr(page.specific_class, "listed_on", ())]
    pages = list(Page.objects.live().type(*models)) if models else []
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages.append(parent)
    return pages


def page_batch(page, *, subtree=False):
    """A PurgeBatch of ``page`` (and, with ``subtree``, every page below it) and of the pages showing it."""
    batch = PurgeBatch()
    targets = list(page.get_descendants(inclusive=True).specific()) if subtree else [page.specific]
    showing = listing_pages(page)
    for target in targets:
        showing += _add_page(batch, target)
    for other in showing:
        batch.add_page(other.specific)
    return batch


def _send(batch):
    advance_content_version()
    batch.purge()


def purge_page(page, *, subtree=False):
    """Purge ``page``'s URLs and its listings once the transaction commits (URLs are taken now: before a delete)."""
    advance_content_version()
    if not get_backends():
        transaction.on_commit(advance_content_version, robust=True)
        return
    if page.show_in_menus or page.depth == SECTION_DEPTH:
        purge_site()
        return
    batch = page_batch(page, subtree=subtree)
    transaction.on_commit(lambda: _send(batch), robust=True)


def site_host(site):
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def site_batch(site):
    """Every public URL of ``site``: its live pages in every language and the registered URLs showing them."""
    batch = PurgeBatch()
    for page in Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific():
        _add_page(batch, page)
    return batch


def _ban_sites():
    advance_content_version()
    backends = get_backends()
    others = [name for name, backend in backends.items() if not isinstance(backend, VarnishBackend)]
    for site in Site.objects.select_related("root_page"):
        host = site_host(site)
        for backend in backends.values():
            if isinstance(backend, VarnishBackend) and backend.invalidates_hostname(host):
                backend.ban(host)
        if others:
            site_batch(site).purge(backends=others)


def purge_site():
    """Drop everything of every site from the caches once the transaction commits."""
    advance_content_version()
    transaction.on_commit(_ban_sites, robust=True)


def page_changed(sender, instance, **kwargs):
    purge_page(instance)


def page_moving(sender, instance, **kwargs):
    purge_page(instance, subtree=True)  # the old URLs, taken before the move


def page_moved(sender, instance, **kwargs):
    purge_page(Page.objects.get(pk=instance.pk), subtree=True)


def site_wide_models():
    """Models shown on every page: snippets, site settings, images, documents, sites, and the view restrictions
    that decide which pages are public (read when a change comes: snippets are registered by wagtail_hooks, after
    the apps are ready)."""
    return {
        *get_snippet_models(),
        *settings_registry,
        get_image_model(),
        get_document_model(),
        Site,
        PageViewRestriction,
    }


def slug_changed(sender, **kwargs):
    purge_site()


def model_changed(sender, update_fields=None, **kwargs):
    if sender not in site_wide_models() or (update_fields and set(update_fields) <= EDITOR_ONLY_FIELDS):
        return
    purge_site()


def connect():
    """Replace frontend_cache's own receivers (they purge before the commit, one language, the page only)."""
    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    for model in page_models:
        wagtail_signals.page_published.disconnect(frontend_cache_handlers.page_published_signal_handler, sender=model)
        wagtail_signals.page_unpublished.disconnect(
            frontend_cache_handlers.page_unpublished_signal_handler, sender=model
        )
    wagtail_signals.page_published.connect(page_changed, dispatch_uid="delivery-page-published")
    wagtail_signals.page_unpublished.connect(page_changed, dispatch_uid="delivery-page-unpublished")
    wagtail_signals.pre_page_move.connect(page_moving, dispatch_uid="delivery-page-moving")
    wagtail_signals.post_page_move.connect(page_moved, dispatch_uid="delivery-page-moved")
    wagtail_signals.page_slug_changed.connect(slug_changed, dispatch_uid="delivery-page-slug")
    post_save.connect(model_changed, dispatch_uid="delivery-model-saved")
    post_delete.connect(model_changed, dispatch_uid="delivery-model-deleted")
