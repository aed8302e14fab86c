"""Chinese-aware site search.

Wagtail's database backend splits text on spaces and punctuation, so an unbroken run of Han characters would
be one token. Pages therefore index their text once per language with every Han run cut into words by jieba
(search mode), and the visitor's query is cut the same way.
"""

import functools
import logging
import re
import tempfile
import unicodedata
from collections import defaultdict

import jieba
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from modeltranslation.translator import NotRegistered, translator
from wagtail import hooks
from wagtail.models import Page, Site

from .i18n import HTML_LANG, language_codes, localized_field
from .querysets import visible_pages

HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
WORD = re.compile(r"\w+")
# Translated page fields that are not content (the SEO title repeats the title; the description is metadata).
NOT_CONTENT = {"title", "seo_title", "search_description"}
MAX_QUERY_LENGTH = 200
MAX_RESULTS = 200
RESULTS_PER_PAGE = 10
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 200
# Apps add results that are not pages (e.g. the theme and goal roll-ups) by registering a function under this hook:
# `fn(request, terms, pattern, language)` -> (results shown first, each with title, title_lang, url, snippet,
# snippet_lang and kind; further pages to list among the page results).
EXTRA_RESULTS_HOOK = "iurc_search_extra_results"


@functools.cache
def tokenizer():
    """jieba's tokenizer, loaded once per process, silently, caching its dictionary in JIEBA_CACHE_DIR."""
    jieba.setLogLevel(logging.WARNING)
    cutter = jieba.Tokenizer()
    cutter.tmp_dir = settings.JIEBA_CACHE_DIR or tempfile.gettempdir()
    cutter.initialize()
    return cutter


@functools.lru_cache(maxsize=64)
def segment(text):
    """Space-separate the words of every Han run (jieba search mode: long words and their parts); keep the rest.

    The last results are kept: indexing a page segments the same text for each column of the index."""
    return HAN_RUN.sub(lambda run: " " + " ".join(tokenizer().cut_for_search(run.group())) + " ", text)


def search_texts_read(*lookups):
    """Mark an `extra_search_texts` method with the relations it reads (`"country"`), so that search fetches them
    for all its hits at once."""

    def mark(method):
        method.related = lookups
        return method

    return mark


def fetch_related(pages):
    """Fetch the relations the pages' `extra_search_texts` read: one query per relation, not one per page."""
    by_type = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for model, group in by_type.items():
        prefetch_related_objects(group, *getattr(getattr(model, "extra_search_texts", None), "related", ()))


def page_texts(page, language):
    """A page's own text in one language, field by field in the model's order with the title first (the same in
    every process: modeltranslation's field list has no stable order); empty fields are left out."""
    try:
        translated = translator.get_options_for_model(type(page)).fields
    except NotRegistered:
        translated = {}
    position = {field.name: number for number, field in enumerate(page._meta.get_fields())}
    names = sorted((name for name in translated if name not in NOT_CONTENT), key=position.__getitem__)
    texts = []
    for name in ["title", *names]:
        field = page._meta.get_field(localized_field(name, language))
        value = field.value_from_object(page)
        if value and hasattr(field, "get_searchable_content"):
            value = " ".join(field.get_searchable_content(value))
        if value:
            texts.append(str(value))
    if hasattr(page, "extra_search_texts"):
        texts += [text for text in page.extra_search_texts(language) if text]
    return texts


def titles(page):
    """The page's title in every language it has one in."""
    return [title for code in language_codes() if (title := getattr(page, localized_field("title", code)))]


def indexed_text(page, language):
    """What the search index holds for a page in one language: its text with Han runs segmented."""
    return segment(" ".join(page_texts(page, language)))


def clean_query(raw):
    """A visitor's query without control characters and extra spaces, and whether it had to be shortened."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw)
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def query_terms(query):
    """The words of a query as the index knows them (Chinese segmented), without repeats."""
    return list(dict.fromkeys(word.lower() for word in WORD.findall(segment(query))))


def term_pattern(terms):
    """A case-insensitive pattern matching any term; Latin terms only at the start of a word."""
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        parts.append(rf"\b{re.escape(term)}" if term.isascii() else re.escape(term))
    return re.compile("|".join(parts), re.IGNORECASE)


def highlight(text, pattern):
    """Escaped text with every match wrapped in <mark>."""
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[position : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def snippet(texts, pattern):
    """An excerpt around the first match in the body texts (or their opening), highlighted."""
    body = texts[1:]
    if not body:
        return ""
    for text in body:
        match = pattern.search(text)
        if match:
            break
    else:
        text, match = body[0], None
    start = 0
    if match and match.start() > SNIPPET_BEFORE:
        start = match.start() - SNIPPET_BEFORE
        space = text.find(" ", start, match.start())
        start = space + 1 if space != -1 else start
    excerpt = text[start : start + SNIPPET_LENGTH]
    return highlight(("…" if start else "") + excerpt + ("…" if start + SNIPPET_LENGTH < len(text) else ""), pattern)


def matches(texts, pattern):
    """Whether any of the texts contains a query term."""
    return any(pattern.search(text) for text in texts)


def rank(page, pattern, language):
    """Sort key: matches in the page language first, then those in a title (a stable sort keeps relevance)."""
    return not matches(page_texts(page, language), pattern), not matches(titles(page), pattern)


class Result:
    """One search hit as shown: title, URL and a highlighted snippet, each marked with the language it is in."""

    kind = ""

    def __init__(self, page, request, pattern, language):
        self.page = page
        self.url = page.get_url(request)
        self.title = highlight(page.title, pattern)
        self.title_lang = HTML_LANG[language if getattr(page, localized_field("title", language)) else "en"]
        own = page_texts(page, language)
        self.snippet, self.snippet_lang = snippet(own, pattern), HTML_LANG[language]
        if not matches(own, pattern):
            for other in language_codes():
                texts = page_texts(page, other)
                if other != language and matches(texts, pattern):
                    self.snippet, self.snippet_lang = snippet(texts, pattern), HTML_LANG[other]
                    break


def search_pages(request, terms):
    """Live public pages of this site matching all terms (or, failing that, any); and whether it fell back to any."""
    site = Site.find_for_request(request)
    if not terms or site is None:
        return [], False
    pages = Page.objects.live().descendant_of(site.root_page, inclusive=True).specific()
    for operator in ("and", "or") if len(terms) > 1 else ("and",):
        found = list(pages.search(" ".join(terms), operator=operator)[:MAX_RESULTS])
        # The search backends cannot filter on view restrictions: the visible ones are kept afterwards.
        shown = set(visible_pages().filter(pk__in=[page.pk for page in found]).values_list("pk", flat=True))
        found = [page for page in found if page.pk in shown]
        if found:
            return found, operator == "or"
    return [], False


def search_view(request):
    """`/<lang>/search/?q=`: results matched in the page language first, then the others (each group: title matches
    first, then by relevance); ten a page."""
    query, shortened = clean_query(request.GET.get("q", ""))
    language = get_language()
    terms = query_terms(query)
    pages, partial = search_pages(request, terms)
    pattern = term_pattern(terms) if terms else None
    extra = []
    if terms:
        for provide in hooks.get_hooks(EXTRA_RESULTS_HOOK):
            results, more_pages = provide(request, terms, pattern, language)
            extra += results
            pages += [page for page in more_pages if page.pk not in {found.pk for found in pages}]
    fetch_related(pages)
    paginator = Paginator(extra + sorted(pages, key=lambda page: rank(page, pattern, language)), RESULTS_PER_PAGE)
    results_page = paginator.get_page(request.GET.get("page"))
    results_page.object_list = [
        item if item in extra else Result(item, request, pattern, language) for item in results_page
    ]
    context = {
        "query": query,
        "shortened": shortened,
        "max_length": MAX_QUERY_LENGTH,
        "partial": partial,
        "results_page": results_page,
        "paginator": paginator,
    }
    return render(request, "core/search.html", context)
