"""Public links to documents say what the reader gets: type, size and language, e.g. "PDF, 1.2 MB, 中文"."""

import os
import re

from django.template.defaultfilters import filesizeformat
from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler

# The document's language as its readers write it (the same in the English and the Chinese site).
LANGUAGE_AUTONYMS = {"en": "English", "zh-hans": "中文", "both": "中文 / English"}
META_ATTRIBUTE = "data-document-meta"
LINK_WITH_META = re.compile(r'<a ([^>]*?)\s*data-document-meta="([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL)


def document_meta(document):
    """ "PDF, 1.2 MB, 中文": the file type, its size and the document's language (each part only if known)."""
    parts = []
    extension = os.path.splitext(document.file.name)[1].lstrip(".")
    if extension:
        parts.append(extension.upper())
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except OSError:
            size = None
    if size is not None:
        parts.append(str(filesizeformat(size)).replace("\xa0", " "))
    if language := LANGUAGE_AUTONYMS.get(getattr(document, "language", "")):
        parts.append(language)
    return ", ".join(parts)


class DocumentWithMetaLinkHandler(DocumentLinkHandler):
    """Rich text document links carry their meta in an attribute; `add_document_meta` then writes it out."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(doc.url)}" {META_ATTRIBUTE}="{escape(document_meta(doc))}">' if doc else "<a>"
            for doc in cls.get_many(attrs_list)
        ]


def add_document_meta(html):
    """`<a … data-document-meta="PDF, 1 MB">Brochure</a>` -> `<a …>Brochure</a> <span …>(PDF, 1 MB)</span>`."""

    def replace(match):
        before, meta, after, text = match.groups()
        attributes = " ".join(part for part in (before.strip(), after.strip()) if part)
        return f'<a {attributes}>{text}</a> <span class="document-meta">({meta})</span>'

    return LINK_WITH_META.sub(replace, html)
