"""Admin screens for editors: the translation status report, its dashboard panel, copying text between languages."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Page, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .i18n import localized_field
from .publishing import page_ready, refusal_message
from .translation_status import (
    CHECKED_LOG_ACTION,
    Status,
    count_statuses,
    field_label,
    section_pages,
    status_rows,
    summary_counts,
    translated_fields,
)
from .xliff import export_pages, import_translation

EDITING_ACTIONS = ["add", "change", "publish"]
COPY_LOG_ACTION = "iurc.copy_language"


def editable_pages(user):
    """Pages below the root the user may edit or publish, with what the report needs."""
    pages = PagePermissionPolicy().instances_user_has_any_permission_for(user, EDITING_ACTIONS)
    return pages.filter(depth__gt=1).select_related("content_type").order_by("path")


class TranslationStatusFilterSet(WagtailFilterSet):
    section = django_filters.ModelChoiceFilter(
        label=_("Section"), queryset=lambda request: section_pages(), method="filter_section"
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES, method="keep")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices, method="keep")

    class Meta:
        model = Page
        fields = []

    def filter_section(self, queryset, name, value):
        if value.depth <= 2:  # the home page: itself only, its children are sections of their own
            return queryset.filter(pk=value.pk)
        return queryset.filter(path__startswith=value.path)

    def keep(self, queryset, name, value):
        """Language and status apply to the rows computed from the pages (see the report view)."""
        return queryset


class TranslationStatusReportView(ReportView):
    """Every page in every language: complete, missing fields (which) or older than English."""

    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "core/admin/translation_status_report.html"
    results_template_name = "core/admin/translation_status_results.html"
    index_url_name = "iurc_translation_status"
    index_results_url_name = "iurc_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 100
    export_filename = "translation-status"
    list_export = [
        "title",
        "type_name",
        "section",
        "language_name",
        "status_label",
        "problems",
        "changed_at",
        "changed_by",
        "source_changed_at",
        "admin_url",
    ]
    export_headings = {
        "title": _("Page"),
        "type_name": _("Type"),
        "section": _("Section"),
        "language_name": _("Language"),
        "status_label": _("Status"),
        "problems": _("Details"),
        "changed_at": _("Last changed in this language"),
        "changed_by": _("Changed by"),
        "source_changed_at": _("English last changed"),
        "admin_url": _("Edit"),
    }
    any_permission_required = EDITING_ACTIONS
    permission_policy = PagePermissionPolicy()

    @cached_property
    def single_page(self):
        """The page chosen from its edit view (`?page=<id>`), if it is one the user may edit; otherwise None."""
        try:
            page_id = int(self.request.GET.get("page", ""))
        except ValueError:  # not a number, or too long a one; an id out of the column's range simply matches nothing
            return None
        return editable_pages(self.request.user).filter(pk=page_id).first()

    def get_queryset(self):
        pages = editable_pages(self.request.user)
        if self.single_page:
            pages = pages.filter(pk=self.single_page.pk)
        return pages

    def get_filtered_queryset(self):
        pages = self.filter_queryset(self.get_queryset())
        data = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        languages = [data["language"]] if data.get("language") else None
        rows = status_rows(pages, languages)
        self.status_counts = count_statuses(rows)
        if data.get("status"):
            rows = [row for row in rows if row.status == data["status"]]
        if self.is_export:
            for row in rows:
                row.admin_url = self.request.build_absolute_uri(row.edit_url)
        return rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["single_page"] = self.single_page
        context["status_links"] = self.status_links()
        return context

    def status_links(self):
        """One link per status with its count, keeping the other filters: the quickest way to the work to do."""
        links = []
        for value, label in Status.choices:
            query = self.request.GET.copy()
            query.pop(self.page_kwarg, None)
            query["status"] = value
            links.append(
                {
                    "value": value,
                    "label": label,
                    "count": self.status_counts.get(value, 0),
                    "url": f"{self.index_url}?{query.urlencode()}",
                    "active": self.request.GET.get("status") == value,
                }
            )
        return links


class TranslationStatusDashboardPanel(Component):
    """Dashboard counts of the report's statuses, each linking to the filtered report."""

    name = "translation_status"
    template_name = "core/admin/translation_status_dashboard.html"
    order = 150

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts = summary_counts(editable_pages(self.user))
        url = reverse("iurc_translation_status")
        context["statuses"] = [
            {"label": Status(value).label, "value": value, "count": counts[value], "url": f"{url}?status={value}"}
            for value in Status.values
        ]
        context["report_url"] = url
        return context


def stream_field_names(page):
    """Translated StreamFields of `page`'s type (body, outcomes), by their untranslated names."""
    model = type(page)
    return [name for name in translated_fields(model) if isinstance(model._meta.get_field(name), StreamField)]


class CopyLanguageForm(forms.Form):
    direction = forms.ChoiceField(
        label=_("Copy"),
        choices=[("en:zh-hans", _("English → Chinese")), ("zh-hans:en", _("Chinese → English"))],
        widget=forms.RadioSelect,
        initial="en:zh-hans",
    )
    fields = forms.MultipleChoiceField(label=_("Fields"), widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(name, field_label(type(page), name)) for name in stream_field_names(page)]
        self.fields["fields"].choices = choices
        self.fields["fields"].initial = [name for name, _label in choices]


def copy_language(request, page_id):
    """Copy StreamFields (all blocks) from one language to the other into a new draft revision of the page."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[quote(page.pk)])
    draft = page.get_latest_revision_as_object()
    initial = {"direction": request.GET.get("direction"), "fields": request.GET.getlist("fields")}
    initial = {key: value for key, value in initial.items() if value}  # from the editor's per-field link
    form = CopyLanguageForm(request.POST or None, page=page, initial=initial)
    lock = page.get_lock()
    if lock and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return redirect(edit_url)
    if request.method == "POST" and form.is_valid():
        source, target = form.cleaned_data["direction"].split(":")
        for name in form.cleaned_data["fields"]:
            blocks = getattr(draft, localized_field(name, source)).get_prep_value()
            # Without their ids, the copies get new ones: the two languages' blocks stay distinct (comments, diffs).
            setattr(draft, localized_field(name, target), [{"type": b["type"], "value": b["value"]} for b in blocks])
        try:
            draft.save_revision(user=request.user, log_action=COPY_LOG_ACTION)
        except ValidationError as error:
            messages.error(request, _("The copy could not be saved: %(error)s") % {"error": "; ".join(error.messages)})
            return redirect(edit_url)
        messages.success(
            request,
            _("Copied into a new draft. Translate the copied blocks, then publish or submit the page as usual."),
        )
        return redirect(edit_url)
    targets = []
    for name in stream_field_names(page):
        for code, language_name in settings.LANGUAGES:
            count = len(getattr(draft, localized_field(name, code)))
            targets.append(
                {"field": page._meta.get_field(name).verbose_name, "language": language_name, "count": count}
            )
    return TemplateResponse(
        request,
        "core/admin/copy_language.html",
        {"page": page, "form": form, "edit_url": edit_url, "targets": targets},
    )


def workflow_outcome(request, task_state_id):
    """Where approving leads (`ModerationTask.on_action`): a confirmation of what was published, or why nothing
    was, read from the step's state; then the dashboard, or the page's editor to add the Chinese title."""
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    page = get_object_or_404(Page, pk=task_state.workflow_state.object_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[quote(page.pk)])
    title = page.get_admin_display_title()
    if task_state.status == TaskState.STATUS_APPROVED:
        if page.live and not page.has_unpublished_changes:
            message = _("Approved: “%(title)s” is published.") % {"title": title}
            buttons = [messages.button(page.get_url(request), _("View live"), new_window=True)]
        else:
            message = _("Approved: “%(title)s” will be published at its go-live date.") % {"title": title}
            buttons = []
        messages.success(request, message, buttons=buttons)
        return redirect("wagtailadmin_home")
    if task_state.status == TaskState.STATUS_IN_PROGRESS and not page_ready(page):
        messages.error(request, refusal_message([page]))
    return redirect(edit_url)


def chinese_checked(request, page_id):
    """ "Chinese checked, still current": after an English-only change (a typo), the Chinese needs nothing; recorded
    in the page history, it ends "Older than English" (and "Needs translation", e.g. for an acronym) until the
    next change."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    log(instance=page, action=CHECKED_LOG_ACTION, user=request.user)
    messages.success(
        request,
        _("Chinese of “%(title)s” marked as checked and still current.") % {"title": page.get_admin_display_title()},
    )
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or reverse("wagtailadmin_pages:edit", args=[quote(page.pk)]))


WORK_STATUSES = [Status.MISSING, Status.UNTRANSLATED, Status.OUTDATED]


def export_translation(request):
    """One XLIFF file with the Chinese work to do: the chosen pages (`?page=1&page=2`), or every page whose
    Chinese is "Missing", "Needs translation" or "Older than English" (`?status=` narrows to one of them)."""
    pages = editable_pages(request.user)
    if not pages.exists():
        raise PermissionDenied
    chosen = [value for value in request.GET.getlist("page") if value.isdigit()]
    if chosen:
        pages = pages.filter(pk__in=chosen)
    else:
        statuses = [request.GET["status"]] if request.GET.get("status") in WORK_STATUSES else WORK_STATUSES
        rows = status_rows(pages, ["zh-hans"])
        pages = [row.page for row in rows if row.status in statuses]
    if not pages:
        messages.warning(request, _("No page needs translating: nothing to export."))
        return redirect("iurc_translation_status")
    response = HttpResponse(export_pages(pages), content_type="application/x-xliff+xml; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="iurc-translation-{stamp}.xlf"'
    return response


class ImportTranslationForm(forms.Form):
    file = forms.FileField(
        label=_("Translated XLIFF file"),
        help_text=_("The file exported here, with the Chinese filled in by the translators (.xlf or .xliff)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlf,.xliff,.xml"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 20 * 1024 * 1024:
            raise ValidationError(_("The file is larger than 20 MB."))
        return upload


def import_translation_view(request):
    """Upload a translated XLIFF file: each page gets a new draft with the Chinese (never published)."""
    if not editable_pages(request.user).exists():
        raise PermissionDenied
    form = ImportTranslationForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = import_translation(form.cleaned_data["file"].read(), request.user)
        if result.ok and not result.pages:
            messages.info(request, _("Nothing to import: every page already has the Chinese text in this file."))
        elif result.ok:
            messages.success(
                request,
                ngettext(
                    "Chinese imported into a new draft of %(count)d page. Review it, then publish or submit it.",
                    "Chinese imported into new drafts of %(count)d pages. Review them, then publish or submit them.",
                    len(result.pages),
                )
                % {"count": len(result.pages)},
            )
        else:
            messages.error(request, _("Nothing was imported: correct the problems listed below and try again."))
    return TemplateResponse(request, "core/admin/import_translation.html", {"form": form, "result": result})


def replaced_stream_field_copy(request, page_id):
    """Where wagtail-modeltranslation's StreamField copy view would answer (it checks no permission and is exempt
    from CSRF): not found. "Copy text between languages" (`copy_language`) does that job."""
    raise Http404
