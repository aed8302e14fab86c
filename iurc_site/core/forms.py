"""The admin form every page type uses: an ASCII slug shared by both languages, no publishing without Chinese
unless the editor says so explicitly, and a post without a body's data refused on that field."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.blocks import BlockField

from .i18n import localized_field
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
        return cleaned_data


class CountryForm(WagtailAdminModelForm):
    """The ISO code as typed ("pt", " PT ") is stored in capitals ("PT")."""

    def clean_iso_code(self):
        return (self.cleaned_data.get("iso_code") or "").strip().upper()
