"""Language entry points: `/` by Accept-Language, and the `/zh/`, `/zh-cn/` aliases."""

from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.cache import patch_vary_headers

from .i18n import preferred_language


def root_redirect(request):
    """Send `/` to `/en/` or `/zh-hans/` (302: the answer depends on the visitor)."""
    language = preferred_language(request.headers.get("Accept-Language", ""))
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


def chinese_alias_redirect(request, alias, path):
    """Old or guessed Chinese prefixes move permanently to `/zh-hans/`, keeping path and query."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"/zh-hans/{path}" + (f"?{query}" if query else ""))
