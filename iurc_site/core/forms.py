"""The admin form every page type uses: an ASCII slug shared by both languages, no publishing without Chinese
unless the editor says so explicitly, no slug whose address another route of the site answers, and a post
without a body's data refused on that field."""

import contextlib

from django.core.validators import RegexValidator
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.contrib.routable_page.models import RoutablePageMixin

from .i18n import language_codes, localized_field
from .publishing import CHINESE_TITLE_REQUIRED

ASCII_SLUG = RegexValidator(
    r"^[-a-zA-Z0-9_]+\Z",
    _(
        "Use only English letters (a–z), digits and hyphens, e.g. “chongqing” or “cooperation-mechanism”: "
        "the address is shared by the English and the Chinese page."
    ),
    code="invalid_slug",
)
CHINESE_TITLE = localized_field("title", "zh-hans")
IMAGE_ALT = localized_field("image_alt", "en")
IMAGE_ALT_REQUIRED = _("Describe the image in English for readers who cannot see it.")
SLUG_TAKEN = _(
    "The address %(path)s belongs to the site itself (a feed, a calendar, an archive or the search): "
    "choose another slug."
)
STREAM_MISSING = _(
    "The content of this field did not arrive with the form, so nothing was saved. Reload the page and try again."
)


class StreamDataRequired:
    """A form mixin: a post that lacks a StreamField's data (a truncated or hand-made request) is refused on that
    field, which keeps its stored value. Wagtail's block widget would raise on it (a 500); here the field reads
    as an empty stream, is disabled so that it keeps and shows again its stored value, and `clean` adds the
    error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.missing_streams = [
            name
            for name, field in self.fields.items()
            if self.is_bound
            and isinstance(field, BlockField)
            and field.widget.value_omitted_from_data(self.data, self.files, self.add_prefix(name))
        ]
        if self.missing_streams:
            self.data = self.data.copy()
            for name in self.missing_streams:
                self.data[f"{self.add_prefix(name)}-count"] = "0"
                self.fields[name].disabled = True

    def clean(self):
        cleaned_data = super().clean()
        for name in self.missing_streams:
            self.add_error(name, STREAM_MISSING)
        return cleaned_data


class SettingsForm(StreamDataRequired, WagtailAdminModelForm):
    """The form of the site's settings."""


def shadowed_address(parent, slug):
    """The address a child of `parent` with this slug would have, when the site's own routes use it instead of
    the page: a view of the URLconf (a feed, the search) or a route of a routable parent (an events calendar,
    or the start of one, as `archive/<year>/`); otherwise None."""
    parent = parent.specific
    if isinstance(parent, RoutablePageMixin):
        first_segments = {str(pattern.pattern).split("/", 1)[0] for pattern in parent.get_subpage_urls()}
        shadowed = slug in first_segments
    else:
        shadowed = False
    for code in language_codes():
        with translation.override(code):
            parts = parent.get_url_parts()
        if parts is None:
            return None
        address = f"{parts[2]}{slug}/"
        with contextlib.suppress(Resolver404):
            shadowed = shadowed or resolve(address).url_name != "wagtail_serve"
        if shadowed:
            return address
    return None


class BasePageForm(StreamDataRequired, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].validators = [ASCII_SLUG]

    @property
    def is_publishing(self):
        """True when the button pressed publishes the page or asks for it to be published (submit, approve)."""
        data = self.data
        return bool(
            data.get("action-publish")
            or data.get("action-submit")
            or data.get("action-restart-workflow")
            or (data.get("action-workflow-action") and data.get("workflow-action-name") == "approve")
        )

    def clean(self):
        cleaned_data = super().clean()
        if (
            self.is_publishing
            and CHINESE_TITLE in self.fields
            and not cleaned_data.get(CHINESE_TITLE)
            and not cleaned_data.get("publish_without_chinese")
        ):
            self.add_error(CHINESE_TITLE, CHINESE_TITLE_REQUIRED)
        if cleaned_data.get("image") and IMAGE_ALT in self.fields and not cleaned_data.get(IMAGE_ALT):
            self.add_error(IMAGE_ALT, IMAGE_ALT_REQUIRED)
        slug = cleaned_data.get("slug")
        if slug and self.parent_page and (address := shadowed_address(self.parent_page, slug)):
            self.add_error("slug", SLUG_TAKEN % {"path": address})
        return cleaned_data


class CountryForm(WagtailAdminModelForm):
    """The ISO code as typed ("pt", " PT ") is stored in capitals ("PT")."""

    def clean_iso_code(self):
        return (self.cleaned_data.get("iso_code") or "").strip().upper()
