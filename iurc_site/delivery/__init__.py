"""Delivery: what a cache in front of the site (Varnish, a CDN) may keep, and telling it when content changes.

* ``middleware.CacheControlMiddleware`` gives every response its ``Cache-Control`` from what it is (a public
  page, search, the admin, a personal response…) and drops ``Vary: Accept-Language`` where the path decides
  the language.
* ``purge`` sends purges through ``wagtail.contrib.frontend_cache`` once the change is committed: a page
  published, unpublished, moved or deleted purges its URLs in every language and the pages that list it; a
  snippet, a site setting, an image or a document changes every page: the whole site is banned.
* ``frontend_cache.VarnishBackend`` is frontend_cache's HTTP backend with a site-wide ``BAN``.
* ``fragments`` keeps shared fragments in Django's cache, keyed by a content version the purges advance.

A page type says which pages list it, in one line on its class: ``listed_on = ("core.HomePage",
"news.NewsIndexPage")`` (model labels; every live page of those types is purged with it, and so is its parent).
Other pages or URLs showing it (a story's cities; API, embeds, feeds, sitemap) come from functions an app
registers with ``@purge.also`` (``function(page)`` → pages and paths), e.g. in its ``AppConfig.ready()``.

This app imports no other app of the project: every app may use it.
"""
