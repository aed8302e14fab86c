"""Pages to and from a translation agency: one XLIFF 1.2 file (translate-toolkit), source `en`, target `zh-Hans`.

Every translated field is a unit, and every text inside a StreamField block (heading, paragraph, caption, list
item, …) one of its own. Rich text keeps its markup as XLIFF inline codes: `<g id="n">…</g>` for a tag pair,
`<x id="n"/>` for a lone tag, numbered in the order of the English HTML, so CAT tools (Trados, memoQ,
OmegaT) protect and move them. Unit ids are stable: `<page id>/<field>` or `<page id>/<field>/<block id>/…`
along the English blocks' ids and child names.

Importing puts the Chinese into a new draft revision of each page (never published). The English of each unit
must still be what was exported; if any unit no longer matches (the English changed, the page or block is gone,
the markup was broken) nothing at all is imported and each problem is listed.
"""

import copy
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage import xliff
from translate.storage.placeables import StringElem
from translate.storage.placeables import xliff as codes
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Page

from .i18n import localized_field
from .translation_status import field_label, translated_fields

SOURCE, TARGET = "en", "zh-hans"
XLIFF_TARGET = "zh-Hans"
FILE_NAME = "iurc-pages"
IMPORT_LOG_ACTION = "iurc.translation_import"
VOID_TAGS = {"br", "hr", "img", "embed"}


class Xliff12Unit(xliff.xliffunit):
    namespace = "urn:oasis:names:tc:xliff:document:1.2"


class Xliff12File(xliff.xlifffile):
    """translate-toolkit's XLIFF store, writing version 1.2 (its default skeleton says 1.1)."""

    UnitClass = Xliff12Unit

    XMLskeleton = """<?xml version="1.0" ?>
<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'>
<file original='NoName' source-language='en' datatype='plaintext'>
<body></body>
</file>
</xliff>"""
    namespace = "urn:oasis:names:tc:xliff:document:1.2"


# Texts inside StreamField data -------------------------------------------------------------------------------


def text_leaves(block, value, path=()):
    """(path, is rich text, text) for each text in raw StreamField data (`get_prep_value()` form)."""
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(value or []):
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from text_leaves(child, item.get("value"), (*path, str(item.get("id") or index)))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            key = str(index)
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                key, item = str(item.get("id") or index), item["value"]
            yield from text_leaves(block.child_block, item, (*path, key))
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from text_leaves(child, (value or {}).get(name), (*path, name))
    elif isinstance(block, blocks.RichTextBlock):
        if value:
            yield path, True, value
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and value:
        yield path, False, value


def set_leaf(block, value, path, text):
    """Raw StreamField data `value` with the text at `path` replaced (in place; the containers are mutable)."""
    key, rest = path[0], path[1:]
    if isinstance(block, blocks.StreamBlock):
        for index, item in enumerate(value):
            if str(item.get("id") or index) == key:
                child = block.child_blocks[item["type"]]
                if rest:
                    set_leaf(child, item["value"], rest, text)
                else:
                    item["value"] = text
                return
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value):
            wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            if str(item.get("id") or index if wrapped else index) == key:
                if not rest:
                    if wrapped:
                        item["value"] = text
                    else:
                        value[index] = text
                else:
                    set_leaf(block.child_block, item["value"] if wrapped else item, rest, text)
                return
    elif isinstance(block, blocks.StructBlock):
        if rest:
            set_leaf(block.child_blocks[key], value[key], rest, text)
        else:
            value[key] = text
        return
    raise KeyError(path)


def without_ids(data):
    """Stream data without block ids: the Chinese blocks get ids of their own when saved."""
    if isinstance(data, dict):
        return {key: without_ids(item) for key, item in data.items() if key != "id"}
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    return data


# Rich text <-> XLIFF inline codes ----------------------------------------------------------------------------


class MarkupReader(HTMLParser):
    """Rich text HTML as a tree of XLIFF placeables, and the original tag of each code id."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = []
        self.stack = [self.root]
        self.tags = {}  # id -> (start tag as written, tag name)

    def handle_starttag(self, tag, attrs):
        code_id = str(len(self.tags) + 1)
        self.tags[code_id] = (self.get_starttag_text(), tag)
        if tag in VOID_TAGS:
            self.stack[-1].append(codes.X(id=code_id))
            return
        element = codes.G(id=code_id, sub=[])
        self.stack[-1].append(element)
        self.stack.append(element.sub)

    def handle_startendtag(self, tag, attrs):
        code_id = str(len(self.tags) + 1)
        self.tags[code_id] = (self.get_starttag_text(), tag)
        self.stack[-1].append(codes.X(id=code_id))

    def handle_endtag(self, tag):
        if tag not in VOID_TAGS and len(self.stack) > 1:
            self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].append(data)


def read_markup(html):
    reader = MarkupReader()
    reader.feed(html)
    reader.close()
    return StringElem(reader.root), reader.tags


class MarkupError(ValueError):
    pass


def write_markup(element, tags):
    """HTML from a translated placeable tree, each code restored to the English tag with its id."""
    if isinstance(element, str):
        return escape(element, quote=False)
    if isinstance(element, codes.X):
        if element.id not in tags:
            raise MarkupError(element.id)
        return tags[element.id][0]
    inner = "".join(write_markup(child, tags) for child in element.sub)
    if isinstance(element, codes.G):
        if element.id not in tags:
            raise MarkupError(element.id)
        start, name = tags[element.id]
        return f"{start}{inner}</{name}>"
    return inner


def plain_text(element):
    """A placeable tree's text, codes left out: compares an exported source with the current English."""
    if isinstance(element, str):
        return element
    return "".join(plain_text(child) for child in getattr(element, "sub", []))


# Export ------------------------------------------------------------------------------------------------------


def stream_fields(model):
    return {name for name in translated_fields(model) if isinstance(model._meta.get_field(name), StreamField)}


def page_units(page):
    """(unit id, rich?, English text, Chinese text or "", note) for each translatable text of a page (as object)."""
    model = type(page)
    streams = stream_fields(model)
    for name in translated_fields(model):
        label = str(field_label(model, name))
        note = f"{page.get_admin_display_title()} · {label}"
        if name in streams:
            stream_block = model._meta.get_field(name).stream_block
            english = getattr(page, localized_field(name, SOURCE)).get_prep_value()
            for path, rich, text in text_leaves(stream_block, english):
                yield "/".join((str(page.pk), name, *path)), rich, text, "", note
        else:
            english = getattr(page, localized_field(name, SOURCE)) or ""
            if english.strip():
                chinese = getattr(page, localized_field(name, TARGET)) or ""
                yield f"{page.pk}/{name}", False, english, chinese, note


def export_pages(pages):
    """The XLIFF file (bytes) for `pages` (their latest text, drafts included)."""
    store = Xliff12File(sourcelanguage=SOURCE, targetlanguage=XLIFF_TARGET)
    for base in pages:
        page = base.specific.get_latest_revision_as_object()
        for unit_id, rich, english, chinese, note in page_units(page):
            unit = store.addsourceunit("", filename=FILE_NAME, createifmissing=True)
            unit.setid(unit_id)
            if rich:
                unit.rich_source = [read_markup(english)[0]]
            else:
                unit.source = english
                if chinese:
                    unit.target = chinese
            unit.addnote(note, origin="developer")
    return bytes(store)


# Import ------------------------------------------------------------------------------------------------------


@dataclass
class PageImport:
    page: Page
    draft: Page
    fields: dict = field(default_factory=dict)  # field label -> number of texts filled in


@dataclass
class ImportResult:
    pages: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


def unit_id(unit):
    return str(unit.getid()).rsplit("\x04", 1)[-1]


def parse(data):
    """The units of an XLIFF file, or raise ValueError for a file that is not one."""
    try:
        store = Xliff12File.parsestring(data)
    except (etree.XMLSyntaxError, ValueError, StopIteration, AttributeError, TypeError) as error:
        raise ValueError(str(error)) from error
    return [unit for unit in store.units if not unit.isheader()]


def import_translation(data, user):
    """Fill the Chinese of the pages in an XLIFF file into new draft revisions: all pages or, on any error, none."""
    result = ImportResult()
    try:
        units = parse(data)
    except ValueError:
        result.errors.append(_("This is not an XLIFF file, or it is damaged: nothing was imported."))
        return result
    if not units:
        result.errors.append(_("The file holds no translation units: nothing was imported."))
        return result
    by_page = {}
    for unit in units:
        page_id, _sep, rest = unit_id(unit).partition("/")
        by_page.setdefault(page_id, []).append((rest, unit))
    for page_id, page_units_ in by_page.items():
        page = Page.objects.filter(pk=int(page_id)).first() if page_id.isdigit() else None
        if page is None:
            result.errors.append(
                _("Page %(id)s no longer exists (%(count)d texts).") % {"id": page_id, "count": len(page_units_)}
            )
            continue
        if not page.permissions_for_user(user).can_edit():
            result.errors.append(_("You may not edit “%(title)s”.") % {"title": page.get_admin_display_title()})
            continue
        apply_units(page, page_units_, result)
    if result.ok:
        with transaction.atomic():
            for item in result.pages:
                item.draft.save_revision(user=user, log_action=IMPORT_LOG_ACTION)
    return result


def apply_units(page, units, result):
    draft = page.specific.get_latest_revision_as_object()
    model = type(draft)
    names, streams = set(translated_fields(model)), stream_fields(model)
    title = page.get_admin_display_title()
    item = PageImport(page=page, draft=draft)
    chinese_streams = {}
    errors_before = len(result.errors)

    def error(rest, message):
        result.errors.append(f"“{title}” ({rest}): {message}")

    for rest, unit in units:
        name, *path = rest.split("/")
        if name not in names:
            error(rest, _("no such field"))
            continue
        translated = unit.rich_target[0] if unit.target else None
        if translated is None or not plain_text(translated).strip():
            continue  # left untranslated
        if name in streams:
            stream_block = model._meta.get_field(name).stream_block
            english = getattr(draft, localized_field(name, SOURCE)).get_prep_value()
            current = {tuple(leaf_path): (rich, text) for leaf_path, rich, text in text_leaves(stream_block, english)}
            if tuple(path) not in current:
                error(rest, _("this block no longer exists in the English text"))
                continue
            rich, english_text = current[tuple(path)]
            if rich:
                source, tags = read_markup(english_text)
                if plain_text(source) != plain_text(unit.rich_source[0]):
                    error(rest, _("the English text changed since the export"))
                    continue
                try:
                    text = write_markup(translated, tags)
                except MarkupError:
                    error(rest, _("the translation's markup does not match the English text"))
                    continue
            else:
                if english_text != unit.source:
                    error(rest, _("the English text changed since the export"))
                    continue
                text = plain_text(translated)
            target = chinese_streams.setdefault(name, [copy.deepcopy(english), 0, len(current)])
            set_leaf(stream_block, target[0], tuple(path), text)
            target[1] += 1
        else:
            if (getattr(draft, localized_field(name, SOURCE)) or "") != unit.source:
                error(rest, _("the English text changed since the export"))
                continue
            text = plain_text(translated)
            if text != (getattr(draft, localized_field(name, TARGET)) or ""):
                setattr(draft, localized_field(name, TARGET), text)
                count(item, model, name)
    for name, (data, translated_count, total) in chinese_streams.items():
        # The Chinese blocks are rebuilt from the English ones: a text left out would stay English.
        if translated_count < total:
            error(
                name,
                _("%(done)d of %(total)d texts are translated: translate all of this field's texts, or none")
                % {"done": translated_count, "total": total},
            )
            continue
        current = getattr(draft, localized_field(name, TARGET)).get_prep_value()
        if without_ids(data) != without_ids(current):
            setattr(draft, localized_field(name, TARGET), without_ids(data))
            count(item, model, name, total)
    if len(result.errors) == errors_before and item.fields:
        result.pages.append(item)


def count(item, model, name, texts=1):
    label = str(field_label(model, name))
    item.fields[label] = item.fields.get(label, 0) + texts
