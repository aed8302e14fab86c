"""A URLconf for the browser tests of the embeds: the site's URLs, uploaded media (a proxy serves them in
production) and `/partner-page/`, a page standing for a partner's website that frames our cards. The browser opens
it at 127.0.0.1 and the cards at localhost: two origins, as on the web."""

from csp.decorators import csp_exempt
from django.conf import settings
from django.http import HttpResponse
from django.urls import path, re_path
from django.views.static import serve

from iurc_site.urls import handler500  # noqa: F401 (handler500 is read from here)
from iurc_site.urls import urlpatterns as site_urlpatterns

PARTNER_PAGE = {"html": ""}  # what /partner-page/ answers, set by the test


@csp_exempt()
def partner_page(request):
    return HttpResponse(PARTNER_PAGE["html"])


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    path("partner-page/", partner_page),
    *site_urlpatterns,
]
