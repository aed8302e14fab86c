"""The benchmark's reference: the cheapest response the stack can give (no database, no cache, no template)."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def ping(request):
    response = HttpResponse(b"ok", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response
