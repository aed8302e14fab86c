"""Django's LocaleMiddleware, minus one redirect that breaks language-neutral routes."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddlewareKeepingViewNotFound(LocaleMiddleware):
    """Leaves a 404 alone when a language-neutral view answered it itself.

    Django turns every 404 outside `/<lang>/` into a redirect to `/<lang>/<path>` whenever that path resolves,
    and Wagtail's catch-all makes every path resolve: `/c/999/`, `/api/v2/cities/999/` or `/embed/cities/x/`
    would redirect to an HTML 404 instead of answering 404 themselves. Paths no view matched keep Django's
    behaviour (`/cities/` still goes to `/en/cities/`).
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and getattr(request, "resolver_match", None) is not None
            and not translation.get_language_from_path(request.path_info)
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
