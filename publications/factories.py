"""Test data for publications (wagtail-factories): give `parent`, the publication library."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from iurc_site.core.factories import RelatedPageFactory, related

from .models import PublicationIndexPage, PublicationPage
from .samples import sample_pdf


class PublicationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Publications"
    title_en = "Publications"
    title_zh_hans = "出版物"
    slug = "publications"

    class Meta:
        model = PublicationIndexPage


class DocumentFactory(factory.django.DjangoModelFactory):
    """A document with a one-page sample PDF (or `file=ContentFile(…, name=…)`)."""

    title = factory.Sequence(lambda n: f"Test document {n}")
    file = factory.LazyAttribute(lambda document: ContentFile(sample_pdf([document.title]), name="sample.pdf"))
    file_size = factory.LazyAttribute(lambda document: document.file.size)
    language = "both"

    class Meta:
        model = get_document_model()


class PublicationPageFactory(RelatedPageFactory):
    title = factory.Sequence(lambda n: f"Test publication {n}")
    title_en = factory.SelfAttribute("title")
    title_zh_hans = factory.Sequence(lambda n: f"测试出版物{n}")
    slug = factory.Sequence(lambda n: f"test-publication-{n}")
    summary_en = "A test publication."
    summary_zh_hans = "测试出版物。"
    year = 2024
    publication_type = PublicationPage.Type.REPORT
    file_language = PublicationPage.Language.BOTH
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = PublicationPage

    cities = related("cities")
    stories = related("stories")
