"""Admin additions for editors: translation status report and dashboard counts, copying text between languages,
snippet listings with filters and search, document links with their meta, admin styles."""

import django_filters
from django.conf import settings
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import (
    COPY_LOG_ACTION,
    EDITING_ACTIONS,
    TranslationStatusDashboardPanel,
    TranslationStatusReportView,
    chinese_checked,
    copy_language,
    export_translation,
    import_translation_view,
    stream_field_names,
    workflow_outcome,
)
from .documents import DocumentWithMetaLinkHandler
from .models import Country, ProgrammePhase, SustainableDevelopmentGoal, Theme
from .publishing import REFUSED_LOG_ACTION, page_ready, refusal_message
from .translation_status import CHECKED_LOG_ACTION, report_url
from .xliff import IMPORT_LOG_ACTION


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
        path("workflow/outcome/<int:task_state_id>/", workflow_outcome, name="iurc_workflow_outcome"),
        path("pages/<int:page_id>/chinese-checked/", chinese_checked, name="iurc_chinese_checked"),
        path("reports/translation-status/export/", export_translation, name="iurc_export_translation"),
        path("reports/translation-status/import/", import_translation_view, name="iurc_import_translation"),
    ]


@hooks.register("before_publish_page")
def refuse_publishing_without_chinese(request, page):
    """The edit and create views' Publish: the form refuses on the field first; this catches what it cannot see
    (e.g. a scheduled or reverted version). The text is kept as a draft."""
    if not page_ready(page):
        messages.error(request, refusal_message([page]))
        return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_without_chinese(request, action_type, objects, action_class_instance):
    """Bulk publishing: nothing is published while one of the pages (or the drafts below them, when they are to
    be published too) has no Chinese title; the listing says which."""
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live())
    refused = [page for page in pages if not page_ready(page)]
    if refused:
        messages.error(request, refusal_message(refused))
        return redirect(action_class_instance.next_url)
    return None


class SubmitForModerationItem(SubmitForModerationMenuItem):
    """ "Submit for moderation" (as the README and the dashboard say), not "Submit to <workflow name>"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        state = context["page"].current_workflow_state if context.get("page") else None
        needs_changes = state is not None and state.status == state.STATUS_NEEDS_CHANGES
        context["label"] = _("Resubmit for moderation") if needs_changes else _("Submit for moderation")
        return context


@hooks.register("construct_page_action_menu")
def moderation_wording(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitForModerationItem(order=item.order)


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
    icon_name = "globe"
    url_name = "iurc_copy_language"

    def is_shown(self, user):
        page = self.page.specific_deferred
        return bool(stream_field_names(page)) and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def translation_header_buttons(page, user, view_name, next_url=None):
    """The language actions close the page's ⋯ menu, as their own group, well apart from "Copy" (duplicating the
    page): a rule above the first one (editors.css)."""
    for item, attrs in (
        (TranslationStatusButton(page=page, priority=90), {"data-iurc-language-actions": "first"}),
        (CopyLanguageButton(page=page, priority=95), {"data-iurc-language-actions": ""}),
    ):
        if item.is_shown(user):
            yield Button(item.label, item.url, icon_name=item.icon_name, priority=item.priority, attrs=attrs)


@hooks.register("register_log_actions")
def register_copy_log_action(actions):
    actions.register_action(COPY_LOG_ACTION, _("Copy text between languages"), _("Text copied between languages"))
    actions.register_action(
        REFUSED_LOG_ACTION, _("Publishing refused"), _("Scheduled publishing refused: no Chinese title")
    )
    actions.register_action(IMPORT_LOG_ACTION, _("Translation imported"), _("Chinese imported from an XLIFF file"))
    actions.register_action(CHECKED_LOG_ACTION, _("Chinese checked"), _("Chinese checked, still current"))


@hooks.register("register_rich_text_features", order=10)
def document_links_with_meta(features):
    """After wagtail.documents' own registration: document links in rich text say "PDF, 1.2 MB, 中文"."""
    features.register_link_type(DocumentWithMetaLinkHandler)


@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("core/admin/editors.css"))


@hooks.register("insert_editor_js")
def editor_js():
    """wagtail-modeltranslation's settings as JSON data, read by our script file, which runs after the library's
    inline settings and replaces them (language names, as in the field labels, in place of codes)."""
    names = dict(settings.LANGUAGES)
    config = {  # wagtail-modeltranslation finds each language's fields by the "[name]" in their labels
        "languages": [names[code] for code, _name in settings.LANGUAGES],
        "defaultLanguage": names[settings.LANGUAGE_CODE],
        "viewEditString": gettext("Show fields in"),
        "translate_slugs": False,
        "locale_picker_default": [names[code] for code in settings.WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT],
        "languageClasses": {names[code]: code for code, _name in settings.LANGUAGES},
        "locale_picker_restore": False,
        "pickerLabels": {
            "clicked": gettext("Set from the map:"),
            "pasted": gettext("Set from the pasted text:"),
            "unreadable": gettext("Paste two numbers, latitude then longitude, e.g. 44.49381, 11.33875."),
            "outOfRange": gettext("Latitude goes from −90 to 90 and longitude from −180 to 180."),
        },
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
