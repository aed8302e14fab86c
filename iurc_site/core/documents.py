"""Public links to documents say what the reader gets: type, size and language, e.g. "PDF, 1.2 MB, 中文"."""

import os
import re
from html import unescape as html_unescape

from django.template.defaultfilters import filesizeformat
from django.utils.html import escape, format_html, format_html_join
from wagtail.documents.rich_text import DocumentLinkHandler

from .i18n import HTML_LANG

# The document's language as its readers write it (the same in the English and the Chinese site).
AUTONYMS = {"en": "English", "zh-hans": "中文"}
DOCUMENT_LANGUAGES = {"en": ["en"], "zh-hans": ["zh-hans"], "both": ["zh-hans", "en"]}
META_ATTRIBUTE, LANGUAGE_ATTRIBUTE = "data-document-meta", "data-document-language"
LINK_WITH_META = re.compile(
    r'<a ([^>]*?)\s*data-document-meta="([^"]*)" data-document-language="([^"]*)"([^>]*)>(.*?)</a>', re.DOTALL
)


def document_facts(document):
    """ "PDF, 1.2 MB": the file type and its size (each only if known)."""
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
    return ", ".join(parts)


def meta_html(facts, language):
    """ "PDF, 1.2 MB, <span lang="zh-Hans">中文</span>": the facts, then the document's language if known."""
    codes = DOCUMENT_LANGUAGES.get(language, [])
    names = format_html_join(" / ", '<span lang="{}">{}</span>', ((HTML_LANG[code], AUTONYMS[code]) for code in codes))
    return format_html("{}{}{}", facts, ", " if facts and names else "", names)


def document_meta(document):
    return meta_html(document_facts(document), getattr(document, "language", ""))


class DocumentWithMetaLinkHandler(DocumentLinkHandler):
    """Rich text document links carry their meta in attributes; `add_document_meta` then writes it out."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(doc.url)}" {META_ATTRIBUTE}="{escape(document_facts(doc))}" '
            f'{LANGUAGE_ATTRIBUTE}="{escape(getattr(doc, "language", ""))}">'
            if doc
            else "<a>"
            for doc in cls.get_many(attrs_list)
        ]


def add_document_meta(html):
    """`<a … data-document-meta="PDF, 1 MB" data-document-language="en">Brochure</a>`
    -> `<a …>Brochure</a> <span …>(PDF, 1 MB, <span lang="en">English</span>)</span>`."""

    def replace(match):
        before, facts, language, after, text = match.groups()
        attributes = " ".join(part for part in (before.strip(), after.strip()) if part)
        meta = meta_html(html_unescape(facts), html_unescape(language))
        return f'<a {attributes}>{text}</a> <span class="document-meta">({meta})</span>'

    return LINK_WITH_META.sub(replace, html)
