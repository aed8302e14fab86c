"""The 500 handler: a page in the visitor's language that needs neither the database nor the cache."""

from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

from .i18n import preferred_language
from .templatetags.iurc_tags import language_versions


@requires_csrf_token
def server_error(request):
    """Render templates/500.html in the URL's language (else the browser's), with the switcher; no context
    processors run."""
    language = translation.get_language_from_path(request.path_info) or preferred_language(
        request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    )
    with translation.override(language):
        context = {"request": request, "versions": language_versions({"request": request}), "LANGUAGE_CODE": language}
        return HttpResponseServerError(loader.get_template("500.html").render(context))
