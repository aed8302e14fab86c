"""Data that many pages show, computed once per content generation and shared by every process.

The key holds the generation (see ``cache``), so any content change makes every entry obsolete at once: the
site, its settings, menus and the like cost no query on a warm server even when the page cache is off. Only
with a cache every process shares (``SHARED_CACHE``): without one, a change made in another process (a second
worker, a cron job publishing) would never reach this one, so everything is computed every time.
"""

import logging

from django.conf import settings
from django.http.request import split_domain_port
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from .cache import MISSING, ProcessMemory, cache_timeout, content_unchanged, key_prefix, page_cache

logger = logging.getLogger(__name__)


memory = ProcessMemory(pickled=True)  # each request gets its own copy of the objects


def generation_cached(name, build, keep_none=True):
    """``build()``'s result, built once per generation (None too, unless ``keep_none`` is false: for lookups by
    visitor-chosen keys, so that junk URLs fill no cache); built every time if the cache is down or not shared.

    Read from this process's memory first, then from the shared cache: a warm process makes no round trip.
    """
    if not getattr(settings, "SHARED_CACHE", True):
        return build()
    try:
        key = f"{key_prefix('data')}:{name}"
        entry = memory.get(key)
        if entry is MISSING:
            entry = page_cache().get(key, MISSING)
            if entry is not MISSING:
                memory.set(key, entry)
    except Exception:
        logger.warning("Data cache unavailable", exc_info=True)
        return build()
    if entry is not MISSING:
        return entry
    value = build()
    if value is None and not keep_none:
        return value
    try:
        page_cache().set(key, value, cache_timeout())
        memory.set(key, value)
    except Exception:
        logger.warning("Data cache unavailable", exc_info=True)
    return value


def has_view_restrictions():
    """Whether any page has a view restriction: while none has, serving a page checks none."""
    return generation_cached("has-view-restrictions", PageViewRestriction.objects.exists)


def find_site(request):
    """The request's Site with its root page as its own type, as ``Site.find_for_request`` would find it."""
    hostname, port = split_domain_port(request.get_host())[0], request.get_port()

    def build():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None
        site.root_page.specific  # noqa: B018 - fetched now, so that it is cached with the site
        return site

    return generation_cached(f"site:{hostname}:{port}", build)


def prime_request(request):
    """Give Wagtail the site, its root paths (for page URLs) and the site settings (loaded only when used) from
    the generation cache."""
    site = find_site(request)
    request._wagtail_site = site
    if site is None:
        return
    request._wagtail_cached_site_root_paths = generation_cached("site-root-paths", Site.get_site_root_paths)
    for model in settings_registry:
        if issubclass(model, BaseSiteSetting):
            lazy = SimpleLazyObject(lambda model=model: site_setting(model, site))
            setattr(request, model.get_cache_attr_name(), lazy)


def site_setting(model, site):
    """A site setting (e.g. SiteSettings, NavigationSettings) per content generation."""

    def build():
        with content_unchanged():  # the row made on first read holds the defaults a visitor saw already
            instance = model.for_site(site)
        for klass in model.__mro__:  # cached properties computed now, so that they are kept with the instance
            for name, attribute in vars(klass).items():
                if isinstance(attribute, cached_property):
                    getattr(instance, name)
        return instance

    return generation_cached(f"setting:{model._meta.label_lower}:{site.pk}", build)
