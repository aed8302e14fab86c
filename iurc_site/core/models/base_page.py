"""What every page of the site shares: per-language availability, previews, search text and the image fields."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from ..blocks import BodyBlock
from ..forms import BasePageForm
from ..i18n import available_languages, language_codes, localized_field
from ..photos import HEADER_PHOTO, SHARE_PHOTO, prefetch_renditions
from ..publishing import CHINESE_TITLE_REQUIRED, chinese_ready
from ..querysets import BasePageManager, under_view_restriction
from ..search import indexed_text
from ..translation_status import TranslationStatusPanel


class PageImage(models.Model):
    """A page's picture, with its alternative text and credit per language (the same picture may need both)."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it. Needed in English when there is an image."),
    )
    image_credit = models.CharField(
        _("image credit and licence"), max_length=250, blank=True, help_text=_("E.g. “© City of Bologna, CC BY 4.0”.")
    )

    image_panel = MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")], heading=_("Image")
    )

    class Meta:
        abstract = True


class ChineseTitleMissing(PermissionDenied):
    """Publishing was refused: no Chinese title and "publish without Chinese" not ticked."""


class BasePage(Page):
    """Fields and behaviour every page of the site shares: a summary and per-language availability."""

    # Whether the page ends with the date it was last published (base.html): content pages do; indexes, whose lists
    # change without them, and the home page do not.
    shows_last_updated = False

    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in listings."))
    publish_without_chinese = models.BooleanField(
        _("publish without Chinese"),
        default=False,
        help_text=_(
            "Tick to publish while the Chinese title is empty: the Chinese site then shows the English text "
            "with a notice that the page is not yet translated."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("publish_without_chinese", icon="globe"),  # not the ticked-box icon beside an unticked box
        TranslationStatusPanel(),
    ]
    base_form_class = BasePageForm

    objects = BasePageManager()

    # Each language's text, Han runs segmented (see core.search); the `title` field alone is not enough,
    # as it holds only the language active when the page was saved.
    search_fields = Page.search_fields + [index.SearchField("search_text_en"), index.SearchField("search_text_zh_hans")]

    class Meta:
        abstract = True

    @property
    def available_languages(self):
        """Languages this page has been written in (a page counts as translated once its title is)."""
        return available_languages(self)

    @property
    def is_shown_in_fallback(self):
        """True when the active language has no version of this page and the English text is shown."""
        return get_language() not in self.available_languages

    @property
    def preview_modes(self):
        """One preview per site language: the editor's preview panel offers "English" and "简体中文"."""
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        """Render the preview with `mode_name`'s language active (the response is rendered here, inside it)."""
        language = mode_name if mode_name in language_codes() else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render"):
                response.render()
        return response

    def publish(self, revision, *args, user=None, **kwargs):
        """Refuse a person's publishing of a revision without a Chinese title unless the opt-out is ticked.

        The admin's publishing paths refuse before they get here, with a message (iurc_site.core.publishing);
        this is the last stop for any other. Publishing by code without a user (the content loader) is not
        checked; `publish_scheduled` checks before it publishes.
        """
        if user is not None and not chinese_ready(revision.content):
            raise ChineseTitleMissing(CHINESE_TITLE_REQUIRED)
        return super().publish(revision, *args, user=user, **kwargs)

    @classmethod
    def get_search_fields(cls):
        """Without the raw `title_en` / `title_zh_hans` fields wagtail-modeltranslation adds: search_text_* hold
        the titles already, segmented, and a raw empty title would be indexed as the word "None"."""
        raw_titles = {localized_field("title", code) for code in language_codes()}
        return [field for field in super().get_search_fields() if field.field_name not in raw_titles]

    # The renditions a page shows of its own photo (`image`, where it has one): the header's and the share images.
    photo_filters = (*HEADER_PHOTO, *SHARE_PHOTO.values())

    def get_context(self, request, *args, **kwargs):
        """Wagtail's, with the page's own photo's renditions (``photo_filters``) read in one query."""
        prefetch_renditions([getattr(self, "image", None)], self.photo_filters)
        return super().get_context(request, *args, **kwargs)

    def route(self, request, path_components):
        """Wagtail's routing, except that the child is read with whether a view restriction covers it (then
        `get_view_restrictions` needs no query when none does) and, below a page whose children are all of one
        type, as that type with the foreign keys its page shows (``route_select_related``): one query, not two. A
        page routed through on the way to its descendant is not read as its own type (no query)."""
        if not path_components:
            return super().route(request, path_components)
        child_models = self.allowed_subpage_models()
        model = child_models[0] if len(child_models) == 1 else Page
        children = model.objects.child_of(self).select_related(*getattr(model, "route_select_related", ()))
        try:
            child = children.annotate(view_restricted=under_view_restriction()).get(slug=path_components[0])
        except model.DoesNotExist as error:
            raise Http404 from error
        rest = path_components[1:]
        through = child.specific_deferred
        if rest and type(through).route is BasePage.route:  # routed through: its path and type are all it needs
            return through.route(request, rest)
        return child.specific.route(request, rest)  # `specific` keeps the annotation

    def get_view_restrictions(self):
        """Wagtail's check in one query instead of two (none when routing found no restriction): the ancestors'
        paths are prefixes of this page's path, and an alias (this page or an ancestor) takes its source page's
        restrictions."""
        if getattr(self, "view_restricted", None) is False:
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__aliases__path__in=paths)).distinct()

    def search_text_en(self):
        return indexed_text(self, "en")

    def search_text_zh_hans(self):
        return indexed_text(self, "zh-hans")


class BodyPage(BasePage):
    """A page with a summary and a body of blocks, edited in that order."""

    shows_last_updated = True

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    class Meta:
        abstract = True
