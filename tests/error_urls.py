"""A URLconf for tests only: the site's URLs plus `/<lang>/broken/` and `/broken/`, a view that always raises."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from iurc_site.urls import handler500  # noqa: F401 (handler500 is read from here)
from iurc_site.urls import urlpatterns as site_urlpatterns


def broken(request):
    raise RuntimeError("deliberate failure to exercise the 500 page")


urlpatterns = [
    *i18n_patterns(path("broken/", broken, name="test-broken"), prefix_default_language=True),
    path("broken/", broken),  # language-neutral, like the permalinks and the embeds
    *site_urlpatterns,
]
