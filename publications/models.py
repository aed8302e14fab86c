"""The document library: an index page and one page per publication (brochure, report, action plan, …)."""

from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.documents import get_document_model, get_document_model_string

from cities.models import CityPage
from cooperations.models import CooperationStoryPage
from iurc_site.core.filters import listing_filters
from iurc_site.core.models import BasePage, PageImage, ProgrammeDocument
from iurc_site.core.photos import SHARE_PHOTO, prefetch_renditions
from iurc_site.core.querysets import LINK_FIELDS
from iurc_site.core.search import search_texts_read

from .choices import PublicationType
from .filters import PublicationFilterSet

PER_PAGE = 12
# Cover renditions the cards and the detail page show (srcset), fetched with the pages (see `card_queryset`).
# JPEG on white, whatever the cover's own format: a drawn page 600 px wide is 19 KB (51 KB as PNG) and is encoded
# in a tenth of the time; an uploaded cover with transparency gets a white background.
COVER_FILTERS = tuple(f"width-{width}|format-jpeg|bgcolor-ffffff" for width in (300, 600, 400, 800))


class PublicationIndexPage(BasePage):
    """The document library: every publication, filterable by type, year and language, newest first."""

    content_panels = BasePage.content_panels + [FieldPanel("summary")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("publication library")

    def get_context(self, request, *args, **kwargs):
        """The page of publications matching `?type=report&year=2024&language=zh-hans` (`?page=` forgiving)."""
        context = super().get_context(request, *args, **kwargs)
        publications = PublicationPage.objects.child_of(self).visible()
        filters = listing_filters(PublicationFilterSet, request, publications)
        paginator = Paginator(card_queryset(filters.qs), PER_PAGE)
        publications = paginator.get_page(request.GET.get("page"))
        publications.object_list = with_renditions(publications.object_list)
        context.update(
            filter_form=filters,
            paginator=paginator,
            publications=publications,
            library_is_empty=not filters.has_publications,
        )
        return context


class DocumentCover(models.Model):
    """The cover drawn from a document's first page (None when it has none) and which file it was drawn from."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="publication_cover"
    )
    image = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    file_version = models.CharField(max_length=255, help_text="The file's hash (or name) when the cover was drawn.")

    def __str__(self):
        return f"Cover of {self.document}"


class PublicationPage(BasePage, PageImage):
    """One publication: its file, type, year, language and cover, and the cities and stories it is about."""

    Type = PublicationType
    Language = ProgrammeDocument.Language
    photo_filters = (*COVER_FILTERS, *SHARE_PHOTO.values())  # its cover, as the page and its share images show it

    document = models.ForeignKey(
        get_document_model_string(),
        null=True,  # a deleted file leaves the page (without a download) rather than deleting it
        on_delete=models.SET_NULL,
        related_name="publications",
        verbose_name=_("file"),
        help_text=_("The publication's file. The first page of a PDF becomes its cover unless you upload one below."),
    )
    publication_type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.REPORT)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)], help_text=_("Year of publication.")
    )
    file_language = models.CharField(
        _("language of the file"), max_length=8, choices=Language.choices, default=Language.BOTH
    )
    cities = ParentalManyToManyField(
        "cities.CityPage", blank=True, related_name="publications", verbose_name=_("case cities")
    )
    stories = ParentalManyToManyField(
        "cooperations.CooperationStoryPage",
        blank=True,
        related_name="publications",
        verbose_name=_("cooperation stories"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("document"),
                FieldRowPanel([FieldPanel("publication_type"), FieldPanel("year"), FieldPanel("file_language")]),
            ],
            heading=_("File"),
        ),
        MultiFieldPanel([FieldPanel("cities"), FieldPanel("stories")], heading=_("About")),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_credit")],
            heading=_("Cover"),
            help_text=_("Leave empty to use the first page of the PDF."),
        ),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def get_context(self, request, *args, **kwargs):
        """The file and covers fetched together, and the visible cities and stories the publication is about."""
        context = super().get_context(request, *args, **kwargs)
        if self.document_id:  # the file, its drawn cover and that cover's image in one query
            documents = get_document_model().objects.select_related("publication_cover__image")
            self.document = documents.filter(pk=self.document_id).first()
        with_renditions([self], self.photo_filters)
        cities, stories = CityPage.objects.visible(), CooperationStoryPage.objects.visible()
        if getattr(request, "is_preview", False):  # the choices are held in memory, and a new page has no rows yet
            cities = cities.filter(pk__in=[city.pk for city in self.cities.all()])
            stories = stories.filter(pk__in=[story.pk for story in self.stories.all()])
        else:
            cities, stories = cities.filter(publications=self), stories.filter(publications=self)
        context["related_cities"] = cities.select_related("country").order_by("path")
        context["related_stories"] = stories.defer_streamfields().order_by("path")
        return context

    @property
    def cover_image(self):
        """The uploaded cover, else the one drawn from the PDF's first page, else None."""
        if self.image_id:
            return self.image
        cover = getattr(self.document, "publication_cover", None) if self.document_id else None
        return cover.image if cover is not None else None

    @property
    def file_format(self):
        """ "PDF", "DOCX", … from the file's name ("" without a file)."""
        if not self.document_id:
            return ""
        return self.document.file.name.rsplit(".", 1)[-1].upper() if "." in self.document.file.name else ""

    @property
    def size(self):
        """The file's size for people, in the active language ("1.2 MB", "500 字节"); "" if unknown."""
        if not self.document_id or self.document.file_size is None:
            return ""
        return str(filesizeformat(self.document.file_size))

    @property
    def languages(self):
        """The language codes of the file's text, e.g. ["zh-hans", "en"]."""
        return {"en": ["en"], "zh-hans": ["zh-hans"], "both": ["zh-hans", "en"]}.get(self.file_language, [])

    @search_texts_read()
    def extra_search_texts(self, language):
        """The type's name, so that "report" or "报告" finds the reports."""
        with translation.override(language):
            return [str(self.get_publication_type_display())]


# What a publication card reads of a publication; its other columns (body, SEO fields and image captions in both
# languages, publishing state) stay unread.
CARD_FIELDS = (*LINK_FIELDS, "summary", "publication_type", "year", "file_language", "document", "image")


def card_queryset(publications):
    """Publications for cards, newest first, with their file and both covers in the same query: only the columns
    the cards read (``CARD_FIELDS``)."""
    return (
        publications.order_by("-year", "-first_published_at", "-pk")
        .only(*CARD_FIELDS)
        .select_related("image", "document__publication_cover__image")
    )


def with_renditions(publications, filters=COVER_FILTERS):
    """The publications (from `card_queryset`) as a list, their covers' renditions in `filters` fetched in one
    query (Wagtail then looks for those renditions nowhere else: `filters` must name all the page shows)."""
    publications = list(publications)
    prefetch_renditions([publication.cover_image for publication in publications], filters)
    return publications
