"""Admin additions for editors: translation status report and dashboard counts, copying text between languages,
snippet listings with filters and search, document links with their meta, admin styles."""

import django_filters
from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeltranslation import wagtail_hooks as modeltranslation_hooks

from .admin_views import (
    COPY_LOG_ACTION,
    EDITING_ACTIONS,
    TranslationStatusDashboardPanel,
    TranslationStatusReportView,
    copy_language,
    stream_field_names,
)
from .documents import DocumentWithMetaLinkHandler
from .models import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme
from .translation_status import report_url


@hooks.register("register_admin_urls")
def register_editor_urls():
    return [
        path("reports/translation-status/", TranslationStatusReportView.as_view(), name="iurc_translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="iurc_translation_status_results",
        ),
        path("pages/<int:page_id>/copy-language/", copy_language, name="iurc_copy_language"),
    ]


def can_edit_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, EDITING_ACTIONS)


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return EditorsMenuItem(
        _("Translation status"),
        reverse("iurc_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(TranslationStatusDashboardPanel(request.user))


class TranslationStatusButton(PageMenuItem):
    label = _("Translation status")
    icon_name = "globe"

    @property
    def url(self):
        return report_url(self.page)

    def is_shown(self, user):
        return self.page.depth > 1 and self.page.permissions_for_user(user).can_edit()


class CopyLanguageButton(PageMenuItem):
    label = _("Copy text between languages")
    icon_name = "resubmit"
    url_name = "iurc_copy_language"

    def is_shown(self, user):
        page = self.page.specific_deferred
        return bool(stream_field_names(page)) and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name, next_url=None):
    yield TranslationStatusButton(page=page, priority=40)
    yield CopyLanguageButton(page=page, priority=45)


@hooks.register("register_log_actions")
def register_copy_log_action(actions):
    actions.register_action(COPY_LOG_ACTION, _("Copy text between languages"), _("Text copied between languages"))


@hooks.register("register_rich_text_features", order=10)
def document_links_with_meta(features):
    """After wagtail.documents' own registration: document links in rich text say "PDF, 1.2 MB, 中文"."""
    features.register_link_type(DocumentWithMetaLinkHandler)


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("core/admin/editors.css"))


@hooks.register("insert_editor_js")
def editor_js():
    """wagtail-modeltranslation's settings as JSON data read by our script file, in place of its inline script
    (which the admin's Content-Security-Policy blocks); then our editor script."""
    config = {
        "languages": [code for code, _name in settings.LANGUAGES],
        "defaultLanguage": settings.LANGUAGE_CODE,
        "viewEditString": gettext("Show fields in"),
        "translate_slugs": False,
        "locale_picker_default": list(settings.WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT),
        "locale_picker_restore": False,
        "copyLabels": {
            "zh-hans": gettext("Copy the English blocks here…"),
            "en": gettext("Copy the Chinese blocks here…"),
        },
    }
    return format_html(
        '{}<script src="{}"></script>',
        json_script(config, "iurc-modeltranslation-config"),
        static("core/admin/editors.js"),
    )


# Replaced: the inline settings script (by `editor_js`) and the StreamField "Copy content from" buttons, which
# copy through an unprotected view and mislabel their direction (by the "Copy text between languages" action).
REPLACED_HOOKS = {modeltranslation_hooks.translation_settings, modeltranslation_hooks.streamfields_translation_copy}
REPLACED_HOOKS.add(modeltranslation_hooks.copy_streamfields_content)  # the view behind those buttons
for hook_name in ("insert_editor_js", "register_admin_urls"):  # Wagtail has no API to unregister a hook
    hooks._hooks[hook_name] = [(hook, order) for hook, order in hooks._hooks[hook_name] if hook not in REPLACED_HOOKS]


# Snippets: both languages side by side in the listings; search matches any part of an English or Chinese name
# (the ORM, not the search index, which would need word segmentation for Chinese).


class ThemeFilterSet(WagtailFilterSet):
    phase = django_filters.ModelChoiceFilter(
        label=_("Used in programme phase"),
        queryset=ProgrammePhase.objects.all(),
        field_name="stories__phase",
        distinct=True,
    )

    class Meta:
        model = Theme
        fields = []


class GoalFilterSet(WagtailFilterSet):
    used = django_filters.BooleanFilter(
        label=_("Used by a cooperation story"), field_name="stories", lookup_expr="isnull", exclude=True, distinct=True
    )

    class Meta:
        model = SustainableDevelopmentGoal
        fields = []


class ProgrammeSnippetViewSet(SnippetViewSet):
    search_backend_name = None


class CountryViewSet(ProgrammeSnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name_en", "name_zh_hans", "iso_code", "side"]
    list_filter = ["side"]
    search_fields = ["name_en", "name_zh_hans", "iso_code"]


class ThemeViewSet(ProgrammeSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name_en", "name_zh_hans", "slug"]
    filterset_class = ThemeFilterSet
    search_fields = ["name_en", "name_zh_hans", "slug", "description_en", "description_zh_hans"]


class GoalViewSet(ProgrammeSnippetViewSet):
    model = SustainableDevelopmentGoal
    icon = "pick"
    list_display = ["number", "name_en", "name_zh_hans"]
    filterset_class = GoalFilterSet
    search_fields = ["name_en", "name_zh_hans"]


class PhaseViewSet(ProgrammeSnippetViewSet):
    model = ProgrammePhase
    icon = "date"
    list_display = ["name_en", "name_zh_hans", "start_year", "end_year"]
    list_filter = ["start_year"]
    search_fields = ["name_en", "name_zh_hans", "slug"]


class ProgrammeDataGroup(SnippetViewSetGroup):
    menu_label = _("Programme data")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = [CountryViewSet, ThemeViewSet, GoalViewSet, PhaseViewSet]


register_snippet(ProgrammeDataGroup)
