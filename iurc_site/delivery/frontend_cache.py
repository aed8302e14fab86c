"""The Varnish backend for ``wagtail.contrib.frontend_cache``: its HTTP backend, plus a ban of a whole site.

``PURGE <path>`` with the site's ``Host`` drops that path and all its query-string variants (the VCL matches
the path); ``BAN /`` with the site's ``Host`` drops everything cached for that host.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlunsplit
from urllib.request import Request, urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class VarnishBackend(HTTPBackend):
    def ban(self, host):
        """Drop everything Varnish holds for ``host`` (``name`` or ``name:port``)."""
        request = BanRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + __version__},
        )
        try:
            urlopen(request, timeout=5)  # noqa: S310 - the scheme comes from the configured LOCATION
        except (HTTPError, URLError, OSError) as error:
            logger.error("Couldn't ban '%s' from Varnish: %s", host, error)
