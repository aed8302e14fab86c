from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from iurc_site.core import admin_views
from iurc_site.core import ops as ops_views
from iurc_site.core import search as search_views
from iurc_site.core import views as core_views
from iurc_site.delivery import views as delivery_views
from partners import urls as partners_urls

handler500 = "iurc_site.core.errors.server_error"

urlpatterns = [
    path("", core_views.root_redirect, name="root"),
    re_path(r"^(?P<alias>zh|zh-cn|zh-CN|zh-Hans)/(?P<path>.*)$", core_views.chinese_alias_redirect),
    # Before the admin's own URLs, so that this address is ours (wagtail-modeltranslation registers a view there).
    path(
        f"{settings.WAGTAIL_ADMIN_PATH}pages/<int:page_id>/edit/copy_translation_content/",
        admin_views.replaced_stream_field_copy,
    ),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("healthz", ops_views.healthz, name="healthz"),
    path("ping", delivery_views.ping, name="ping"),
    path("documents/", include(wagtaildocs_urls)),
    path("", include(partners_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search_view, name="search"),
    path("", include(partners_urls.i18n_urlpatterns)),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
